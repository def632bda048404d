import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NominationCampaign } from '@learning-city/core';
import { availability } from './campaign.js';

const campaign = (status: NominationCampaign['status']): NominationCampaign => ({
  id: 'cmp_abcdef123',
  title: '2026年“百姓学习之星”推荐活动',
  year: 2026,
  summary: '',
  opensAt: '2026-04-20T09:00:00+08:00',
  closesAt: '2026-06-21T17:00:00+08:00',
  status,
  limits: {
    summaryMaxChars: 200,
    deedsMinChars: 300,
    deedsMaxChars: 1500,
    honoursMax: 10,
    photosMax: 6,
    photoMaxBytes: 5 * 1024 * 1024,
    photoTypes: ['image/jpeg'],
  },
});
const at = (iso: string) => Date.parse(iso);

describe('availability', () => {
  it('is open between its dates when the platform says it is open', () => {
    assert.equal(availability(campaign('open'), at('2026-05-10T09:00:00+08:00')), 'open');
  });

  it('is closed from the deadline on, on this clock, even while the platform still says open', () => {
    assert.equal(availability(campaign('open'), at('2026-06-21T17:00:00+08:00')), 'closed');
    assert.equal(availability(campaign('open'), at('2026-11-23T02:00:00Z')), 'closed');
  });

  it('is not open yet before it opens', () => {
    assert.equal(availability(campaign('open'), at('2026-04-20T08:59:00+08:00')), 'upcoming');
  });

  it('follows the platform when it says closed or upcoming, whatever this clock says', () => {
    assert.equal(availability(campaign('closed'), at('2026-05-10T09:00:00+08:00')), 'closed');
    assert.equal(availability(campaign('upcoming'), at('2026-05-10T09:00:00+08:00')), 'upcoming');
  });
});
