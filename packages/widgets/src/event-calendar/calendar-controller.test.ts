// The calendar's state and loading, without a DOM: a fake host and a fake source.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Activity, Series } from '@learning-city/core';
import { activity } from '../../../core/test/fixtures.js';
import { CalendarController, type ActivitySource } from './calendar-controller.js';
import { formatDay, parseDay } from './calendar-dates.js';
import { presetsFrom } from './calendar-filters.js';

const WEEK: Series = {
  id: 'ser_Wk2026bj',
  title: '2026年北京市全民终身学习活动周',
  startsOn: '2026-05-15',
  endsOn: '2026-05-21',
};
const flush = () => new Promise((resolve) => setImmediate(resolve));

interface Call {
  query: Parameters<ActivitySource['list']>[0];
  signal: AbortSignal;
}

/** A source whose list calls are recorded and answered by `respond` (a promise to hold an answer back). */
function fakeSource(respond: (call: Call) => Activity[] | Promise<Activity[]> = () => [activity()]) {
  const calls: Call[] = [];
  const source: ActivitySource = {
    list: async (query, signal) => {
      const call = { query, signal };
      calls.push(call);
      return respond(call);
    },
    get: async (id) => activity({ id, seatsLeft: 0, waitlistOpen: true }),
    series: async (id) => (id === WEEK.id ? WEEK : null),
  };
  return { calls, source };
}

function setup(options: { source?: ActivitySource; now?: string; online?: boolean } = {}) {
  let updates = 0;
  const host = {
    addController: () => undefined,
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  };
  const now = Date.parse(options.now ?? '2026-05-15T10:00:00+08:00');
  const controller = new CalendarController(host, {
    source: () => options.source ?? fakeSource().source,
    now: () => now,
    online: () => options.online ?? true,
  });
  controller.hostConnected();
  return { controller, updates: () => updates };
}

describe('CalendarController', () => {
  it('loads the visible weeks of the month with the filters, as Shanghai midnights', async () => {
    const { calls, source } = fakeSource();
    const { controller } = setup({ source });
    controller.configure({ view: 'month', date: '2026-05-15', presets: presetsFrom({ kind: 'lecture' }) });
    assert.equal(controller.status, 'loading');
    await flush();
    assert.equal(controller.status, 'ready');
    assert.deepEqual(calls[0]!.query, {
      kind: ['lecture'],
      from: '2026-04-27T00:00:00+08:00',
      to: '2026-06-08T00:00:00+08:00',
    });
    assert.deepEqual(
      controller.dayActivities(parseDay('2026-05-16')!).map((a) => a.id),
      ['act_AbCdEf12'],
    );
    assert.equal(controller.districts.get('110108'), '海淀区');
  });

  it('answers a period it has seen, or one inside it, from the cache', async () => {
    const { calls, source } = fakeSource();
    const { controller } = setup({ source });
    controller.configure({ view: 'month', date: '2026-05-15' });
    await flush();
    controller.shift(1);
    await flush();
    controller.shift(-1);
    controller.setView('week');
    controller.setView('agenda');
    await flush();
    assert.equal(calls.length, 2);
    assert.equal(controller.status, 'ready');
    controller.setChoice('available', true);
    await flush();
    assert.equal(calls.length, 3);
    assert.equal(calls[2]!.query.available, true);
  });

  it('aborts the previous load when the period changes, and ignores its answer', async () => {
    let release!: (list: Activity[]) => void;
    const { calls, source } = fakeSource((call) =>
      call.query.from.startsWith('2026-04-27') ? new Promise((resolve) => (release = resolve)) : [],
    );
    const { controller } = setup({ source });
    controller.configure({ view: 'month', date: '2026-05-15' });
    controller.shift(1);
    assert.equal(calls[0]!.signal.aborted, true);
    await flush();
    release([activity()]);
    await flush();
    assert.equal(controller.status, 'ready');
    assert.equal(controller.visibleActivities().length, 0);
    assert.equal(formatDay(controller.focusDay), '2026-06-15');
  });

  it('opens a series on its first day when today is outside it, and starts its weeks on that weekday', async () => {
    const { calls, source } = fakeSource();
    const { controller } = setup({ source, now: '2026-04-01T10:00:00+08:00' });
    controller.configure({ view: 'week', presets: presetsFrom({ series: WEEK.id }) });
    await flush();
    assert.equal(formatDay(controller.focusDay), '2026-05-15');
    assert.equal(controller.series?.title, WEEK.title);
    assert.equal(calls[0]!.query.from, '2026-05-15T00:00:00+08:00');
    assert.equal(calls[0]!.query.to, '2026-05-22T00:00:00+08:00');
    assert.equal(calls[0]!.query.series, WEEK.id);
  });

  it('keeps today when it falls inside the series, and a given date over both', async () => {
    const inside = setup({ now: '2026-05-18T10:00:00+08:00' });
    inside.controller.configure({ view: 'month', presets: presetsFrom({ series: WEEK.id }) });
    await flush();
    assert.equal(formatDay(inside.controller.focusDay), '2026-05-18');
    const given = setup({ now: '2026-04-01T10:00:00+08:00' });
    given.controller.configure({
      view: 'month',
      date: '2026-06-02',
      presets: presetsFrom({ series: WEEK.id }),
    });
    await flush();
    assert.equal(formatDay(given.controller.focusDay), '2026-06-02');
  });

  it('reports errors, and offline without a request; retry loads again', async () => {
    let fail = true;
    const { calls, source } = fakeSource(() => {
      if (fail) throw new Error('boom');
      return [activity()];
    });
    const { controller } = setup({ source });
    controller.configure({ view: 'month', date: '2026-05-15' });
    await flush();
    assert.equal(controller.status, 'error');
    assert.equal((controller.error as Error).message, 'boom');
    fail = false;
    controller.retry();
    await flush();
    assert.equal(controller.status, 'ready');
    assert.equal(calls.length, 2);

    const offline = setup({ online: false });
    offline.controller.configure({ view: 'month', date: '2026-05-15' });
    assert.equal(offline.controller.status, 'offline');
  });

  it('shows given activities without a request, filtered like the platform', () => {
    const { calls, source } = fakeSource();
    const { controller } = setup({ source });
    const reading = activity({ id: 'act_Reading01', kind: 'reading' });
    controller.configure({ view: 'month', date: '2026-05-15', activities: [activity(), reading] });
    assert.equal(controller.status, 'ready');
    assert.equal(controller.visibleActivities().length, 2);
    controller.setChoice('kind', 'reading');
    assert.deepEqual(
      controller.visibleActivities().map((a) => a.id),
      ['act_Reading01'],
    );
    assert.equal(calls.length, 0);
  });

  it("counts the month's own activities in the month view, the six-week grid's others only in its days", () => {
    const { controller } = setup();
    const inMay = activity({ id: 'act_InMay001' });
    const nextMonth = activity({
      id: 'act_InJune01',
      startsAt: '2026-06-03T09:00:00+08:00',
      endsAt: '2026-06-03T11:00:00+08:00',
    });
    controller.configure({ view: 'month', date: '2026-05-15', activities: [inMay, nextMonth] });
    assert.equal(controller.visibleActivities().length, 2); // 3 June is in the grid's sixth week
    assert.deepEqual(
      controller.dayActivities(parseDay('2026-06-03')!).map((a) => a.id),
      ['act_InJune01'],
    );
    assert.equal(controller.headlineCount(), 1);
    controller.setView('week');
    assert.equal(controller.headlineCount(), controller.visibleActivities().length);
  });

  it('refreshes one activity everywhere it is shown (after a registration)', async () => {
    const { controller } = setup();
    controller.configure({ view: 'month', date: '2026-05-15' });
    await flush();
    controller.select(controller.visibleActivities()[0]!);
    await controller.refreshActivity('act_AbCdEf12');
    assert.equal(controller.selected?.seatsLeft, 0);
    assert.equal(controller.dayActivities(parseDay('2026-05-16')!)[0]!.waitlistOpen, true);
    controller.shift(1);
    controller.shift(-1);
    assert.equal(controller.visibleActivities()[0]!.seatsLeft, 0, 'the cached copy is updated too');
  });
});
