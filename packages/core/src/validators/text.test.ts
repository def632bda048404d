// Tests for the control-character check of typed text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateText } from './text.js';

describe('validateText', () => {
  it('accepts ordinary Chinese and English text, with full-width punctuation', () => {
    assert.deepEqual(validateText('太极拳（二十四式）: Tai chi, 24 forms'), { ok: true });
  });

  it('refuses a line break in one-line text, and allows it in multi-line text', () => {
    assert.deepEqual(validateText('第一行\n第二行'), { ok: false, reason: 'line_break' });
    assert.deepEqual(validateText('第一行\r\n第二行'), { ok: false, reason: 'line_break' });
    assert.deepEqual(validateText('第一行\r\n\t第二行', { multiline: true }), { ok: true });
  });

  it('refuses ESC, BEL, NUL, DEL and C1 controls everywhere', () => {
    for (const bad of ['a\u001b[31mb', 'a\u0007', 'a\u0000', 'a\u007f', 'a\u009b2J', 'a\u0085b']) {
      assert.deepEqual(validateText(bad), { ok: false, reason: 'control_characters' }, JSON.stringify(bad));
      assert.deepEqual(validateText(bad, { multiline: true }), { ok: false, reason: 'control_characters' });
    }
  });

  it('calls a line break with an escape sequence a control-character problem, the one that needs fixing too', () => {
    assert.deepEqual(validateText('a\nb\u001b'), { ok: false, reason: 'control_characters' });
    assert.deepEqual(
      validateText('a\tb'),
      { ok: false, reason: 'control_characters' },
      'a tab is not a line break',
    );
  });
});
