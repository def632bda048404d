// Every string the nomination form shows, zh-CN first and English second; validator messages come from core.
import type { NomineeGroup } from '@learning-city/core';
import { format, type Locale } from '../shared/locale.js';
import type { StepName } from './form-values.js';

// What shows before the campaign is here (loading, no campaign, closed, load errors). The rest of the Chinese
// strings come in two chunks: the first step's once the campaign is open (messages-zh.ts), the later steps'
// when the visitor starts on the form (messages-zh-later.ts).
const zhCN = {
  formLabel: '“百姓学习之星”推荐表',
  loading: '正在加载推荐活动…',
  noCampaign: '目前没有正在进行的“百姓学习之星”推荐活动。推荐活动开始后，这里会出现推荐表。',
  closedCampaign: '{title}已于 {date} 截止，不再接受推荐。',
  upcomingCampaign: '{title}将于 {date} 开始接受推荐。',
  loadFailed: '推荐活动没有加载成功。',
  loadConnection: '网络连接中断，推荐活动没有加载成功。',
  reload: '重新加载',
  'failure.config': '推荐表没有配置 api-base 和 publishable-key。',
  requestId: '请求编号：{id}',
  formValueMissing: '请先提交“百姓学习之星”推荐。',
};

type FormKey = keyof (typeof import('./messages-zh.js'))['zhForm'];
type LaterKey = keyof (typeof import('./messages-zh-later.js'))['zhLater'];

export type MessageKey = keyof typeof zhCN | FormKey | LaterKey;

/**
 * Which strings: `form` for the first step and the frame around it (steps, draft, buttons), `later` for the
 * later steps, the checks, sending and the result. English comes as one chunk with both.
 */
export type MessagePart = 'form' | 'later';

/**
 * The nomination form's strings, by locale, as far as loaded (`loadMessages()`): the Chinese form strings and
 * all of English are chunks of their own, so a Chinese page never downloads English and the entry stays small.
 */
export const NOMINATION_MESSAGES: Partial<Record<Locale, Partial<Record<MessageKey, string>>>> = {};

const loaded = new Set<string>();
const loading: Partial<Record<string, Promise<void>>> = {};

/** Whether `locale`'s strings for `part` are here; until then `message()` knows only the loading and error states. */
export function hasMessages(locale: Locale, part: MessagePart = 'form'): boolean {
  return loaded.has(`${locale}:${part}`);
}

function importPart(locale: Locale, part: MessagePart): Promise<Partial<Record<MessageKey, string>>> {
  if (locale === 'en') return import('./messages-en.js').then((module) => module.en);
  return part === 'form'
    ? import('./messages-zh.js').then((module) => ({ ...zhCN, ...module.zhForm }))
    : import('./messages-zh-later.js').then((module) => module.zhLater);
}

/** Loads `locale`'s strings for `part` (the form's once the campaign is open). */
export function loadMessages(locale: Locale, part: MessagePart = 'form'): Promise<void> {
  const name = `${locale}:${part}`;
  if (loaded.has(name)) return Promise.resolve();
  return (loading[name] ??= importPart(locale, part).then(
    (strings) => {
      NOMINATION_MESSAGES[locale] = { ...NOMINATION_MESSAGES[locale], ...strings };
      loaded.add(name);
    },
    (error: unknown) => {
      delete loading[name]; // try again next time
      throw error;
    },
  ));
}

/**
 * The text for `key` in `locale`, with `{placeholders}` filled.
 * @example message('en', 'stepOf', { n: 2, total: 5 }); // 'Step 2 of 5'
 */
export function message(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  // Before the strings arrive, the loading and error states show in Chinese (as English did before its chunk).
  const strings: Partial<Record<MessageKey, string>> =
    NOMINATION_MESSAGES[locale] ?? NOMINATION_MESSAGES['zh-CN'] ?? zhCN;
  return format(strings[key] ?? key, params);
}

export const stepLabel = (locale: Locale, step: StepName) => message(locale, `step.${step}`);
export const groupLabel = (locale: Locale, group: NomineeGroup) => message(locale, `group.${group}`);

/** A timestamp as `2026年6月21日 17:00` / `21 Jun 2026, 17:00`, in Asia/Shanghai. */
export function formatDateTime(locale: Locale, iso: string | number): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso));
}
