// Activities grouped by Shanghai day, computed once per data load so that rendering only looks days up.
import type { Activity } from '@learning-city/core';
import { dayOfInstant, type DayRange } from './calendar-dates.js';

/** A multi-day activity (an exhibition, say) is listed on at most this many days. */
const MAX_SPAN_DAYS = 62;

/** Loaded activities in start order, and the same activities per day. */
export interface CalendarData {
  readonly activities: readonly Activity[];
  /** Day number → that day's activities in start order (a multi-day activity on each of its days). */
  readonly byDay: ReadonlyMap<number, readonly Activity[]>;
  readonly byId: ReadonlyMap<string, Activity>;
}

/**
 * Sorts activities by start (then title) and buckets them by the Shanghai days they cover.
 * @example bucketByDay(list).byDay.get(parseDay('2026-05-15')!) // that day's activities
 */
export function bucketByDay(list: readonly Activity[]): CalendarData {
  const timed = list.map((activity) => ({
    activity,
    start: Date.parse(activity.startsAt),
    end: Date.parse(activity.endsAt),
  }));
  timed.sort((a, b) => a.start - b.start || (a.activity.title < b.activity.title ? -1 : 1));
  const byDay = new Map<number, Activity[]>();
  for (const { activity, start, end } of timed) {
    const first = dayOfInstant(start);
    // An activity ending exactly at midnight does not reach into the next day.
    const last = Math.min(Math.max(first, dayOfInstant(end - 1)), first + MAX_SPAN_DAYS - 1);
    for (let day = first; day <= last; day++) {
      let bucket = byDay.get(day);
      if (bucket === undefined) byDay.set(day, (bucket = []));
      bucket.push(activity);
    }
  }
  const activities = timed.map((t) => t.activity);
  return { activities, byDay, byId: new Map(activities.map((a) => [a.id, a])) };
}

/** The distinct activities on the days of `range`, in start order. */
export function activitiesIn(data: CalendarData, range: DayRange): Activity[] {
  const seen = new Set<Activity>();
  for (let day = range.start; day < range.end; day++) {
    for (const activity of data.byDay.get(day) ?? []) seen.add(activity);
  }
  return [...seen];
}

/** `data` with one activity replaced by a newer copy (same id), e.g. after a registration changed its seats. */
export function replaceActivity(data: CalendarData, updated: Activity): CalendarData {
  if (!data.activities.some((a) => a.id === updated.id)) return data;
  return bucketByDay(data.activities.map((a) => (a.id === updated.id ? updated : a)));
}
