import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  clearFilters,
  EMPTY_STATE,
  filtersFor,
  hasFilters,
  presetsFrom,
  readSearch,
  stateKey,
  writeSearch,
  type FinderState,
} from './finder-state.js';

const NO_PRESETS = presetsFrom({});

describe('finder state', () => {
  it('keeps only valid preset values, once each', () => {
    assert.deepEqual(
      presetsFrom({
        category: 'health, sports,health,Bad!',
        audience: 'seniors,aliens',
        district: '410305,41',
      }),
      {
        category: ['health', 'sports'],
        audience: ['seniors'],
        district: ['410305'],
      },
    );
  });

  it('sends the trimmed query and only the filters that are set', () => {
    const state: FinderState = {
      ...EMPTY_STATE,
      q: '  太极 ',
      mode: ['online'],
      free: 'true',
      from: '2026-03-01',
    };
    assert.deepEqual(filtersFor(state, NO_PRESETS), {
      q: '太极',
      mode: ['online'],
      free: true,
      from: '2026-03-01',
    });
    assert.deepEqual(filtersFor(EMPTY_STATE, NO_PRESETS), {});
  });

  it('narrows choices to the presets, and sends the whole preset when nothing allowed is chosen', () => {
    const presets = presetsFrom({ category: 'health,sports' });
    assert.deepEqual(filtersFor({ ...EMPTY_STATE, category: ['sports', 'arts'] }, presets).category, [
      'sports',
    ]);
    assert.deepEqual(filtersFor({ ...EMPTY_STATE, category: ['arts'] }, presets).category, [
      'health',
      'sports',
    ]);
    assert.deepEqual(filtersFor(EMPTY_STATE, presets).category, ['health', 'sports']);
  });

  it('gives the same key to the same choices in another order', () => {
    const a = { ...EMPTY_STATE, category: ['health', 'sports'] };
    const b = { ...EMPTY_STATE, category: ['sports', 'health'] };
    assert.equal(stateKey(a), stateKey(b));
    assert.notEqual(stateKey(a), stateKey({ ...a, sort: 'fee' }));
  });

  it('clears every filter but keeps the query and sort', () => {
    const state: FinderState = {
      ...EMPTY_STATE,
      q: '书法',
      sort: 'fee',
      audience: ['seniors'],
      to: '2026-06-30',
    };
    assert.equal(hasFilters(state), true);
    const cleared = clearFilters(state);
    assert.equal(hasFilters(cleared), false);
    assert.deepEqual([cleared.q, cleared.sort], ['书法', 'fee']);
  });

  it('round-trips the state and the open course through the URL, keeping the page’s own parameters', () => {
    const state: FinderState = {
      ...EMPTY_STATE,
      q: '太极 入门',
      category: ['health', 'sports'],
      district: ['410305'],
      free: 'false',
      from: '2026-03-01',
      sort: 'starts_on',
    };
    const search = writeSearch('?page=news&lc-mode=online', state, 'crs_abc123');
    const params = new URLSearchParams(search);
    assert.equal(params.get('page'), 'news');
    assert.equal(params.get('lc-mode'), null, 'a cleared filter leaves the URL');
    assert.equal(params.get('lc-category'), 'health,sports');
    assert.deepEqual(readSearch(search), { state, course: 'crs_abc123' });
    assert.equal(writeSearch('?page=news', EMPTY_STATE, null), '?page=news');
  });

  it('drops invalid values from a hand-edited URL', () => {
    const { state, course } = readSearch(
      '?lc-category=health,<script>&lc-audience=aliens&lc-free=maybe&lc-from=2026-13-01&lc-sort=random&lc-course=x',
    );
    assert.deepEqual(state, { ...EMPTY_STATE, category: ['health'] });
    assert.equal(course, null);
  });
});
