// 百姓学习之星 ("learning stars"): nominations and the photos they carry (campaigns: nomination-campaign.ts,
// re-exported here).
import * as z from 'zod/mini';
import {
  DivisionCode,
  MobileNumber,
  multilineText,
  resourceId,
  text,
  TEXT_LIMITS,
  Timestamp,
} from './common.js';
import { MEDIA_LICENCES, NOMINEE_GROUPS } from './nomination-campaign.js';

export * from './nomination-campaign.js';

export const NomineeGroup = z.enum(NOMINEE_GROUPS);
export type NomineeGroup = z.infer<typeof NomineeGroup>;

/** `submitted → endorsed → selected | not_selected`; withdrawable until endorsed. */
export const NOMINATION_STATUSES = [
  'submitted',
  'endorsed',
  'selected',
  'not_selected',
  'withdrawn',
] as const;
export const NominationStatus = z.enum(NOMINATION_STATUSES);
export type NominationStatus = z.infer<typeof NominationStatus>;

/** A photo attached to a nomination, with its rights (图片说明、摄影者、版权、许可、公示同意). */
export const NominationMedia = z.object({
  /** From `POST /media`. */
  mediaId: resourceId('media'),
  caption: text(200),
  photographer: text(TEXT_LIMITS.name),
  copyrightHolder: text(TEXT_LIMITS.title),
  licence: z.enum(MEDIA_LICENCES),
  /** The people shown agreed to the photo being made public. */
  publicityConsent: z.literal(true),
});
export type NominationMedia = z.infer<typeof NominationMedia>;

/** The body of `POST /nominations`. Text limits beyond these come from the campaign. */
export const NominationCreate = z.object({
  campaignId: resourceId('nominationCampaign'),
  nominee: z.object({
    name: text(TEXT_LIMITS.name),
    sex: z.enum(['male', 'female']),
    birthYear: /* @__PURE__ */ z.int().check(z.gte(1900), z.lte(2100)),
    mobile: MobileNumber,
    divisionCode: DivisionCode,
    group: NomineeGroup,
  }),
  story: z.object({
    summary: multilineText(2000),
    deeds: multilineText(10000),
    honours: /* @__PURE__ */ z.array(text(TEXT_LIMITS.title)).check(z.maxLength(50)),
  }),
  recommender: z.object({
    institutionName: text(TEXT_LIMITS.title),
    institutionId: z.optional(resourceId('institution')),
    contactName: text(TEXT_LIMITS.name),
    contactMobile: MobileNumber,
  }),
  media: /* @__PURE__ */ z.array(NominationMedia).check(z.maxLength(20)),
  consents: z.object({ privacyNotice: z.literal(true), publicity: z.boolean() }),
});
export type NominationCreate = z.infer<typeof NominationCreate>;

/** A nomination as the platform answers it; phones come back masked. */
export const Nomination = z.object({
  id: resourceId('nomination'),
  /** The reference to quote, e.g. `BXS-2026-000042`. */
  reference: z.string(),
  campaignId: resourceId('nominationCampaign'),
  status: NominationStatus,
  nominee: z.object({
    name: z.string(),
    sex: z.enum(['male', 'female']),
    birthYear: z.int(),
    mobileMasked: z.string(),
    divisionCode: DivisionCode,
    group: NomineeGroup,
  }),
  story: z.object({ summary: z.string(), deeds: z.string(), honours: z.array(z.string()) }),
  recommender: z.object({
    institutionName: z.string(),
    contactName: z.string(),
    contactMobileMasked: z.string(),
  }),
  media: z.array(NominationMedia),
  submittedAt: Timestamp,
});
export type Nomination = z.infer<typeof Nomination>;

/** The body of `POST /media`: one photo, base64-encoded (the sandbox keeps it in the database). */
export const MediaUpload = z.object({
  contentType: /* @__PURE__ */ z.string().check(z.regex(/^image\/(jpeg|png|webp)$/)),
  /** Base64 of the bytes; at most ~10 MB decoded. */
  data: /* @__PURE__ */ z.string().check(z.maxLength(14_000_000)),
  fileName: z.optional(text(200)),
});
export type MediaUpload = z.infer<typeof MediaUpload>;

export const Media = z.object({
  id: resourceId('media'),
  contentType: z.string(),
  bytes: /* @__PURE__ */ z.int().check(z.gte(0)),
  width: z.nullable(z.int()),
  height: z.nullable(z.int()),
  createdAt: Timestamp,
});
export type Media = z.infer<typeof Media>;
