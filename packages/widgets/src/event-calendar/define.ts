// Registers <lc-event-calendar> and <lc-provider> (so an enclosing provider configures it). The registration
// dialog it opens (<lc-registration-dialog>) is loaded and registered on first use, outside this entry.
import '../provider/lc-provider.js';
import { defineElement } from '../shared/define.js';
import { LcEventCalendar } from './event-calendar.js';

defineElement('lc-event-calendar', LcEventCalendar);

export { LcEventCalendar };
export type { ActivitySelectDetail, ActivitySelectEvent } from './events.js';
// Types only (erased from the JavaScript): the dialog's events, typed on HTMLElementEventMap, bubble out of the calendar.
export type { RegistrationCompleteDetail, RegistrationErrorDetail } from '../shared/registration/define.js';
