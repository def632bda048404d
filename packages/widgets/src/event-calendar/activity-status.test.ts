// The status a visitor sees, and why registering may be impossible.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activity } from '../../../core/test/fixtures.js';
import { activityStatus, registerBlocker } from './activity-status.js';

const BEFORE = Date.parse('2026-05-10T09:00:00+08:00');
const AFTER = Date.parse('2026-05-16T12:00:00+08:00'); // the fixture ends at 11:00 that day

describe('activityStatus', () => {
  it('counts seats, then the waitlist, then says full', () => {
    assert.deepEqual(activityStatus(activity({ seatsLeft: 3 }), BEFORE), {
      kind: 'seats',
      seatsLeft: 3,
      canRegister: true,
    });
    const waitlist = activityStatus(activity({ seatsLeft: 0, waitlistOpen: true }), BEFORE);
    assert.equal(waitlist.kind, 'waitlist');
    assert.equal(waitlist.canRegister, true);
    const full = activityStatus(activity({ seatsLeft: 0, waitlistOpen: false }), BEFORE);
    assert.equal(full.kind, 'full');
    assert.equal(full.canRegister, false);
  });

  it('puts cancellation, the end, postponement and walk-in before seats', () => {
    assert.equal(activityStatus(activity({ status: 'cancelled' }), BEFORE).kind, 'cancelled');
    assert.equal(activityStatus(activity(), AFTER).kind, 'ended');
    assert.equal(activityStatus(activity({ status: 'postponed' }), BEFORE).kind, 'postponed');
    assert.equal(activityStatus(activity({ registrationOpen: false }), BEFORE).kind, 'walk_in');
  });

  it('still takes registrations for a postponed activity with seats', () => {
    assert.equal(activityStatus(activity({ status: 'postponed' }), BEFORE).canRegister, true);
  });
});

describe('registerBlocker', () => {
  it('names why the register button is disabled', () => {
    assert.equal(registerBlocker(activity(), BEFORE), null);
    assert.equal(registerBlocker(activity({ status: 'cancelled' }), BEFORE), 'cancelled');
    assert.equal(registerBlocker(activity(), AFTER), 'ended');
    assert.equal(registerBlocker(activity({ registrationOpen: false }), BEFORE), 'walk_in');
    assert.equal(registerBlocker(activity({ seatsLeft: 0, waitlistOpen: false }), BEFORE), 'full');
  });
});
