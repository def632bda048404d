// What a poster shows for a course or an activity: title, time, place, organiser and the page its QR code opens.
import type { Activity, CourseDetail, LearningCityClient, Locale, Offering } from '@learning-city/core';
import { CliError } from '../cli-error.js';
import { plainLine } from '../plain-text.js';
import { posterLabels } from './labels.js';
import { qrMessages } from './messages.js';

export type PosterKind = 'course' | 'activity';

/** Everything one poster needs, already worded for the poster's language. */
export interface PosterData {
  id: string;
  kind: PosterKind;
  title: string;
  /** e.g. `2026年11月28日 周六 14:00–16:00`. */
  when: string;
  /** e.g. `洛阳市图书馆（洛龙区开元大道 …）`. */
  where: string;
  organiser: string;
  /** The page the QR code opens. */
  url: string;
}

const TIME_ZONE = 'Asia/Shanghai';

/** `courses` or `activities`, as `{kind}` in a `--page-url` template. */
const KIND_PATHS: Record<PosterKind, string> = { course: 'courses', activity: 'activities' };

/** The kind of a prefixed ID, or a clear error. */
export function posterKind(id: string, locale: Locale = 'zh-CN'): PosterKind {
  if (/^crs_[A-Za-z0-9]{6,40}$/.test(id)) return 'course';
  if (/^act_[A-Za-z0-9]{6,40}$/.test(id)) return 'activity';
  throw new CliError(qrMessages(locale).badId(id), {
    code: 'bad_id',
    exitCode: 2,
  });
}

/**
 * The page a poster's QR code opens: the `--page-url` template when given (`{id}` and `{kind}` — `courses` or
 * `activities` — filled in), else the `url` the platform holds for the course or activity.
 */
export function pageUrl(
  template: string | undefined,
  kind: PosterKind,
  id: string,
  fromApi: string | undefined,
  locale: Locale = 'zh-CN',
): string {
  if (template !== undefined) {
    const url = template.replaceAll('{id}', encodeURIComponent(id)).replaceAll('{kind}', KIND_PATHS[kind]);
    // A code that opens "x" or "example.cn/…" (no scheme) leads a phone nowhere: only absolute web URLs.
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol) || !new URL(url).hostname) {
      throw new CliError(qrMessages(locale).badPageUrl(url), { code: 'bad_page_url', exitCode: 2 });
    }
    return url;
  }
  if (fromApi !== undefined) return fromApi;
  throw new CliError(qrMessages(locale).noPageUrl(id), { code: 'no_page_url', exitCode: 2 });
}

/**
 * Fetches a course or activity and words its poster. The platform's text comes back as one plain line each
 * (see {@link plainLine}): it goes to the terminal and into SVG and PDF files.
 */
export async function loadPoster(
  client: LearningCityClient,
  id: string,
  options: { locale: Locale; pageUrl?: string | undefined; today?: Date },
): Promise<PosterData> {
  const poster = await fetchPoster(client, id, options);
  return {
    ...poster,
    title: plainLine(poster.title),
    when: plainLine(poster.when),
    where: plainLine(poster.where),
    organiser: plainLine(poster.organiser),
    url: plainLine(poster.url),
  };
}

async function fetchPoster(
  client: LearningCityClient,
  id: string,
  options: { locale: Locale; pageUrl?: string | undefined; today?: Date },
): Promise<PosterData> {
  const kind = posterKind(id, options.locale);
  if (kind === 'activity') {
    const activity = await client.activities.get(id);
    if (activity.status === 'cancelled') {
      throw new CliError(qrMessages(options.locale).cancelled(id, plainLine(activity.title)), {
        code: 'activity_cancelled',
      });
    }
    return {
      id,
      kind,
      title: activity.title,
      when: activityTime(activity, options.locale),
      where: placeText(activity.place, options.locale),
      organiser: activity.institution.name,
      url: pageUrl(options.pageUrl, kind, id, activity.url, options.locale),
    };
  }
  const course = await client.courses.get(id);
  const offering = nextOffering(course, options.today ?? new Date());
  return {
    id,
    kind,
    title: course.title,
    when: offering ? offeringTime(offering, options.locale) : '',
    where: offering ? placeText(offering.place, options.locale) : course.district,
    organiser: course.institution.name,
    url: pageUrl(options.pageUrl, kind, id, course.url, options.locale),
  };
}

/** The offering a poster should announce: the earliest one not cancelled and not over. */
function nextOffering(course: CourseDetail, today: Date): Offering | undefined {
  const day = shanghaiDate(today);
  return [...course.offerings]
    .filter((offering) => offering.status !== 'cancelled' && offering.endsOn >= day)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
}

function activityTime(activity: Activity, locale: Locale): string {
  const start = new Date(activity.startsAt);
  const end = new Date(activity.endsAt);
  const sameDay = shanghaiDate(start) === shanghaiDate(end);
  const date = (moment: Date) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: locale === 'en' ? 'short' : 'long',
      day: 'numeric',
      weekday: 'short',
    }).format(moment);
  const time = (moment: Date) =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(moment);
  return sameDay
    ? `${date(start)} ${time(start)}–${time(end)}`
    : `${date(start)} ${time(start)} – ${date(end)} ${time(end)}`;
}

function offeringTime(offering: Offering, locale: Locale): string {
  const labels = posterLabels(locale);
  // The end date leaves out the year when it is the start's: 2026年10月19日至11月30日, 19 Oct – 30 Nov 2026.
  const date = (day: string, withYear: boolean) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      ...(withYear ? { year: 'numeric' } : {}),
      month: locale === 'en' ? 'short' : 'long',
      day: 'numeric',
    }).format(new Date(`${day}T00:00:00Z`));
  const sameYear = offering.startsOn.slice(0, 4) === offering.endsOn.slice(0, 4);
  const dates =
    locale === 'en'
      ? `${date(offering.startsOn, !sameYear)} – ${date(offering.endsOn, true)}`
      : `${date(offering.startsOn, true)}至${date(offering.endsOn, !sameYear)}`;
  const parts = [
    dates,
    offering.weekdays.length > 0 ? labels.weekdays(offering.weekdays) : '',
    `${offering.startTime}–${offering.endTime}`,
  ].filter(Boolean);
  const sessions = labels.sessions(offering.sessions);
  return `${parts.join(' ')}${locale === 'en' ? ` (${sessions})` : `（${sessions}）`}`;
}

function placeText(place: { name: string; address?: string | undefined }, locale: Locale): string {
  if (!place.address) return place.name;
  return locale === 'en' ? `${place.name}, ${place.address}` : `${place.name}（${place.address}）`;
}

function shanghaiDate(moment: Date): string {
  return new Date(moment.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
