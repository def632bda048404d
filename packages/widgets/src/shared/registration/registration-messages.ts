// Every string the registration form shows, zh-CN first and English second; validator messages come from core.
import { TEXT_LIMITS, validationMessage, type ValidatorMessageCode } from '@learning-city/core';
import { format, type Locale } from '../locale.js';

const zhCN = {
  dialogLabel: '活动报名',
  close: '关闭',
  allRequired: '以下各项均为必填。',
  when: '时间',
  where: '地点',
  seatsLeft: '剩余名额：{count}',
  waitlistNotice: '名额已满，现在报名将进入候补。',
  fullNotice: '名额和候补均已报满。',
  name: '姓名',
  mobile: '手机号码',
  mobileHint: '11 位手机号码，用于联系你。',
  residentId: '身份证号码',
  residentIdPurpose: '为什么需要：{purpose}',
  residentIdPurposeDefault: '主办方需要在活动现场核验身份。',
  residentIdSensitive: '身份证号码属于敏感个人信息，仅用于上述目的，提交后页面上只显示打码后的号码。',
  residentIdConsent: '我单独同意为上述目的处理我的身份证号码。',
  ageGroup: '年龄段',
  'ageGroup.under_14': '14 岁以下',
  'ageGroup.14_17': '14 至 17 岁',
  'ageGroup.18_59': '18 至 59 岁',
  'ageGroup.60_plus': '60 岁及以上',
  guardian: '监护人同意（14 岁以下的报名者需要）',
  guardianName: '监护人姓名',
  guardianMobile: '监护人手机号码',
  guardianRelationship: '与报名者的关系',
  'relationship.parent': '父母',
  'relationship.grandparent': '祖父母或外祖父母',
  'relationship.other_guardian': '其他监护人',
  guardianConsent: '我是报名者的监护人，同意其报名，并同意处理其个人信息。',
  privacy: '个人信息保护',
  privacyText:
    '你填写的姓名和手机号码只用于本次活动的报名、签到和通知，不作他用；提交后页面上只显示打码后的信息。你可以随时取消报名。',
  privacyConsent: '我已阅读并同意上述个人信息处理说明。',
  submit: '提交报名',
  sending: '正在提交…',
  retry: '重试',
  'error.nameEmpty': '请输入姓名',
  'error.nameTooLong': '姓名不能超过 {max} 个字',
  'error.ageGroupEmpty': '请选择年龄段',
  'error.guardianNameEmpty': '请输入监护人姓名',
  'error.guardianRelationshipEmpty': '请选择监护人与报名者的关系',
  'error.guardianConsent': '14 岁以下的报名者需要监护人勾选同意',
  'error.residentIdConsent': '填写身份证号码需要单独勾选同意',
  'error.privacyConsent': '请阅读并勾选同意个人信息处理说明',
  'error.rejectedField': '平台没有接受此项，请核对后重新填写',
  'error.validation': '平台没有接受部分信息，请按提示修改后重新提交。',
  'error.full': '已满：名额和候补都已报满，无法报名。',
  'error.closed': '此活动不接受报名。',
  'error.connection':
    '网络连接中断，还不知道报名是否成功。你填写的内容都还在，请点“重试”；重试不会重复报名。',
  'error.server': '平台暂时无法处理报名。你填写的内容都还在，请稍后点“重试”。',
  'error.keyReused': '上一次提交可能已经成功。请点“重试”，按上一次提交的信息确认结果。',
  'error.config': '报名组件没有配置 api-base 和 publishable-key。',
  'error.unknown': '报名没有成功，请稍后再试。',
  'error.cancel': '取消没有成功，请再试一次。',
  requestId: '请求编号：{id}',
  confirmed: '报名成功',
  waitlisted: '已进入候补',
  cancelled: '已取消报名',
  waitlistPosition: '候补第 {position} 位',
  waitlistExplain: '有名额空出时，将按候补顺序自动转为报名成功。',
  cancelledExplain: '你的名额已释放。',
  registrationId: '报名编号',
  addToCalendar: '添加到日历（.ics 文件）',
  cancelRegistration: '取消报名',
  cancelQuestion: '确定要取消这次报名吗？',
  cancelYes: '确定取消',
  cancelNo: '保留报名',
  cancelling: '正在取消…',
  done: '完成',
};

export type MessageKey = keyof typeof zhCN;

const en: Record<MessageKey, string> = {
  dialogLabel: 'Registration',
  close: 'Close',
  allRequired: 'Every field below is required.',
  when: 'When',
  where: 'Where',
  seatsLeft: 'Places left: {count}',
  waitlistNotice: 'All places are taken; registering now puts you on the waitlist.',
  fullNotice: 'Every place and waitlist place is taken.',
  name: 'Name',
  mobile: 'Mobile number',
  mobileHint: 'An 11-digit mobile number, so that the organiser can reach you.',
  residentId: 'Resident ID number',
  residentIdPurpose: 'Why it is needed: {purpose}',
  residentIdPurposeDefault: 'The organiser checks identities at the venue.',
  residentIdSensitive:
    'An ID number is sensitive personal information. It is used only for the purpose above, and after you submit this page shows it only masked.',
  residentIdConsent: 'I separately consent to my ID number being processed for the purpose above.',
  ageGroup: 'Age group',
  'ageGroup.under_14': 'Under 14',
  'ageGroup.14_17': '14 to 17',
  'ageGroup.18_59': '18 to 59',
  'ageGroup.60_plus': '60 or over',
  guardian: 'Guardian’s consent (needed for learners under 14)',
  guardianName: 'Guardian’s name',
  guardianMobile: 'Guardian’s mobile number',
  guardianRelationship: 'Relationship to the learner',
  'relationship.parent': 'Parent',
  'relationship.grandparent': 'Grandparent',
  'relationship.other_guardian': 'Other guardian',
  guardianConsent:
    'I am the learner’s guardian; I agree to this registration and to the processing of their personal information.',
  privacy: 'Your personal information',
  privacyText:
    'Your name and mobile number are used only to register you for this activity, check you in and tell you about it. After you submit, this page shows them only masked. You can cancel at any time.',
  privacyConsent: 'I have read and agree to how my personal information is handled.',
  submit: 'Register',
  sending: 'Sending…',
  retry: 'Try again',
  'error.nameEmpty': 'Please enter your name',
  'error.nameTooLong': 'A name can be at most {max} characters',
  'error.ageGroupEmpty': 'Please choose an age group',
  'error.guardianNameEmpty': 'Please enter the guardian’s name',
  'error.guardianRelationshipEmpty': 'Please choose the guardian’s relationship to the learner',
  'error.guardianConsent': 'A learner under 14 needs the guardian to tick the consent',
  'error.residentIdConsent': 'Giving an ID number needs its own consent ticked',
  'error.privacyConsent': 'Please read and agree to how your personal information is handled',
  'error.rejectedField': 'The platform did not accept this; please check it and try again',
  'error.validation':
    'The platform did not accept some of the details; please correct them and submit again.',
  'error.full': 'Full: every place and waitlist place is taken.',
  'error.closed': 'This activity does not take registrations.',
  'error.connection':
    'The connection dropped, so we do not know yet whether you are registered. Everything you typed is still here; choose “Try again” — it will not register you twice.',
  'error.server':
    'The platform cannot take registrations just now. Everything you typed is still here; choose “Try again” in a moment.',
  'error.keyReused':
    'Your previous attempt may have gone through. Choose “Try again” to check it with the details you sent then.',
  'error.config': 'The registration form has no api-base and publishable-key.',
  'error.unknown': 'The registration did not go through; please try again later.',
  'error.cancel': 'The cancellation did not go through; please try again.',
  requestId: 'Request ID: {id}',
  confirmed: 'You are registered',
  waitlisted: 'You are on the waitlist',
  cancelled: 'Registration cancelled',
  waitlistPosition: 'Waitlist position: {position}',
  waitlistExplain: 'When a place frees up, people on the waitlist are registered in order, automatically.',
  cancelledExplain: 'Your place has been released.',
  registrationId: 'Registration ID',
  addToCalendar: 'Add to calendar (.ics file)',
  cancelRegistration: 'Cancel registration',
  cancelQuestion: 'Do you really want to cancel this registration?',
  cancelYes: 'Yes, cancel it',
  cancelNo: 'Keep my registration',
  cancelling: 'Cancelling…',
  done: 'Done',
};

/** The registration form's strings, by locale. */
export const REGISTRATION_MESSAGES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** A field error: one of ours, or one of core's validator codes (e.g. `residentId.checksum`). */
export type ErrorCode = Extract<MessageKey, `error.${string}`> | ValidatorMessageCode;

/**
 * The text for `key` in `locale`, with `{placeholders}` filled.
 * @example message('en', 'waitlistPosition', { position: 1 }); // 'Waitlist position: 1'
 */
export function message(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  return format(REGISTRATION_MESSAGES[locale][key], params);
}

/** The text of a field error: core's validator messages for ID and mobile numbers, ours for the rest. */
export function errorMessage(locale: Locale, code: ErrorCode): string {
  return code.startsWith('error.')
    ? message(locale, code as MessageKey, { max: TEXT_LIMITS.name })
    : validationMessage(code as ValidatorMessageCode, locale);
}
