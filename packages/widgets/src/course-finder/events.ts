// The events <lc-course-finder> fires itself (registration events come from <lc-registration-dialog>).
import type { Course, CourseDetail, Offering } from '@learning-city/core';
import type { FinderState } from './finder-state.js';

/** `detail` of `lc-course-select`. */
export interface CourseSelectDetail {
  /** The course the visitor opened, as listed (its offerings load next). */
  course: Course;
}

/** `detail` of `lc-filter-change`. */
export interface FilterChangeDetail {
  /** The search, filters and sort now in effect (before any preset narrows them). */
  state: FinderState;
}

/** `detail` of `lc-register-request`. */
export interface RegisterRequestDetail {
  course: CourseDetail;
  /** The offering (开班, `off_…`) the visitor wants to register for. */
  offering: Offering;
}

/** The visitor opened a course; cancel it to show your own details instead. */
export type CourseSelectEvent = CustomEvent<CourseSelectDetail>;
/** The visitor changed the search, a filter or the sort. */
export type FilterChangeEvent = CustomEvent<FilterChangeDetail>;
/** The visitor asked to register; cancel it to use your own registration flow instead of the built-in form. */
export type RegisterRequestEvent = CustomEvent<RegisterRequestDetail>;

/** A bubbling, composed event; cancelable where the finder has a default action. */
export function finderEvent<K extends 'lc-course-select' | 'lc-filter-change' | 'lc-register-request'>(
  type: K,
  detail: HTMLElementEventMap[K]['detail'],
): HTMLElementEventMap[K] {
  return new CustomEvent(type, {
    detail,
    bubbles: true,
    composed: true,
    cancelable: type !== 'lc-filter-change',
  }) as HTMLElementEventMap[K];
}

declare global {
  interface HTMLElementEventMap {
    'lc-course-select': CourseSelectEvent;
    'lc-filter-change': FilterChangeEvent;
    'lc-register-request': RegisterRequestEvent;
  }
}
