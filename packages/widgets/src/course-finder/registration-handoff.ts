// Hand-off to the shared registration form (<lc-registration-dialog>): what it is told about an offering.
// Part of the details' chunk (course-detail.ts); the finder loads the form's own code when a course is opened.
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
