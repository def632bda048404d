// Tests for resident ID number validation.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  isResidentId,
  normalizeResidentId,
  residentIdCheckCharacter,
  validateResidentId,
} from './resident-id.js';

const TODAY = new Date('2024-06-01T10:00:00+08:00');

describe('validateResidentId', () => {
  it('accepts 11010519491231002X and reads birth date, sex and region', () => {
    assert.deepEqual(validateResidentId('11010519491231002X'), {
      ok: true,
      birthDate: '1949-12-31',
      sex: 'female',
      regionCode: '110105',
    });
  });

  it('accepts the published vectors 440524188001010014, 34052419800101001X and 810000199408230021', () => {
    assert.deepEqual(validateResidentId('440524188001010014'), {
      ok: true,
      birthDate: '1880-01-01',
      sex: 'male',
      regionCode: '440524',
    });
    assert.deepEqual(validateResidentId('34052419800101001X'), {
      ok: true,
      birthDate: '1980-01-01',
      sex: 'male',
      regionCode: '340524',
    });
    assert.deepEqual(validateResidentId('810000199408230021'), {
      ok: true,
      birthDate: '1994-08-23',
      sex: 'female',
      regionCode: '810000',
    });
  });

  it('rejects the published vectors with a wrong check digit', () => {
    for (const id of ['110105194912310021', '340524198001010013', '15000019970319128X']) {
      assert.deepEqual(validateResidentId(id), { ok: false, reason: 'checksum' }, id);
    }
  });

  it('accepts a lowercase x check character', () => {
    assert.equal(validateResidentId('11010519491231002x').ok, true);
    assert.equal(validateResidentId('34052419800101001x').ok, true);
  });

  it('ignores surrounding whitespace', () => {
    assert.equal(validateResidentId('  11010519491231002X\n').ok, true);
    assert.equal(validateResidentId('\t440524188001010014 ').ok, true);
  });

  it('reads sex from the 17th digit: odd is male, even is female', () => {
    assert.deepEqual(validateResidentId('110105199001010010'), {
      ok: true,
      birthDate: '1990-01-01',
      sex: 'male',
      regionCode: '110105',
    });
    assert.equal((validateResidentId('110105199001010029') as { sex: string }).sex, 'female');
  });

  it('reports empty input, including whitespace only, as empty', () => {
    assert.deepEqual(validateResidentId(''), { ok: false, reason: 'empty' });
    assert.deepEqual(validateResidentId('   '), { ok: false, reason: 'empty' });
  });

  it('reports 17 or 19 characters as a length problem', () => {
    assert.deepEqual(validateResidentId('11010519491231002'), { ok: false, reason: 'length' });
    assert.deepEqual(validateResidentId('11010519491231002X0'), { ok: false, reason: 'length' });
  });

  it('reports a length problem before bad characters', () => {
    assert.deepEqual(validateResidentId('1101051949123100A'), { ok: false, reason: 'length' });
  });

  it('rejects X anywhere but the last position as bad characters', () => {
    assert.deepEqual(validateResidentId('1101051949123100X2'), { ok: false, reason: 'characters' });
    assert.deepEqual(validateResidentId('X10105194912310021'), { ok: false, reason: 'characters' });
  });

  it('rejects letters, inner spaces and hyphens as bad characters', () => {
    assert.deepEqual(validateResidentId('11010519491231002A'), { ok: false, reason: 'characters' });
    assert.deepEqual(validateResidentId('110105 19491231002'), { ok: false, reason: 'characters' });
    assert.deepEqual(validateResidentId('110105-1949123100X'), { ok: false, reason: 'characters' });
  });

  it('rejects region 99 and 09 even with a correct check digit', () => {
    assert.deepEqual(validateResidentId('990000199001010017'), { ok: false, reason: 'region' });
    assert.deepEqual(validateResidentId('090000199001010014'), { ok: false, reason: 'region' });
  });

  it('accepts the residence-permit prefixes 81, 82 and 83', () => {
    assert.equal(validateResidentId('810000199408230021').ok, true);
    assert.equal(validateResidentId('820000199001010010').ok, true);
    assert.equal(validateResidentId('830000199001010012').ok, true);
  });

  it('rejects 30 February even with a correct check digit', () => {
    assert.deepEqual(validateResidentId('110105200002300015'), { ok: false, reason: 'birth_date' });
  });

  it('accepts 29 February in leap years, including 2000 and 2024', () => {
    assert.equal(validateResidentId('110105200002290013', { today: TODAY }).ok, true);
    assert.equal(validateResidentId('110105202402290011', { today: TODAY }).ok, true);
  });

  it('rejects 29 February in 1900 and 2023, which are not leap years', () => {
    assert.deepEqual(validateResidentId('110105190002290017'), { ok: false, reason: 'birth_date' });
    assert.deepEqual(validateResidentId('110105202302290014'), { ok: false, reason: 'birth_date' });
  });

  it('rejects 31 April, month 13, month 00 and day 00', () => {
    for (const id of [
      '110105202304310015',
      '110105202313010014',
      '110105202300010015',
      '110105202301000011',
    ]) {
      assert.deepEqual(validateResidentId(id), { ok: false, reason: 'birth_date' }, id);
    }
  });

  it('accepts 1800 as the earliest birth year and rejects 1799', () => {
    assert.equal(validateResidentId('110105180001010010').ok, true);
    assert.deepEqual(validateResidentId('110105179912310016'), { ok: false, reason: 'birth_date' });
  });

  it('rejects a birth date after today', () => {
    assert.deepEqual(validateResidentId('110105202406020019', { today: TODAY }), {
      ok: false,
      reason: 'future_birth_date',
    });
  });

  it('accepts a birth date of today', () => {
    assert.equal(validateResidentId('110105202406010013', { today: TODAY }).ok, true);
  });

  it('compares birth dates with the China Standard Time date, not the UTC date', () => {
    const earlyMorningInBeijing = new Date('2024-05-31T17:00:00Z');
    assert.equal(validateResidentId('110105202406010013', { today: earlyMorningInBeijing }).ok, true);
    const lateEveningInBeijing = new Date('2024-05-31T15:59:59Z');
    assert.deepEqual(validateResidentId('110105202406010013', { today: lateEveningInBeijing }), {
      ok: false,
      reason: 'future_birth_date',
    });
  });

  it('reports an impossible date before a wrong check digit', () => {
    assert.deepEqual(validateResidentId('110105200002300010'), { ok: false, reason: 'birth_date' });
  });

  it('throws on an invalid today date', () => {
    assert.throws(() => validateResidentId('11010519491231002X', { today: new Date('nope') }), RangeError);
  });
});

describe('normalizeResidentId', () => {
  it('trims and upper-cases the check character', () => {
    assert.equal(normalizeResidentId('  11010519491231002x '), '11010519491231002X');
  });
});

describe('isResidentId', () => {
  it('is true for valid numbers and false for invalid ones', () => {
    assert.equal(isResidentId('11010519491231002x'), true);
    assert.equal(isResidentId('340524198001010013'), false);
    assert.equal(isResidentId(''), false);
  });
});

describe('residentIdCheckCharacter', () => {
  it('gives the check character of the published vectors', () => {
    assert.equal(residentIdCheckCharacter('11010519491231002'), 'X');
    assert.equal(residentIdCheckCharacter('44052418800101001'), '4');
  });
});
