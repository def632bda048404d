// Partner institutions: museums, libraries, schools, colleges and the places that host learning.
import * as z from 'zod/mini';
import { DivisionCode, MobileNumber, resourceId, text, TEXT_LIMITS, WebUrl } from './common.js';

/** The kinds of partner institution (合作机构类型). */
export const INSTITUTION_KINDS = [
  'museum', // 博物馆
  'library', // 图书馆
  'school', // 中小学校
  'vocational_college', // 职业院校
  'university', // 高等院校 / 开放大学
  'community_college', // 社区学院 / 社区教育中心
  'senior_college', // 老年大学
  'cultural_center', // 文化馆 / 文化站
  'enterprise', // 企业
  'social_organization', // 社会组织
] as const;
export const InstitutionKind = z.enum(INSTITUTION_KINDS);
export type InstitutionKind = z.infer<typeof InstitutionKind>;

/** A partner institution. */
export const Institution = z.object({
  id: resourceId('institution'),
  name: text(TEXT_LIMITS.title),
  kind: InstitutionKind,
  divisionCode: DivisionCode,
  address: z.optional(text(TEXT_LIMITS.address)),
  website: z.optional(WebUrl),
  phone: z.optional(
    z.union([MobileNumber, /* @__PURE__ */ z.string().check(z.regex(/^0\d{2,3}-?\d{7,8}$/))]),
  ),
});
export type Institution = z.infer<typeof Institution>;
