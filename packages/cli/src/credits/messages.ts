// What `credits validate` and `credits submit` say about a row, in Simplified Chinese first and English second.
import type { Locale } from '@learning-city/core';

/** Every message a row check can produce, with its parameters. */
export interface RowMessages {
  required(column: string): string;
  missingColumn(column: string, accepted: string): string;
  duplicateColumn(column: string, first: string): string;
  fieldCount(found: number, expected: number): string;
  unterminatedQuote: string;
  emptyFile: string;
  notJson(detail: string): string;
  tooLong(max: number): string;
  controlCharacter: string;
  notNumber: string;
  range(max: number): string;
  notDate: string;
  futureDate: string;
  beforeBirth(birthDate: string): string;
  outcomeType: string;
  duplicateRow(row: number): string;
  other(detail: string): string;
}

const zh: RowMessages = {
  required: (column) => `${column}不能为空`,
  missingColumn: (column, accepted) => `缺少必填列“${column}”（可用列名：${accepted}）`,
  duplicateColumn: (column, first) => `列“${column}”与列“${first}”表示同一项，请只保留一列`,
  fieldCount: (found, expected) => `本行有 ${found} 列，表头有 ${expected} 列`,
  unterminatedQuote: '从本行开始的引号没有闭合，一直到文件末尾',
  emptyFile: '文件是空的：第 1 行应为表头（姓名、身份证号……）',
  notJson: (detail) => `不是有效的 JSON：${detail}`,
  tooLong: (max) => `不能超过 ${max} 个字`,
  controlCharacter: '含有不可见的控制字符（如从网页或其他系统复制时带入的），请删除后重试',
  notNumber: '应为数字',
  range: (max) => `应在 0 到 ${max} 之间`,
  notDate: '日期不正确，应写作 2026-06-30、2026/6/30 或 2026年6月30日',
  futureDate: '日期晚于今天',
  beforeBirth: (birthDate) => `日期早于身份证号中的出生日期（${birthDate}）`,
  outcomeType: '成果类型应为“学历教育”“非学历教育”或“无一定形式学习”',
  duplicateRow: (row) => `与第 ${row} 行内容完全相同（同一成果只提交一次）`,
  other: (detail) => `不符合要求：${detail}`,
};

const en: RowMessages = {
  required: (column) => `${column} is required`,
  missingColumn: (column, accepted) =>
    `Missing the required column "${column}" (accepted headers: ${accepted})`,
  duplicateColumn: (column, first) => `Column "${column}" means the same as column "${first}"; keep only one`,
  fieldCount: (found, expected) => `This row has ${found} fields; the header has ${expected}`,
  unterminatedQuote: 'A quoted field that starts on this row is never closed before the end of the file',
  emptyFile: 'The file is empty: line 1 should be the header (name, residentId, …)',
  notJson: (detail) => `Not valid JSON: ${detail}`,
  tooLong: (max) => `At most ${max} characters`,
  controlCharacter:
    'Contains an invisible control character (often copied in from a web page or another system); delete it',
  notNumber: 'Must be a number',
  range: (max) => `Must be from 0 to ${max}`,
  notDate: 'Not a date; write it as 2026-06-30, 2026/6/30 or 2026年6月30日',
  futureDate: 'The date is later than today',
  beforeBirth: (birthDate) => `The date is before the birth date in the ID number (${birthDate})`,
  outcomeType:
    'The outcome type must be academic, non_academic or informal (学历教育, 非学历教育, 无一定形式学习)',
  duplicateRow: (row) => `Same content as row ${row} (an outcome is submitted once)`,
  other: (detail) => `Invalid: ${detail}`,
};

/** The messages for a locale. */
export function rowMessages(locale: Locale): RowMessages {
  return locale === 'en' ? en : zh;
}

/**
 * The locale for messages: `--lang` when given, else English when `LC_ALL`/`LC_MESSAGES`/`LANG` says `en…`,
 * else Simplified Chinese.
 */
export function resolveLocale(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
  if (flag !== undefined) return /^en/i.test(flag) ? 'en' : 'zh-CN';
  const system = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(system) ? 'en' : 'zh-CN';
}

/** The words around the tables and progress of `credits validate` and `credits submit`. */
export interface CommandMessages {
  tableHeader: [string, string, string];
  encoding(name: string): string;
  allValid(rows: number): string;
  /** `json`: the file has no header line to mention. */
  someInvalid(rows: number, valid: number, bad: number, json?: boolean): string;
  fatal: string;
  refuseInvalid(bad: number): string;
  progress(done: number, total: number): string;
  /** The summary of a run stopped by Ctrl+C, with how to resume. */
  interrupted(summary: SubmitCounts, results: string): string;
  stopping: string;
  submitted(summary: SubmitCounts, results: string): string;
  /** The summary of a run that stopped on a failure (a refused key, a lost connection). */
  failed(summary: SubmitCounts, results: string): string;
  /** `--api-key` is not a secret key. */
  notSecretKey: string;
  inDoubt(count: number): string;
  recovering(count: number): string;
}

/** Counts reported at the end of `credits submit`. */
export interface SubmitCounts {
  submitted: number;
  alreadySubmitted: number;
  rejected: number;
  invalid: number;
  pending: number;
}

const zhCommand: CommandMessages = {
  tableHeader: ['行', '列', '问题'],
  encoding: (name) => `文件编码：${name}`,
  allValid: (rows) => `全部 ${rows} 行均有效。`,
  someInvalid: (rows, valid, bad, json) =>
    `共 ${rows} 行：${valid} 行有效，${bad} 行有错误（行号为文件中的行${json ? '' : '，表头为第 1 行'}）。`,
  fatal: '文件无法读取，请按上表修改后重试。',
  refuseInvalid: (bad) =>
    `有 ${bad} 行未通过校验，未提交任何数据。请修改后重试，或加 --skip-invalid 只提交有效的行。`,
  progress: (done, total) => `已处理 ${done}/${total} 行`,
  interrupted: (s, results) =>
    `已中断：新提交 ${s.submitted} 行，此前已提交 ${s.alreadySubmitted} 行，被平台拒绝 ${s.rejected} 行，校验未通过 ${s.invalid} 行。已提交的行记录在 ${results}，再次运行同一命令即可从中断处继续，不会重复提交。`,
  stopping: '正在等待进行中的批次完成……再按一次 Ctrl+C 立即退出（再次运行时会核对，不会重复提交）。',
  submitted: (s, results) =>
    `提交完成：新提交 ${s.submitted} 行，此前已提交 ${s.alreadySubmitted} 行，被平台拒绝 ${s.rejected} 行，校验未通过 ${s.invalid} 行。结果见 ${results}`,
  failed: (s, results) =>
    `提交未完成：新提交 ${s.submitted} 行，此前已提交 ${s.alreadySubmitted} 行，被平台拒绝 ${s.rejected} 行，校验未通过 ${s.invalid} 行。结果见 ${results}`,
  notSecretKey:
    '--api-key 须为密钥（lc_sk_…）：提交学分只能用密钥，公开密钥（lc_pk_…）会被平台拒绝。未提交任何数据。 / --api-key must be a secret key (lc_sk_…); nothing was submitted.',
  inDoubt: (count) => `${count} 行的提交结果未知（网络中断）；再次运行同一命令会核对并补交，不会重复提交。`,
  recovering: (count) => `上次运行中断时有 ${count} 行正在提交，正在核对……`,
};

const enCommand: CommandMessages = {
  tableHeader: ['row', 'column', 'problem'],
  encoding: (name) => `Encoding: ${name}`,
  allValid: (rows) => `All ${rows} rows are valid.`,
  someInvalid: (rows, valid, bad, json) =>
    `${rows} rows: ${valid} valid, ${bad} with errors (rows are file lines${json ? '' : '; the header is line 1'}).`,
  fatal: 'The file cannot be read; fix what the table says and try again.',
  refuseInvalid: (bad) =>
    `${bad} rows failed validation, so nothing was submitted. Fix them, or add --skip-invalid to submit the valid rows only.`,
  progress: (done, total) => `${done}/${total} rows`,
  interrupted: (s, results) =>
    `Interrupted: ${s.submitted} submitted now, ${s.alreadySubmitted} submitted before, ${s.rejected} rejected by the platform, ${s.invalid} invalid. Submitted rows are recorded in ${results}; run the same command again to resume without submitting any row twice.`,
  stopping:
    'Waiting for the batches in flight… press Ctrl+C again to quit now (the next run checks them, so nothing is submitted twice).',
  submitted: (s, results) =>
    `Done: ${s.submitted} submitted now, ${s.alreadySubmitted} submitted before, ${s.rejected} rejected by the platform, ${s.invalid} invalid. Results: ${results}`,
  failed: (s, results) =>
    `Stopped before the end: ${s.submitted} submitted now, ${s.alreadySubmitted} submitted before, ${s.rejected} rejected by the platform, ${s.invalid} invalid. Results: ${results}`,
  notSecretKey:
    '--api-key must be a secret key (lc_sk_…): the credit bank refuses publishable keys (lc_pk_…). Nothing was submitted. / --api-key 须为密钥（lc_sk_…），未提交任何数据。',
  inDoubt: (count) =>
    `${count} rows have an unknown outcome (the connection failed); run the same command again to check and finish them without duplicates.`,
  recovering: (count) => `The last run stopped with ${count} rows in flight; checking them…`,
};

/** The command words for a locale. */
export function commandMessages(locale: Locale): CommandMessages {
  return locale === 'en' ? enCommand : zhCommand;
}
