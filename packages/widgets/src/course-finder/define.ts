// Registers <lc-course-finder> and <lc-provider> (so an enclosing provider configures it). The registration
// dialog it opens (<lc-registration-dialog>) is loaded and registered on first use, outside this entry.
import '../provider/lc-provider.js';
import { defineElement } from '../shared/define.js';
import { LcCourseFinder } from './course-finder.js';

defineElement('lc-course-finder', LcCourseFinder);

export { LcCourseFinder };
export type {
  CourseSelectDetail,
  CourseSelectEvent,
  FilterChangeDetail,
  FilterChangeEvent,
  RegisterRequestDetail,
  RegisterRequestEvent,
} from './events.js';
export type { FinderState } from './finder-state.js';
// Types only (erased from the JavaScript): the dialog's events, typed on HTMLElementEventMap, bubble out of the finder.
export type { RegistrationCompleteDetail, RegistrationErrorDetail } from '../shared/registration/define.js';
