// The shape of the sandbox's seed data: plain core models, so the loader and the generator agree by construction.
import type {
  Activity,
  Course,
  Institution,
  NominationCampaign,
  Offering,
  Series,
} from '@learning-city/core';

/** A learner the seed creates, with a real (checksum-valid, fictional) resident ID number. */
export interface SeedLearner {
  id: string;
  name: string;
  residentId: string;
  mobile: string;
}

/** Registrations the seed places on an activity so some start full or with a waitlist. */
export interface SeedRegistration {
  id: string;
  activityId: string;
  name: string;
  mobile: string;
  status: 'confirmed' | 'waitlisted';
  /** Order of arrival within the activity, 1-based; waitlist positions follow it. */
  sequence: number;
  createdAt: string;
}

export interface SeedData {
  seed: number;
  /** The instant "now" the data was generated around (the lifelong-learning week is near it). */
  generatedAt: string;
  institutions: Institution[];
  courses: Course[];
  offerings: Offering[];
  series: Series[];
  /** `seatsLeft`, `waitlistOpen`, `waitlistCount` agree with `registrations`. */
  activities: Activity[];
  /** Waitlist capacity per activity id (the waitlist closes when it has this many). */
  waitlistCapacity: Record<string, number>;
  registrations: SeedRegistration[];
  campaigns: NominationCampaign[];
  learners: SeedLearner[];
}
