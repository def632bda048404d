// Date helpers in China Standard Time (UTC+8, no daylight saving): ISO timestamps, calendar dates, weekdays.

const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
const OFFSET_MS = 8 * HOUR_MS;

/** `2026-05-10T09:00:00+08:00` for an instant. */
export function isoShanghai(ms: number): string {
  return `${new Date(ms + OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** The Shanghai calendar date (`YYYY-MM-DD`) of an instant. */
export function dateShanghai(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of a Shanghai wall-clock time (`HH:MM`) on a date. */
export function atShanghai(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00+08:00`);
}

/** A calendar date `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const epochDay = Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** `HH:MM` plus some minutes (never past 23:59). */
export function addMinutes(time: string, minutes: number): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

export { HOUR_MS };
