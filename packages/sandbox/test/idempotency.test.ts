// Idempotency-Key: the first response replayed and sealed, reuse refused, duplicates in flight, stale claims
// taken over, and dropped connections.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { createClient, type Registration } from '@learning-city/core';
import { MAGIC } from '../src/magic.js';
import {
  createTestActivity,
  registrationBody,
  registrationsOf,
  TEST_DATABASE,
  useSandbox,
} from './harness.js';

const t = useSandbox();

const pkPost = (path: string, body: unknown, key: string, headers: Record<string, string> = {}) =>
  t().call('POST', path, {
    key: t().sandbox.keys.publishable,
    body,
    headers: { 'idempotency-key': key, ...headers },
  });

const countRegistrations = async (activityId: string) => (await registrationsOf(t(), activityId)).length;

/** The database files an Idempotency-Key's record under the key's SHA-256. */
const keyHash = (key: string) => createHash('sha256').update(key).digest('hex');

async function storedRecord(key: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await t().db.query('SELECT * FROM idempotency_keys WHERE key_hash = $1', [keyHash(key)]);
  return row;
}

describe(`idempotency (${TEST_DATABASE})`, () => {
  it('answers the first status and body again for the same key and body, and stores one registration', async () => {
    const activityId = await createTestActivity(t(), { capacity: 10 });
    const path = `/activities/${activityId}/registrations`;
    const first = await pkPost(path, registrationBody(1), 'replay-1');
    // The same body with its keys in another order is the same request.
    const { consents, ...rest } = registrationBody(1);
    const second = await pkPost(path, { consents, ...rest }, 'replay-1');
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.text, first.text);
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.equal(first.headers.get('idempotent-replayed'), null);
    assert.notEqual(second.headers.get('request-id'), first.headers.get('request-id'));
    assert.equal(await countRegistrations(activityId), 1);
  });

  it('answers 409 idempotency_key_reused for the same key with another body or path', async () => {
    const activityId = await createTestActivity(t(), { capacity: 10 });
    const path = `/activities/${activityId}/registrations`;
    assert.equal((await pkPost(path, registrationBody(2), 'reuse-1')).status, 201);
    const otherBody = await pkPost(path, registrationBody(3), 'reuse-1');
    assert.equal(otherBody.status, 409);
    assert.equal((otherBody.body as { code: string }).code, 'idempotency_key_reused');
    const otherPath = await pkPost('/media', { contentType: 'image/png', data: '' }, 'reuse-1');
    assert.equal(otherPath.status, 409);
    assert.equal(await countRegistrations(activityId), 1);
  });

  it('keys are per API key', async () => {
    const first = await t().call('POST', '/test-helpers/activities', {
      body: { capacity: 3 },
      headers: { 'idempotency-key': 'per-key-1' },
    });
    const sameKeyOtherApiKey = await pkPost('/media', { contentType: 'image/png', data: '' }, 'per-key-1');
    assert.equal(first.status, 201);
    assert.equal(sameKeyOtherApiKey.status, 422);
  });

  it('replays a stored 4xx too: the same request gets the same answer', async () => {
    const activityId = await createTestActivity(t(), { capacity: 10 });
    const path = `/activities/${activityId}/registrations`;
    const bad = { ...registrationBody(4), mobile: 'nope' };
    const first = await pkPost(path, bad, 'bad-1');
    const second = await pkPost(path, bad, 'bad-1');
    assert.equal(first.status, 422);
    assert.equal(second.text, first.text);
  });

  it('makes a concurrent duplicate wait for the first and answer the same registration', async () => {
    const activityId = await createTestActivity(t(), { capacity: 10 });
    const path = `/activities/${activityId}/registrations`;
    // The slow request claims the key first, then waits its Sandbox-Latency while holding the claim.
    const slowRequest = pkPost(path, registrationBody(5), 'concurrent-1', { 'sandbox-latency': '1000' });
    while ((await storedRecord('concurrent-1')) === undefined) await delay(5);
    const sent = performance.now();
    const timed = async () => {
      const response = await pkPost(path, registrationBody(5), 'concurrent-1');
      return { response, waitedMs: performance.now() - sent };
    };
    const [slow, ...duplicates] = await Promise.all([slowRequest, timed(), timed()]);
    const fast = duplicates[0]?.response;
    assert.equal(slow?.status, 201);
    assert.equal(fast?.text, slow?.text);
    assert.equal(slow.headers.get('idempotent-replayed'), null);
    for (const duplicate of duplicates) {
      assert.equal(duplicate.response.status, 201);
      assert.equal(duplicate.response.text, slow.text);
      assert.equal(duplicate.response.headers.get('idempotent-replayed'), 'true');
      assert.ok(duplicate.waitedMs >= 500, `the duplicate answered after ${duplicate.waitedMs} ms`);
    }
    assert.equal(await countRegistrations(activityId), 1);
  });

  it('keeps the stored response sealed: no token in the row, and a replay still answers it', async () => {
    const activityId = await createTestActivity(t(), { capacity: 10 });
    const path = `/activities/${activityId}/registrations`;
    const first = await pkPost(path, registrationBody(9), 'sealed-1');
    const { token } = first.body as Registration;
    assert.ok(token);
    const row = await storedRecord('sealed-1');
    assert.ok(row);
    const sealed = Buffer.from(row.response_sealed as Uint8Array);
    assert.ok(sealed.length > 0);
    const raw = [
      JSON.stringify({ ...row, response_sealed: undefined }),
      sealed.toString('latin1'),
      sealed.toString('hex'),
      sealed.toString('base64'),
    ].join('\n');
    for (const secret of [token, 'sealed-1', '13900000009', registrationBody(9).name]) {
      assert.ok(!raw.includes(secret), `${secret} is stored in the clear`);
    }
    const replayed = await pkPost(path, registrationBody(9), 'sealed-1');
    assert.equal(replayed.headers.get('idempotent-replayed'), 'true');
    assert.equal((replayed.body as Registration).token, token);
    assert.equal(replayed.text, first.text);
  });

  it('takes over a claim left unfinished for over 30 s instead of waiting for it', async () => {
    const activityId = await createTestActivity(t(), { capacity: 10 });
    const path = `/activities/${activityId}/registrations`;
    assert.equal((await pkPost(path, registrationBody(10), 'stale-1')).status, 201);
    // As if that request had claimed the key a minute ago and died before storing its response.
    await t().db.query(
      `UPDATE idempotency_keys SET status = NULL, response_sealed = NULL, claimed_at = now() - interval '1 minute'
       WHERE key_hash = $1`,
      [keyHash('stale-1')],
    );
    const started = performance.now();
    const retried = await pkPost(path, registrationBody(10), 'stale-1');
    assert.equal(retried.status, 201);
    assert.equal(retried.headers.get('idempotent-replayed'), null);
    assert.ok(performance.now() - started < 10_000);
    const again = await pkPost(path, registrationBody(10), 'stale-1');
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.text, retried.text);
    // The lost request's work was done before it died: taking over runs the request again.
    assert.equal(await countRegistrations(activityId), 2);
  });

  it('creates one registration when the connection drops after the commit and the client retries', async () => {
    const activityId = await createTestActivity(t(), { capacity: 10 });
    const client = createClient({ baseUrl: t().url, apiKey: t().sandbox.keys.publishable, maxRetries: 2 });
    const registration = await client.registrations.create(activityId, registrationBody(6), {
      headers: { [MAGIC.dropAfterCommitHeader]: '1' },
    });
    assert.equal(registration.status, 'confirmed');
    assert.ok(registration.token);
    assert.equal(await countRegistrations(activityId), 1);
    assert.equal((await client.registrations.get(registration.id, registration.token)).id, registration.id);
  });

  it('fails only the first attempt of a key with Sandbox-Fail, so the retry succeeds once', async () => {
    const activityId = await createTestActivity(t(), { capacity: 10 });
    const path = `/activities/${activityId}/registrations`;
    const failed = await pkPost(path, registrationBody(7), 'fail-1', { 'sandbox-fail': '503' });
    assert.equal(failed.status, 503);
    const retried = await pkPost(path, registrationBody(7), 'fail-1', { 'sandbox-fail': '503' });
    assert.equal(retried.status, 201);
    const client = createClient({ baseUrl: t().url, apiKey: t().sandbox.keys.publishable, maxRetries: 2 });
    await client.registrations.create(activityId, registrationBody(8), {
      headers: { 'sandbox-fail': '500' },
    });
    assert.equal(await countRegistrations(activityId), 2);
  });

  it('refuses an over-long key', async () => {
    const response = await pkPost('/media', {}, 'k'.repeat(256));
    assert.equal(response.status, 400);
  });
});
