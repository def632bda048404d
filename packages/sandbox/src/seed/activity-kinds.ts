// Per-kind rules for activities: who hosts them, how long and how big they are, and how they are titled.
import type { ActivityKind, Audience, InstitutionKind } from '@learning-city/core';
import type { District } from './divisions.js';
import type { PlacedInstitution } from './institutions.js';
import type { Random } from './random.js';
import {
  EXHIBITIONS,
  LECTURE_TOPICS,
  OPEN_DAY_EXPERIENCES,
  PERFORMANCES,
  READING_EVENTS,
  WORKSHOPS,
} from './words/activities.js';

export interface KindRule {
  hosts: InstitutionKind[];
  /** Possible lengths in minutes (all between 1 and 4 hours). */
  minutes: number[];
  capacity: readonly (readonly [min: number, max: number])[];
  audiences: Audience[];
}

export const KIND_RULES: Record<ActivityKind, KindRule> = {
  lecture: {
    hosts: ['university', 'community_college', 'library', 'cultural_center', 'senior_college'],
    minutes: [60, 90, 90, 120],
    capacity: [
      [40, 120],
      [80, 200],
      [200, 500],
    ],
    audiences: ['residents', 'seniors', 'employees', 'parents', 'youth'],
  },
  reading: {
    hosts: ['library', 'social_organization', 'school', 'community_college'],
    minutes: [60, 90, 120],
    capacity: [
      [20, 60],
      [30, 100],
    ],
    audiences: ['residents', 'parents', 'youth', 'seniors'],
  },
  study_tour: {
    hosts: ['museum', 'social_organization', 'community_college', 'university'],
    minutes: [180, 210, 240],
    capacity: [
      [20, 45],
      [30, 60],
    ],
    audiences: ['youth', 'residents', 'parents', 'seniors'],
  },
  open_day: {
    hosts: ['senior_college', 'community_college'],
    minutes: [120, 150, 180],
    capacity: [
      [50, 150],
      [100, 300],
    ],
    audiences: ['seniors', 'residents'],
  },
  star_presentation: {
    hosts: ['community_college', 'cultural_center', 'university'],
    minutes: [90, 120],
    capacity: [
      [60, 150],
      [100, 300],
    ],
    audiences: ['residents', 'employees', 'farmers', 'veterans'],
  },
  workshop: {
    hosts: ['cultural_center', 'community_college', 'museum', 'library', 'enterprise', 'vocational_college'],
    minutes: [60, 90, 120, 150],
    capacity: [
      [10, 25],
      [15, 40],
    ],
    audiences: ['residents', 'seniors', 'youth', 'parents', 'disabled'],
  },
  exhibition: {
    hosts: ['museum', 'cultural_center', 'library', 'senior_college'],
    minutes: [180, 240],
    capacity: [
      [100, 300],
      [200, 500],
    ],
    audiences: ['residents', 'seniors', 'youth'],
  },
  performance: {
    hosts: ['cultural_center', 'senior_college', 'community_college'],
    minutes: [90, 120, 150],
    capacity: [
      [100, 300],
      [150, 500],
    ],
    audiences: ['residents', 'seniors'],
  },
};

/** A title for an activity of `kind` hosted by `host` in `district`. */
export function activityTitle(
  random: Random,
  kind: Exclude<ActivityKind, 'study_tour'>,
  host: PlacedInstitution,
  district: District,
  year: string,
  readingPrefix: string,
): string {
  const city = district.city;
  switch (kind) {
    case 'lecture': {
      const topic = random.pick(random.chance(0.4) ? LECTURE_TOPICS[city] : LECTURE_TOPICS.shared);
      return `市民大讲堂：${topic}`;
    }
    case 'reading':
      return `${readingPrefix}${random.pick(READING_EVENTS)}`;
    case 'open_day':
      return `${host.institution.name}开放日：${random.pick(OPEN_DAY_EXPERIENCES)}`;
    case 'star_presentation':
      return random.chance(0.5)
        ? `“百姓学习之星”事迹分享会（${district.name}）`
        : `${year}年${district.name}“百姓学习之星”展示`;
    case 'workshop':
      return random.pick(random.chance(0.4) ? WORKSHOPS[city] : WORKSHOPS.shared);
    case 'exhibition':
      return `${random.chance(0.5) ? district.name : host.institution.name}${random.pick(EXHIBITIONS)}`;
    case 'performance':
      return random.pick(random.chance(0.3) ? PERFORMANCES[city] : PERFORMANCES.shared);
  }
}
