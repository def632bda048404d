// Dates and times as visitors read them: always Asia/Shanghai, with the zone named when theirs differs.
import type { Locale } from '../shared/locale.js';
import { dayAsUtcDate, dayOfInstant, type CalendarView, type DayRange } from './calendar-dates.js';

export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';
/** IANA names that are China Standard Time all year. */
const SAME_ZONES = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'PRC']);

/** Whether the visitor's own time zone is not China Standard Time (so times must name their zone). */
export function visitorZoneDiffers(zone = Intl.DateTimeFormat().resolvedOptions().timeZone): boolean {
  return !SAME_ZONES.has(zone);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${kind}`;
  let found = formatters.get(key);
  if (found === undefined) formatters.set(key, (found = new Intl.DateTimeFormat(locale, options)));
  return found;
}

/**
 * `format(input)` remembered per locale and input: a month switch formats 42 dates and up to 126 times, and
 * Intl formatting is the slow part of its script. Cleared when it grows large.
 */
function memoised<T>(format: (input: T, locale: Locale) => string): (input: T, locale: Locale) => string {
  const texts = new Map<string, string>();
  return (input, locale) => {
    const key = `${locale} ${String(input)}`;
    let text = texts.get(key);
    if (text === undefined) {
      if (texts.size > 5000) texts.clear();
      texts.set(key, (text = format(input, locale)));
    }
    return text;
  };
}

/** `09:30` in Asia/Shanghai for an ISO timestamp. */
export const formatClock = memoised((timestamp: string, locale) =>
  formatter(locale, 'clock', {
    timeZone: DISPLAY_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(timestamp)),
);

/** `5月15日星期五` / `Friday, May 15` for a day number. */
export const formatDayLong = memoised((day: number, locale) =>
  formatter(locale, 'day-long', { timeZone: 'UTC', month: 'long', day: 'numeric', weekday: 'long' }).format(
    dayAsUtcDate(day),
  ),
);

/** `09:00–11:00`, with the dates when it spans days, and `北京时间` when the visitor's zone differs. */
export function formatTimeRange(
  startsAt: string,
  endsAt: string,
  locale: Locale,
  zoneName: string | null,
): string {
  const startDay = dayOfInstant(Date.parse(startsAt));
  const endDay = dayOfInstant(Date.parse(endsAt) - 1);
  const range =
    endDay > startDay
      ? `${formatDayLong(startDay, locale)} ${formatClock(startsAt, locale)} – ${formatDayLong(endDay, locale)} ${formatClock(endsAt, locale)}`
      : `${formatClock(startsAt, locale)}–${formatClock(endsAt, locale)}`;
  return zoneName ? `${range} ${zoneName}` : range;
}

/** Weekday names from the week's first day: `[short, long]` pairs, e.g. `['周一', '星期一']`. */
export function weekdayNames(locale: Locale, weekStartsOn = 0): [string, string][] {
  const short = formatter(locale, 'weekday-short', { timeZone: 'UTC', weekday: 'short' });
  const long = formatter(locale, 'weekday-long', { timeZone: 'UTC', weekday: 'long' });
  // Day 4 (1970-01-05) was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = dayAsUtcDate(4 + ((weekStartsOn + i) % 7));
    return [short.format(date), long.format(date)];
  });
}

/** The period a view shows, as its heading says it: `2026年5月` or `2026年5月15日–21日`. */
export function formatPeriod(view: CalendarView, range: DayRange, focus: number, locale: Locale): string {
  if (view !== 'week') {
    return formatter(locale, 'month', { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(
      dayAsUtcDate(focus),
    );
  }
  const first = dayAsUtcDate(range.start);
  const last = dayAsUtcDate(range.end - 1);
  const full = formatter(locale, 'date', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
  if (locale === 'en') return full.formatRange(first, last); // May 15 – 21, 2026
  // ICU's zh range pattern falls back to numbers (2026/5/15 – 2026/5/21); write 2026年5月15日–21日 instead.
  const sameYear = first.getUTCFullYear() === last.getUTCFullYear();
  const sameMonth = sameYear && first.getUTCMonth() === last.getUTCMonth();
  const end = sameMonth
    ? `${last.getUTCDate()}日`
    : sameYear
      ? formatter(locale, 'month-day', { timeZone: 'UTC', month: 'long', day: 'numeric' }).format(last)
      : full.format(last);
  return `${full.format(first)}–${end}`;
}

/** The day of the month, `15`. */
export function dayOfMonth(day: number): number {
  return dayAsUtcDate(day).getUTCDate();
}
