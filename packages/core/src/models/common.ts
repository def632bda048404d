// Primitives every aggregate shares: prefixed IDs, timestamps, places, bounded text.
import * as z from 'zod/mini';
import { normalizeMobile } from '../validators/mobile.js';
import { isResidentId } from '../validators/resident-id.js';
import { MULTILINE_TEXT_PATTERN, ONE_LINE_TEXT_PATTERN } from '../validators/text.js';

/** Maximum lengths for text a person types, in characters. */
export const TEXT_LIMITS = {
  name: 50,
  title: 120,
  summary: 2000,
  address: 200,
  note: 500,
} as const;

/** The prefix each resource's ID carries, e.g. `crs_` for a course. */
export const ID_PREFIXES = {
  course: 'crs',
  offering: 'off',
  activity: 'act',
  series: 'ser',
  registration: 'reg',
  creditSubmission: 'sub',
  ledgerEntry: 'led',
  learner: 'lrn',
  nomination: 'nom',
  nominationCampaign: 'cmp',
  media: 'med',
  institution: 'ins',
} as const;

export type ResourceKind = keyof typeof ID_PREFIXES;

/**
 * A prefixed resource ID such as `crs_8fK2mQ1x`.
 * @example resourceId('course').parse('crs_8fK2mQ1x')
 */
/* @__NO_SIDE_EFFECTS__ */
export function resourceId(kind: ResourceKind) {
  return /* @__PURE__ */ z.string().check(z.regex(new RegExp(`^${ID_PREFIXES[kind]}_[A-Za-z0-9]{6,40}$`)));
}

// Schemas carry no messages of their own: an `error` param costs ~150 bytes gzipped in every browser bundle
// that parses a response. `toFieldIssues` (client/field-issues.ts, Node side) names each pattern instead.

/** Bounded, trimmed, one-line text: what a person may type into one field. Control characters are refused. */
/* @__NO_SIDE_EFFECTS__ */
export function text(max: number, min = 1) {
  return /* @__PURE__ */ z
    .string()
    .check(z.trim(), z.minLength(min), z.maxLength(max), z.regex(ONE_LINE_TEXT_PATTERN));
}

/** Like {@link text}, for text that may run over lines (a summary, deeds, a note): keeps `\t`, `\n` and `\r`. */
/* @__NO_SIDE_EFFECTS__ */
export function multilineText(max: number, min = 1) {
  return /* @__PURE__ */ z
    .string()
    .check(z.trim(), z.minLength(min), z.maxLength(max), z.regex(MULTILINE_TEXT_PATTERN));
}

// Plain patterns rather than z.iso.*: the same check at ~0.8 KB less in every browser bundle.
// The OpenAPI generator adds `format: date-time` / `date` to these two schemas.

/** ISO 8601 timestamp with an offset, e.g. `2026-05-16T09:30:00+08:00` or `2026-05-16T01:30:00Z`. */
export const Timestamp = /* @__PURE__ */ z
  .string()
  .check(
    z.regex(
      /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/,
    ),
  );

/** The pattern of {@link CalendarDate}. */
export const CALENDAR_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date, `YYYY-MM-DD`. */
export const CalendarDate = /* @__PURE__ */ z.string().check(z.regex(CALENDAR_DATE_PATTERN));

/** A wall-clock time in Asia/Shanghai, `HH:MM`. */
export const ClockTime = /* @__PURE__ */ z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** GB/T 2260 division code: 6 digits to county level, 12-digit statistical codes below. */
export const DivisionCode = /* @__PURE__ */ z.string().check(z.regex(/^\d{6}(\d{6})?$/));

/** The pattern of {@link MobileNumber}, after normalising. */
export const MOBILE_NUMBER_PATTERN = /^(\+86)?1[3-9]\d{9}$/;

/**
 * Mainland mobile number: 11 digits, optional `+86`. It is normalised as `normalizeMobile` does first, so what
 * `validateMobile` accepts (`+86 138-0000-0000`, `0086…`) is accepted too, and parsed to the bare 11 digits.
 */
export const MobileNumber = /* @__PURE__ */ z.string().check(
  z.overwrite((value) => normalizeMobile(value) ?? value),
  z.regex(MOBILE_NUMBER_PATTERN),
);

/** The pattern of {@link ResidentIdNumber}, checked before its GB 11643 check digit. */
export const RESIDENT_ID_NUMBER_PATTERN = /^\s*\d{17}[\dXx]\s*$/;

/** An 18-character resident ID number that passes GB 11643. */
export const ResidentIdNumber = /* @__PURE__ */ z.string().check(
  z.regex(RESIDENT_ID_NUMBER_PATTERN),
  // Only once the shape is right: a number of the wrong length gets one issue, not also the check digit's.
  z.refine((value) => !RESIDENT_ID_NUMBER_PATTERN.test(value) || isResidentId(value), {
    message: 'Not a valid resident ID number (GB 11643)',
  }),
);

/** An http(s) URL. */
export const WebUrl = /* @__PURE__ */ z.string().check(z.maxLength(2000), z.regex(/^https?:\/\/\S+$/));

/** Money in CNY yuan (元); 0 means free. */
export const Fee = /* @__PURE__ */ z.number().check(z.gte(0), z.lte(100000));

/** A place where learning happens: a venue, its address and its division. */
export const Place = z.object({
  name: text(TEXT_LIMITS.title),
  address: z.optional(text(TEXT_LIMITS.address)),
  /** GB/T 2260 code of the county-level division (or a 12-digit code below it). */
  divisionCode: DivisionCode,
  /** The year of the GB/T 2260 edition the code comes from. */
  divisionVersion: z.optional(/* @__PURE__ */ z.int().check(z.gte(1980), z.lte(2100))),
  /** The division's name, e.g. 海淀区. */
  district: z.optional(text(TEXT_LIMITS.name)),
  latitude: z.optional(/* @__PURE__ */ z.number().check(z.gte(-90), z.lte(90))),
  longitude: z.optional(/* @__PURE__ */ z.number().check(z.gte(-180), z.lte(180))),
});
export type Place = z.infer<typeof Place>;

/** A reference to an institution embedded in another resource. */
export const InstitutionRef = z.object({
  id: resourceId('institution'),
  name: text(TEXT_LIMITS.title),
});
export type InstitutionRef = z.infer<typeof InstitutionRef>;

/** Audiences a course or activity is meant for (服务对象). */
export const AUDIENCES = [
  'seniors', // 老年人
  'youth', // 青少年
  'farmers', // 农民
  'employees', // 在职职工
  'veterans', // 退役军人
  'disabled', // 残障人士
  'residents', // 社区居民
  'parents', // 家长
] as const;
export const Audience = z.enum(AUDIENCES);
export type Audience = z.infer<typeof Audience>;

/** Whether a course or activity happens in person, online or both (线下 / 线上 / 混合). */
export const DELIVERY_MODES = ['offline', 'online', 'blended'] as const;
export const DeliveryMode = z.enum(DELIVERY_MODES);
export type DeliveryMode = z.infer<typeof DeliveryMode>;
