// Hand-off to the shared registration form (<lc-registration-dialog>): what it is told about an offering, and
// loading its code only when a visitor is about to register.
import type { CourseDetail, Offering } from '@learning-city/core';
import type { RegistrationTarget } from '../shared/registration/registration-dialog.js';

/**
 * The registration target for a course offering (开班, `off_…`): its first class in Asia/Shanghai time, its
 * place and seats. Offerings have no waitlist, so a full one says so instead of offering to wait.
 */
export function offeringTarget(course: CourseDetail, offering: Offering): RegistrationTarget {
  return {
    id: offering.id,
    title: `${course.title}（${offering.title}）`,
    startsAt: `${offering.startsOn}T${offering.startTime}:00+08:00`,
    endsAt: `${offering.startsOn}T${offering.endTime}:00+08:00`,
    placeName: offering.place.name,
    requiresResidentId: false,
    seatsLeft: offering.seatsLeft,
    waitlistOpen: false,
  };
}

/** Loads and registers the registration dialog (a separate chunk: only visitors who register need it). */
export function loadRegistrationDialog(): Promise<unknown> {
  return customElements.get('lc-registration-dialog')
    ? Promise.resolve()
    : import('../shared/registration/define.js');
}
