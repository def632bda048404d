// React wrappers for the Learning City elements (React 17 and 18, and 19 too), made with @lit/react: rich
// properties are set as properties and `lc-…` events become typed `on…` props. Importing this module
// registers every element. On React 19 you may use the elements directly instead (types: '@learning-city/widgets/jsx').
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { LcCourseFinder } from './course-finder/define.js';
import { LcEventCalendar } from './event-calendar/define.js';
import { LcProvider } from './provider/lc-provider.js';
import { LcRegistrationDialog } from './shared/registration/define.js';
import { LcStarNomination } from './star-nomination/define.js';

/**
 * `<lc-course-finder>` as a React component.
 * @example
 * <CourseFinder apiBase="https://api.example.cn" publishableKey="lc_pk_live_…" category="health"
 *   onCourseSelect={(event) => console.log(event.detail.course.title)} />
 */
export const CourseFinder = createComponent({
  tagName: 'lc-course-finder',
  elementClass: LcCourseFinder,
  react: React,
  events: {
    onCourseSelect: 'lc-course-select' as EventName<HTMLElementEventMap['lc-course-select']>,
    onFilterChange: 'lc-filter-change' as EventName<HTMLElementEventMap['lc-filter-change']>,
    onRegisterRequest: 'lc-register-request' as EventName<HTMLElementEventMap['lc-register-request']>,
    onRegistrationComplete: 'lc-registration-complete' as EventName<
      HTMLElementEventMap['lc-registration-complete']
    >,
    onRegistrationError: 'lc-registration-error' as EventName<HTMLElementEventMap['lc-registration-error']>,
  },
});

/**
 * `<lc-star-nomination>` (百姓学习之星 nomination form) as a React component.
 * @example
 * <StarNomination apiBase="https://api.example.cn" publishableKey="lc_pk_live_…"
 *   onNominationComplete={(event) => console.log(event.detail.nomination.reference)} />
 */
export const StarNomination = createComponent({
  tagName: 'lc-star-nomination',
  elementClass: LcStarNomination,
  react: React,
  events: {
    onNominationComplete: 'lc-nomination-complete' as EventName<
      HTMLElementEventMap['lc-nomination-complete']
    >,
    onNominationError: 'lc-nomination-error' as EventName<HTMLElementEventMap['lc-nomination-error']>,
    onNominationStep: 'lc-nomination-step' as EventName<HTMLElementEventMap['lc-nomination-step']>,
  },
});

/**
 * `<lc-event-calendar>` as a React component.
 * @example
 * <EventCalendar apiBase="https://api.example.cn" publishableKey="lc_pk_live_…" series="ser_…"
 *   onActivitySelect={(event) => console.log(event.detail.activity.title)} />
 */
export const EventCalendar = createComponent({
  tagName: 'lc-event-calendar',
  elementClass: LcEventCalendar,
  react: React,
  events: {
    onActivitySelect: 'lc-activity-select' as EventName<HTMLElementEventMap['lc-activity-select']>,
    onRegistrationComplete: 'lc-registration-complete' as EventName<
      HTMLElementEventMap['lc-registration-complete']
    >,
    onRegistrationError: 'lc-registration-error' as EventName<HTMLElementEventMap['lc-registration-error']>,
  },
});

/** `<lc-registration-dialog>` as a React component (the widgets open it themselves; use it for your own lists). */
export const RegistrationDialog = createComponent({
  tagName: 'lc-registration-dialog',
  elementClass: LcRegistrationDialog,
  react: React,
  events: {
    onRegistrationComplete: 'lc-registration-complete' as EventName<
      HTMLElementEventMap['lc-registration-complete']
    >,
    onRegistrationError: 'lc-registration-error' as EventName<HTMLElementEventMap['lc-registration-error']>,
    onRegistrationCancel: 'lc-registration-cancel' as EventName<
      HTMLElementEventMap['lc-registration-cancel']
    >,
  },
});

/**
 * `<lc-provider>` as a React component: configures every widget inside it. Its settings are attributes, so
 * pass them in kebab-case.
 * @example
 * <Provider api-base="https://api.example.cn" publishable-key="lc_pk_live_…"><EventCalendar /></Provider>
 */
export const Provider = createComponent({ tagName: 'lc-provider', elementClass: LcProvider, react: React });
