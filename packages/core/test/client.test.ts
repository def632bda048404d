// The client against a real HTTP server on 127.0.0.1: errors, retries, idempotency, pagination, validation.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  createClient,
  LearningCityError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  ResponseValidationError,
  ServerError,
  TimeoutError,
  ValidationError,
  type ClientOptions,
} from '../src/index.js';
import { course, coursePage, registration } from './fixtures.js';
import { json, problem, startTestServer, type TestServer } from './http-server.js';

const PK = 'lc_pk_test_abc123';
const SK = 'lc_sk_test_def456';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

function client(options: Partial<ClientOptions> = {}) {
  return createClient({ baseUrl: server.url, apiKey: PK, maxRetries: 0, ...options });
}

const registrationBody = { name: '王芳', mobile: '13800000000', consents: { privacyNotice: true as const } };

/** What `promise` rejects with; fails the test when it resolves. */
function rejectionOf(promise: PromiseLike<unknown>): Promise<unknown> {
  return Promise.resolve(promise).then(
    () => assert.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('error classes', () => {
  const cases = [
    [400, 'bad_request', BadRequestError],
    [401, 'unauthenticated', AuthenticationError],
    [403, 'forbidden', PermissionError],
    [404, 'not_found', NotFoundError],
    [409, 'activity_full', ConflictError],
    [422, 'validation_failed', ValidationError],
    [429, 'rate_limited', RateLimitError],
    [500, 'server_error', ServerError],
    [503, 'unavailable', ServerError],
  ] as const;
  for (const [status, code, ErrorClass] of cases) {
    it(`maps ${status} to ${ErrorClass.name} with status, requestId, problem and cause`, async () => {
      server.handle((_req, res) => json(res, status, problem(status, code)));
      const error = await rejectionOf(client().courses.get('crs_test0001'));
      assert.ok(error instanceof ErrorClass, `got ${String(error)}`);
      assert.ok(error instanceof LearningCityError);
      assert.equal(error.status, status);
      assert.equal(error.requestId, `req_test${status}`);
      assert.equal(error.problem?.code, code);
      assert.equal(error.code, code);
      assert.ok(error.cause, 'keeps the original error as cause');
      assert.match(error.message, new RegExp(`${status}`));
    });
  }

  it('gives a ValidationError its field issues', async () => {
    server.handle((_req, res) =>
      json(
        res,
        422,
        problem(422, 'validation_failed', {
          errors: [{ path: 'mobile', code: 'mobile.format', message: 'bad mobile' }],
        }),
      ),
    );
    const error = await client()
      .registrations.create('act_test0001', registrationBody)
      .catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.deepEqual(error.issues, [{ path: 'mobile', code: 'mobile.format', message: 'bad mobile' }]);
  });

  it('still picks the class by status when the body is not problem+json (a proxy page)', async () => {
    server.handle((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>Bad gateway</html>');
    });
    const error = await client()
      .courses.get('crs_test0001')
      .catch((e: unknown) => e);
    assert.ok(error instanceof ServerError);
    assert.equal(error.status, 502);
    assert.equal(error.problem, undefined);
  });

  it('reads Retry-After into RateLimitError.retryAfter once retries are spent', async () => {
    server.handle((_req, res) => json(res, 429, problem(429, 'rate_limited'), { 'retry-after': '0' }));
    const error = await client({ maxRetries: 1 })
      .courses.get('crs_test0001')
      .catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitError);
    assert.equal(error.retryAfter, 0);
    assert.equal(server.requests.length, 2, 'one retry');
  });

  it('throws ConnectionError when nothing listens', async () => {
    const gone = await startTestServer();
    await gone.close();
    const error = await createClient({ baseUrl: gone.url, apiKey: PK, maxRetries: 0 })
      .courses.get('crs_test0001')
      .catch((e: unknown) => e);
    assert.ok(error instanceof ConnectionError, String(error));
    assert.equal(error.status, undefined);
  });

  it('throws TimeoutError when the server does not answer in time', async () => {
    server.handle(() => new Promise(() => undefined));
    const error = await client({ timeout: 150 })
      .courses.get('crs_test0001')
      .catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError, String(error));
  });
});

describe('retries', () => {
  it('retries a 503 after the Retry-After it names, then succeeds', async () => {
    server.handle((_req, res, attempt) =>
      attempt === 1
        ? json(res, 503, problem(503, 'unavailable'), { 'retry-after': '1' })
        : json(res, 200, { ...course(1), offerings: [] }),
    );
    const started = Date.now();
    const result = await client({ maxRetries: 2 }).courses.get('crs_test0001');
    const waited = Date.now() - started;
    assert.equal(result.id, 'crs_test0001');
    assert.equal(server.requests.length, 2);
    assert.ok(waited >= 950, `waited ${waited} ms, Retry-After asked for 1000`);
  });

  it('caps a long Retry-After at maxRetryAfter', async () => {
    server.handle((_req, res, attempt) =>
      attempt === 1
        ? json(res, 429, problem(429, 'rate_limited'), { 'retry-after': '3600' })
        : json(res, 200, { ...course(1), offerings: [] }),
    );
    const started = Date.now();
    await client({ maxRetries: 1, maxRetryAfter: 200 }).courses.get('crs_test0001');
    assert.ok(Date.now() - started < 2000, 'did not wait an hour');
    assert.equal(server.requests.length, 2);
  });

  it('never retries a 409 (full, or key reused)', async () => {
    server.handle((_req, res) => json(res, 409, problem(409, 'activity_full')));
    await assert.rejects(
      client({ maxRetries: 2 }).registrations.create('act_test0001', registrationBody),
      ConflictError,
    );
    assert.equal(server.requests.length, 1);
  });

  it('sends the same Idempotency-Key on every attempt of a POST', async () => {
    server.handle((_req, res, attempt) =>
      attempt < 3 ? json(res, 503, problem(503, 'unavailable')) : json(res, 201, registration()),
    );
    await client({ maxRetries: 2 }).registrations.create('act_test0001', registrationBody);
    const keys = server.requests.map((r) => r.headers['idempotency-key']);
    assert.equal(keys.length, 3);
    assert.match(String(keys[0]), /^[0-9a-f-]{36}$/);
    assert.equal(new Set(keys).size, 1, `keys differ: ${keys.join(', ')}`);
  });

  it('uses a fresh key per call and the caller’s key when given', async () => {
    server.handle((_req, res) => json(res, 201, registration()));
    const lc = client();
    await lc.registrations.create('act_test0001', registrationBody);
    await lc.registrations.create('act_test0001', registrationBody);
    await lc.registrations.create('act_test0001', registrationBody, { idempotencyKey: 'row-42-abc' });
    const keys = server.requests.map((r) => r.headers['idempotency-key']);
    assert.notEqual(keys[0], keys[1]);
    assert.equal(keys[2], 'row-42-abc');
  });

  it('retries a POST whose connection dropped after the server stored it, without a second record', async () => {
    // The server keeps registrations by idempotency key, as the platform does.
    const stored = new Map<string, ReturnType<typeof registration>>();
    server.handle((req, res) => {
      const key = String(req.headers['idempotency-key']);
      const firstTime = !stored.has(key);
      if (firstTime)
        stored.set(key, registration({ id: `reg_test${String(stored.size + 1).padStart(4, '0')}` }));
      if (firstTime) {
        res.socket?.destroy(); // processed, but the answer never arrives
        return;
      }
      json(res, 201, stored.get(key));
    });
    const result = await client({ maxRetries: 2 }).registrations.create('act_test0001', registrationBody);
    assert.equal(server.requests.length, 2, 'one retry');
    assert.equal(stored.size, 1, 'the server holds exactly one registration');
    assert.equal(result.id, 'reg_test0001');
  });
});

describe('lists', () => {
  function threePages() {
    server.handle((req, res) => {
      const cursor = new URL(req.url, server.url).searchParams.get('cursor');
      if (cursor === null) json(res, 200, coursePage(1, 3, 'p2'));
      else if (cursor === 'p2') json(res, 200, coursePage(4, 3, 'p3'));
      else json(res, 200, coursePage(7, 2, null));
    });
  }

  it('awaits to the first page', async () => {
    threePages();
    const page = await client().courses.list({ q: '太极' });
    assert.equal(page.data.length, 3);
    assert.equal(page.nextCursor, 'p2');
    assert.equal(server.requests.length, 1);
  });

  it('iterates every item across 3 pages with for await', async () => {
    threePages();
    const ids: string[] = [];
    for await (const item of client().courses.list({ limit: 3 })) ids.push(item.id);
    assert.deepEqual(
      ids,
      Array.from({ length: 8 }, (_, i) => `crs_test${String(i + 1).padStart(4, '0')}`),
    );
    assert.equal(server.requests.length, 3);
  });

  it('walks pages with .pages()', async () => {
    threePages();
    const sizes: number[] = [];
    for await (const page of client().courses.list().pages()) sizes.push(page.data.length);
    assert.deepEqual(sizes, [3, 3, 2]);
  });

  it('serialises filters: arrays as comma lists, undefined left out', async () => {
    server.handle((_req, res) => json(res, 200, coursePage(1, 0, null)));
    await client().courses.list({
      q: '书法',
      category: ['arts', 'heluo_culture'],
      free: true,
      to: undefined,
    });
    const url = new URL(server.requests[0]!.url, server.url);
    assert.equal(url.pathname, '/v1/courses');
    assert.equal(url.searchParams.get('q'), '书法');
    assert.equal(url.searchParams.get('category'), 'arts,heluo_culture');
    assert.equal(url.searchParams.get('free'), 'true');
    assert.equal(url.searchParams.has('to'), false);
  });
});

describe('responses and requests', () => {
  it('throws ResponseValidationError naming the failing path', async () => {
    const page = coursePage(1, 5, null) as { data: Record<string, unknown>[] };
    page.data[3]!.title = 42;
    server.handle((_req, res) => json(res, 200, page));
    const error = await rejectionOf(client().courses.list());
    assert.ok(error instanceof ResponseValidationError);
    assert.equal(error.path, 'data.3.title');
    assert.match(error.message, /data\.3\.title/);
    assert.match(error.message, /expected string, received number/, 'names the type the body held there');
    assert.equal(error.issues[0]?.message, 'expected string, received number');
    assert.equal(error.requestId, 'req_test200');
  });

  it('tells a null field of a response from a missing one (zod/mini leaves values out of its issues)', async () => {
    const page = coursePage(1, 2, null) as { data: Record<string, unknown>[] };
    delete page.data[0]!.title;
    page.data[1]!.hours = null;
    server.handle((_req, res) => json(res, 200, page));
    const error = await rejectionOf(client().courses.list());
    assert.ok(error instanceof ResponseValidationError);
    assert.deepEqual(
      error.issues.map(({ path, message }) => [path, message]),
      [
        ['data.0.title', 'expected string, received undefined'],
        ['data.1.hours', 'expected number, received null'],
      ],
    );
  });

  it('lets unknown extra fields through, so a newer server does not break an old client', async () => {
    server.handle((_req, res) =>
      json(res, 200, { ...course(1), offerings: [], newField: 'from the future' }),
    );
    const result = await client().courses.get('crs_test0001');
    assert.equal(result.id, 'crs_test0001');
  });

  it('sends the key as a bearer token and the registration token as a header', async () => {
    server.handle((_req, res) => json(res, 200, registration({ token: undefined })));
    await client().registrations.get('reg_test0001', 'rtok_secret_value_1');
    const headers = server.requests[0]!.headers;
    assert.equal(headers.authorization, `Bearer ${PK}`);
    assert.equal(headers['registration-token'], 'rtok_secret_value_1');
  });

  it('aborts a call when its signal fires', async () => {
    server.handle(() => new Promise(() => undefined));
    const controller = new AbortController();
    const pending = client({ maxRetries: 2 }).courses.get('crs_test0001', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const error = await pending.catch((e: unknown) => e);
    assert.ok(error instanceof AbortError, String(error));
    assert.ok(Date.now() - started < 1000);
    assert.equal(server.requests.length, 1, 'an aborted call is not retried');
  });

  it('accepts a secret key in Node', () => {
    assert.doesNotThrow(() => createClient({ baseUrl: server.url, apiKey: SK }));
  });

  it('refuses a malformed key or base URL with a message saying what is expected', () => {
    assert.throws(() => createClient({ baseUrl: server.url, apiKey: 'sk_live_123' }), /lc_pk_test_/);
    assert.throws(() => createClient({ baseUrl: 'api.example.cn', apiKey: PK }), /baseUrl/);
  });

  it('accepts a base URL ending in /v1 (as `npm start` prints it) without calling /v1/v1', async () => {
    server.handle((_req, res) => json(res, 200, coursePage(1, 1, null)));
    for (const suffix of ['/v1', '/v1/']) {
      await client({ baseUrl: server.url + suffix }).courses.list();
      assert.equal(server.requests.at(-1)?.url, '/v1/courses', suffix);
    }
  });

  it('refuses a base URL carrying a password, without repeating it', () => {
    const baseUrl = server.url.replace('http://', 'http://admin:hunter2@');
    assert.throws(
      () => createClient({ baseUrl, apiKey: PK }),
      (error: unknown) =>
        error instanceof LearningCityError &&
        /user name or password/.test(error.message) &&
        !error.message.includes('hunter2'),
    );
  });

  it('logs without the key or personal data', async () => {
    const lines: string[] = [];
    const logger = {
      debug: (m: string, f?: Record<string, unknown>) => lines.push(m + JSON.stringify(f)),
      warn: (m: string, f?: Record<string, unknown>) => lines.push(m + JSON.stringify(f)),
    };
    server.handle((_req, res, attempt) =>
      attempt === 1
        ? json(res, 503, problem(503, 'unavailable', { detail: 'mobile 13812345678 id 11010519491231002X' }))
        : json(res, 201, registration()),
    );
    await createClient({ baseUrl: server.url, apiKey: SK, maxRetries: 1, logger }).registrations.create(
      'act_test0001',
      { ...registrationBody, mobile: '13812345678', residentId: '11010519491231002X' },
    );
    const all = lines.join('\n');
    assert.ok(lines.length >= 2, all);
    assert.doesNotMatch(all, /def456/);
    assert.doesNotMatch(all, /13812345678/);
    assert.doesNotMatch(all, /11010519491231002X/);
  });
});
