// Tests for the consistency of the seed: offerings and courses, seats and waitlists, magic values, learners.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MOBILE_PATTERN, validateResidentId } from '@learning-city/core';
import { OFFSET_TIMESTAMP } from '../../test/patterns.js';
import { MAGIC } from '../magic.js';
import { DEFAULT_SEED_NOW, generateSeed } from './index.js';
import { isoWeekday } from './time.js';

const data = generateSeed();
const nowMs = DEFAULT_SEED_NOW.getTime();

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
describe('courses and offerings', () => {
  it('derive seats and dates of courses from their offerings', () => {
    const byCourse = groupBy(data.offerings, (o) => o.courseId);
    const withOfferings = data.courses.filter((c) => byCourse.has(c.id)).length / data.courses.length;
    assert.ok(withOfferings > 0.85 && withOfferings < 0.95, `share with offerings ${withOfferings}`);
    for (const course of data.courses) {
      const own = byCourse.get(course.id) ?? [];
      assert.ok(own.length <= 3);
      assert.equal(
        course.seatsLeft,
        own.reduce((sum, o) => sum + o.seatsLeft, 0),
      );
      assert.equal(course.startsOn, own.length ? own.map((o) => o.startsOn).sort()[0] : null);
      assert.equal(
        course.endsOn,
        own.length
          ? own
              .map((o) => o.endsOn)
              .sort()
              .at(-1)
          : null,
      );
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
    assert.ok(
      data.offerings.some((o) => o.startsOn < today) && data.offerings.some((o) => o.startsOn > today),
    );
  });
});

describe('activities and registrations', () => {
  const byActivity = groupBy(data.registrations, (r) => r.activityId);

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
        assert.match(r.mobile, MOBILE_PATTERN);
        assert.match(r.id, /^reg_[A-Za-z0-9]{6,40}$/);
      }
    }
  });

  it('starts some activities full, with and without room on the waitlist', () => {
    const n = data.activities.length;
    const full = data.activities.filter((a) => a.seatsLeft === 0);
    const closed = full.filter((a) => !a.waitlistOpen);
    assert.ok(full.length - closed.length >= n * 0.05, `full with waitlist: ${full.length - closed.length}`);
    assert.ok(closed.length >= 3, `full with waitlist closed: ${closed.length}`);
    assert.ok(data.activities.some((a) => a.seatsLeft > 0 && a.seatsLeft < a.capacity));
  });

  it('keeps activities within their rules', () => {
    const magic = new Set<string>([MAGIC.tinyActivityId, MAGIC.fullActivityId]);
    for (const a of data.activities) {
      if (!magic.has(a.id))
        assert.ok(a.capacity >= 10 && a.capacity <= 500, `${a.id} capacity ${a.capacity}`);
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
      assert.match(learner.mobile, MOBILE_PATTERN);
      assert.match(learner.id, /^lrn_[A-Za-z0-9]{6,40}$/);
      assert.ok(learner.name.length >= 2);
    }
  });
});
