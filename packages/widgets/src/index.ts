// @learning-city/widgets: registers every widget, and exports their classes and types.
import './course-finder/define.js';
import './event-calendar/define.js';
import './shared/registration/define.js';
import './star-nomination/define.js';

export { LcCourseFinder } from './course-finder/course-finder.js';
export type {
  CourseSelectDetail,
  CourseSelectEvent,
  FilterChangeDetail,
  FilterChangeEvent,
  RegisterRequestDetail,
  RegisterRequestEvent,
} from './course-finder/events.js';
export type { FinderState } from './course-finder/finder-state.js';
export { LcEventCalendar } from './event-calendar/event-calendar.js';
export type { ActivitySelectDetail, ActivitySelectEvent } from './event-calendar/events.js';
export { LcProvider } from './provider/lc-provider.js';
export { LcRegistrationDialog } from './shared/registration/registration-dialog.js';
export type {
  RegistrationCancelDetail,
  RegistrationCompleteDetail,
  RegistrationErrorDetail,
  RegistrationTarget,
} from './shared/registration/registration-dialog.js';
export { LcStarNomination } from './star-nomination/star-nomination.js';
export type { DistrictOption } from './star-nomination/districts.js';
export type {
  NominationCompleteDetail,
  NominationErrorDetail,
  NominationStepDetail,
} from './star-nomination/events.js';
export { CONFIG_ATTRIBUTES, readConfig, type WidgetConfig } from './shared/config.js';
export type { Locale } from './shared/locale.js';
