// The finder's controller without a DOM: which requests a state makes, what a late or failed answer does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReactiveController } from 'lit';
import type { Course, CourseDetail, CourseFacets, CourseListParams, ListPage } from '@learning-city/core';
import { ResponseValidationError } from '@learning-city/core';
import { FinderController, type CourseSource } from './finder-controller.js';
import { EMPTY_STATE, presetsFrom } from './finder-state.js';

function course(n: number): Course {
  return {
    id: `crs_test${String(n).padStart(4, '0')}`,
    title: `课程${n}`,
    summary: '',
    category: 'health',
    audiences: ['seniors'],
    mode: 'offline',
    institution: { id: 'ins_test00001', name: '洛阳市老年大学' },
    divisionCode: '410305',
    district: '涧西区',
    fee: 0,
    hours: 20,
    startsOn: '2026-03-02',
    endsOn: '2026-06-29',
    seatsLeft: 5,
    updatedAt: '2026-02-01T09:00:00+08:00',
  };
}

const FACETS: CourseFacets = { total: 45, category: [], audience: [], district: [], mode: [], free: [] };

/** A source whose answers the test releases one by one, recording every call. */
function manualSource() {
  const calls: { kind: 'list' | 'facets' | 'get'; params: unknown; signal?: AbortSignal }[] = [];
  const pending: { resolve: (value: unknown) => void; reject: (error: unknown) => void }[] = [];
  const wait = <T>(kind: 'list' | 'facets' | 'get', params: unknown, signal?: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      calls.push({ kind, params, ...(signal ? { signal } : {}) });
      pending.push({ resolve: resolve as (value: unknown) => void, reject });
    });
  const source: CourseSource = {
    list: (params: CourseListParams, signal) => wait<ListPage<Course>>('list', params, signal),
    facets: (filters, signal) => wait<CourseFacets>('facets', filters, signal),
    get: (id, signal) => wait<CourseDetail>('get', id, signal),
  };
  return { source, calls, pending };
}

function host() {
  const controllers: ReactiveController[] = [];
  let updates = 0;
  return {
    addController: (c: ReactiveController) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((c) => c.hostConnected?.()),
    get updates() {
      return updates;
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

function setup(online = true) {
  const fake = manualSource();
  const h = host();
  const finder = new FinderController(h, { source: () => fake.source, online: () => online });
  h.connect();
  return { finder, ...fake };
}

describe('FinderController', () => {
  it('loads the first page and the facet counts with the same filters, within the presets', async () => {
    const { finder, calls, pending } = setup();
    finder.configure({
      presets: presetsFrom({ category: 'health,sports' }),
      pageSize: 10,
      state: EMPTY_STATE,
    });
    assert.equal(finder.status, 'loading');
    assert.deepEqual(
      calls.map((c) => [c.kind, c.params]),
      [
        ['list', { category: ['health', 'sports'], sort: 'relevance', limit: 10 }],
        ['facets', { category: ['health', 'sports'] }],
      ],
    );
    pending[0]!.resolve({ data: [course(1), course(2)], nextCursor: 'c2' });
    pending[1]!.resolve(FACETS);
    await tick();
    assert.equal(finder.status, 'ready');
    assert.equal(finder.total, 45);
    assert.equal(finder.results.length, 2);
  });

  it('keeps the newest search when an older answer arrives late, and aborts the older request', async () => {
    const { finder, calls, pending } = setup();
    finder.configure({ state: EMPTY_STATE });
    finder.search({ ...EMPTY_STATE, q: '太极' });
    assert.equal(calls[0]!.signal!.aborted, true, 'the first search is aborted');
    pending[2]!.resolve({ data: [course(9)], nextCursor: null });
    pending[3]!.resolve(FACETS);
    pending[0]!.resolve({ data: [course(1)], nextCursor: null }); // late answer to the aborted search
    pending[1]!.resolve(FACETS);
    await tick();
    assert.deepEqual(
      finder.results.map((c) => c.id),
      [course(9).id],
    );
    assert.equal(finder.resultsState.q, '太极');
  });

  it('appends the next page with the same filters and cursor; a failed page keeps the shown results', async () => {
    const { finder, calls, pending } = setup();
    finder.configure({ pageSize: 2, state: { ...EMPTY_STATE, q: '书法' } });
    pending[0]!.resolve({ data: [course(1), course(2)], nextCursor: 'c2' });
    pending[1]!.resolve(FACETS);
    await tick();
    finder.loadMore();
    finder.loadMore(); // a double click asks once
    assert.equal(calls.length, 3);
    assert.deepEqual(calls[2]!.params, { q: '书法', sort: 'relevance', limit: 2, cursor: 'c2' });
    pending[2]!.resolve({ data: [course(3), course(4)], nextCursor: 'c4' });
    await tick();
    assert.equal(finder.results.length, 4);
    finder.loadMore();
    pending[3]!.reject(new Error('dropped'));
    await tick();
    assert.equal(finder.moreStatus, 'error');
    assert.equal(finder.results.length, 4, 'the loaded results stay');
    assert.equal(finder.nextCursor, 'c4', 'the same page can be asked for again');
    finder.retry();
    assert.equal(calls.length, 5, 'retry asks for that page only, not the search again');
    assert.deepEqual(calls[4]!.params, { q: '书法', sort: 'relevance', limit: 2, cursor: 'c4' });
  });

  it('shows a malformed response as an error with nothing half-shown, and reports it', async () => {
    const fake = manualSource();
    const failures: unknown[] = [];
    const h = host();
    const finder = new FinderController(h, {
      source: () => fake.source,
      failed: (e) => void failures.push(e),
    });
    h.connect();
    finder.configure({ state: EMPTY_STATE });
    const error = new ResponseValidationError('bad', { path: 'data.0.title', issues: [] });
    fake.pending[0]!.reject(error);
    fake.pending[1]!.resolve(FACETS);
    await tick();
    assert.equal(finder.status, 'error');
    assert.deepEqual(finder.results, []);
    assert.equal(finder.facets, null);
    assert.deepEqual(failures, [error]);
    finder.retry();
    assert.equal(finder.status, 'loading');
    assert.equal(fake.calls.length, 4);
  });

  it('is offline without asking the network while the browser is offline', () => {
    const { finder, calls } = setup(false);
    finder.configure({ state: EMPTY_STATE });
    assert.equal(finder.status, 'offline');
    assert.equal(calls.length, 0);
  });

  it('opens a course with its listed summary at once, then its offerings', async () => {
    const { finder, calls, pending } = setup();
    finder.configure({ state: EMPTY_STATE });
    pending[0]!.resolve({ data: [course(1)], nextCursor: null });
    pending[1]!.resolve(FACETS);
    await tick();
    finder.openCourse(course(1).id);
    assert.equal(finder.open?.summary?.title, '课程1');
    assert.equal(finder.open?.status, 'loading');
    assert.equal(calls[2]!.params, course(1).id);
    pending[2]!.reject(new Error('dropped'));
    await tick();
    assert.equal(finder.open?.status, 'error');
    assert.equal(finder.open?.summary?.title, '课程1', 'the listed summary stays');
    finder.retry();
    assert.deepEqual(
      calls.slice(3).map((c) => [c.kind, c.params]),
      [['get', course(1).id]],
      'retry loads the course again, not the search',
    );
    pending[3]!.resolve({ ...course(1), offerings: [] });
    await tick();
    assert.equal(finder.open?.status, 'ready');
    finder.openCourse(null);
    assert.equal(finder.open, null);
  });
});
