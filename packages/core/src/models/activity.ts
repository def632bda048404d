// Activities (活动) and the series that group them, e.g. one year's 全民终身学习活动周.
import * as z from 'zod/mini';
import {
  Audience,
  CalendarDate,
  DivisionCode,
  Fee,
  InstitutionRef,
  multilineText,
  Place,
  resourceId,
  text,
  TEXT_LIMITS,
  Timestamp,
  WebUrl,
} from './common.js';
import { PageParams } from './list.js';

/** Kinds of activity. */
export const ACTIVITY_KINDS = [
  'lecture', // 讲座 / 市民大讲堂
  'reading', // 读书节 / 阅读活动
  'study_tour', // 研学游学
  'open_day', // 开放日 (e.g. 老年大学)
  'star_presentation', // 百姓学习之星展示
  'workshop', // 工作坊 / 体验课
  'exhibition', // 展览
  'performance', // 展演
] as const;
export const ActivityKind = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKind>;

/** `scheduled` as planned; `postponed` keeps registrations; `cancelled` is final. */
export const ACTIVITY_STATUSES = ['scheduled', 'postponed', 'cancelled'] as const;
export const ActivityStatus = z.enum(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/** A named programme of activities, e.g. 2026年北京市全民终身学习活动周. */
export const Series = z.object({
  id: resourceId('series'),
  title: text(TEXT_LIMITS.title),
  startsOn: CalendarDate,
  endsOn: CalendarDate,
});
export type Series = z.infer<typeof Series>;

/** An activity residents can attend and register for. */
export const Activity = z.object({
  id: resourceId('activity'),
  title: text(TEXT_LIMITS.title),
  summary: multilineText(TEXT_LIMITS.summary, 0),
  kind: ActivityKind,
  status: ActivityStatus,
  series: z.nullable(Series),
  institution: InstitutionRef,
  place: Place,
  audiences: z.array(Audience),
  startsAt: Timestamp,
  endsAt: Timestamp,
  capacity: /* @__PURE__ */ z.int().check(z.gte(1), z.lte(100000)),
  /** Confirmed seats still free, live. */
  seatsLeft: /* @__PURE__ */ z.int().check(z.gte(0)),
  /** Whether a registration made now would join the waitlist (seats gone, waitlist not yet full). */
  waitlistOpen: z.boolean(),
  waitlistCount: /* @__PURE__ */ z.int().check(z.gte(0)),
  fee: Fee,
  /** Whether registering needs a resident ID number (e.g. a venue with security checks). */
  requiresResidentId: z.boolean(),
  /** Why the ID number is needed, shown beside the field (PIPL art. 17). */
  residentIdPurpose: z.optional(multilineText(TEXT_LIMITS.note)),
  /** Whether registrations are taken at all (some activities are walk-in). */
  registrationOpen: z.boolean(),
  url: z.optional(WebUrl),
  updatedAt: Timestamp,
});
export type Activity = z.infer<typeof Activity>;

/** Filters for `GET /activities` and `GET /activities.ics`. */
export const ActivityListParams = z.extend(PageParams, {
  /** Activities ending at or after this instant. */
  from: z.optional(Timestamp),
  /** Activities starting before this instant. */
  to: z.optional(Timestamp),
  kind: z.optional(z.array(ActivityKind)),
  district: z.optional(z.array(DivisionCode)),
  audience: z.optional(z.array(Audience)),
  series: z.optional(resourceId('series')),
  /** Only activities with free seats or an open waitlist. */
  available: z.optional(z.boolean()),
});
export type ActivityListParams = z.infer<typeof ActivityListParams>;
