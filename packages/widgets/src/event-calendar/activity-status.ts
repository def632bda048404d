// What an activity's seats and state mean for a visitor: one status, and whether registering is possible.
import type { Activity } from '@learning-city/core';

/**
 * `seats` 余N位, `waitlist` 可候补, `full` 已满, `cancelled` 已取消, `postponed` 已延期,
 * `walk_in` 无需报名 (registrations not taken), `ended` 已结束.
 */
export type ActivityStatusKind =
  'seats' | 'waitlist' | 'full' | 'cancelled' | 'postponed' | 'walk_in' | 'ended';

export interface ActivityStatusInfo {
  kind: ActivityStatusKind;
  /** Free confirmed seats (for `seats`, and for `postponed` activities that still take registrations). */
  seatsLeft: number;
  /** Whether a registration made now would be accepted (confirmed or waitlisted). */
  canRegister: boolean;
}

/** Seats and waitlist alone: 余N位, 可候补 or 已满. */
function availability(activity: Activity): 'seats' | 'waitlist' | 'full' {
  if (activity.seatsLeft > 0) return 'seats';
  return activity.waitlistOpen ? 'waitlist' : 'full';
}

/**
 * The status a visitor sees at `now` (milliseconds): cancellation and postponement first, then whether the
 * activity has ended or takes no registrations, then seats.
 * @example activityStatus({ ...activity, seatsLeft: 0, waitlistOpen: true }, Date.now()).kind; // 'waitlist'
 */
export function activityStatus(activity: Activity, now: number): ActivityStatusInfo {
  const ended = Date.parse(activity.endsAt) <= now;
  let kind: ActivityStatusKind;
  if (activity.status === 'cancelled') kind = 'cancelled';
  else if (ended) kind = 'ended';
  else if (activity.status === 'postponed') kind = 'postponed';
  else if (!activity.registrationOpen) kind = 'walk_in';
  else kind = availability(activity);
  return { kind, seatsLeft: activity.seatsLeft, canRegister: registerBlocker(activity, now) === null };
}

/** Why the register button is disabled, or `null` when it is enabled. */
export function registerBlocker(
  activity: Activity,
  now: number,
): 'cancelled' | 'ended' | 'walk_in' | 'full' | null {
  if (activity.status === 'cancelled') return 'cancelled';
  if (Date.parse(activity.endsAt) <= now) return 'ended';
  if (!activity.registrationOpen) return 'walk_in';
  if (availability(activity) === 'full') return 'full';
  return null;
}
