// Pre-filled registrations: some activities start full (with a waitlist, some with the waitlist closed too).
import type { Activity } from '@learning-city/core';
import { toTimestamp } from '../time.js';
import { defaultWaitlistCapacity } from '../waitlist.js';
import { chineseName, mobileNumber } from './people.js';
import type { IdFactory, Random } from './random.js';
import { DAY_MS } from './time.js';
import type { SeedRegistration } from './types.js';

export interface FillResult {
  registrations: SeedRegistration[];
  waitlistCapacity: Record<string, number>;
}

/** How many confirmed and waitlisted registrations an activity starts with. */
function planFill(random: Random, activity: Activity, waitCap: number) {
  if (activity.status === 'cancelled' || !activity.registrationOpen) return { confirmed: 0, waitlisted: 0 };
  const roll = random.next();
  const small = activity.capacity <= 150;
  if (small && roll < 0.18) return { confirmed: activity.capacity, waitlisted: random.int(1, waitCap - 1) };
  if (small && roll < 0.24) return { confirmed: activity.capacity, waitlisted: waitCap };
  // Big events are pre-filled more lightly, to keep the seed small.
  const share = random.next() * (activity.capacity > 200 ? 0.3 : 0.85);
  return { confirmed: Math.min(activity.capacity - 1, Math.floor(activity.capacity * share)), waitlisted: 0 };
}

/**
 * Fills activities with registrations and sets `seatsLeft`, `waitlistCount` and `waitlistOpen` to agree with them.
 * Registrations arrive in order over the three weeks before the activity (or before now, if it is later).
 */
export function fillRegistrations(
  random: Random,
  ids: IdFactory,
  activities: Activity[],
  nowMs: number,
  overrides: {
    waitlist: Record<string, number>;
    fixed: Record<string, { confirmed: number; waitlisted: number }>;
  },
): FillResult {
  const registrations: SeedRegistration[] = [];
  const waitlistCapacity: Record<string, number> = {};
  for (const activity of activities) {
    const waitCap = overrides.waitlist[activity.id] ?? defaultWaitlistCapacity(activity.capacity);
    waitlistCapacity[activity.id] = waitCap;
    const { confirmed, waitlisted } = overrides.fixed[activity.id] ?? planFill(random, activity, waitCap);
    const total = confirmed + waitlisted;
    const end = Math.min(Date.parse(activity.startsAt), nowMs) - 10 * 60_000;
    const span = 21 * DAY_MS;
    for (let k = 0; k < total; k++) {
      registrations.push({
        id: ids.next('reg'),
        activityId: activity.id,
        name: chineseName(random),
        mobile: mobileNumber(random),
        status: k < confirmed ? 'confirmed' : 'waitlisted',
        sequence: k + 1,
        createdAt: toTimestamp(Math.floor(end - span + ((k + random.next()) * span) / total)),
      });
    }
    activity.seatsLeft = activity.capacity - confirmed;
    activity.waitlistCount = waitlisted;
    activity.waitlistOpen = activity.seatsLeft === 0 && waitlisted < waitCap;
  }
  return { registrations, waitlistCapacity };
}
