import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import { SearchTyping } from './search-typing.js';

function setup() {
  mock.timers.enable({ apis: ['setTimeout'] });
  const searches: [string, boolean][] = [];
  const typing = new SearchTyping((q, typed) => void searches.push([q, typed]), 300);
  return { typing, searches, tick: (ms: number) => mock.timers.tick(ms) };
}

describe('SearchTyping', () => {
  it('searches once, 300 ms after the last keystroke', (t) => {
    t.after(() => mock.timers.reset());
    const { typing, searches, tick } = setup();
    typing.input('t', false);
    tick(200);
    typing.input('ta', false);
    tick(299);
    assert.deepEqual(searches, []);
    tick(1);
    assert.deepEqual(searches, [['ta', true]]);
  });

  it('sends nothing while an input method composes, then the committed characters', (t) => {
    t.after(() => mock.timers.reset());
    const { typing, searches, tick } = setup();
    typing.compositionStart();
    for (const text of ['t', 'ta', 'tai', 'taij', 'taiji']) {
      typing.input(text, true);
      tick(250);
    }
    typing.input('taiji', false); // a browser that does not flag input events during composition
    tick(1000);
    assert.deepEqual(searches, []);
    assert.equal(typing.submit('taiji'), false, 'Enter that picks a candidate does not search');
    typing.compositionEnd('太极');
    tick(300);
    assert.deepEqual(searches, [['太极', true]]);
  });

  it('searches at once on Enter, dropping the pending debounced search', (t) => {
    t.after(() => mock.timers.reset());
    const { typing, searches, tick } = setup();
    typing.input('书法 ', false);
    assert.equal(typing.submit('书法 '), true);
    tick(1000);
    assert.deepEqual(searches, [['书法', false]]);
  });
});
