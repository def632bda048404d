// The course catalogue: ≥ 3,000 courses across the "1+8" categories, both cities' districts and all audiences.
import {
  AUDIENCES,
  COURSE_CATEGORIES,
  type Audience,
  type Course,
  type DefaultCourseCategory,
  type DeliveryMode,
  type InstitutionKind,
  type Offering,
} from '@learning-city/core';
import { MAGIC } from '../magic.js';
import { toTimestamp } from '../time.js';
import { ALL_DISTRICTS, CITY_DISTRICTS, type CityKey, type District } from './divisions.js';
import type { InstitutionIndex } from './institutions.js';
import { coursePlace, generateOfferings } from './offerings.js';
import type { IdFactory, Random } from './random.js';
import { HOUR_MS } from './time.js';
import { AUDIENCE_IN_SENTENCE, LEVEL_SUFFIXES, MODE_SENTENCES, SUMMARY_LEADS } from './words/course-text.js';
import {
  CULTURAL_LITERACY,
  FAMILY_EDUCATION,
  HELUO_CULTURE,
  PRACTICAL_SKILLS,
  SOCIAL_SCIENCE,
  type TopicGroup,
} from './words/course-topics.js';
import { ARTS, FEATURED, HEALTH, SPORTS } from './words/course-topics-more.js';

interface CategoryPlan {
  weight: number;
  groups: TopicGroup[];
  /** Kinds of institution that typically run such courses. */
  kinds: InstitutionKind[];
  /** Share of the category's courses held in Luoyang. */
  luoyang: number;
  /** Share that charges a fee. */
  paid: number;
}

const PLANS: Record<DefaultCourseCategory, CategoryPlan> = {
  practical_skills: {
    weight: 24,
    groups: PRACTICAL_SKILLS,
    kinds: ['vocational_college', 'community_college', 'enterprise', 'senior_college', 'university'],
    luoyang: 0.5,
    paid: 0.55,
  },
  heluo_culture: {
    weight: 9,
    groups: HELUO_CULTURE,
    kinds: ['museum', 'library', 'cultural_center', 'university', 'community_college'],
    luoyang: 0.9,
    paid: 0.2,
  },
  social_science: {
    weight: 9,
    groups: SOCIAL_SCIENCE,
    kinds: ['community_college', 'university', 'library', 'social_organization'],
    luoyang: 0.5,
    paid: 0.2,
  },
  cultural_literacy: {
    weight: 10,
    groups: CULTURAL_LITERACY,
    kinds: ['library', 'community_college', 'university', 'school', 'cultural_center'],
    luoyang: 0.5,
    paid: 0.3,
  },
  family_education: {
    weight: 10,
    groups: FAMILY_EDUCATION,
    kinds: ['school', 'community_college', 'social_organization', 'library'],
    luoyang: 0.5,
    paid: 0.2,
  },
  arts: {
    weight: 11,
    groups: ARTS,
    kinds: ['cultural_center', 'senior_college', 'community_college', 'university'],
    luoyang: 0.5,
    paid: 0.45,
  },
  health: {
    weight: 10,
    groups: HEALTH,
    kinds: ['senior_college', 'community_college', 'social_organization', 'university'],
    luoyang: 0.5,
    paid: 0.3,
  },
  sports: {
    weight: 10,
    groups: SPORTS,
    kinds: ['senior_college', 'community_college', 'cultural_center', 'school'],
    luoyang: 0.5,
    paid: 0.4,
  },
  featured: {
    weight: 7,
    groups: FEATURED,
    kinds: ['museum', 'cultural_center', 'enterprise', 'senior_college', 'community_college'],
    luoyang: 0.5,
    paid: 0.4,
  },
};

const CATEGORY_WEIGHTS = COURSE_CATEGORIES.map((c) => [c, PLANS[c].weight] as const);
const HOURS = [4, 6, 8, 10, 12, 16, 16, 20, 24, 24, 32, 36, 40, 48, 64, 72, 96, 120];
const MODES: readonly (readonly [DeliveryMode, number])[] = [
  ['offline', 55],
  ['online', 20],
  ['blended', 25],
];
const HANDS_ON_MODES: readonly (readonly [DeliveryMode, number])[] = [
  ['offline', 80],
  ['online', 8],
  ['blended', 12],
];
const OFFERING_COUNTS = [
  [1, 50],
  [2, 35],
  [3, 15],
] as const;
const PAID_FEES = [50, 80, 100, 120, 150, 180, 200, 240, 280, 300, 360, 400, 480, 600, 800, 980, 1200];

function titleFor(random: Random, topic: string, mode: DeliveryMode): string {
  const suffix = mode === 'online' && random.chance(0.3) ? '线上' : random.weighted(LEVEL_SUFFIXES);
  if (!suffix) return topic;
  return topic.endsWith('）') ? `${topic}·${suffix}` : `${topic}（${suffix}）`;
}

function summaryFor(random: Random, category: DefaultCourseCategory, topic: string, course: Course): string {
  const sentences = [random.pick(SUMMARY_LEADS[category]).replace('{t}', `“${topic}”`)];
  if (random.chance(0.7)) {
    sentences.push(`适合${course.audiences.map((a) => AUDIENCE_IN_SENTENCE[a]).join('、')}参加。`);
  }
  if (random.chance(0.5)) sentences.push(random.pick(MODE_SENTENCES[course.mode]));
  return sentences.join('');
}

function audiencesFor(random: Random, group: TopicGroup, forced: Audience | undefined): Audience[] {
  const picked = random.sample(group.audiences, random.int(1, Math.min(3, group.audiences.length)));
  if (picked.length < 3 && random.chance(0.08)) {
    const extra = random.pick(AUDIENCES);
    if (!picked.includes(extra)) picked.push(extra);
  }
  if (forced && !picked.includes(forced)) picked[picked.length === 3 ? 2 : picked.length] = forced;
  return picked;
}

/** Generates `count` courses and their offerings; the first course carries the magic flaky ID. */
export function generateCourses(
  random: Random,
  ids: IdFactory,
  institutions: InstitutionIndex,
  nowMs: number,
  today: string,
  count = 3200,
): { courses: Course[]; offerings: Offering[] } {
  const courses: Course[] = [];
  const offerings: Offering[] = [];
  for (let i = 0; i < count; i++) {
    // The first courses cover every category, district and audience, whatever the seed.
    const category = COURSE_CATEGORIES[i] ?? random.weighted(CATEGORY_WEIGHTS);
    const plan = PLANS[category];
    let district: District;
    const forcedDistrict = ALL_DISTRICTS[i];
    if (forcedDistrict) district = forcedDistrict;
    else {
      const city: CityKey = random.chance(plan.luoyang) ? 'luoyang' : 'beijing';
      district = random.pick(CITY_DISTRICTS[city]);
    }
    const groups = plan.groups.filter((g) => !g.city || g.city === district.city);
    const group = random.pick(groups);
    const topic = random.pick(group.topics);
    const mode = random.weighted(category === 'sports' || category === 'arts' ? HANDS_ON_MODES : MODES);
    const host = institutions.choose(random, district, plan.kinds);
    const course: Course = {
      id: i === 0 ? ids.reserve(MAGIC.flakyCourseId) : ids.next('crs'),
      title: titleFor(random, topic, mode),
      summary: '',
      category,
      audiences: audiencesFor(random, group, AUDIENCES[i]),
      mode,
      institution: { id: host.institution.id, name: host.institution.name },
      divisionCode: district.code,
      district: district.name,
      fee: random.chance(plan.paid)
        ? random.pick(PAID_FEES.slice(category === 'practical_skills' ? 4 : 0, 14))
        : 0,
      hours: random.pick(HOURS),
      startsOn: null,
      endsOn: null,
      seatsLeft: 0,
      updatedAt: toTimestamp(nowMs - random.int(2, 24 * 120) * HOUR_MS),
    };
    course.summary = summaryFor(random, category, topic, course);
    if (course.fee > 0 && category === 'practical_skills' && random.chance(0.3)) {
      course.fee = random.pick(PAID_FEES.slice(10));
    }

    const none = i > 0 && (mode === 'online' ? random.chance(0.45) : random.chance(0.03));
    const offeringCount = none ? 0 : random.weighted(OFFERING_COUNTS);
    if (offeringCount > 0) {
      const place = coursePlace(random, course, host, district);
      const own = generateOfferings(random, ids, course, place, today, offeringCount);
      course.startsOn = own.reduce(
        (min, o) => (o.startsOn < min ? o.startsOn : min),
        own[0]?.startsOn ?? today,
      );
      course.endsOn = own.reduce((max, o) => (o.endsOn > max ? o.endsOn : max), own[0]?.endsOn ?? today);
      course.seatsLeft = own.reduce((sum, o) => sum + o.seatsLeft, 0);
      offerings.push(...own);
    }
    courses.push(course);
  }
  return { courses, offerings };
}
