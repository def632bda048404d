// Words for values: facet labels in the widget's language, days, fees and seats.
import type { Course, CourseFacets } from '@learning-city/core';
import { format, type Locale } from '../shared/locale.js';
import type { ListDimension } from './finder-state.js';
import type { FinderMessages } from './messages.js';

/** What every template of the finder needs. */
export interface FinderContext {
  locale: Locale;
  msg: FinderMessages;
  senior: boolean;
  facets: CourseFacets | null;
}

const dayFormats = new Map<Locale, Intl.DateTimeFormat>();

/** `2026-03-02` → `2026年3月2日` / `Mar 2, 2026`. */
export function formatDay(day: string, locale: Locale): string {
  let formatter = dayFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(locale, formatter);
  }
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? day : formatter.format(time);
}

/** A facet value's label: the widget's own words for the default taxonomy, else the platform's label. */
export function valueLabel(ctx: FinderContext, dimension: ListDimension, value: string): string {
  const own =
    dimension === 'category'
      ? ctx.msg.categories
      : dimension === 'audience'
        ? ctx.msg.audiences
        : dimension === 'mode'
          ? ctx.msg.modes
          : null;
  return own?.[value] ?? ctx.facets?.[dimension].find((bucket) => bucket.value === value)?.label ?? value;
}

/** `免费` or `300元`. */
export function feeText(fee: number, msg: FinderMessages): string {
  return fee === 0 ? msg.free : format(msg.feeAmount, { n: fee });
}

/** The dates a course runs, or that it has no offerings. */
export function courseDates(course: Course, ctx: FinderContext): string {
  if (!course.startsOn || !course.endsOn) return ctx.msg.noOfferings;
  return format(ctx.msg.range, {
    from: formatDay(course.startsOn, ctx.locale),
    to: formatDay(course.endsOn, ctx.locale),
  });
}

/** `余6位` or `已满`. */
export function seatsText(seatsLeft: number, msg: FinderMessages): string {
  return seatsLeft > 0 ? format(msg.seatsLeft, { n: seatsLeft }) : msg.noSeats;
}
