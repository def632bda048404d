// The columns of a credits file: which header (Chinese or English) means which field of a credit submission.
import type { Locale } from '@learning-city/core';

/** The fields a credits row carries, in the order the error table lists them. */
export const CREDIT_FIELDS = [
  'name',
  'residentId',
  'title',
  'issuer',
  'type',
  'achievedOn',
  'hours',
  'credits',
  'certificateNumber',
  'level',
] as const;
export type CreditField = (typeof CREDIT_FIELDS)[number];

interface FieldSpec {
  required: boolean;
  labels: Record<Locale, string>;
  /** Accepted headers, compared after {@link normalizeHeader}. The first is the preferred one. */
  headers: readonly string[];
}

export const FIELD_SPECS: Record<CreditField, FieldSpec> = {
  name: { required: true, labels: { 'zh-CN': '姓名', en: 'name' }, headers: ['姓名', '学员姓名', 'name'] },
  residentId: {
    required: true,
    labels: { 'zh-CN': '身份证号', en: 'residentId' },
    headers: ['身份证号', '身份证号码', '证件号码', '证件号', 'residentId', 'idNumber'],
  },
  title: {
    required: true,
    labels: { 'zh-CN': '证书名称', en: 'title' },
    headers: ['证书名称', '成果名称', 'title'],
  },
  issuer: {
    required: true,
    labels: { 'zh-CN': '发证机构', en: 'issuer' },
    headers: ['发证机构', '颁发机构', 'issuer'],
  },
  type: {
    required: true,
    labels: { 'zh-CN': '成果类型', en: 'type' },
    headers: ['成果类型', 'type', 'outcomeType'],
  },
  achievedOn: {
    required: true,
    labels: { 'zh-CN': '取得日期', en: 'achievedOn' },
    headers: ['取得日期', '获得日期', 'achievedOn', 'date'],
  },
  hours: { required: true, labels: { 'zh-CN': '学时', en: 'hours' }, headers: ['学时', 'hours'] },
  credits: { required: true, labels: { 'zh-CN': '学分', en: 'credits' }, headers: ['学分', 'credits'] },
  certificateNumber: {
    required: false,
    labels: { 'zh-CN': '证书编号', en: 'certificateNumber' },
    headers: ['证书编号', 'certificateNumber'],
  },
  level: {
    required: false,
    labels: { 'zh-CN': '等级', en: 'level' },
    headers: ['等级', '证书等级', 'level'],
  },
};

/**
 * A header reduced to what identifies it: no spaces, `_`, `-`, `.`, `*` (a "required" mark) or a
 * parenthesised note such as `学时（小时）`; lower case. `learner.name` and `outcome.hours` (the nested JSON
 * shape, flattened) lose their prefix.
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/^\s*(learner|outcome)\./i, '')
    .replace(/[\s_\-.*＊]/g, '')
    .toLowerCase();
}

const FIELD_BY_HEADER = new Map<string, CreditField>(
  CREDIT_FIELDS.flatMap((field) =>
    FIELD_SPECS[field].headers.map((h) => [normalizeHeader(h), field] as const),
  ),
);

/** The field a header means, if any. */
export function fieldForHeader(header: string): CreditField | undefined {
  return FIELD_BY_HEADER.get(normalizeHeader(header));
}

/** Where each field sits in a CSV header row, and any header problems. */
export interface ColumnMap {
  /** Field → index of its column and the header as written. */
  columns: Partial<Record<CreditField, { index: number; header: string }>>;
  /** Headers that two columns share the meaning of: `[column, first column]`. */
  duplicates: [string, string][];
  /** Headers nothing is known about (ignored). */
  unknown: string[];
}

/** Maps a CSV header row onto the fields. */
export function mapHeader(headers: readonly string[]): ColumnMap {
  const map: ColumnMap = { columns: {}, duplicates: [], unknown: [] };
  headers.forEach((raw, index) => {
    const header = raw.trim();
    const field = fieldForHeader(header);
    if (field === undefined) {
      if (header !== '') map.unknown.push(header);
      return;
    }
    const first = map.columns[field];
    if (first) map.duplicates.push([header, first.header]);
    else map.columns[field] = { index, header };
  });
  return map;
}

/** The headers accepted for a field, for an error message. */
export function acceptedHeaders(field: CreditField): string {
  return FIELD_SPECS[field].headers.join(' / ');
}
