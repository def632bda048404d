// Idempotency-Key: the first response replayed, reuse refused, duplicates in flight and dropped connections.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient, type Registration } from '@learning-city/core';
import {
  createTestActivity,
  registrationBody,
  startTestSandbox,
  TEST_DATABASE,
  type TestSandbox,
} from './harness.js';

let t: TestSandbox;
before(async () => {
  t = await startTestSandbox();
});
after(() => t.close());

const pkPost = (path: string, body: unknown, key: string, headers: Record<string, string> = {}) =>
  t.call('POST', path, {
    key: t.sandbox.keys.publishable,
    body,
    headers: { 'idempotency-key': key, ...headers },
  });

async function countRegistrations(activityId: string): Promise<number> {
  const response = await t.call('GET', `/test-helpers/activities/${activityId}/registrations`);
  return (response.body as { data: Registration[] }).data.length;
}

describe(`idempotency (${TEST_DATABASE})`, () => {
  it('answers the first status and body again for the same key and body, and stores one registration', async () => {
    const activityId = await createTestActivity(t, { capacity: 10 });
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
    const activityId = await createTestActivity(t, { capacity: 10 });
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
    const first = await t.call('POST', '/test-helpers/activities', {
      body: { capacity: 3 },
      headers: { 'idempotency-key': 'per-key-1' },
    });
    const sameKeyOtherApiKey = await pkPost('/media', { contentType: 'image/png', data: '' }, 'per-key-1');
    assert.equal(first.status, 201);
    assert.equal(sameKeyOtherApiKey.status, 422);
  });

  it('replays a stored 4xx too: the same request gets the same answer', async () => {
    const activityId = await createTestActivity(t, { capacity: 10 });
    const path = `/activities/${activityId}/registrations`;
    const bad = { ...registrationBody(4), mobile: 'nope' };
    const first = await pkPost(path, bad, 'bad-1');
    const second = await pkPost(path, bad, 'bad-1');
    assert.equal(first.status, 422);
    assert.equal(second.text, first.text);
  });

  it('makes a concurrent duplicate wait for the first and answer the same registration', async () => {
    const activityId = await createTestActivity(t, { capacity: 10 });
    const path = `/activities/${activityId}/registrations`;
    const [slow, fast] = await Promise.all([
      pkPost(path, registrationBody(5), 'concurrent-1', { 'sandbox-latency': '300' }),
      pkPost(path, registrationBody(5), 'concurrent-1'),
      pkPost(path, registrationBody(5), 'concurrent-1'),
    ]);
    assert.equal(slow?.status, 201);
    assert.equal(fast?.text, slow?.text);
    assert.equal(await countRegistrations(activityId), 1);
  });

  it('creates one registration when the connection drops after the commit and the client retries', async () => {
    const activityId = await createTestActivity(t, { capacity: 10 });
    const client = createClient({ baseUrl: t.url, apiKey: t.sandbox.keys.publishable, maxRetries: 2 });
    const registration = await client.registrations.create(activityId, registrationBody(6), {
      headers: { 'sandbox-drop-after-commit': '1' },
    });
    assert.equal(registration.status, 'confirmed');
    assert.ok(registration.token);
    assert.equal(await countRegistrations(activityId), 1);
    assert.equal((await client.registrations.get(registration.id, registration.token)).id, registration.id);
  });

  it('fails only the first attempt of a key with Sandbox-Fail, so the retry succeeds once', async () => {
    const activityId = await createTestActivity(t, { capacity: 10 });
    const path = `/activities/${activityId}/registrations`;
    const failed = await pkPost(path, registrationBody(7), 'fail-1', { 'sandbox-fail': '503' });
    assert.equal(failed.status, 503);
    const retried = await pkPost(path, registrationBody(7), 'fail-1', { 'sandbox-fail': '503' });
    assert.equal(retried.status, 201);
    const client = createClient({ baseUrl: t.url, apiKey: t.sandbox.keys.publishable, maxRetries: 2 });
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
