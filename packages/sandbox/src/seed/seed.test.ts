// Tests for the seed generator: determinism, coverage, schema validity and the consistency of seats and waitlists.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  Activity,
  ACTIVITY_KINDS,
  AUDIENCES,
  Course,
  COURSE_CATEGORIES,
  Institution,
  INSTITUTION_KINDS,
  NominationCampaign,
  Offering,
  Series,
  validateResidentId,
} from '@learning-city/core';
import { MAGIC } from '../magic.js';
import { CITY_DISTRICTS } from './divisions.js';
import { DEFAULT_SEED_NOW, generateSeed } from './index.js';
import { isoWeekday } from './time.js';

const data = generateSeed();
const nowMs = DEFAULT_SEED_NOW.getTime();
const MOBILE = /^1[3-9]\d{9}$/;
const OFFSET_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

function parseAll(label: string, items: unknown[], schema: { parse(value: unknown): unknown }) {
  for (const item of items) {
    try {
      schema.parse(item);
    } catch (error) {
      assert.fail(`${label} ${JSON.stringify(item)} fails its schema: ${String(error)}`);
    }
  }
}

function cityOf(divisionCode: string): 'beijing' | 'luoyang' {
  return divisionCode.startsWith('11') ? 'beijing' : 'luoyang';
}

describe('generateSeed', () => {
  it('is deterministic for a seed and defaults to seed 1 at a fixed instant', () => {
    assert.deepEqual(generateSeed({ seed: 1 }), data);
    assert.deepEqual(generateSeed({ seed: 7, now: DEFAULT_SEED_NOW }), generateSeed({ seed: 7 }));
    assert.equal(data.seed, 1);
    assert.equal(data.generatedAt, '2026-05-10T09:00:00+08:00');
  });

  it('gives different data for a different seed', () => {
    const other = generateSeed({ seed: 2 });
    assert.notDeepEqual(other.courses, data.courses);
    assert.notDeepEqual(other.activities, data.activities);
    assert.notEqual(other.courses[1]?.id, data.courses[1]?.id);
  });

  it('arranges the data around the given `now`', () => {
    const later = generateSeed({ now: new Date('2027-10-01T12:00:00+08:00') });
    assert.equal(later.generatedAt, '2027-10-01T12:00:00+08:00');
    assert.ok(later.series.some((s) => s.title === '2027年北京市全民终身学习活动周' && s.startsOn > '2027-10-01'));
    assert.equal(later.campaigns.find((c) => c.status === 'open')?.year, 2027);
    parseAll('activity', later.activities, Activity);
  });

  it('generates within 300 ms', () => {
    const times = [0, 1, 2].map((i) => {
      const start = performance.now();
      generateSeed({ seed: 100 + i });
      return performance.now() - start;
    });
    assert.ok(Math.min(...times) < 300, `took ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  });
});

describe('coverage', () => {
  it('has ≥ 3,000 courses in every category, audience and district of both cities', () => {
    assert.ok(data.courses.length >= 3000);
    const categories = new Map<string, number>();
    for (const c of data.courses) categories.set(c.category, (categories.get(c.category) ?? 0) + 1);
    assert.deepEqual([...categories.keys()].sort(), [...COURSE_CATEGORIES].sort());
    const largest = [...categories].sort((a, b) => b[1] - a[1])[0]?.[0];
    assert.equal(largest, 'practical_skills');
    assert.deepEqual(new Set(data.courses.flatMap((c) => c.audiences)), new Set(AUDIENCES));
    const codes = new Set(data.courses.map((c) => c.divisionCode));
    for (const d of [...CITY_DISTRICTS.beijing, ...CITY_DISTRICTS.luoyang]) {
      assert.ok(codes.has(d.code), `no course in ${d.name}`);
      assert.ok(data.courses.some((c) => c.divisionCode === d.code && c.district === d.name));
    }
    assert.deepEqual(new Set(data.courses.map((c) => c.mode)), new Set(['offline', 'online', 'blended']));
  });

  it('makes about 60% of courses free and keeps fees and hours in range', () => {
    const free = data.courses.filter((c) => c.fee === 0).length / data.courses.length;
    assert.ok(free > 0.5 && free < 0.7, `free share ${free}`);
    for (const c of data.courses) {
      assert.ok(c.fee === 0 || (c.fee >= 50 && c.fee <= 1200));
      assert.ok(c.hours >= 4 && c.hours <= 120);
      assert.ok(c.audiences.length >= 1 && c.audiences.length <= 3 && new Set(c.audiences).size === c.audiences.length);
    }
  });

  it('has ≥ 200 activities of every kind and the institutions of every kind in both cities', () => {
    assert.ok(data.activities.length >= 200);
    assert.deepEqual(new Set(data.activities.map((a) => a.kind)), new Set(ACTIVITY_KINDS));
    for (const city of ['beijing', 'luoyang'] as const) {
      const kinds = new Set(data.institutions.filter((i) => cityOf(i.divisionCode) === city).map((i) => i.kind));
      assert.deepEqual(kinds, new Set(INSTITUTION_KINDS), city);
    }
    assert.ok(data.institutions.length >= 100 && data.institutions.length <= 140);
  });

  it('has both lifelong-learning weeks and a month-long reading festival, most activities in the weeks', () => {
    const weeks = data.series.filter((s) => s.title.includes('全民终身学习活动周'));
    assert.equal(weeks.length, 2);
    for (const week of weeks) assert.equal(Date.parse(week.endsOn) - Date.parse(week.startsOn), 6 * 86_400_000);
    assert.ok(data.series.some((s) => s.title.includes('读书节')));
    const inWeeks = data.activities.filter((a) => a.series && weeks.some((w) => w.id === a.series?.id));
    assert.ok(inWeeks.length > data.activities.length / 2);
  });
});

describe('schemas', () => {
  it('every item passes its core schema', () => {
    parseAll('institution', data.institutions, Institution);
    parseAll('course', data.courses, Course);
    parseAll('offering', data.offerings, Offering);
    parseAll('series', data.series, Series);
    parseAll('activity', data.activities, Activity);
    parseAll('campaign', data.campaigns, NominationCampaign);
  });

  it('uses +08:00 timestamps before now for updates', () => {
    for (const c of data.courses) {
      assert.match(c.updatedAt, OFFSET_TIMESTAMP);
      assert.ok(Date.parse(c.updatedAt) < nowMs);
    }
    for (const a of data.activities) {
      for (const t of [a.startsAt, a.endsAt, a.updatedAt]) assert.match(t, OFFSET_TIMESTAMP);
      assert.ok(Date.parse(a.updatedAt) < nowMs);
    }
  });

  it('gives every resource a unique ID', () => {
    const ids = [
      ...data.institutions,
      ...data.courses,
      ...data.offerings,
      ...data.series,
      ...data.activities,
      ...data.registrations,
      ...data.campaigns,
      ...data.learners,
    ].map((x) => x.id);
    assert.equal(new Set(ids).size, ids.length);
  });
});

describe('courses and offerings', () => {
  it('derive seats and dates of courses from their offerings', () => {
    const byCourse = Map.groupBy(data.offerings, (o) => o.courseId);
    const withOfferings = data.courses.filter((c) => byCourse.has(c.id)).length / data.courses.length;
    assert.ok(withOfferings > 0.85 && withOfferings < 0.95, `share with offerings ${withOfferings}`);
    for (const course of data.courses) {
      const own = byCourse.get(course.id) ?? [];
      assert.ok(own.length <= 3);
      assert.equal(course.seatsLeft, own.reduce((sum, o) => sum + o.seatsLeft, 0));
      assert.equal(course.startsOn, own.length ? own.map((o) => o.startsOn).sort()[0] : null);
      assert.equal(course.endsOn, own.length ? own.map((o) => o.endsOn).sort().at(-1) : null);
    }
    const courseIds = new Set(data.courses.map((c) => c.id));
    for (const o of data.offerings) assert.ok(courseIds.has(o.courseId));
  });

  it('keeps offerings coherent', () => {
    const today = '2026-05-10';
    for (const o of data.offerings) {
      assert.ok(o.startsOn <= o.endsOn);
      assert.ok(o.weekdays.includes(isoWeekday(o.startsOn)));
      assert.ok(o.startTime < o.endTime);
      assert.ok(o.capacity >= 15 && o.capacity <= 60 && o.seatsLeft <= o.capacity);
      if (o.status === 'full') assert.equal(o.seatsLeft, 0);
      if (o.status === 'open') assert.ok(o.seatsLeft > 0);
      assert.equal(o.status === 'closed', o.endsOn < today);
    }
    assert.ok(data.offerings.some((o) => o.startsOn < today) && data.offerings.some((o) => o.startsOn > today));
  });
});

describe('activities and registrations', () => {
  const byActivity = Map.groupBy(data.registrations, (r) => r.activityId);

  it('agree: seatsLeft, waitlistCount and waitlistOpen follow the registrations', () => {
    assert.ok(data.registrations.length <= 15_000);
    for (const a of data.activities) {
      const regs = byActivity.get(a.id) ?? [];
      const confirmed = regs.filter((r) => r.status === 'confirmed').length;
      const waitlisted = regs.filter((r) => r.status === 'waitlisted').length;
      const cap = data.waitlistCapacity[a.id];
      assert.ok(cap !== undefined && cap >= 1, `no waitlist capacity for ${a.id}`);
      assert.ok(confirmed <= a.capacity);
      assert.ok(waitlisted <= cap);
      assert.equal(a.seatsLeft, a.capacity - confirmed);
      assert.equal(a.waitlistCount, waitlisted);
      assert.equal(a.waitlistOpen, a.seatsLeft === 0 && waitlisted < cap);
      if (waitlisted > 0) assert.equal(a.seatsLeft, 0);
      assert.deepEqual(
        regs.map((r) => r.sequence),
        regs.map((_, i) => i + 1),
      );
      const firstWaitlisted = regs.findIndex((r) => r.status === 'waitlisted');
      if (firstWaitlisted >= 0) assert.equal(firstWaitlisted, confirmed);
      for (const r of regs) {
        assert.match(r.createdAt, OFFSET_TIMESTAMP);
        assert.ok(Date.parse(r.createdAt) < nowMs);
        assert.match(r.mobile, MOBILE);
        assert.match(r.id, /^reg_[A-Za-z0-9]{6,40}$/);
      }
    }
  });

  it('starts some activities full, with and without room on the waitlist', () => {
    const n = data.activities.length;
    const full = data.activities.filter((a) => a.seatsLeft === 0);
    const closed = full.filter((a) => !a.waitlistOpen);
    assert.ok(full.length - closed.length >= n * 0.07, `full with waitlist: ${full.length - closed.length}`);
    assert.ok(closed.length >= 3, `full with waitlist closed: ${closed.length}`);
    assert.ok(data.activities.some((a) => a.seatsLeft > 0 && a.seatsLeft < a.capacity));
  });

  it('keeps activities within their rules', () => {
    const magic = new Set<string>([MAGIC.tinyActivityId, MAGIC.fullActivityId]);
    for (const a of data.activities) {
      if (!magic.has(a.id)) assert.ok(a.capacity >= 10 && a.capacity <= 500, `${a.id} capacity ${a.capacity}`);
      const start = a.startsAt.slice(11, 16);
      const end = a.endsAt.slice(11, 16);
      const hours = (Date.parse(a.endsAt) - Date.parse(a.startsAt)) / 3_600_000;
      assert.ok(start >= '09:00' && end <= '21:00' && hours >= 1 && hours <= 4, `${a.id} ${start}–${end}`);
      if (a.requiresResidentId) assert.ok(a.residentIdPurpose && a.residentIdPurpose.length > 0);
    }
    const statuses = new Set(data.activities.map((a) => a.status));
    assert.ok(statuses.has('postponed') || statuses.has('cancelled'));
    const share = data.activities.filter((a) => a.requiresResidentId).length / data.activities.length;
    assert.ok(share > 0.04 && share < 0.2, `resident-ID share ${share}`);
    assert.ok(data.activities.some((a) => !a.registrationOpen));
  });
});

describe('magic values', () => {
  const find = (id: string) => data.activities.find((a) => a.id === id);

  it('has a full activity whose waitlist is full too', () => {
    const full = find(MAGIC.fullActivityId);
    assert.ok(full);
    assert.equal(full.capacity, 10);
    assert.equal(full.seatsLeft, 0);
    assert.equal(full.waitlistOpen, false);
    assert.equal(full.waitlistCount, data.waitlistCapacity[full.id]);
    assert.equal(data.registrations.filter((r) => r.activityId === full.id).length, 15);
    assert.equal(full.registrationOpen, true);
    assert.equal(full.status, 'scheduled');
  });

  it('has a tiny, empty activity far in the future', () => {
    const tiny = find(MAGIC.tinyActivityId);
    assert.ok(tiny);
    assert.equal(tiny.capacity, 2);
    assert.equal(tiny.seatsLeft, 2);
    assert.equal(data.waitlistCapacity[tiny.id], 3);
    assert.equal(data.registrations.filter((r) => r.activityId === tiny.id).length, 0);
    assert.ok(Date.parse(tiny.startsAt) > nowMs + 20 * 365 * 86_400_000);
    assert.equal(tiny.registrationOpen, true);
  });

  it('has a study tour that requires a resident ID number, with seats', () => {
    const tour = find(MAGIC.residentIdActivityId);
    assert.ok(tour);
    assert.equal(tour.kind, 'study_tour');
    assert.equal(tour.requiresResidentId, true);
    assert.ok(tour.residentIdPurpose);
    assert.ok(tour.seatsLeft > 0);
    assert.ok(Date.parse(tour.startsAt) > nowMs);
  });

  it('has the flaky course, with offerings', () => {
    const course = data.courses.find((c) => c.id === MAGIC.flakyCourseId);
    assert.ok(course);
    assert.ok(data.offerings.some((o) => o.courseId === course.id));
  });
});

describe('campaigns and learners', () => {
  it('has an open campaign and last year’s closed one', () => {
    const open = data.campaigns.find((c) => c.status === 'open');
    assert.ok(open);
    assert.ok(Date.parse(open.opensAt) < nowMs && Date.parse(open.closesAt) > nowMs + 30 * 86_400_000);
    assert.equal(open.limits.photoMaxBytes, 5 * 1024 * 1024);
    const closed = data.campaigns.find((c) => c.status === 'closed');
    assert.equal(closed?.year, 2025);
  });

  it('has 50 learners with valid, distinct resident IDs, including the always-rejected one', () => {
    assert.equal(data.learners.length, 50);
    assert.ok(data.learners.some((l) => l.residentId === MAGIC.rejectedLearnerResidentId));
    assert.equal(new Set(data.learners.map((l) => l.residentId)).size, 50);
    for (const learner of data.learners) {
      const result = validateResidentId(learner.residentId, { today: DEFAULT_SEED_NOW });
      assert.ok(result.ok, `${learner.residentId}: ${result.ok ? '' : result.reason}`);
      assert.match(learner.mobile, MOBILE);
      assert.match(learner.id, /^lrn_[A-Za-z0-9]{6,40}$/);
      assert.ok(learner.name.length >= 2);
    }
  });
});
