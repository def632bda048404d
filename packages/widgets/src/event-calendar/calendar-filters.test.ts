// Filters: attribute presets narrow the choices; the query sent to the API; the same rules on given data.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { activity } from '../../../core/test/fixtures.js';
import { effectiveQuery, matchesQuery, NO_CHOICES, presetsFrom, queryKey } from './calendar-filters.js';

it('reads comma lists, dropping unknown kinds, audiences and malformed codes', () => {
  assert.deepEqual(
    presetsFrom({
      kind: 'lecture, dance,reading',
      district: '110108,abc',
      audience: 'seniors',
      series: ' ser_x ',
    }),
    {
      kind: ['lecture', 'reading'],
      district: ['110108'],
      audience: ['seniors'],
      available: false,
      series: 'ser_x',
    },
  );
});

it('narrows to one choice within the presets, or keeps every preset', () => {
  const presets = presetsFrom({ kind: 'lecture,reading', series: 'ser_Wk2026bj' });
  assert.deepEqual(effectiveQuery(presets, NO_CHOICES), {
    kind: ['lecture', 'reading'],
    series: 'ser_Wk2026bj',
  });
  assert.deepEqual(effectiveQuery(presets, { ...NO_CHOICES, kind: 'reading', available: true }), {
    kind: ['reading'],
    series: 'ser_Wk2026bj',
    available: true,
  });
  // A choice the presets do not allow is ignored.
  assert.deepEqual(effectiveQuery(presets, { ...NO_CHOICES, kind: 'exhibition' }).kind, [
    'lecture',
    'reading',
  ]);
  assert.deepEqual(effectiveQuery(presetsFrom({}), { ...NO_CHOICES, district: '110105' }), {
    district: ['110105'],
  });
});

it('gives equal queries equal cache keys', () => {
  const presets = presetsFrom({ audience: 'seniors' });
  assert.equal(queryKey(effectiveQuery(presets, NO_CHOICES)), queryKey({ audience: ['seniors'] }));
  assert.notEqual(queryKey({ audience: ['seniors'] }), queryKey({ audience: ['seniors'], available: true }));
});

it('filters given activities the way the platform does', () => {
  const lecture = activity();
  assert.equal(
    matchesQuery(lecture, { kind: ['lecture'], district: ['110108'], audience: ['seniors'] }),
    true,
  );
  assert.equal(matchesQuery(lecture, { kind: ['reading'] }), false);
  assert.equal(matchesQuery(lecture, { district: ['110105'] }), false);
  assert.equal(matchesQuery(lecture, { series: 'ser_Other001' }), false);
  assert.equal(matchesQuery(activity({ seatsLeft: 0, waitlistOpen: false }), { available: true }), false);
  assert.equal(matchesQuery(activity({ seatsLeft: 0, waitlistOpen: true }), { available: true }), true);
});
