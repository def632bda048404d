// 百姓学习之星 ("learning stars") campaigns: what a nomination form needs to show its first screen. Apart from
// models/nomination.ts (the nomination, its photos) so a bundler can leave those schemas in the code that sends.
import * as z from 'zod/mini';
import { PageParams } from './list.js';
import { multilineText, resourceId, text, TEXT_LIMITS, Timestamp } from './common.js';

/** Groups a nominee may belong to (推荐类别). */
export const NOMINEE_GROUPS = [
  'frontline_worker', // 基层员工
  'community_resident', // 社区居民
  'rural_farmer', // 乡村农民
  'veteran', // 退役军人
  'senior', // 老年人
  'disabled', // 残疾人
  'educator', // 教育工作者
  'other', // 其他
] as const;

export const MEDIA_LICENCES = ['CC-BY-4.0', 'CC-BY-NC-4.0', 'CC0-1.0', 'all-rights-reserved'] as const;

/** The limits a campaign sets on what a nomination may carry. */
export const CampaignLimits = z.object({
  summaryMaxChars: /* @__PURE__ */ z.int().check(z.gte(10), z.lte(2000)),
  deedsMinChars: /* @__PURE__ */ z.int().check(z.gte(0), z.lte(10000)),
  deedsMaxChars: /* @__PURE__ */ z.int().check(z.gte(100), z.lte(10000)),
  honoursMax: /* @__PURE__ */ z.int().check(z.gte(0), z.lte(50)),
  photosMax: /* @__PURE__ */ z.int().check(z.gte(0), z.lte(20)),
  photoMaxBytes: /* @__PURE__ */ z.int().check(z.gte(1024), z.lte(50 * 1024 * 1024)),
  photoTypes: z.array(/* @__PURE__ */ z.string().check(z.regex(/^image\/[a-z0-9.+-]+$/))),
});
export type CampaignLimits = z.infer<typeof CampaignLimits>;

/** A nomination campaign, e.g. 2026年"百姓学习之星"推荐. */
export const NominationCampaign = z.object({
  id: resourceId('nominationCampaign'),
  title: text(TEXT_LIMITS.title),
  year: /* @__PURE__ */ z.int().check(z.gte(2000), z.lte(2100)),
  summary: multilineText(TEXT_LIMITS.summary, 0),
  opensAt: Timestamp,
  closesAt: Timestamp,
  status: z.enum(['upcoming', 'open', 'closed']),
  limits: CampaignLimits,
});
export type NominationCampaign = z.infer<typeof NominationCampaign>;

/** Filters for `GET /nomination-campaigns`. */
export const CampaignListParams = z.extend(PageParams, {
  status: z.optional(z.enum(['upcoming', 'open', 'closed'])),
});
export type CampaignListParams = z.infer<typeof CampaignListParams>;
