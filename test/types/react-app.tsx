// A React app using every Learning City element, attribute and event: React 19 elements directly (types from
// '@learning-city/widgets/jsx'), and the @lit/react wrappers for React 18 and older ('@learning-city/widgets/react').
// Each `@ts-expect-error` is a misuse the types must reject.
import type { Activity } from '@learning-city/core';
import type {
  LcCourseFinder,
  LcEventCalendar,
  LcProvider,
  LcRegistrationDialog,
  LcStarNomination,
} from '@learning-city/widgets';
import type {} from '@learning-city/widgets/jsx';
import {
  CourseFinder,
  EventCalendar,
  Provider,
  RegistrationDialog,
  StarNomination,
} from '@learning-city/widgets/react';

const log = (...values: unknown[]): void => void values;

// HTMLElementTagNameMap: DOM APIs know each element's class.
export const elements: [LcProvider, LcEventCalendar, LcCourseFinder, LcStarNomination, LcRegistrationDialog] =
  [
    document.createElement('lc-provider'),
    document.createElement('lc-event-calendar'),
    document.createElement('lc-course-finder'),
    document.createElement('lc-star-nomination'),
    document.createElement('lc-registration-dialog'),
  ];
// @ts-expect-error: a calendar is not a course finder
export const wrongElement: LcCourseFinder = document.createElement('lc-event-calendar');

export function React19Page({ activities }: { activities: Activity[] }) {
  return (
    <lc-provider api-base="https://api.example.cn" publishable-key="lc_pk_test_demo" locale="zh-CN" senior>
      <lc-event-calendar
        view="week"
        date="2026-05-18"
        series="ser_2026week"
        kind="lecture,reading"
        district="110108"
        audience="seniors"
        available
        activities={activities}
        now={new Date('2026-05-18T09:00:00+08:00')}
        onlc-activity-select={(event) => {
          event.preventDefault();
          log(event.detail.activity.seatsLeft);
        }}
        onlc-registration-complete={(event) => log(event.detail.registration.waitlistPosition)}
        onlc-registration-error={(event) => log(event.detail.error.message, event.detail.target.id)}
      />
      <lc-course-finder
        category="health,sports"
        district="410305"
        audience="seniors"
        page-size={20}
        url-state
        onlc-course-select={(event) => log(event.detail.course.title)}
        onlc-filter-change={(event) => log(event.detail.state)}
        onlc-register-request={(event) => log(event.detail.offering.id, event.detail.course.id)}
        onlc-registration-complete={(event) => log(event.detail.registration.status)}
        onlc-registration-error={(event) => log(event.detail.error)}
      />
      <lc-star-nomination
        campaign="cmp_2026star"
        draft-id="home-page"
        name="nomination"
        required
        now={new Date('2026-05-10T09:00:00+08:00')}
        districts={[{ code: '410305', name: '涧西区' }]}
        onlc-nomination-complete={(event) => log(event.detail.nomination.reference)}
        onlc-nomination-error={(event) => log(event.detail.kind, event.detail.error)}
        onlc-nomination-step={(event) => log(event.detail.step)}
      />
      <lc-registration-dialog
        open={false}
        config={{
          apiBase: 'https://api.example.cn',
          publishableKey: 'lc_pk_test_demo',
          locale: 'en',
          senior: false,
        }}
        target={null}
        onlc-registration-complete={(event) => log(event.detail.registration.status)}
        onlc-registration-error={(event) => log(event.detail.error)}
        onlc-registration-cancel={(event) => log(event.detail.registration.id)}
      />
      {/* @ts-expect-error: `year` is not a view */}
      <lc-event-calendar view="year" />
      {/* @ts-expect-error: `available` is a boolean */}
      <lc-event-calendar available="yes" />
      {/* @ts-expect-error: `activities` is a list of activities */}
      <lc-event-calendar activities="all" />
      {/* @ts-expect-error: page-size is a number */}
      <lc-course-finder page-size="twenty" />
      {/* @ts-expect-error: a nomination-complete event carries a nomination, not a course */}
      <lc-star-nomination onlc-nomination-complete={(event) => log(event.detail.course)} />
      {/* @ts-expect-error: a publishable key is a string */}
      <lc-provider publishable-key={42} />
      {/* @ts-expect-error: locale is zh-CN or en */}
      <lc-provider locale="fr" />
      {/* @ts-expect-error: an activity-select event carries an activity, not a registration */}
      <lc-event-calendar onlc-activity-select={(event) => log(event.detail.registration)} />
    </lc-provider>
  );
}

export function React18Page({ activities }: { activities: Activity[] }) {
  return (
    <Provider api-base="https://api.example.cn" publishable-key="lc_pk_test_demo">
      <EventCalendar
        view="agenda"
        series="ser_2026week"
        available
        activities={activities}
        onActivitySelect={(event) => log(event.detail.activity.title)}
        onRegistrationComplete={(event) => log(event.detail.registration.status)}
        onRegistrationError={(event) => log(event.detail.error)}
      />
      <CourseFinder
        category="health"
        pageSize={10}
        urlState
        onCourseSelect={(event) => log(event.detail.course.title)}
        onFilterChange={(event) => log(event.detail.state)}
        onRegisterRequest={(event) => log(event.detail.offering.id)}
        onRegistrationComplete={(event) => log(event.detail.registration.status)}
        onRegistrationError={(event) => log(event.detail.error)}
      />
      <StarNomination
        draftId="home-page"
        onNominationComplete={(event) => log(event.detail.nomination.reference)}
        onNominationError={(event) => log(event.detail.kind)}
        onNominationStep={(event) => log(event.detail.step)}
      />
      <RegistrationDialog
        onRegistrationComplete={(event) => log(event.detail.target.title)}
        onRegistrationError={(event) => log(event.detail.error)}
        onRegistrationCancel={(event) => log(event.detail.registration.id)}
      />
      {/* @ts-expect-error: an activity-select event carries an activity, not a registration */}
      <EventCalendar onActivitySelect={(event) => log(event.detail.registration)} />
    </Provider>
  );
}
