// Every string the nomination form shows, zh-CN first and English second; validator messages come from core.
import type { NomineeGroup } from '@learning-city/core';
import { format, type Locale } from '../shared/locale.js';
import type { MediaLicence, StepName } from './form-values.js';

const zhCN = {
  formLabel: '“百姓学习之星”推荐表',
  loading: '正在加载推荐活动…',
  noCampaign: '目前没有正在进行的“百姓学习之星”推荐活动。推荐活动开始后，这里会出现推荐表。',
  closedCampaign: '{title}已于 {date} 截止，不再接受推荐。',
  upcomingCampaign: '{title}将于 {date} 开始接受推荐。',
  loadFailed: '推荐活动没有加载成功。',
  loadConnection: '网络连接中断，推荐活动没有加载成功。',
  reload: '重新加载',
  deadline: '截止时间：{date}',
  stepOf: '第 {n} 步，共 {total} 步',
  'step.nominee': '被推荐人',
  'step.story': '学习事迹',
  'step.recommender': '推荐单位',
  'step.photos': '照片',
  'step.review': '核对并提交',
  back: '上一步',
  next: '下一步',
  edit: '修改',
  allRequired: '除注明“选填”外，各项均为必填。',
  optional: '（选填）',
  nomineeName: '姓名',
  sex: '性别',
  'sex.male': '男',
  'sex.female': '女',
  birthYear: '出生年份',
  birthYearHint: '4 位数字，例如 1958。',
  nomineeMobile: '手机号码',
  mobileHint: '11 位手机号码，仅用于核实，公示时不显示。',
  divisionCode: '所在区县',
  group: '推荐类别',
  'group.frontline_worker': '基层员工',
  'group.community_resident': '社区居民',
  'group.rural_farmer': '乡村农民',
  'group.veteran': '退役军人',
  'group.senior': '老年人',
  'group.disabled': '残疾人',
  'group.educator': '教育工作者',
  'group.other': '其他',
  summary: '事迹简介',
  summaryHint: '一两句话概括，不超过 {max} 字。',
  deeds: '主要事迹',
  deedsHint: '写清楚坚持学习、带动他人学习和服务社会的经过，{min} 至 {max} 字。',
  counter: '{count} / {max} 字',
  counterOver: '已超出 {over} 字',
  counterShort: '还差 {short} 字',
  honours: '所获荣誉',
  honoursHint: '每行一项，最多 {max} 项，例如“2025年 区级优秀志愿者”。',
  institutionName: '推荐单位名称',
  institutionHint: '社区、图书馆、学校、单位或学习组织的全称。',
  contactName: '联系人',
  contactMobile: '联系人手机号码',
  photosIntro:
    '上传 1 至 {max} 张能反映学习事迹的照片，每张不超过 {size}，格式为 {types}。过大的照片会在上传前自动缩小。',
  choosePhoto: '选择照片',
  photoLabel: '照片 {n}',
  removePhoto: '删除照片 {n}',
  uploading: '正在处理并上传照片…',
  reduced: '已从 {from} 缩小为 {to}。',
  photoSize: '{width}×{height} 像素，{size}',
  caption: '照片说明',
  photographer: '摄影者',
  copyrightHolder: '版权所有者',
  licence: '使用许可',
  'licence.CC-BY-4.0': '署名（CC BY 4.0）',
  'licence.CC-BY-NC-4.0': '署名-非商业性使用（CC BY-NC 4.0）',
  'licence.CC0-1.0': '放弃版权（CC0 1.0）',
  'licence.all-rights-reserved': '保留所有权利（仅供本次评选和公示使用）',
  choose: '请选择',
  photoConsent: '照片中的人物已同意照片在评选和公示中公开使用。',
  'photo.type': '“{name}”的格式不能上传，请选择 {types} 格式的照片。',
  'photo.tooLarge': '“{name}”太大（{size}），无法上传。请选择不超过 {max} 的照片。',
  'photo.empty': '“{name}”是空文件。',
  'photo.tooMany': '最多上传 {max} 张照片。',
  'photo.unreadable': '“{name}”无法作为照片读取，请换一张。',
  'photo.upload': '“{name}”上传失败，请检查网络后重新选择。',
  reviewIntro: '请核对以下信息，需要修改时点“修改”。',
  privacy: '个人信息保护',
  privacyText:
    '推荐表中的姓名、手机号码等个人信息只用于本次“百姓学习之星”评选的审核与联系；公示时只公开姓名、所在区县、推荐单位和事迹，手机号码不公开。',
  privacyNotice: '我已阅读并同意上述个人信息处理说明，并已征得被推荐人同意。',
  publicity: '被推荐人同意入选后公开其事迹和照片（选填）。',
  submit: '提交推荐',
  sending: '正在提交…',
  retry: '重试',
  errorSummary: '有 {count} 处需要修改：',
  'error.required': '请填写{label}',
  'error.choose': '请选择{label}',
  'error.tooLong': '{label}不能超过 {max} 字，现在多了 {over} 字',
  'error.tooShort': '{label}至少需要 {min} 字，现在是 {count} 字',
  'error.birthYear': '出生年份应为 1900 至 {max} 之间的 4 位数字',
  'error.honoursTooMany': '荣誉最多填写 {max} 项，现在有 {count} 项',
  'error.honourTooLong': '每项荣誉不能超过 {max} 字',
  'error.photosNone': '请至少上传 1 张照片',
  'error.photosTooMany': '照片最多 {max} 张，现在有 {count} 张',
  'error.consent': '请阅读并勾选同意个人信息处理说明',
  'error.photoConsent': '请确认照片中的人物已同意公开使用',
  'error.rejected': '平台没有接受此项，请核对后重新填写',
  'failure.connection':
    '网络连接中断，还不知道推荐是否提交成功。你填写的内容都还在，请点“重试”；重试不会重复提交。',
  'failure.server': '平台暂时无法处理推荐。你填写的内容都还在，请稍后点“重试”。',
  'failure.keyReused': '上一次提交可能已经成功。请点“重试”，按上一次提交的内容确认结果。',
  'failure.validation': '平台没有接受部分信息，请按提示修改后重新提交。',
  'failure.closed': '推荐活动已经截止，无法提交。你填写的内容仍保存在草稿中。',
  'failure.config': '推荐表没有配置 api-base 和 publishable-key。',
  'failure.unknown': '推荐没有提交成功，请稍后再试。',
  requestId: '请求编号：{id}',
  draftSaved: '草稿已自动保存在本机（{time}）。',
  draftRestored: '已恢复你上次填写的草稿（{time}）。',
  draftIdentifiersLost: '草稿中的姓名和手机号码无法恢复，请重新填写。',
  draftNoSeal: '为保护个人信息，此浏览器不在草稿中保存姓名和手机号码。',
  draftPrivacy: '草稿只保存在本机；姓名和手机号码加密保存。',
  discardDraft: '清除草稿',
  discardQuestion: '清除后，本机保存的所有填写内容都会删除，无法恢复。确定清除吗？',
  discardYes: '确定清除',
  discardNo: '保留草稿',
  discarded: '草稿已清除。',
  successTitle: '推荐已提交',
  successText: '请记下推荐编号，查询进度时需要提供。',
  reference: '推荐编号',
  submittedAt: '提交时间',
  newNomination: '再推荐一位',
  formValueMissing: '请先提交“百姓学习之星”推荐。',
};

export type MessageKey = keyof typeof zhCN;

/** The nomination form's strings, by locale; English is loaded on first use (`loadMessages('en')`). */
export const NOMINATION_MESSAGES: Partial<Record<Locale, Record<MessageKey, string>>> = { 'zh-CN': zhCN };

let english: Promise<void> | undefined;

/** Whether `locale`'s strings are here; else `message()` answers in Chinese until `loadMessages()` is done. */
export function hasMessages(locale: Locale): boolean {
  return NOMINATION_MESSAGES[locale] !== undefined;
}

/** Loads `locale`'s strings (English is a separate chunk, so Chinese pages never download it). */
export function loadMessages(locale: Locale): Promise<void> {
  if (hasMessages(locale)) return Promise.resolve();
  english ??= import('./messages-en.js').then(
    (module) => {
      NOMINATION_MESSAGES.en = module.en;
    },
    (error: unknown) => {
      english = undefined; // try again next time
      throw error;
    },
  );
  return english;
}

/**
 * The text for `key` in `locale`, with `{placeholders}` filled.
 * @example message('en', 'stepOf', { n: 2, total: 5 }); // 'Step 2 of 5'
 */
export function message(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  return format((NOMINATION_MESSAGES[locale] ?? zhCN)[key], params);
}

export const stepLabel = (locale: Locale, step: StepName) => message(locale, `step.${step}`);
export const groupLabel = (locale: Locale, group: NomineeGroup) => message(locale, `group.${group}`);
export const licenceLabel = (locale: Locale, licence: MediaLicence) => message(locale, `licence.${licence}`);

/** `1.2 MB`, `350 KB`. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A timestamp as `2026年6月21日 17:00` / `21 Jun 2026, 17:00`, in Asia/Shanghai. */
export function formatDateTime(locale: Locale, iso: string | number): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));
}
