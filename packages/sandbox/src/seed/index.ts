// Generates the sandbox's deterministic seed data: institutions, courses, activities, campaigns and learners.
import { toTimestamp } from '../time.js';
import { generateActivities } from './activities.js';
import { generateCourses } from './courses.js';
import { generateInstitutions, InstitutionIndex } from './institutions.js';
import { generateLearners } from './people.js';
import { generateCampaigns, generateSeries } from './programmes.js';
import { IdFactory, Random } from './random.js';
import { fillRegistrations } from './registrations.js';
import { dateShanghai } from './time.js';
import type { SeedData } from './types.js';

export type { SeedData, SeedLearner, SeedRegistration } from './types.js';

/** The instant the default seed is generated around: a Sunday morning a few days before the learning week. */
export const DEFAULT_SEED_NOW = new Date('2026-05-10T09:00:00+08:00');

export interface SeedOptions {
  /** Any 32-bit integer; the same seed (and `now`) always gives deep-equal data. Defaults to 1. */
  seed?: number;
  /** The instant the data is arranged around; defaults to {@link DEFAULT_SEED_NOW}, never the real clock. */
  now?: Date;
}

/**
 * Generates the seed data: ~120 institutions, 3,200 courses with their offerings, 240 activities (most of them in
 * the two cities' 全民终身学习活动周) with pre-filled registrations, two 百姓学习之星 campaigns and 50 learners.
 *
 * @example
 * const data = generateSeed({ seed: 7 });
 * data.courses.length; // 3200
 */
export function generateSeed(options: SeedOptions = {}): SeedData {
  const seed = (options.seed ?? 1) >>> 0;
  const nowMs = (options.now ?? DEFAULT_SEED_NOW).getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('generateSeed: `now` is not a valid date');
  const today = dateShanghai(nowMs);

  const root = new Random(seed);
  const ids = new IdFactory(root.fork('ids'));
  const placed = generateInstitutions(root.fork('institutions'), ids);
  const index = new InstitutionIndex(placed);
  const { courses, offerings } = generateCourses(root.fork('courses'), ids, index, nowMs, today);
  const series = generateSeries(ids, today);
  const plan = generateActivities(root.fork('activities'), ids, index, series, nowMs, today);
  const { registrations, waitlistCapacity } = fillRegistrations(
    root.fork('registrations'),
    ids,
    plan.activities,
    nowMs,
    { waitlist: plan.waitlistOverrides, fixed: plan.fixedFill },
  );

  return {
    seed,
    generatedAt: toTimestamp(nowMs),
    institutions: placed.map((p) => p.institution),
    courses,
    offerings,
    series: [series.beijingWeek, series.luoyangWeek, series.readingFestival],
    activities: plan.activities,
    waitlistCapacity,
    registrations,
    campaigns: generateCampaigns(ids, nowMs, today),
    learners: generateLearners(root.fork('learners'), ids, today),
  };
}
