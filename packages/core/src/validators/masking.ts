// Masks personal data (ID numbers, mobile numbers, names) for display; unexpected input is masked, never shown.

import { normalizeMobile } from './mobile.js';
import { normalizeResidentId, RESIDENT_ID_PATTERN } from './resident-id.js';

const MASK = '*';
const HAN_NAME = /^\p{Script=Han}+(?:[·•・]\p{Script=Han}+)*$/u;
const LATIN_NAME = /^\p{Script=Latin}+(?:[ '’.-]+\p{Script=Latin}+)*\.?$/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Masks an 18-character resident ID number, keeping the first 4 and last 4 characters.
 * Anything else is masked except its last 2 characters.
 *
 * @example
 * maskResidentId('11010519491231002x'); // '1101**********002X'
 * maskResidentId('12345'); // '***45'
 */
export function maskResidentId(value: string): string {
  const id = normalizeResidentId(value);
  if (!RESIDENT_ID_PATTERN.test(id)) return maskAllButLastTwo(id);
  return id.slice(0, 4) + MASK.repeat(10) + id.slice(14);
}

/**
 * Masks a mainland mobile number as `138****0000`, after normalising it (so `+86` and
 * separators are accepted). Anything else is masked except its last 2 characters.
 *
 * @example
 * maskMobile('+86 138-0000-0000'); // '138****0000'
 * maskMobile('010-12345678'); // '**********78'
 */
export function maskMobile(value: string): string {
  const mobile = normalizeMobile(value);
  if (mobile === null) return maskAllButLastTwo(value.trim());
  return mobile.slice(0, 3) + MASK.repeat(4) + mobile.slice(7);
}

/**
 * Masks a personal name. Chinese names keep their first character (`张*`, `欧***`; the
 * separator dot of names such as `阿沛·阿旺晋美` stays); Latin-script names keep the first
 * letter of each word (`J*** S****`). A single Chinese character is masked entirely. Anything else is masked except its last 2 characters.
 *
 * @example
 * maskName('张三'); // '张*'
 * maskName('欧阳小明'); // '欧***'
 * maskName('John Smith'); // 'J*** S****'
 */
export function maskName(value: string): string {
  const name = value.trim();
  if (HAN_NAME.test(name)) {
    const [first = '', ...rest] = Array.from(name);
    if (rest.length === 0) return MASK;
    return first + rest.map((char) => (/\p{Script=Han}/u.test(char) ? MASK : char)).join('');
  }
  if (LATIN_NAME.test(name)) {
    let previousWasLetter = false;
    return Array.from(name)
      .map((char) => {
        const isLetter = LATIN_LETTER.test(char);
        const masked = isLetter && previousWasLetter ? MASK : char;
        previousWasLetter = isLetter;
        return masked;
      })
      .join('');
  }
  return maskAllButLastTwo(name);
}

/** Masks every character but the last two; strings of 2 characters or fewer are masked entirely. */
function maskAllButLastTwo(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 2) return MASK.repeat(chars.length);
  return MASK.repeat(chars.length - 2) + chars.slice(-2).join('');
}
