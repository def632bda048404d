// schema.org JSON-LD for courses and activities (search engines, rich results), and safe <script> serialisation.
import type { Activity, ActivityStatus } from '../models/activity.js';
import type { Audience, DeliveryMode, Place } from '../models/common.js';
import type { Course, CourseDetail, Offering } from '../models/course.js';
import { AUDIENCE_LABELS } from '../models/labels.js';
import { provinceName } from './provinces.js';

/** The schema.org JSON-LD context. */
export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

/** The language content is in unless told otherwise. */
const DEFAULT_LANGUAGE = 'zh-CN';

const COURSE_MODES: Record<DeliveryMode, SchemaOrgCourseMode> = {
  offline: 'Onsite',
  online: 'Online',
  blended: 'Blended',
};

const EVENT_STATUSES: Record<ActivityStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
};

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `courseMode` values Google's course rich results understand. */
export type SchemaOrgCourseMode = 'Onsite' | 'Online' | 'Blended';

/**
 * A schema.org `PostalAddress` in mainland China.
 *
 * @example
 * const address: SchemaOrgPostalAddress = {
 *   '@type': 'PostalAddress',
 *   addressLocality: '海淀区',
 *   addressRegion: '北京市',
 *   addressCountry: 'CN',
 * };
 */
export interface SchemaOrgPostalAddress {
  '@type': 'PostalAddress';
  streetAddress?: string;
  /** The county-level division, e.g. 海淀区. */
  addressLocality?: string;
  /** The province-level division, e.g. 北京市. */
  addressRegion?: string;
  addressCountry: 'CN';
}

/**
 * A schema.org `Place`: a venue with its address and, when known, coordinates.
 *
 * @example
 * const place: SchemaOrgPlace = {
 *   '@type': 'Place',
 *   name: '海淀区图书馆',
 *   address: { '@type': 'PostalAddress', addressCountry: 'CN' },
 * };
 */
export interface SchemaOrgPlace {
  '@type': 'Place';
  name: string;
  address: SchemaOrgPostalAddress;
  geo?: { '@type': 'GeoCoordinates'; latitude: number; longitude: number };
}

/**
 * A schema.org `Organization`, named.
 *
 * @example
 * const provider: SchemaOrgOrganization = { '@type': 'Organization', name: '洛阳市老年大学' };
 */
export interface SchemaOrgOrganization {
  '@type': 'Organization';
  name: string;
}

/**
 * A schema.org `Offer` in CNY.
 *
 * @example
 * const offer: SchemaOrgOffer = { '@type': 'Offer', price: 0, priceCurrency: 'CNY', category: 'Free' };
 */
export interface SchemaOrgOffer {
  '@type': 'Offer';
  price: number;
  priceCurrency: 'CNY';
  category?: 'Free' | 'Paid';
  availability?: string;
  url?: string;
}

/**
 * A schema.org `EducationalAudience` with a Chinese `educationalRole`.
 *
 * @example
 * const audience: SchemaOrgAudience = { '@type': 'EducationalAudience', educationalRole: '老年人' };
 */
export interface SchemaOrgAudience {
  '@type': 'EducationalAudience';
  educationalRole: string;
}

/**
 * A schema.org `Schedule`: a weekly class meeting.
 *
 * @example
 * const schedule: SchemaOrgSchedule = {
 *   '@type': 'Schedule',
 *   repeatFrequency: 'P1W',
 *   byDay: ['https://schema.org/Tuesday'],
 *   scheduleTimezone: 'Asia/Shanghai',
 * };
 */
export interface SchemaOrgSchedule {
  '@type': 'Schedule';
  repeatFrequency?: 'P1W';
  byDay?: string[];
  startTime?: string;
  endTime?: string;
  startDate?: string;
  endDate?: string;
  repeatCount?: number;
  duration?: string;
  scheduleTimezone: 'Asia/Shanghai';
}

/**
 * A schema.org `CourseInstance`: one offering (开班) of a course.
 *
 * @example
 * const instance: SchemaOrgCourseInstance = {
 *   '@type': 'CourseInstance',
 *   courseMode: 'Onsite',
 *   startDate: '2026-03-03',
 * };
 */
export interface SchemaOrgCourseInstance {
  '@type': 'CourseInstance';
  name?: string;
  courseMode: SchemaOrgCourseMode;
  startDate?: string;
  endDate?: string;
  location?: SchemaOrgPlace;
  instructor?: { '@type': 'Person'; name: string };
  courseSchedule?: SchemaOrgSchedule;
  eventStatus?: string;
  maximumAttendeeCapacity?: number;
  remainingAttendeeCapacity?: number;
}

/**
 * A schema.org `Course`, as {@link courseToJsonLd} writes it.
 *
 * @example
 * const course: SchemaOrgCourse = courseToJsonLd(detail);
 * course.hasCourseInstance?.length; // one per offering
 */
export interface SchemaOrgCourse {
  '@context'?: typeof SCHEMA_ORG_CONTEXT;
  '@type': 'Course';
  '@id'?: string;
  name: string;
  description: string;
  courseCode: string;
  provider: SchemaOrgOrganization;
  hasCourseInstance?: SchemaOrgCourseInstance[];
  offers: SchemaOrgOffer[];
  audience?: SchemaOrgAudience[];
  timeRequired?: string;
  inLanguage: string;
  isAccessibleForFree: boolean;
  url?: string;
  image?: string;
  dateModified: string;
}

/**
 * A schema.org `ItemList` of courses, as {@link coursesToItemList} writes it.
 *
 * @example
 * const list: SchemaOrgItemList = coursesToItemList(page.data);
 * list.itemListElement[0]?.position; // 1
 */
export interface SchemaOrgItemList {
  '@context': typeof SCHEMA_ORG_CONTEXT;
  '@type': 'ItemList';
  name?: string;
  numberOfItems: number;
  itemListElement: { '@type': 'ListItem'; position: number; item: SchemaOrgCourse }[];
}

/**
 * A schema.org `EducationEvent`, as {@link activityToJsonLd} writes it.
 *
 * @example
 * const event: SchemaOrgEducationEvent = activityToJsonLd(activity);
 * event.eventStatus; // 'https://schema.org/EventScheduled'
 */
export interface SchemaOrgEducationEvent {
  '@context': typeof SCHEMA_ORG_CONTEXT;
  '@type': 'EducationEvent';
  '@id'?: string;
  name: string;
  description: string;
  startDate: string;
  endDate: string;
  eventStatus: string;
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode';
  location: SchemaOrgPlace;
  organizer: SchemaOrgOrganization;
  offers: SchemaOrgOffer;
  maximumAttendeeCapacity: number;
  remainingAttendeeCapacity: number;
  isAccessibleForFree: boolean;
  audience?: SchemaOrgAudience[];
  superEvent?: { '@type': 'EventSeries'; name: string; startDate: string; endDate: string };
  inLanguage: string;
  url?: string;
}

/** Options for {@link courseToJsonLd} and {@link activityToJsonLd}. */
export interface JsonLdOptions {
  /** The canonical page of the course or activity; defaults to its `url`. */
  url?: string;
  /** BCP 47 language of the text; defaults to `zh-CN`. */
  inLanguage?: string;
}

/** Options for {@link coursesToItemList}. */
export interface ItemListOptions {
  /** The list's name, e.g. the search a results page shows. */
  name?: string;
  /** BCP 47 language of the text; defaults to `zh-CN`. */
  inLanguage?: string;
  /** The page of each course in the list; defaults to the course's `url`. */
  courseUrl?: (course: Course) => string | undefined;
}

/**
 * A course as schema.org `Course` JSON-LD: provider, one `CourseInstance` per offering (for a
 * {@link CourseDetail}; a summary instance from `startsOn`/`endsOn` otherwise), offer in CNY,
 * audiences, `timeRequired` from the learning hours.
 *
 * @example
 * const data = courseToJsonLd(await client.courses.get('crs_8fK2mQ1x'), { url: location.href });
 * script.textContent = jsonLdScript(data);
 */
export function courseToJsonLd(course: Course | CourseDetail, options: JsonLdOptions = {}): SchemaOrgCourse {
  return {
    '@context': SCHEMA_ORG_CONTEXT,
    ...courseNode(course, options.url ?? course.url, options.inLanguage),
  };
}

/**
 * A page of courses as a schema.org `ItemList` of `ListItem`s (positions 1…n), each holding a `Course`.
 *
 * @example
 * const data = coursesToItemList(page.data, {
 *   courseUrl: (course) => `https://learn.example.cn/courses/${course.id}`,
 * });
 */
export function coursesToItemList(courses: Course[], options: ItemListOptions = {}): SchemaOrgItemList {
  const list: SchemaOrgItemList = {
    '@context': SCHEMA_ORG_CONTEXT,
    '@type': 'ItemList',
    numberOfItems: courses.length,
    itemListElement: courses.map((course, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: courseNode(course, options.courseUrl?.(course) ?? course.url, options.inLanguage),
    })),
  };
  if (options.name !== undefined) list.name = options.name;
  return list;
}

/**
 * An activity as schema.org `EducationEvent` JSON-LD: dates with their offset, status, an offline
 * `Place` with a Chinese postal address, organizer, an offer whose availability follows the seats
 * (`InStock`, `LimitedAvailability` while the waitlist is open, `SoldOut`) and the capacities.
 *
 * @example
 * const data = activityToJsonLd(activity);
 * data.offers.availability; // 'https://schema.org/InStock' while seats are left
 */
export function activityToJsonLd(activity: Activity, options: JsonLdOptions = {}): SchemaOrgEducationEvent {
  const url = options.url ?? activity.url;
  const event: SchemaOrgEducationEvent = {
    '@context': SCHEMA_ORG_CONTEXT,
    '@type': 'EducationEvent',
    name: activity.title,
    description: activity.summary,
    startDate: activity.startsAt,
    endDate: activity.endsAt,
    eventStatus: EVENT_STATUSES[activity.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: placeNode(activity.place),
    organizer: { '@type': 'Organization', name: activity.institution.name },
    offers: {
      '@type': 'Offer',
      price: activity.fee,
      priceCurrency: 'CNY',
      category: activity.fee === 0 ? 'Free' : 'Paid',
      availability: availability(activity),
    },
    maximumAttendeeCapacity: activity.capacity,
    remainingAttendeeCapacity: activity.seatsLeft,
    isAccessibleForFree: activity.fee === 0,
    inLanguage: options.inLanguage ?? DEFAULT_LANGUAGE,
  };
  if (activity.audiences.length > 0) event.audience = audienceNodes(activity.audiences);
  if (activity.series) {
    const { title, startsOn, endsOn } = activity.series;
    event.superEvent = { '@type': 'EventSeries', name: title, startDate: startsOn, endDate: endsOn };
  }
  if (url !== undefined) {
    event['@id'] = url;
    event.url = url;
    event.offers.url = url;
  }
  return event;
}

/**
 * Serialises JSON-LD for the body of a `<script type="application/ld+json">` element: `<` is
 * written as `\u003c` (so a `</script>` inside a title cannot end the element) and U+2028/U+2029
 * as escapes. `JSON.parse` of the result gives back the same data.
 *
 * @throws {TypeError} When `data` cannot be serialised as JSON (e.g. `undefined`).
 * @example
 * const script = document.createElement('script');
 * script.type = 'application/ld+json';
 * script.textContent = jsonLdScript(activityToJsonLd(activity));
 */
export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data) as string | undefined;
  if (json === undefined) throw new TypeError('jsonLdScript: the data cannot be serialised as JSON');
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Learning hours as an ISO 8601 duration, to the minute.
 *
 * @example
 * hoursToIsoDuration(32); // 'PT32H'
 * hoursToIsoDuration(1.5); // 'PT1H30M'
 */
export function hoursToIsoDuration(hours: number): string {
  if (!Number.isFinite(hours) || hours < 0)
    throw new RangeError(`hoursToIsoDuration: invalid hours ${hours}`);
  return minutesToIsoDuration(Math.round(hours * 60));
}

function minutesToIsoDuration(total: number): string {
  if (total === 0) return 'PT0M';
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}`;
}

/** The course without `@context`, to embed in a list or to wrap as a document. */
function courseNode(
  course: Course | CourseDetail,
  url: string | undefined,
  inLanguage?: string,
): SchemaOrgCourse {
  const node: SchemaOrgCourse = {
    '@type': 'Course',
    name: course.title,
    description: course.summary,
    courseCode: course.id,
    provider: { '@type': 'Organization', name: course.institution.name },
    offers: [
      {
        '@type': 'Offer',
        price: course.fee,
        priceCurrency: 'CNY',
        category: course.fee === 0 ? 'Free' : 'Paid',
        ...(url === undefined ? {} : { url }),
      },
    ],
    inLanguage: inLanguage ?? DEFAULT_LANGUAGE,
    isAccessibleForFree: course.fee === 0,
    dateModified: course.updatedAt,
  };
  const instances = courseInstances(course);
  if (instances.length > 0) node.hasCourseInstance = instances;
  if (course.audiences.length > 0) node.audience = audienceNodes(course.audiences);
  if (course.hours > 0) node.timeRequired = hoursToIsoDuration(course.hours);
  if (url !== undefined) {
    node['@id'] = url;
    node.url = url;
  }
  if (course.imageUrl !== undefined) node.image = course.imageUrl;
  return node;
}

function courseInstances(course: Course | CourseDetail): SchemaOrgCourseInstance[] {
  const courseMode = COURSE_MODES[course.mode];
  if ('offerings' in course) return course.offerings.map((offering) => offeringNode(offering, courseMode));
  if (course.startsOn === null || course.endsOn === null) return [];
  return [{ '@type': 'CourseInstance', courseMode, startDate: course.startsOn, endDate: course.endsOn }];
}

function offeringNode(offering: Offering, courseMode: SchemaOrgCourseMode): SchemaOrgCourseInstance {
  const instance: SchemaOrgCourseInstance = {
    '@type': 'CourseInstance',
    name: offering.title,
    courseMode,
    startDate: offering.startsOn,
    endDate: offering.endsOn,
    location: placeNode(offering.place),
    courseSchedule: scheduleNode(offering),
    eventStatus: offering.status === 'cancelled' ? EVENT_STATUSES.cancelled : EVENT_STATUSES.scheduled,
    maximumAttendeeCapacity: offering.capacity,
    remainingAttendeeCapacity: offering.seatsLeft,
  };
  if (offering.teacher !== undefined) instance.instructor = { '@type': 'Person', name: offering.teacher };
  return instance;
}

function scheduleNode(offering: Offering): SchemaOrgSchedule {
  const schedule: SchemaOrgSchedule = {
    '@type': 'Schedule',
    startTime: offering.startTime,
    endTime: offering.endTime,
    startDate: offering.startsOn,
    endDate: offering.endsOn,
    repeatCount: offering.sessions,
    scheduleTimezone: 'Asia/Shanghai',
  };
  if (offering.weekdays.length > 0) {
    schedule.repeatFrequency = 'P1W';
    schedule.byDay = offering.weekdays.map((day) => `https://schema.org/${WEEKDAYS[day - 1] ?? 'Monday'}`);
  }
  const minutes = clockMinutes(offering.endTime) - clockMinutes(offering.startTime);
  if (minutes > 0) schedule.duration = minutesToIsoDuration(minutes);
  return schedule;
}

/** Minutes since midnight of an `HH:MM` time. */
function clockMinutes(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

function placeNode(place: Place): SchemaOrgPlace {
  const address: SchemaOrgPostalAddress = { '@type': 'PostalAddress', addressCountry: 'CN' };
  if (place.address !== undefined) address.streetAddress = place.address;
  if (place.district !== undefined) address.addressLocality = place.district;
  const region = provinceName(place.divisionCode);
  if (region !== undefined) address.addressRegion = region;
  const node: SchemaOrgPlace = { '@type': 'Place', name: place.name, address };
  if (place.latitude !== undefined && place.longitude !== undefined) {
    node.geo = { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude };
  }
  return node;
}

function audienceNodes(audiences: readonly Audience[]): SchemaOrgAudience[] {
  return audiences.map((audience) => ({
    '@type': 'EducationalAudience',
    educationalRole: AUDIENCE_LABELS[audience],
  }));
}

function availability(activity: Activity): string {
  if (activity.seatsLeft > 0) return 'https://schema.org/InStock';
  if (activity.waitlistOpen) return 'https://schema.org/LimitedAvailability';
  return 'https://schema.org/SoldOut';
}
