// Courses (课程) and their offerings (开班): the catalogue residents search.
import * as z from 'zod/mini';
import {
  Audience,
  CalendarDate,
  ClockTime,
  DeliveryMode,
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

/**
 * The default course taxonomy: Luoyang's "1+8" community course system
 * (实用技能 + 河洛文化, 社会科学, 文化素养, 家庭教育, 艺术修养, 健康养生, 体育健身, 特色课程).
 * A city may configure its own; category codes are slugs and the server sends their labels with facets.
 */
export const COURSE_CATEGORIES = [
  'practical_skills', // 实用技能
  'heluo_culture', // 河洛文化
  'social_science', // 社会科学
  'cultural_literacy', // 文化素养
  'family_education', // 家庭教育
  'arts', // 艺术修养
  'health', // 健康养生
  'sports', // 体育健身
  'featured', // 特色课程
] as const;
export type DefaultCourseCategory = (typeof COURSE_CATEGORIES)[number];

/** A category code: one of {@link COURSE_CATEGORIES} by default, any slug in a configured taxonomy. */
export const CourseCategory = /* @__PURE__ */ z.string().check(z.regex(/^[a-z][a-z0-9_]{1,39}$/));

/** A scheduled run of a course at a place (开班), with its seats. */
export const Offering = z.object({
  id: resourceId('offering'),
  courseId: resourceId('course'),
  /** e.g. 2026年春季班. */
  title: text(TEXT_LIMITS.title),
  startsOn: CalendarDate,
  endsOn: CalendarDate,
  /** ISO weekdays the class meets, 1 = Monday … 7 = Sunday. */
  weekdays: /* @__PURE__ */ z.array(/* @__PURE__ */ z.int().check(z.gte(1), z.lte(7))).check(z.maxLength(7)),
  startTime: ClockTime,
  endTime: ClockTime,
  sessions: /* @__PURE__ */ z.int().check(z.gte(1), z.lte(500)),
  place: Place,
  teacher: z.optional(text(TEXT_LIMITS.name)),
  capacity: /* @__PURE__ */ z.int().check(z.gte(1), z.lte(10000)),
  seatsLeft: /* @__PURE__ */ z.int().check(z.gte(0)),
  status: z.enum(['open', 'full', 'closed', 'cancelled']),
});
export type Offering = z.infer<typeof Offering>;

/** A course in the catalogue. */
export const Course = z.object({
  id: resourceId('course'),
  title: text(TEXT_LIMITS.title),
  summary: multilineText(TEXT_LIMITS.summary, 0),
  category: CourseCategory,
  audiences: z.array(Audience),
  mode: DeliveryMode,
  institution: InstitutionRef,
  divisionCode: DivisionCode,
  /** Name of the county-level division, e.g. 涧西区. */
  district: text(TEXT_LIMITS.name),
  fee: Fee,
  /** Learning hours (学时) the course carries. */
  hours: /* @__PURE__ */ z.number().check(z.gte(0), z.lte(2000)),
  /** The earliest and latest dates of its offerings, when it has any. */
  startsOn: z.nullable(CalendarDate),
  endsOn: z.nullable(CalendarDate),
  seatsLeft: /* @__PURE__ */ z.int().check(z.gte(0)),
  imageUrl: z.optional(WebUrl),
  url: z.optional(WebUrl),
  updatedAt: Timestamp,
});
export type Course = z.infer<typeof Course>;

/** A course with its offerings, as `GET /courses/{id}` answers. */
export const CourseDetail = z.extend(Course, { offerings: z.array(Offering) });
export type CourseDetail = z.infer<typeof CourseDetail>;

export const COURSE_SORTS = ['relevance', 'starts_on', 'title', 'fee'] as const;
export const CourseSort = /* @__PURE__ */ z.enum(COURSE_SORTS);
export type CourseSort = z.infer<typeof CourseSort>;

/** Filters for `GET /courses` and `GET /courses/facets`. Multi-valued filters are comma-separated on the wire. */
export const CourseFilters = /* @__PURE__ */ z.object({
  /** Free text; matched against title, summary and institution. */
  q: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(z.maxLength(100))),
  category: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(CourseCategory)),
  audience: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(Audience)),
  /** Division codes. */
  district: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(DivisionCode)),
  mode: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(DeliveryMode)),
  free: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  /** Only courses with an offering that ends on or after this date. */
  from: /* @__PURE__ */ z.optional(CalendarDate),
  /** Only courses with an offering that starts on or before this date. */
  to: /* @__PURE__ */ z.optional(CalendarDate),
});
export type CourseFilters = z.infer<typeof CourseFilters>;

export const CourseListParams = /* @__PURE__ */ z.extend(CourseFilters, {
  limit: PageParams.shape.limit,
  cursor: PageParams.shape.cursor,
  sort: /* @__PURE__ */ z.optional(CourseSort),
});
export type CourseListParams = z.infer<typeof CourseListParams>;

/** One facet value with how many courses match it under the current filters. */
export const FacetBucket = z.object({
  value: z.string(),
  /** The label to show, in the platform's language (categories are configurable). */
  label: z.string(),
  count: /* @__PURE__ */ z.int().check(z.gte(0)),
});
export type FacetBucket = z.infer<typeof FacetBucket>;

/** `GET /courses/facets`: counts per dimension for the same filters as the list. */
export const CourseFacets = z.object({
  total: /* @__PURE__ */ z.int().check(z.gte(0)),
  category: z.array(FacetBucket),
  audience: z.array(FacetBucket),
  district: z.array(FacetBucket),
  mode: z.array(FacetBucket),
  free: z.array(FacetBucket),
});
export type CourseFacets = z.infer<typeof CourseFacets>;
