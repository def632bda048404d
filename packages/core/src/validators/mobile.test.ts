// Tests for mainland mobile number validation and normalisation.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { MOBILE_INPUT_PATTERN, MOBILE_PATTERN, normalizeMobile, validateMobile } from './mobile.js';

describe('validateMobile', () => {
  it('accepts a bare 11-digit number', () => {
    assert.deepEqual(validateMobile('13800000000'), { ok: true, normalized: '13800000000' });
  });

  it('accepts every second digit from 3 to 9', () => {
    for (const second of '3456789') {
      assert.equal(validateMobile(`1${second}800000000`).ok, true, second);
    }
  });

  it('strips +86, 86 and 0086 prefixes', () => {
    for (const input of ['+8613800000000', '8613800000000', '008613800000000']) {
      assert.deepEqual(validateMobile(input), { ok: true, normalized: '13800000000' }, input);
    }
  });

  it('allows spaces and hyphens as separators', () => {
    for (const input of [' 138 0000 0000 ', '138-0000-0000', '+86 138 0000 0000', '0086-138-0000-0000']) {
      assert.deepEqual(validateMobile(input), { ok: true, normalized: '13800000000' }, input);
    }
  });

  it('rejects 12345678901, whose second digit is 2', () => {
    assert.deepEqual(validateMobile('12345678901'), { ok: false, reason: 'format' });
  });

  it('rejects numbers with too few or too many digits', () => {
    assert.deepEqual(validateMobile('1380000000'), { ok: false, reason: 'format' });
    assert.deepEqual(validateMobile('138000000000'), { ok: false, reason: 'format' });
  });

  it('rejects landlines, other country codes and letters', () => {
    for (const input of ['010-12345678', '+85213800000000', '+113800000000', '1380000000a']) {
      assert.deepEqual(validateMobile(input), { ok: false, reason: 'format' }, input);
    }
  });

  it('reports empty and whitespace-only input as empty', () => {
    assert.deepEqual(validateMobile(''), { ok: false, reason: 'empty' });
    assert.deepEqual(validateMobile('  - '), { ok: false, reason: 'empty' });
  });
});

describe('normalizeMobile', () => {
  it('returns the bare 11 digits, or null for a non-mobile', () => {
    assert.equal(normalizeMobile('+86 139-1234-5678'), '13912345678');
    assert.equal(normalizeMobile('12345678901'), null);
  });
});

describe('MOBILE_PATTERN and MOBILE_INPUT_PATTERN', () => {
  it('MOBILE_PATTERN matches only normalised numbers', () => {
    assert.equal(MOBILE_PATTERN.test('13800000000'), true);
    assert.equal(MOBILE_PATTERN.test('+8613800000000'), false);
  });

  it('MOBILE_INPUT_PATTERN accepts an optional +86 prefix and works with the v flag of HTML pattern', () => {
    assert.equal(MOBILE_INPUT_PATTERN, '^(\\+86)?1[3-9]\\d{9}$');
    for (const flags of ['', 'v']) {
      const pattern = new RegExp(MOBILE_INPUT_PATTERN, flags);
      assert.equal(pattern.test('13800000000'), true);
      assert.equal(pattern.test('+8613800000000'), true);
      assert.equal(pattern.test('8613800000000'), false);
      assert.equal(pattern.test('12345678901'), false);
    }
  });
});
