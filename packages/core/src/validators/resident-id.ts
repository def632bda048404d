// Validates 18-character resident identity card numbers (居民身份证号码, GB 11643-1999).

import { PROVINCE_CODES } from './division-code.js';

/**
 * Every reason {@link validateResidentId} can fail with, in the order the checks run.
 *
 * @example
 * RESIDENT_ID_FAILURES.includes('checksum'); // true
 */
export const RESIDENT_ID_FAILURES = [
  'empty',
  'length',
  'characters',
  'region',
  'birth_date',
  'future_birth_date',
  'checksum',
] as const;

/**
 * Why a resident ID number was rejected.
 *
 * @example
 * const reason: ResidentIdFailure = 'checksum';
 */
export type ResidentIdFailure = (typeof RESIDENT_ID_FAILURES)[number];

/**
 * The outcome of {@link validateResidentId}.
 *
 * @example
 * const result: ResidentIdResult = validateResidentId('11010519491231002X');
 * if (result.ok) console.log(result.birthDate); // '1949-12-31'
 */
export type ResidentIdResult =
  | { ok: true; birthDate: string; sex: 'male' | 'female'; regionCode: string }
  | { ok: false; reason: ResidentIdFailure };

/**
 * Options for {@link validateResidentId}.
 *
 * @example
 * const options: ResidentIdOptions = { today: new Date('2024-06-01T00:00:00+08:00') };
 */
export type ResidentIdOptions = {
  /** The moment birth dates may not be later than (compared as a China Standard Time date); defaults to now. */
  today?: Date;
};

/**
 * Matches the shape of a normalised resident ID number (17 digits, then a digit or `X`) without
 * checking its region, date or check digit; use {@link validateResidentId} for that.
 *
 * @example
 * RESIDENT_ID_PATTERN.test(normalizeResidentId('11010519491231002x')); // true
 */
export const RESIDENT_ID_PATTERN = /^\d{17}[\dX]$/;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1800;
const CHINA_STANDARD_TIME_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Trims a resident ID number and upper-cases it, so a lowercase check character `x` becomes `X`.
 *
 * @example
 * normalizeResidentId(' 11010519491231002x '); // '11010519491231002X'
 */
export function normalizeResidentId(value: string): string {
  return value.trim().toUpperCase();
}

/**
 * Validates a resident ID number: length, characters, province code, birth date and check digit,
 * reporting the first problem found in that order.
 *
 * @example
 * validateResidentId('11010519491231002x');
 * // { ok: true, birthDate: '1949-12-31', sex: 'female', regionCode: '110105' }
 * validateResidentId('110105194912310021'); // { ok: false, reason: 'checksum' }
 */
export function validateResidentId(value: string, options: ResidentIdOptions = {}): ResidentIdResult {
  const id = normalizeResidentId(value);
  if (id === '') return { ok: false, reason: 'empty' };
  if (id.length !== 18) return { ok: false, reason: 'length' };
  if (!RESIDENT_ID_PATTERN.test(id)) return { ok: false, reason: 'characters' };
  if (!PROVINCE_CODES.has(id.slice(0, 2))) return { ok: false, reason: 'region' };

  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < EARLIEST_BIRTH_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'birth_date' };
  }
  if (id.slice(6, 14) > chinaDateDigits(options.today ?? new Date())) {
    return { ok: false, reason: 'future_birth_date' };
  }
  if (id[17] !== residentIdCheckCharacter(id)) return { ok: false, reason: 'checksum' };

  return {
    ok: true,
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    regionCode: id.slice(0, 6),
  };
}

/**
 * Tells whether a value is a valid resident ID number (see {@link validateResidentId}).
 *
 * @example
 * isResidentId('440524188001010014'); // true
 * isResidentId('340524198001010013'); // false
 */
export function isResidentId(value: string): boolean {
  return validateResidentId(value).ok;
}

/**
 * The GB 11643 check character for the first 17 digits: their weighted sum mod 11 indexes `10X98765432`.
 * Useful for building fictional but valid ID numbers in tests and seed data.
 * @example residentIdCheckCharacter('11010519491231002'); // 'X'
 */
export function residentIdCheckCharacter(id: string): string {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(id[index]), 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/** Days in a Gregorian month, with leap years (divisible by 4, except centuries not divisible by 400). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The calendar date of a moment in China Standard Time (UTC+8, no daylight saving), as `YYYYMMDD`. */
function chinaDateDigits(moment: Date): string {
  if (Number.isNaN(moment.getTime())) {
    throw new RangeError('validateResidentId: options.today is an invalid Date');
  }
  return new Date(moment.getTime() + CHINA_STANDARD_TIME_OFFSET_MS)
    .toISOString()
    .slice(0, 10)
    .replaceAll('-', '');
}
