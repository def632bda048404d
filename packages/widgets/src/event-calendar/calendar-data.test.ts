// Day buckets: computed once per load, in start order, multi-day activities on each of their days.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { activity } from '../../../core/test/fixtures.js';
import { activitiesIn, bucketByDay, replaceActivity } from './calendar-data.js';
import { parseDay } from './calendar-dates.js';

const day = (date: string) => parseDay(date)!;
const at = (id: string, startsAt: string, endsAt: string) => activity({ id, startsAt, endsAt });

it('buckets activities by Shanghai day in start order', () => {
  const late = at('act_Late0001', '2026-05-16T19:00:00+08:00', '2026-05-16T20:30:00+08:00');
  const early = at('act_Early001', '2026-05-16T01:00:00Z', '2026-05-16T02:00:00Z'); // 09:00 in Beijing
  const night = at('act_Night001', '2026-05-16T17:00:00Z', '2026-05-16T18:00:00Z'); // 01:00 on the 17th
  const data = bucketByDay([late, night, early]);
  assert.deepEqual(
    data.byDay.get(day('2026-05-16'))?.map((a) => a.id),
    ['act_Early001', 'act_Late0001'],
  );
  assert.deepEqual(
    data.byDay.get(day('2026-05-17'))?.map((a) => a.id),
    ['act_Night001'],
  );
  assert.equal(data.byId.get('act_Late0001'), late);
});

it('lists a multi-day activity on each day, but not on the day it ends at midnight', () => {
  const show = at('act_Expo0001', '2026-05-15T09:00:00+08:00', '2026-05-18T00:00:00+08:00');
  const data = bucketByDay([show]);
  assert.deepEqual([...data.byDay.keys()], [day('2026-05-15'), day('2026-05-16'), day('2026-05-17')]);
  assert.deepEqual(activitiesIn(data, { start: day('2026-05-16'), end: day('2026-05-20') }), [show]);
});

it('replaces one activity by a newer copy and re-buckets', () => {
  const data = bucketByDay([activity()]);
  const updated = activity({ seatsLeft: 0, waitlistOpen: true });
  const next = replaceActivity(data, updated);
  assert.equal(next.byId.get(updated.id)?.seatsLeft, 0);
  assert.equal(replaceActivity(data, activity({ id: 'act_Other0001' })), data);
});
