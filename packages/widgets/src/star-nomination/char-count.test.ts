import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countChars } from './char-count.js';

describe('countChars', () => {
  it('counts Chinese characters, letters and punctuation once each', () => {
    assert.equal(countChars('百姓学习之星'), 6);
    assert.equal(countChars('学习，learning!'), 12);
  });

  it('counts a character outside the BMP (a surrogate pair) once, as the platform does', () => {
    assert.equal(countChars('𠮷野家'), 3);
    assert.equal(countChars('学习📚'), 3);
    assert.equal(countChars('𠮷'), Array.from('𠮷').length);
  });

  it('ignores white space at both ends, like the trimmed value the platform checks', () => {
    assert.equal(countChars('  终身学习 \n\t'), 4);
    assert.equal(countChars('\u3000全角空格\u3000'), 4);
    assert.equal(countChars('   '), 0);
    assert.equal(countChars(''), 0);
  });

  it('keeps white space inside the text', () => {
    assert.equal(countChars('第一段\n\n第二段'), 8);
  });

  it('agrees with Array.from on the trimmed text for mixed input', () => {
    const samples = ['a\u{1F600}b', ' x ', '\u{20BB7}\u{20BB7} ', '学\u00a0习'];
    for (const text of samples) assert.equal(countChars(text), Array.from(text.trim()).length, text);
  });
});
