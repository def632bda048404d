// RFC 5545 iCalendar for activities: one event, or a feed, with Asia/Shanghai wall times and octet-safe folding.
import type { Activity, ActivityStatus } from '../models/activity.js';

/** The time zone every DTSTART and DTEND is given in. */
export const ICALENDAR_TIME_ZONE = 'Asia/Shanghai';

/** The default `PRODID` of calendars this SDK writes. */
export const DEFAULT_PRODUCT_ID = '-//Learning City//Learning City SDK//ZH';

/** Asia/Shanghai is UTC+8 all year (no daylight saving since 1991). */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/** RFC 5545 §3.1: content lines should not be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

const CRLF = '\r\n';

const EVENT_STATUS: Record<ActivityStatus, string> = {
  scheduled: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** Options for {@link activityToICalendar}. */
export interface ActivityICalendarOptions {
  /** The instant written as `DTSTAMP`; defaults to the current time. */
  now?: Date;
  /** The calendar's `PRODID`; defaults to {@link DEFAULT_PRODUCT_ID}. */
  productId?: string;
  /** The activity's page, written as `URL`; defaults to `activity.url`. */
  url?: string;
}

/** Options for {@link activitiesToICalendar}. */
export interface ActivitiesICalendarOptions {
  /** The instant written as every event's `DTSTAMP`; defaults to the current time. */
  now?: Date;
  /** The feed's display name (`X-WR-CALNAME`), e.g. `2026年全民终身学习活动周`. */
  name?: string;
  /** The calendar's `PRODID`; defaults to {@link DEFAULT_PRODUCT_ID}. */
  productId?: string;
}

/**
 * Renders one activity as an iCalendar object (`text/calendar`) with a VTIMEZONE for Asia/Shanghai
 * and one VEVENT, with CRLF line breaks and lines folded at 75 octets.
 *
 * @example
 * const ics = activityToICalendar(activity, { url: 'https://learn.example.cn/a/act_AbCdEf12' });
 * // BEGIN:VCALENDAR … DTSTART;TZID=Asia/Shanghai:20260516T093000 … END:VCALENDAR
 */
export function activityToICalendar(activity: Activity, options: ActivityICalendarOptions = {}): string {
  const stamp = options.now ?? new Date();
  const url = options.url ?? activity.url;
  return render([
    ...calendarHeader(options.productId),
    ...timeZoneLines(),
    ...eventLines(activity, stamp, url),
    'END:VCALENDAR',
  ]);
}

/**
 * Renders many activities as one iCalendar feed (for `GET /activities.ics` or a subscription),
 * with one VTIMEZONE shared by every VEVENT.
 *
 * @example
 * const ics = activitiesToICalendar(page.data, { name: '2026年北京市全民终身学习活动周' });
 * response.headers.set('Content-Type', 'text/calendar; charset=utf-8');
 */
export function activitiesToICalendar(
  activities: Activity[],
  options: ActivitiesICalendarOptions = {},
): string {
  const stamp = options.now ?? new Date();
  const header = calendarHeader(options.productId);
  if (options.name !== undefined) header.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  header.push(`X-WR-TIMEZONE:${ICALENDAR_TIME_ZONE}`);
  return render([
    ...header,
    ...timeZoneLines(),
    ...activities.flatMap((activity) => eventLines(activity, stamp, activity.url)),
    'END:VCALENDAR',
  ]);
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma get a backslash, every
 * line break becomes `\n`, and other control characters (which TEXT may not contain) are dropped.
 *
 * @example
 * escapeText('讲座; 第1讲, 上午\n地点待定'); // '讲座\\; 第1讲\\, 上午\\n地点待定'
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .split('')
    .filter((char) => !isControl(char) || char === '\t')
    .join('');
}

/**
 * Folds one content line (RFC 5545 §3.1) so that no physical line exceeds 75 octets of UTF-8,
 * counting the leading space of continuation lines, and never splitting a multi-byte character.
 * Physical lines are joined with CRLF; the result has no trailing line break.
 *
 * @example
 * foldLine('SUMMARY:' + '学'.repeat(30)).split('\r\n').map((line) => new TextEncoder().encode(line).length);
 * // [74, 25]: 8 + 22 × 3 octets, then a space and 8 × 3 octets
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/**
 * Formats an instant as an iCalendar UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`.
 *
 * @example
 * formatUtcDateTime(new Date('2026-05-16T01:30:00Z')); // '20260516T013000Z'
 */
export function formatUtcDateTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('formatUtcDateTime: invalid date');
  return compact(instant.toISOString().slice(0, 19)) + 'Z';
}

/**
 * Converts an ISO 8601 timestamp with any offset (`+08:00`, `-05:00`, `Z`) to Asia/Shanghai wall
 * time as an iCalendar local DATE-TIME, `YYYYMMDDTHHMMSS` (to be written with `TZID=Asia/Shanghai`).
 *
 * @throws {RangeError} When the timestamp is not ISO 8601 with an offset.
 * @example
 * toShanghaiWallTime('2026-05-16T01:30:00Z'); // '20260516T093000'
 * toShanghaiWallTime('2026-05-16T09:30:00+08:00'); // '20260516T093000'
 */
export function toShanghaiWallTime(timestamp: string): string {
  const wall = new Date(parseTimestamp(timestamp) + SHANGHAI_OFFSET_MS);
  return compact(wall.toISOString().slice(0, 19));
}

/** Milliseconds since the epoch of an ISO 8601 timestamp that carries an offset. */
function parseTimestamp(timestamp: string): number {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i.exec(
      timestamp.trim(),
    );
  if (!match) throw new RangeError(`Not an ISO 8601 timestamp with an offset: ${JSON.stringify(timestamp)}`);
  const [, year, month, day, hour, minute, second = '0', fraction = '', offset = 'Z'] = match;
  const local = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Math.floor(Number(`0${fraction || '.0'}`) * 1000),
  );
  return local - offsetMinutes(offset) * 60_000;
}

/** Minutes east of UTC for `Z`, `+08`, `+0800` or `+08:00`. */
function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return offset.startsWith('-') ? -minutes : minutes;
}

/** `2026-05-16T09:30:00` → `20260516T093000`. */
function compact(isoLocal: string): string {
  return isoLocal.replace(/[-:]/g, '');
}

/** Whether a UTF-16 unit is a C0 control character or DEL. */
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

/** A URI value as written: control characters and spaces, which cannot occur in a URI, are removed. */
function uriValue(uri: string): string {
  return uri
    .split('')
    .filter((char) => !isControl(char) && char !== ' ')
    .join('');
}

/** Octets a code point takes in UTF-8. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

function calendarHeader(productId = DEFAULT_PRODUCT_ID): string[] {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
}

/** A VTIMEZONE for Asia/Shanghai: China Standard Time, UTC+8, no daylight saving. */
function timeZoneLines(): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${ICALENDAR_TIME_ZONE}`,
    `X-LIC-LOCATION:${ICALENDAR_TIME_ZONE}`,
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'DTSTART:19700101T000000',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

function eventLines(activity: Activity, stamp: Date, url: string | undefined): string[] {
  const { place } = activity;
  const location = place.address ? `${place.name}, ${place.address}` : place.name;
  const description = [activity.summary, `主办：${activity.institution.name}`]
    .concat(activity.series ? [`所属：${activity.series.title}`] : [])
    .filter((part) => part !== '')
    .join('\n\n');
  const lines = [
    'BEGIN:VEVENT',
    `UID:${activity.id}@learning-city`,
    `DTSTAMP:${formatUtcDateTime(stamp)}`,
    `DTSTART;TZID=${ICALENDAR_TIME_ZONE}:${toShanghaiWallTime(activity.startsAt)}`,
    `DTEND;TZID=${ICALENDAR_TIME_ZONE}:${toShanghaiWallTime(activity.endsAt)}`,
    `SUMMARY:${escapeText(activity.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `LOCATION:${escapeText(location)}`,
  ];
  if (place.latitude !== undefined && place.longitude !== undefined) {
    lines.push(`GEO:${place.latitude};${place.longitude}`);
  }
  lines.push(`STATUS:${EVENT_STATUS[activity.status]}`);
  if (url !== undefined) lines.push(`URL:${uriValue(url)}`);
  lines.push(
    `CATEGORIES:${escapeText(activity.kind)}`,
    `LAST-MODIFIED:${formatUtcDateTime(new Date(parseTimestamp(activity.updatedAt)))}`,
    'END:VEVENT',
  );
  return lines;
}

/** Folds every content line and joins them with CRLF, ending with a CRLF. */
function render(lines: string[]): string {
  return lines.map(foldLine).join(CRLF) + CRLF;
}
