// The real core client against the real sandbox over HTTP: every resource, and each class of error.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import {
  AuthenticationError,
  ConflictError,
  ConnectionError,
  createClient,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseValidationError,
  TimeoutError,
  ServerError,
  ValidationError,
} from '@learning-city/core';
import { MAGIC } from '../src/magic.js';
import { generateSeed } from '../src/seed/index.js';
import {
  nominationBody,
  registrationBody,
  seedOf,
  submissionBody,
  TEST_DATABASE,
  TINY_PNG,
  useSandbox,
} from './harness.js';

const t = useSandbox();

describe(`contract: the core client against the sandbox (${TEST_DATABASE})`, () => {
  it('searches courses with filters and reads one with its offerings', async () => {
    const page = await t().pk.courses.list({ category: ['health'], mode: ['offline'], limit: 5 });
    assert.equal(page.data.length, 5);
    assert.ok(page.data.every((course) => course.category === 'health' && course.mode === 'offline'));
    const first = page.data[0];
    assert.ok(first);
    const detail = await t().pk.courses.get(first.id);
    assert.equal(detail.id, first.id);
    assert.ok(Array.isArray(detail.offerings));
  });

  it('matches q as a Chinese substring of title, summary or institution', async () => {
    const { data } = await t().pk.courses.list({ q: '书法', limit: 20 });
    assert.ok(data.length > 0);
    for (const course of data) {
      assert.ok(`${course.title}${course.summary}${course.institution.name}`.includes('书法'), course.title);
    }
  });

  it('walks every page with for await, without duplicates', async () => {
    const seen = new Set<string>();
    let pages = 0;
    for await (const page of t()
      .pk.courses.list({ category: ['heluo_culture'], limit: 100 })
      .pages()) {
      pages += 1;
      for (const course of page.data) {
        assert.ok(!seen.has(course.id), `duplicate ${course.id}`);
        seen.add(course.id);
      }
    }
    const facets = await t().pk.courses.facets({ category: ['heluo_culture'] });
    assert.ok(pages >= 3, `${pages} pages`);
    assert.equal(seen.size, facets.total);
  });

  it('keeps keyset order for every sort across pages', async () => {
    for (const sort of ['title', 'fee', 'starts_on', 'relevance'] as const) {
      const ids: string[] = [];
      const filters = { sort, q: '课', category: ['arts'], free: false };
      for await (const course of t().pk.courses.list({ ...filters, limit: 7 })) ids.push(course.id);
      const { data } = await t().pk.courses.list({ ...filters, limit: 100 });
      assert.ok(data.length > 7, sort);
      assert.deepEqual(
        ids.slice(0, data.length),
        data.map((course) => course.id),
        sort,
      );
      assert.equal(new Set(ids).size, ids.length, sort);
    }
  });

  it('counts facets disjunctively: a dimension ignores its own filter', async () => {
    const all = await t().pk.courses.facets({});
    const health = await t().pk.courses.facets({ category: ['health'] });
    assert.deepEqual(
      health.category.map((bucket) => bucket.count),
      all.category.map((bucket) => bucket.count),
    );
    assert.equal(health.total, all.category.find((bucket) => bucket.value === 'health')?.count);
    assert.equal(health.category.find((bucket) => bucket.value === 'health')?.label, '健康养生');
    assert.deepEqual(
      health.free.map((bucket) => bucket.label),
      ['免费', '收费'],
    );
    const paid = health.free.find((bucket) => bucket.value === 'false')?.count ?? 0;
    assert.equal((await t().pk.courses.facets({ category: ['health'], free: false })).total, paid);
  });

  it('lists activities of a week and reads one with live seats and its calendar', async () => {
    const page = await t().pk.activities.list({ limit: 10, available: true });
    assert.ok(page.data.length > 0);
    assert.ok(page.data.every((activity) => activity.seatsLeft > 0 || activity.waitlistOpen));
    const activity = await t().pk.activities.get(MAGIC.tinyActivityId);
    assert.equal(activity.capacity, 2);
    const ics = await t().pk.activities.calendar(MAGIC.tinyActivityId);
    assert.match(ics, /^BEGIN:VCALENDAR/);
    assert.match(ics, /BEGIN:VEVENT/);
  });

  it('serves a filtered iCalendar feed of activities', async () => {
    const response = await t().call('GET', '/activities.ics?kind=lecture', {
      key: t().sandbox.keys.publishable,
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/calendar; charset=utf-8');
    const lectures = (await t().pk.activities.list({ kind: ['lecture'], limit: 100 })).data.length;
    assert.equal(response.text.match(/BEGIN:VEVENT/g)?.length, lectures);
  });

  it('registers, reads with the token, and cancels', async () => {
    const activity = (await t().pk.activities.list({ available: true, limit: 50 })).data.find(
      (item) => !item.requiresResidentId && item.seatsLeft > 0,
    );
    assert.ok(activity);
    const created = await t().pk.registrations.create(activity.id, registrationBody(1));
    assert.equal(created.status, 'confirmed');
    assert.equal(created.nameMasked, '王*');
    assert.equal(created.mobileMasked, '139****0001');
    assert.ok(created.token);
    const read = await t().pk.registrations.get(created.id, created.token);
    assert.equal(read.token, undefined);
    const cancelled = await t().pk.registrations.cancel(created.id, created.token);
    assert.equal(cancelled.status, 'cancelled');
    assert.ok(cancelled.cancelledAt);
    await assert.rejects(t().pk.registrations.get(created.id, 'wrong-token-wrong-token'), NotFoundError);
  });

  it('registers for a course offering', async () => {
    const { data } = await t().pk.courses.list({ limit: 50 });
    const offering = (await Promise.all(data.slice(0, 10).map((course) => t().pk.courses.get(course.id))))
      .flatMap((course) => course.offerings)
      .find((item) => item.status === 'open' && item.seatsLeft > 0);
    assert.ok(offering);
    const registration = await t().pk.registrations.create(offering.id, registrationBody(2));
    assert.equal(registration.offeringId, offering.id);
    assert.equal(registration.status, 'confirmed');
    const course = await t().pk.courses.get(offering.courseId);
    assert.equal(course.offerings.find((item) => item.id === offering.id)?.seatsLeft, offering.seatsLeft - 1);
  });

  it('submits credits, lists them and reads a learner record', async () => {
    const submission = await t().sk.creditSubmissions.create(
      submissionBody('44010619850101001', { externalRef: 'c-1' }),
    );
    assert.equal(submission.status, 'submitted');
    assert.equal(
      submission.learner.residentIdMasked,
      '4401**********' + submission.learner.residentIdMasked.slice(-4),
    );
    assert.equal((await t().sk.creditSubmissions.get(submission.id)).id, submission.id);
    const listed = await t().sk.creditSubmissions.list({ externalRef: 'c-1' });
    assert.deepEqual(
      listed.data.map((item) => item.id),
      [submission.id],
    );
    const batch = await t().sk.creditSubmissions.createBatch([submissionBody('44010619850101002')]);
    assert.equal(batch.succeeded, 1);
    const record = await t().sk.learners.record(submission.learnerId);
    assert.deepEqual(record.totals, { hours: 0, credits: 0 });
  });

  it('lists campaigns, uploads a photo and nominates', async () => {
    const campaigns = await t().pk.nominationCampaigns.list({ status: 'open' });
    assert.ok(campaigns.data.length > 0);
    assert.ok(campaigns.data.every((campaign) => campaign.status === 'open'));
    const campaign = campaigns.data[0];
    assert.ok(campaign);
    const photo = await t().pk.nominations.uploadMedia({
      contentType: 'image/png',
      data: TINY_PNG,
      fileName: 'a.png',
    });
    assert.deepEqual([photo.width, photo.height], [1, 1]);
    const nomination = await t().pk.nominations.create(nominationBody(campaign.id, [photo.id]));
    assert.match(nomination.reference, new RegExp(`^BXS-${campaign.year}-\\d{6}$`));
    assert.equal(nomination.nominee.mobileMasked, '139****5678');
    assert.equal(nomination.media[0]?.mediaId, photo.id);
  });

  it('serves the OpenAPI document, and every operation in it', async (context) => {
    const response = await t().call('GET', '/openapi.json', { key: null });
    if (response.status === 503) return context.skip('core/openapi.json is not generated yet');
    assert.equal(response.status, 200);
    const document = response.body as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.match(document.openapi, /^3\.1/);
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const method of Object.keys(operations)) {
        const answer = await t().call(
          method.toUpperCase(),
          path.replaceAll('{id}', 'x'),
          method === 'post' ? { body: {} } : {},
        );
        const detail = (answer.body as { detail?: string }).detail ?? '';
        assert.ok(!detail.startsWith('No endpoint'), `${method} ${path} is not served`);
      }
    }
  });
});

describe(`contract: errors (${TEST_DATABASE})`, () => {
  it('AuthenticationError for an unknown key', async () => {
    const client = t().client({ apiKey: 'lc_pk_test_doesnotexist' });
    const error = await client.courses.list().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof AuthenticationError);
    assert.equal(error.code, 'unauthenticated');
    assert.match(error.requestId ?? '', /^req_/);
  });

  it('PermissionError for a publishable key on the credit bank', async () => {
    await assert.rejects(
      async () => t().pk.creditSubmissions.list(),
      (error) => {
        assert.ok(error instanceof PermissionError);
        assert.equal(error.code, 'forbidden');
        return true;
      },
    );
  });

  it('NotFoundError for an unknown course', async () => {
    await assert.rejects(t().pk.courses.get('crs_doesnotexist'), NotFoundError);
  });

  it('ConflictError activity_full for the magic full activity', async () => {
    await assert.rejects(t().pk.registrations.create(MAGIC.fullActivityId, registrationBody(3)), (error) => {
      assert.ok(error instanceof ConflictError);
      assert.equal(error.code, 'activity_full');
      return true;
    });
  });

  it('names the type that came for a wrong type, never the value itself', async () => {
    const response = await t().call('POST', `/activities/${MAGIC.tinyActivityId}/registrations`, {
      key: t().sandbox.keys.publishable,
      body: { ...registrationBody(5), name: 13800000000 },
    });
    assert.equal(response.status, 422);
    const { errors } = response.body as { errors: { path: string; code: string; message: string }[] };
    assert.deepEqual(errors, [
      { path: 'name', code: 'invalid_type', message: 'expected string, received number' },
    ]);
    assert.doesNotMatch(response.text, /13800000000/);
  });

  it('ValidationError with field paths for a bad mobile', async () => {
    await assert.rejects(
      t().pk.registrations.create(MAGIC.tinyActivityId, { ...registrationBody(4), mobile: '12345' }),
      (error) => {
        assert.ok(error instanceof ValidationError);
        assert.equal(error.code, 'validation_failed');
        assert.deepEqual(
          error.issues.map((item) => item.path),
          ['mobile'],
        );
        return true;
      },
    );
  });

  it('RateLimitError with Retry-After for the rate-limited key', async () => {
    const client = t().client({ apiKey: MAGIC.rateLimitedKey, maxRetries: 0 });
    await assert.rejects(
      async () => client.courses.list(),
      (error) => {
        assert.ok(error instanceof RateLimitError);
        assert.equal(error.retryAfter, 1);
        return true;
      },
    );
  });

  it('ResponseValidationError naming data.0.title for the malformed magic key', async () => {
    const client = t().client({ apiKey: MAGIC.malformedKey, maxRetries: 0 });
    await assert.rejects(
      async () => client.courses.list({ limit: 3 }),
      (error) => {
        assert.ok(error instanceof ResponseValidationError);
        assert.match(error.message, /data\.0\.title/);
        return true;
      },
    );
  });

  it('the slow magic key answers nothing within a short timeout (a widget stays loading)', async () => {
    const client = t().client({ apiKey: MAGIC.slowKey, maxRetries: 0, timeout: 300 });
    await assert.rejects(
      async () => client.courses.list({ limit: 1 }),
      (error) => error instanceof TimeoutError,
    );
  });

  it('ServerError for Sandbox-Fail', async () => {
    await assert.rejects(
      async () => t().pk.courses.list({}, { headers: { 'sandbox-fail': '502' } }),
      (error) => {
        assert.ok(error instanceof ServerError);
        assert.equal(error.status, 502);
        return true;
      },
    );
  });

  it('ConnectionError when nothing listens', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const client = createClient({
      baseUrl: `http://127.0.0.1:${port}`,
      apiKey: t().sandbox.keys.publishable,
      maxRetries: 0,
    });
    await assert.rejects(async () => client.courses.list(), ConnectionError);
  });
});

describe(`contract: the flaky course (${TEST_DATABASE})`, () => {
  // A sandbox of its own (holding just that course): its one 503 is still there whatever the tests above read.
  const seed = generateSeed();
  const fresh = useSandbox({
    seedData: seedOf({
      courses: seed.courses.filter((course) => course.id === MAGIC.flakyCourseId),
      offerings: seed.offerings.filter((offering) => offering.courseId === MAGIC.flakyCourseId),
    }),
  });

  it('answers the flaky course 503 with Retry-After once, then the course', async () => {
    const retryAfter: (string | null)[] = [];
    const noRetries = fresh().client({
      maxRetries: 0,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        retryAfter.push(response.headers.get('retry-after'));
        return response;
      },
    });
    await assert.rejects(noRetries.courses.get(MAGIC.flakyCourseId), (error) => {
      assert.ok(error instanceof ServerError);
      assert.equal(error.status, 503);
      assert.equal(error.code, 'unavailable');
      return true;
    });
    assert.deepEqual(retryAfter, ['1']);
    const client = fresh().client({ maxRetries: 2 });
    const course = await client.courses.get(MAGIC.flakyCourseId);
    assert.equal(course.id, MAGIC.flakyCourseId);
  });
});

describe(`HTTP conventions (${TEST_DATABASE})`, () => {
  it('refuses a secret key sent with an Origin header', async () => {
    const response = await t().call('GET', '/credit-submissions', {
      headers: { origin: 'https://museum.example.cn' },
    });
    assert.equal(response.status, 403);
    assert.equal((response.body as { code: string }).code, 'secret_key_in_browser');
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://museum.example.cn');
  });

  it('answers CORS preflights with 204 and the allowed headers', async () => {
    const response = await fetch(`${t().url}/v1/activities/${MAGIC.tinyActivityId}/registrations`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://museum.example.cn',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), 'https://museum.example.cn');
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /idempotency-key/);
    assert.match(response.headers.get('request-id') ?? '', /^req_/);
  });

  it('lets a page read with a publishable key and exposes Request-Id', async () => {
    const response = await t().call('GET', '/courses?limit=1', {
      key: t().sandbox.keys.publishable,
      headers: { origin: 'https://museum.example.cn' },
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('access-control-expose-headers') ?? '', /request-id/);
  });

  it('sends Request-Id on every response, errors included', async () => {
    const responses = await Promise.all([
      t().call('GET', '/health', { key: null }),
      t().call('GET', '/courses', { key: null }),
      t().call('GET', '/nope'),
      t().call('POST', '/credit-submissions', { body: '{not json' }),
      t().call('GET', '/courses?limit=500', { key: t().sandbox.keys.publishable }),
    ]);
    assert.deepEqual(
      responses.map((response) => response.status),
      [200, 401, 404, 400, 422],
    );
    for (const response of responses) {
      const id = response.headers.get('request-id') ?? '';
      assert.match(id, /^req_/);
      if (response.status >= 400) {
        assert.equal(response.headers.get('content-type'), 'application/problem+json');
        assert.equal((response.body as { requestId: string }).requestId, id);
      }
    }
    assert.equal((responses[4]?.body as { errors: { path: string }[] }).errors[0]?.path, 'limit');
  });

  it('answers an invalid cursor with 422 on `cursor`', async () => {
    const response = await t().call('GET', '/courses?cursor=bm9wZQ', { key: t().sandbox.keys.publishable });
    assert.equal(response.status, 422);
    assert.equal((response.body as { errors: { path: string }[] }).errors[0]?.path, 'cursor');
  });
});
