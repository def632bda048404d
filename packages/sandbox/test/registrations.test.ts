// Seats under concurrency: never oversold, a FIFO waitlist numbered 1..n, and promotion on cancellation.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConflictError, type Registration } from '@learning-city/core';
import {
  createTestActivity,
  registrationBody,
  registrationsOf,
  residentId,
  TEST_DATABASE,
  useSandbox,
} from './harness.js';

const t = useSandbox();

describe(`registrations (${TEST_DATABASE})`, () => {
  it('confirms 50 and waitlists 150 (positions 1–150) of 200 simultaneous registrations for 50 seats', async () => {
    const activityId = await createTestActivity(t(), { capacity: 50, waitlistCapacity: 150 });
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        t().pk.registrations.create(activityId, registrationBody(1000 + i)),
      ),
    );
    const confirmed = results.filter((result) => result.status === 'confirmed');
    const waitlisted = results.filter((result) => result.status === 'waitlisted');
    assert.equal(confirmed.length, 50);
    assert.equal(waitlisted.length, 150);
    const positions = waitlisted.map((result) => result.waitlistPosition ?? 0).sort((a, b) => a - b);
    assert.deepEqual(
      positions,
      Array.from({ length: 150 }, (_, i) => i + 1),
    );
    assert.ok(confirmed.every((result) => result.waitlistPosition === null));

    const stored = await registrationsOf(t(), activityId);
    assert.equal(stored.length, 200);
    assert.equal(new Set(stored.map((registration) => registration.id)).size, 200);
    assert.equal(stored.filter((registration) => registration.status === 'confirmed').length, 50);
    // Arrival order: the stored positions are the ones each caller was told.
    const told = new Map(results.map((result) => [result.id, result.waitlistPosition]));
    for (const registration of stored) assert.equal(registration.waitlistPosition, told.get(registration.id));

    const activity = await t().pk.activities.get(activityId);
    assert.deepEqual([activity.seatsLeft, activity.waitlistCount, activity.waitlistOpen], [0, 150, false]);
    await assert.rejects(t().pk.registrations.create(activityId, registrationBody(1200)), (error) => {
      assert.ok(error instanceof ConflictError);
      assert.equal(error.code, 'activity_full');
      return true;
    });
  });

  it('promotes the head of the waitlist when a confirmed registration is cancelled, and renumbers', async () => {
    const activityId = await createTestActivity(t(), { capacity: 2, waitlistCapacity: 3 });
    const made: Registration[] = [];
    for (let i = 0; i < 5; i++)
      made.push(await t().pk.registrations.create(activityId, registrationBody(2000 + i)));
    const [a, b, c, d, e] = made;
    assert.ok(a && b && c && d && e);
    assert.deepEqual(
      made.map((registration) => [registration.status, registration.waitlistPosition]),
      [
        ['confirmed', null],
        ['confirmed', null],
        ['waitlisted', 1],
        ['waitlisted', 2],
        ['waitlisted', 3],
      ],
    );
    assert.equal((await t().pk.activities.get(activityId)).waitlistOpen, false);

    assert.equal((await t().pk.registrations.cancel(b.id, b.token ?? '')).status, 'cancelled');
    assert.equal((await t().pk.registrations.get(c.id, c.token ?? '')).status, 'confirmed');
    assert.equal((await t().pk.registrations.get(d.id, d.token ?? '')).waitlistPosition, 1);
    assert.equal((await t().pk.registrations.get(e.id, e.token ?? '')).waitlistPosition, 2);

    // Leaving the waitlist renumbers those behind, and promotes no one.
    await t().pk.registrations.cancel(d.id, d.token ?? '');
    assert.equal((await t().pk.registrations.get(e.id, e.token ?? '')).waitlistPosition, 1);
    const activity = await t().pk.activities.get(activityId);
    assert.deepEqual([activity.seatsLeft, activity.waitlistCount, activity.waitlistOpen], [0, 1, true]);

    // Cancelling twice answers the cancelled registration.
    assert.equal((await t().pk.registrations.cancel(b.id, b.token ?? '')).status, 'cancelled');
  });

  it('cancels concurrently without ever confirming more than capacity', async () => {
    const activityId = await createTestActivity(t(), { capacity: 5, waitlistCapacity: 20 });
    const made = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        t().pk.registrations.create(activityId, registrationBody(3000 + i)),
      ),
    );
    const confirmed = made.filter((registration) => registration.status === 'confirmed');
    await Promise.all(
      confirmed.map((registration) => t().pk.registrations.cancel(registration.id, registration.token ?? '')),
    );
    const stored = await registrationsOf(t(), activityId);
    assert.equal(stored.filter((registration) => registration.status === 'confirmed').length, 5);
    const waiting = stored.filter((registration) => registration.status === 'waitlisted');
    assert.deepEqual(
      waiting.map((registration) => registration.waitlistPosition),
      Array.from({ length: 15 }, (_, i) => i + 1),
    );
  });

  it('asks for the resident ID number where the activity needs it, with its separate consent', async () => {
    const activityId = await createTestActivity(t(), { capacity: 10, requiresResidentId: true });
    const missing = await t().call('POST', `/activities/${activityId}/registrations`, {
      key: t().sandbox.keys.publishable,
      body: registrationBody(4000),
    });
    assert.equal(missing.status, 422);
    assert.deepEqual(
      (missing.body as { errors: { path: string }[] }).errors.map((item) => item.path),
      ['residentId'],
    );
    const id = residentId('11010519800101123');
    const noConsent = await t().call('POST', `/activities/${activityId}/registrations`, {
      key: t().sandbox.keys.publishable,
      body: { ...registrationBody(4001), residentId: id },
    });
    assert.equal(noConsent.status, 422);
    assert.equal((noConsent.body as { errors: { path: string }[] }).errors[0]?.path, 'consents.residentId');
    const ok = await t().pk.registrations.create(activityId, {
      ...registrationBody(4002),
      residentId: id,
      consents: { privacyNotice: true, residentId: true },
    });
    assert.equal(ok.status, 'confirmed');
    assert.ok(!JSON.stringify(ok).includes(id));
  });

  it('needs a guardian for a learner under 14', async () => {
    const activityId = await createTestActivity(t(), { capacity: 10 });
    const response = await t().call('POST', `/activities/${activityId}/registrations`, {
      key: t().sandbox.keys.publishable,
      body: { ...registrationBody(4100), ageGroup: 'under_14' },
    });
    assert.equal(response.status, 422);
    assert.equal((response.body as { errors: { path: string }[] }).errors[0]?.path, 'guardian');
  });

  it('answers 409 registration_closed where registration is not open', async () => {
    const activityId = await createTestActivity(t(), { capacity: 10, registrationOpen: false });
    await assert.rejects(t().pk.registrations.create(activityId, registrationBody(4200)), (error) => {
      assert.ok(error instanceof ConflictError);
      assert.equal(error.code, 'registration_closed');
      return true;
    });
  });

  it('answers 404 for an unknown activity and for a registration without its token', async () => {
    const unknown = await t().call('POST', '/activities/act_doesnotexist/registrations', {
      key: t().sandbox.keys.publishable,
      body: registrationBody(4300),
    });
    assert.equal(unknown.status, 404);
    const activityId = await createTestActivity(t(), { capacity: 10 });
    const made = await t().pk.registrations.create(activityId, registrationBody(4301));
    const noToken = await t().call('GET', `/registrations/${made.id}`, { key: t().sandbox.keys.publishable });
    assert.equal(noToken.status, 404);
    const cancel = await t().call('POST', `/registrations/${made.id}/cancel`, {
      key: t().sandbox.keys.publishable,
      body: {},
      headers: { 'registration-token': 'x'.repeat(43) },
    });
    assert.equal(cancel.status, 404);
  });
});
