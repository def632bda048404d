// An activity as the registration form (<lc-registration-dialog>) is told about it: the calendar's details
// panel, the dialog's tests and its stories all make it here.
import type { Activity } from '@learning-city/core';
import type { RegistrationTarget } from './registration-dialog.js';

/** What the registration form is told about an activity. */
export function registrationTarget(activity: Activity): RegistrationTarget {
  return {
    id: activity.id,
    title: activity.title,
    startsAt: activity.startsAt,
    endsAt: activity.endsAt,
    placeName: activity.place.name,
    requiresResidentId: activity.requiresResidentId,
    residentIdPurpose: activity.residentIdPurpose,
    seatsLeft: activity.seatsLeft,
    waitlistOpen: activity.waitlistOpen,
    activity,
  };
}
