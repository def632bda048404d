// Calendar arithmetic in Asia/Shanghai wall time (UTC+8, no daylight saving) on day numbers, without a DOM.
// A "day" is the number of days since 1970-01-01 in Shanghai; weeks start on Monday (index 0) unless told.

const DAY_MS = 86_400_000;
/** Asia/Shanghai is UTC+8 all year (no daylight saving since 1991). */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The calendar's views. */
export type CalendarView = 'month' | 'week' | 'agenda';

/** A run of days, `start` inclusive, `end` exclusive. */
export interface DayRange {
  start: number;
  end: number;
}

/** The Shanghai calendar day of an instant (milliseconds since the epoch). */
export function dayOfInstant(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** The day of a `YYYY-MM-DD` date, or `null` when it is not a real date. */
export function parseDay(value: string | null | undefined): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value?.trim() ?? '');
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return ms / DAY_MS;
}

/** `YYYY-MM-DD` of a day. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Midnight of a day in Shanghai as an ISO timestamp with offset, e.g. `2026-05-15T00:00:00+08:00`. */
export function dayStartTimestamp(day: number): string {
  return `${formatDay(day)}T00:00:00+08:00`;
}

/** A `Date` whose UTC fields are the day's calendar date (for `Intl` with `timeZone: 'UTC'`). */
export function dayAsUtcDate(day: number): Date {
  return new Date(day * DAY_MS);
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The first day of the week holding `day`, weeks starting on `weekStartsOn` (0 = Monday). */
export function startOfWeek(day: number, weekStartsOn = 0): number {
  return day - ((weekdayOf(day) - weekStartsOn + 7) % 7);
}

function parts(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), date: d.getUTCDate() };
}

/** The first day of the month holding `day`. */
export function startOfMonth(day: number): number {
  const { year, month } = parts(day);
  return Date.UTC(year, month, 1) / DAY_MS;
}

/** The first day of the month after the one holding `day`. */
export function startOfNextMonth(day: number): number {
  const { year, month } = parts(day);
  return Date.UTC(year, month + 1, 1) / DAY_MS;
}

/** The same date `months` months away, clamped to the target month's length (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const { year, month, date } = parts(day);
  const lastDate = new Date(Date.UTC(year, month + months + 1, 0)).getUTCDate();
  return Date.UTC(year, month + months, Math.min(date, lastDate)) / DAY_MS;
}

/** Whether two days fall in the same month. */
export function sameMonth(a: number, b: number): boolean {
  return startOfMonth(a) === startOfMonth(b);
}

/**
 * The days a view shows around `focus`: the month view shows whole weeks (Monday first) around the month,
 * the week view seven days from the week start, the agenda the month itself.
 */
export function periodOf(view: CalendarView, focus: number, weekStartsOn = 0): DayRange {
  if (view === 'week') {
    const start = startOfWeek(focus, weekStartsOn);
    return { start, end: start + 7 };
  }
  const first = startOfMonth(focus);
  const next = startOfNextMonth(focus);
  if (view === 'agenda') return { start: first, end: next };
  // Always six weeks from the Monday on or before the 1st: the grid keeps its height from month to month
  // (nothing below it moves) and a month switch re-uses every row instead of adding or removing one.
  const start = startOfWeek(first);
  return { start, end: start + 6 * 7 };
}

/** The focus day one period (`direction` = ±1) before or after `focus`. */
export function shiftPeriod(view: CalendarView, focus: number, direction: number): number {
  return view === 'week' ? focus + 7 * direction : addMonths(focus, direction);
}

/** The keys the month grid understands (WAI-ARIA grid and date-picker patterns). */
export interface GridKey {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/**
 * Where focus goes in the month grid for a key: arrows by a day or a week, Home/End to the week's start and
 * end, PageUp/PageDown by a month (with Shift, a year), Ctrl+Home/End to the month's first and last day.
 * `null` for keys the grid leaves alone.
 */
export function dayForKey(event: GridKey, focus: number): number | null {
  const withCtrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case 'ArrowLeft':
      return focus - 1;
    case 'ArrowRight':
      return focus + 1;
    case 'ArrowUp':
      return focus - 7;
    case 'ArrowDown':
      return focus + 7;
    case 'Home':
      return withCtrl ? startOfMonth(focus) : startOfWeek(focus);
    case 'End':
      return withCtrl ? startOfNextMonth(focus) - 1 : startOfWeek(focus) + 6;
    case 'PageUp':
      return addMonths(focus, event.shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonths(focus, event.shiftKey ? 12 : 1);
    default:
      return null;
  }
}
