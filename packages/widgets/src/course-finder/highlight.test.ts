import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { highlightParts, queryTerms, termsPattern } from './highlight.js';

const marked = (text: string, query: string) =>
  highlightParts(text, termsPattern(queryTerms(query)))
    .map((part) => (part.marked ? `[${part.text}]` : part.text))
    .join('');

describe('highlight', () => {
  it('marks every occurrence of each word, Chinese or Latin, ignoring case', () => {
    assert.equal(marked('太极拳与太极剑', '太极'), '[太极]拳与[太极]剑');
    assert.equal(marked('Tai Chi for beginners', 'chi TAI'), '[Tai] [Chi] for beginners');
    assert.equal(marked('书法　入门', '书法\u3000入门'), '[书法]　[入门]');
  });

  it('prefers the longest word where words overlap', () => {
    assert.equal(marked('太极拳', '太极 太极拳'), '[太极拳]');
  });

  it('treats regular-expression characters as text', () => {
    assert.equal(marked('C++ (入门) a.b', 'C++ (入门) .'), '[C++] [(入门)] a[.]b');
  });

  it('leaves text without a query whole', () => {
    assert.deepEqual(highlightParts('<img src=x>', termsPattern(queryTerms('  '))), [
      { text: '<img src=x>', marked: false },
    ]);
  });
});
