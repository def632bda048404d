// The client against a real sandbox on 127.0.0.1 (PGlite), secret key: the credit bank, and what a refused
// request tells the caller.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type Sandbox } from '@learning-city/sandbox';
import {
  ConflictError,
  createClient,
  NotFoundError,
  ValidationError,
  type LearningCityClient,
} from '../src/index.js';

let sandbox: Sandbox;
let lc: LearningCityClient;
before(async () => {
  sandbox = await startSandbox({ port: 0 });
  lc = createClient({ baseUrl: sandbox.url, apiKey: sandbox.keys.secret, maxRetries: 0 });
});
after(() => sandbox?.close());

/** A fresh submission moved to `needs_info` by the sandbox's reviewer helper. */
async function submissionNeedingInfo(ref: string) {
  const created = await lc.creditSubmissions.create({
    learner: { name: '李强', residentId: '11010519491231002X' },
    outcome: {
      type: 'non_academic',
      title: '1+X 网店运营推广（中级）',
      issuer: '北京市职业技能鉴定中心',
      achievedOn: '2026-06-30',
      hours: 64,
      credits: 4,
    },
    externalRef: ref,
  });
  const review = await fetch(`${sandbox.url}/v1/test-helpers/credit-submissions/${created.id}/review`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sandbox.keys.secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ decision: 'needs_info', reason: '请补充证书扫描件' }),
  });
  assert.equal(review.status, 200, await review.clone().text());
  return created.id;
}

describe('creditSubmissions.resubmit', () => {
  it('sends a needs_info submission back to review, keeping its outcome', async () => {
    const id = await submissionNeedingInfo('resubmit-1');
    assert.equal((await lc.creditSubmissions.get(id)).status, 'needs_info');
    const resubmitted = await lc.creditSubmissions.resubmit(id);
    assert.equal(resubmitted.id, id);
    assert.equal(resubmitted.status, 'submitted');
    assert.equal(resubmitted.outcome.title, '1+X 网店运营推广（中级）');
    assert.equal((await lc.creditSubmissions.get(id)).status, 'submitted', 'the platform stored it');
  });

  it('answers the first result to a double click with the same Idempotency-Key, not a conflict', async () => {
    const id = await submissionNeedingInfo('resubmit-2');
    const first = await lc.creditSubmissions.resubmit(id, { idempotencyKey: `resubmit-${id}` });
    const again = await lc.creditSubmissions.resubmit(id, { idempotencyKey: `resubmit-${id}` });
    assert.deepEqual(again, first);
    assert.equal(again.status, 'submitted');
  });

  it('refuses a submission that is not needs_info with ConflictError invalid_state, leaving it as it was', async () => {
    const id = await submissionNeedingInfo('resubmit-3');
    await lc.creditSubmissions.resubmit(id);
    const error = await lc.creditSubmissions.resubmit(id).catch((e: unknown) => e);
    assert.ok(error instanceof ConflictError, String(error));
    assert.equal(error.code, 'invalid_state');
    assert.equal((await lc.creditSubmissions.get(id)).status, 'submitted');
  });

  it('answers NotFoundError for an unknown ID', async () => {
    const error = await lc.creditSubmissions.resubmit('sub_doesnotexist').catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundError, String(error));
    assert.equal(error.status, 404);
  });
});

describe('what a refused request says', () => {
  /** The error a call rejects with. */
  async function refusal(call: () => PromiseLike<unknown>): Promise<ValidationError> {
    const error = await Promise.resolve()
      .then(call)
      .then(
        () => assert.fail('expected a rejection'),
        (e: unknown) => e,
      );
    assert.ok(error instanceof ValidationError, String(error));
    return error;
  }

  it('names the bound, the choices and the format instead of "Invalid input"', async () => {
    assert.match(
      (await refusal(() => lc.courses.list({ limit: 500 }))).message,
      /limit: must be at most 100/,
    );
    const sort = await refusal(() => lc.courses.list({ sort: 'nope' as 'title' }));
    assert.match(sort.message, /sort: expected one of "relevance", "starts_on", "title", "fee"/);
    const submission = await refusal(() =>
      lc.creditSubmissions.create({
        learner: { name: '李强', residentId: '1101051949' },
        outcome: {
          type: 'non_academic',
          title: '证书',
          issuer: '机构',
          achievedOn: '2026/01/05',
          hours: 1,
          credits: 1,
        },
      }),
    );
    assert.deepEqual(
      submission.issues.map(({ path, message }) => [path, message]),
      [
        ['learner.residentId', 'expected an 18-character resident ID number: 17 digits, then a digit or X'],
        ['outcome.achievedOn', 'expected a date YYYY-MM-DD, e.g. 2026-01-05'],
      ],
    );
    assert.doesNotMatch(submission.message, /Invalid input/);
    assert.equal(
      (await lc.creditSubmissions.list({ limit: 100 })).data.some((s) => s.outcome.title === '证书'),
      false,
      'nothing was stored',
    );
  });

  it('refuses an outcome dated before the learner’s birth, and stores nothing', async () => {
    const error = await refusal(() =>
      lc.creditSubmissions.create({
        learner: { name: '李强', residentId: '11010519491231002X' }, // born 1949-12-31
        outcome: {
          type: 'informal',
          title: '社区书法班结业',
          issuer: '海淀区社区学院',
          achievedOn: '1949-01-05',
          hours: 10,
          credits: 1,
        },
        externalRef: 'before-birth',
      }),
    );
    assert.deepEqual(
      error.issues.map(({ path }) => path),
      ['outcome.achievedOn'],
    );
    assert.match(error.message, /date of birth/);
    assert.doesNotMatch(error.message, /1949/, 'the date of birth is personal data');
    assert.equal((await lc.creditSubmissions.list({ externalRef: 'before-birth' })).data.length, 0);
  });

  it('refuses a title with an escape sequence, and stores nothing', async () => {
    const error = await refusal(() =>
      lc.creditSubmissions.create({
        learner: { name: '李强', residentId: '11010519491231002X' },
        outcome: {
          type: 'non_academic',
          title: '证书\u001b]0;owned\u0007',
          issuer: '机构',
          achievedOn: '2026-01-05',
          hours: 1,
          credits: 1,
        },
        externalRef: 'control-chars',
      }),
    );
    assert.match(error.message, /outcome\.title: The text contains invisible control characters/);
    assert.equal((await lc.creditSubmissions.list({ externalRef: 'control-chars' })).data.length, 0);
  });
});
