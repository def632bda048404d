// Activities of the lifelong-learning weeks, the reading festival and the rest of the season, plus the magic ones.
import {
  ACTIVITY_KINDS,
  type Activity,
  type ActivityKind,
  type Place,
  type Series,
} from '@learning-city/core';
import { MAGIC } from '../magic.js';
import { toTimestamp } from '../time.js';
import { activityTitle, KIND_RULES } from './activity-kinds.js';
import {
  CITY_DISTRICTS,
  DIVISION_VERSION,
  districtByName,
  type CityKey,
  type District,
} from './divisions.js';
import { streetAddress, type InstitutionIndex, type PlacedInstitution } from './institutions.js';
import type { SeedSeries } from './programmes.js';
import type { IdFactory, Random } from './random.js';
import { addDays, atShanghai, HOUR_MS } from './time.js';
import { ACTIVITY_SUMMARIES, HALLS, RESIDENT_ID_PURPOSES, STUDY_TOUR_ROUTES } from './words/activities.js';

type KindWeights = readonly (readonly [ActivityKind, number])[];

const WEEK_KINDS: KindWeights = [
  ['lecture', 25],
  ['reading', 8],
  ['study_tour', 13],
  ['open_day', 10],
  ['star_presentation', 8],
  ['workshop', 18],
  ['exhibition', 9],
  ['performance', 9],
];
const FESTIVAL_KINDS: KindWeights = [
  ['reading', 80],
  ['lecture', 10],
  ['workshop', 10],
];

interface Bucket {
  series: Series | null;
  city: CityKey | null;
  count: number;
  kinds: KindWeights;
}

/** The activity list before registrations fill it (seats all free). */
export interface ActivityPlan {
  activities: Activity[];
  /** Waitlist capacities that differ from the default rule (the magic activities). */
  waitlistOverrides: Record<string, number>;
  /** Activities the registration filler must leave empty or fill exactly. */
  fixedFill: Record<string, { confirmed: number; waitlisted: number }>;
}

const START_TIMES = ['09:00', '09:30', '10:00', '14:00', '14:30', '15:00', '15:30', '16:00'];
const DAYTIME_KINDS: readonly ActivityKind[] = ['study_tour', 'exhibition', 'open_day'];

/** A start between 09:00 and 19:00 that ends by 21:00; tours, exhibitions and open days start in the morning. */
function startTime(random: Random, kind: ActivityKind, minutes: number): string {
  if (DAYTIME_KINDS.includes(kind)) return random.pick(['09:00', '09:30', '10:00', '13:30', '14:00']);
  if ((kind === 'lecture' || kind === 'reading') && minutes <= 120 && random.chance(0.2)) return '19:00';
  const fits = START_TIMES.filter(
    (t) => atShanghai('2000-01-01', t) + minutes * 60_000 <= atShanghai('2000-01-01', '21:00'),
  );
  return random.pick(fits);
}

function venue(random: Random, host: PlacedInstitution, district: District): Place {
  const base = { divisionCode: district.code, divisionVersion: DIVISION_VERSION, district: district.name };
  if (host.district.code === district.code) {
    return { name: `${host.institution.name}${random.pick(HALLS)}`, address: host.address, ...base };
  }
  return { name: `${district.name}市民活动中心`, address: streetAddress(random, district), ...base };
}

/** Builds one activity of `kind` on a day (`date`) in a city. */
function makeActivity(
  random: Random,
  ids: IdFactory,
  institutions: InstitutionIndex,
  kind: ActivityKind,
  city: CityKey,
  date: string,
  series: Series | null,
  nowMs: number,
): Activity {
  const rule = KIND_RULES[kind];
  const year = date.slice(0, 4);
  let district = random.pick(CITY_DISTRICTS[city]);
  let host: PlacedInstitution;
  let title: string;
  let place: Place;
  if (kind === 'study_tour') {
    const [route, meetingPoint, districtName] = random.pick(STUDY_TOUR_ROUTES[city]);
    district = districtByName(districtName);
    host = institutions.choose(random, district, rule.hosts, 0.5);
    title = `研学游学：${route}`;
    place = {
      name: meetingPoint,
      divisionCode: district.code,
      divisionVersion: DIVISION_VERSION,
      district: district.name,
    };
  } else {
    host = institutions.choose(random, district, rule.hosts, 0.7);
    // Open days happen at the college itself; other events mostly at the host, sometimes as outreach.
    if (kind === 'open_day' || random.chance(0.75)) district = host.district;
    const prefix = series?.title.includes('读书节') ? '书香京城·' : '';
    title = activityTitle(random, kind, host, district, year, prefix);
    place = venue(random, host, district);
  }
  const minutes = random.pick(rule.minutes);
  const startsAt = atShanghai(date, startTime(random, kind, minutes));
  const [minCap, maxCap] = random.pick(rule.capacity);
  const capacity = random.int(minCap, maxCap);

  const atMuseum = host.institution.kind === 'museum' && (kind === 'lecture' || kind === 'exhibition');
  const requiresResidentId = kind === 'study_tour' ? random.chance(0.85) : atMuseum && random.chance(0.4);
  const walkIn =
    (kind === 'exhibition' && random.chance(0.3)) || (kind === 'performance' && random.chance(0.12));
  const roll = random.next();
  const status: Activity['status'] = roll < 0.03 ? 'postponed' : roll < 0.06 ? 'cancelled' : 'scheduled';
  let fee = 0;
  if (kind === 'study_tour' && random.chance(0.25)) fee = random.pick([20, 30, 50, 80, 120]);
  if (kind === 'workshop' && random.chance(0.15)) fee = random.pick([10, 20, 30, 50]);

  const activity: Activity = {
    id: ids.next('act'),
    title,
    summary: random.sample(ACTIVITY_SUMMARIES[kind], random.int(1, 2)).join(''),
    kind,
    status,
    series,
    institution: { id: host.institution.id, name: host.institution.name },
    place,
    audiences: random.sample(rule.audiences, random.int(1, 3)),
    startsAt: toTimestamp(startsAt),
    endsAt: toTimestamp(startsAt + minutes * 60_000),
    capacity,
    seatsLeft: capacity,
    waitlistOpen: false,
    waitlistCount: 0,
    fee,
    requiresResidentId,
    registrationOpen: !walkIn,
    updatedAt: toTimestamp(nowMs - random.int(1, 24 * 20) * HOUR_MS),
  };
  if (requiresResidentId) {
    activity.residentIdPurpose =
      kind === 'study_tour' ? RESIDENT_ID_PURPOSES.study_tour : RESIDENT_ID_PURPOSES.security;
  }
  return activity;
}

/** 240 activities: most in the two lifelong-learning weeks, some in the reading festival, a few on their own. */
export function generateActivities(
  random: Random,
  ids: IdFactory,
  institutions: InstitutionIndex,
  series: SeedSeries,
  nowMs: number,
  today: string,
): ActivityPlan {
  const buckets: Bucket[] = [
    { series: series.beijingWeek, city: 'beijing', count: 100, kinds: WEEK_KINDS },
    { series: series.luoyangWeek, city: 'luoyang', count: 70, kinds: WEEK_KINDS },
    { series: series.readingFestival, city: 'beijing', count: 30, kinds: FESTIVAL_KINDS },
    { series: null, city: null, count: 37, kinds: WEEK_KINDS },
  ];
  const activities: Activity[] = [];
  for (const bucket of buckets) {
    for (let i = 0; i < bucket.count; i++) {
      // The first activities of each week cover every kind, whatever the seed.
      const kind = bucket.kinds === WEEK_KINDS && bucket.series ? (ACTIVITY_KINDS[i] ?? null) : null;
      const city = bucket.city ?? (random.chance(0.5) ? 'beijing' : 'luoyang');
      const date = bucket.series
        ? addDays(bucket.series.startsOn, random.int(0, 6 + Math.max(0, daysIn(bucket.series) - 7)))
        : addDays(today, random.int(-30, 60));
      activities.push(
        makeActivity(
          random,
          ids,
          institutions,
          kind ?? random.weighted(bucket.kinds),
          city,
          date,
          bucket.series,
          nowMs,
        ),
      );
    }
  }
  return addMagicActivities(random, ids, institutions, series, nowMs, today, activities);
}

function daysIn(series: Series): number {
  return Math.round((Date.parse(series.endsOn) - Date.parse(series.startsOn)) / 86_400_000) + 1;
}

function addMagicActivities(
  random: Random,
  ids: IdFactory,
  institutions: InstitutionIndex,
  series: SeedSeries,
  nowMs: number,
  today: string,
  activities: Activity[],
): ActivityPlan {
  const week = series.beijingWeek;
  const full = makeActivity(
    random,
    ids,
    institutions,
    'workshop',
    'beijing',
    addDays(week.startsOn, 1),
    week,
    nowMs,
  );
  Object.assign(full, {
    id: ids.reserve(MAGIC.fullActivityId),
    title: '智能手机拍照与修图工作坊（体验场）',
    status: 'scheduled',
    capacity: 10,
    fee: 0,
    registrationOpen: true,
  });

  const farFuture = `${Number(today.slice(0, 4)) + 50}${today.slice(4)}`;
  const tiny = makeActivity(random, ids, institutions, 'workshop', 'luoyang', farFuture, null, nowMs);
  Object.assign(tiny, {
    id: ids.reserve(MAGIC.tinyActivityId),
    title: '书法体验小课堂（演示场）',
    status: 'scheduled',
    capacity: 2,
    fee: 0,
    registrationOpen: true,
  });

  const tour = makeActivity(
    random,
    ids,
    institutions,
    'study_tour',
    'beijing',
    addDays(week.startsOn, 2),
    week,
    nowMs,
  );
  Object.assign(tour, {
    id: ids.reserve(MAGIC.residentIdActivityId),
    status: 'scheduled',
    requiresResidentId: true,
    residentIdPurpose: RESIDENT_ID_PURPOSES.study_tour,
    registrationOpen: true,
  });

  for (const activity of [full, tiny, tour]) {
    activity.seatsLeft = activity.capacity;
    activities.push(activity);
  }
  return {
    activities,
    waitlistOverrides: { [full.id]: 5, [tiny.id]: 3 },
    fixedFill: {
      [full.id]: { confirmed: 10, waitlisted: 5 },
      [tiny.id]: { confirmed: 0, waitlisted: 0 },
      // Seats stay free so partners can try the ID-number flow.
      [tour.id]: { confirmed: Math.floor(tour.capacity / 3), waitlisted: 0 },
    },
  };
}
