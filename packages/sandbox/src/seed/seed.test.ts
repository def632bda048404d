// Tests for the seed generator: determinism, the given `now`, coverage, schema validity and unique IDs.
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
} from '@learning-city/core';
import { OFFSET_TIMESTAMP } from '../../test/patterns.js';
import { CITY_DISTRICTS } from './divisions.js';
import { DEFAULT_SEED_NOW, generateSeed } from './index.js';

const data = generateSeed();
const nowMs = DEFAULT_SEED_NOW.getTime();

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
    assert.ok(
      later.series.some((s) => s.title === '2027年北京市全民终身学习活动周' && s.startsOn > '2027-10-01'),
    );
    assert.equal(later.campaigns.find((c) => c.status === 'open')?.year, 2027);
    parseAll('activity', later.activities, Activity);
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
      assert.ok(
        c.audiences.length >= 1 &&
          c.audiences.length <= 3 &&
          new Set(c.audiences).size === c.audiences.length,
      );
    }
  });

  it('has ≥ 200 activities of every kind and the institutions of every kind in both cities', () => {
    assert.ok(data.activities.length >= 200);
    assert.deepEqual(new Set(data.activities.map((a) => a.kind)), new Set(ACTIVITY_KINDS));
    for (const city of ['beijing', 'luoyang'] as const) {
      const kinds = new Set(
        data.institutions.filter((i) => cityOf(i.divisionCode) === city).map((i) => i.kind),
      );
      assert.deepEqual(kinds, new Set(INSTITUTION_KINDS), city);
    }
    assert.ok(data.institutions.length >= 100 && data.institutions.length <= 140);
  });

  it('has both lifelong-learning weeks and a month-long reading festival, most activities in the weeks', () => {
    const weeks = data.series.filter((s) => s.title.includes('全民终身学习活动周'));
    assert.equal(weeks.length, 2);
    for (const week of weeks)
      assert.equal(Date.parse(week.endsOn) - Date.parse(week.startsOn), 6 * 86_400_000);
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
