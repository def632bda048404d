// Tests for administrative division code validation.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { DIVISION_CODE_PATTERN, PROVINCE_CODES, validateDivisionCode } from './division-code.js';

describe('validateDivisionCode', () => {
  it('reads 110000 as a province', () => {
    assert.deepEqual(validateDivisionCode('110000'), {
      ok: true,
      level: 'province',
      provinceCode: '110000',
      prefectureCode: null,
      countyCode: null,
    });
  });

  it('reads 110100 and 410300 as prefectures', () => {
    assert.deepEqual(validateDivisionCode('110100'), {
      ok: true,
      level: 'prefecture',
      provinceCode: '110000',
      prefectureCode: '110100',
      countyCode: null,
    });
    assert.deepEqual(validateDivisionCode('410300'), {
      ok: true,
      level: 'prefecture',
      provinceCode: '410000',
      prefectureCode: '410300',
      countyCode: null,
    });
  });

  it('reads 110105 as a county', () => {
    assert.deepEqual(validateDivisionCode('110105'), {
      ok: true,
      level: 'county',
      provinceCode: '110000',
      prefectureCode: '110100',
      countyCode: '110105',
    });
  });

  it('reads a 12-digit code ending in 000 as a township', () => {
    assert.deepEqual(validateDivisionCode('110105001000'), {
      ok: true,
      level: 'township',
      provinceCode: '110000',
      prefectureCode: '110100',
      countyCode: '110105',
    });
  });

  it('reads any other 12-digit code as a village', () => {
    assert.deepEqual(validateDivisionCode('110105001001'), {
      ok: true,
      level: 'village',
      provinceCode: '110000',
      prefectureCode: '110100',
      countyCode: '110105',
    });
  });

  it('reads a 12-digit code ending in 000000 at the level of its first 6 digits', () => {
    assert.equal((validateDivisionCode('110105000000') as { level: string }).level, 'county');
    assert.equal((validateDivisionCode('110000000000') as { level: string }).level, 'province');
  });

  it('accepts townships directly under a prefecture without counties, such as Dongguan', () => {
    assert.deepEqual(validateDivisionCode('441900003000'), {
      ok: true,
      level: 'township',
      provinceCode: '440000',
      prefectureCode: '441900',
      countyCode: null,
    });
  });

  it('rejects a county under prefecture 00 and a village under township 000', () => {
    assert.deepEqual(validateDivisionCode('110005'), { ok: false, reason: 'format' });
    assert.deepEqual(validateDivisionCode('110105000001'), { ok: false, reason: 'format' });
  });

  it('rejects lengths other than 6 and 12 and non-digits', () => {
    for (const code of ['11010', '1101050', '11010500100', '1101050010010', '11010a', '110 105']) {
      assert.deepEqual(validateDivisionCode(code), { ok: false, reason: 'format' }, code);
    }
  });

  it('rejects unknown province codes such as 99 and 00', () => {
    assert.deepEqual(validateDivisionCode('990000'), { ok: false, reason: 'province' });
    assert.deepEqual(validateDivisionCode('000000'), { ok: false, reason: 'province' });
  });

  it('accepts Hong Kong and Macao codes', () => {
    assert.equal((validateDivisionCode('810000') as { level: string }).level, 'province');
    assert.equal((validateDivisionCode('820000') as { level: string }).level, 'province');
  });

  it('trims surrounding whitespace and reports empty input as empty', () => {
    assert.equal(validateDivisionCode(' 110105 ').ok, true);
    assert.deepEqual(validateDivisionCode('  '), { ok: false, reason: 'empty' });
  });
});

describe('PROVINCE_CODES', () => {
  it('holds the 34 province-level codes plus the Taiwan-resident permit prefix 83', () => {
    assert.equal(PROVINCE_CODES.size, 35);
    for (const code of [
      '11',
      '15',
      '21',
      '23',
      '31',
      '37',
      '41',
      '46',
      '50',
      '54',
      '61',
      '65',
      '71',
      '81',
      '82',
      '83',
    ]) {
      assert.equal(PROVINCE_CODES.has(code), true, code);
    }
    for (const code of ['10', '16', '24', '38', '47', '55', '66', '72', '84', '99']) {
      assert.equal(PROVINCE_CODES.has(code), false, code);
    }
  });
});

describe('DIVISION_CODE_PATTERN', () => {
  it('matches 6 or 12 digits only', () => {
    assert.equal(DIVISION_CODE_PATTERN.test('110105'), true);
    assert.equal(DIVISION_CODE_PATTERN.test('110105001001'), true);
    assert.equal(DIVISION_CODE_PATTERN.test('110105001'), false);
  });
});
