// POST /v1/test-helpers/courses: a course with a chosen title, findable and readable like any seeded course.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CourseDetail } from '@learning-city/core';
import { useSandbox } from './harness.js';

const t = useSandbox();
const MARKUP = '<img src=x onerror=alert(1)> 课程</script>';

describe('POST /v1/test-helpers/courses', () => {
  it('creates a course titled with markup, copying a seeded course with fresh offerings; q finds it and GET reads it', async () => {
    const created = await t().call('POST', '/test-helpers/courses', {
      body: { title: MARKUP, summary: '标记测试摘要' },
      headers: { 'idempotency-key': 'course-markup-1' },
    });
    assert.equal(created.status, 201, created.text);
    const course = created.body as CourseDetail;
    assert.match(course.id, /^crs_/);
    assert.equal(course.title, MARKUP, 'the title is stored as given, not stripped or escaped');
    assert.equal(course.summary, '标记测试摘要');
    assert.ok(course.offerings.length > 0, 'the copy keeps its model’s offerings');
    assert.ok(course.offerings.some((offering) => offering.status === 'open'));

    // A copy of a seeded course: same category and institution, offerings with new IDs pointing at the copy.
    const [model] = await t().db.query<{ id: string }>(
      `SELECT id FROM courses WHERE category = $1 AND doc #>> '{institution,id}' = $2 AND id <> $3 LIMIT 1`,
      [course.category, course.institution.id, course.id],
    );
    assert.ok(model, 'a seeded course with the same institution and category exists');
    const seededOfferingIds = new Set(
      (await t().db.query<{ id: string }>('SELECT id FROM offerings WHERE course_id <> $1', [course.id])).map(
        (row) => row.id,
      ),
    );
    for (const offering of course.offerings) {
      assert.equal(offering.courseId, course.id);
      assert.ok(!seededOfferingIds.has(offering.id), `offering ${offering.id} has a fresh id`);
      assert.equal(offering.seatsLeft, offering.capacity, 'a fresh offering has every seat free');
    }

    const found = await t().pk.courses.list({ q: 'onerror=alert' });
    assert.deepEqual(
      found.data.map((item) => [item.id, item.title]),
      [[course.id, MARKUP]],
    );
    const read = await t().pk.courses.get(course.id);
    assert.equal(read.title, MARKUP);
    assert.deepEqual(
      read.offerings.map((offering) => offering.id),
      course.offerings.map((offering) => offering.id),
    );

    const replay = await t().call('POST', '/test-helpers/courses', {
      body: { title: MARKUP, summary: '标记测试摘要' },
      headers: { 'idempotency-key': 'course-markup-1' },
    });
    assert.equal(replay.status, 201);
    assert.equal(
      (replay.body as CourseDetail).id,
      course.id,
      'the same idempotency key replays, creating nothing',
    );
    const [{ count }] = (await t().db.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM courses WHERE title = $1`,
      [MARKUP],
    )) as [{ count: number }];
    assert.equal(count, 1);
  });

  it('rejects a title over the limit with 422 and creates nothing', async () => {
    const response = await t().call('POST', '/test-helpers/courses', { body: { title: 'x'.repeat(121) } });
    assert.equal(response.status, 422, response.text);
    const rows = await t().db.query(`SELECT 1 FROM courses WHERE title = $1`, ['x'.repeat(121)]);
    assert.equal(rows.length, 0);
  });

  it('answers 403 to a publishable key and creates nothing', async () => {
    const before = await t().db.query<{ count: number }>('SELECT count(*)::int AS count FROM courses');
    const response = await t().call('POST', '/test-helpers/courses', {
      key: t().sandbox.keys.publishable,
      body: { title: 'publishable' },
    });
    assert.equal(response.status, 403, response.text);
    const after = await t().db.query<{ count: number }>('SELECT count(*)::int AS count FROM courses');
    assert.deepEqual(after, before);
  });
});
