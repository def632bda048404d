// Validates and normalises Chinese mainland mobile phone numbers.

/**
 * Matches a normalised mainland mobile number: 11 digits, starting with 13–19.
 *
 * @example
 * MOBILE_PATTERN.test('13800000000'); // true
 * MOBILE_PATTERN.test('+8613800000000'); // false (normalise first)
 */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/**
 * A RegExp source for form inputs (an HTML `pattern` attribute or a zod `.regex()`), accepting an
 * optional `+86` prefix but no separators.
 *
 * @example
 * html`<input type="tel" pattern=${MOBILE_INPUT_PATTERN}>`;
 * z.string().regex(new RegExp(MOBILE_INPUT_PATTERN));
 */
export const MOBILE_INPUT_PATTERN = '^(\\+86)?1[3-9]\\d{9}$';

/**
 * Every reason {@link validateMobile} can fail with, in the order the checks run.
 *
 * @example
 * MOBILE_FAILURES.includes('format'); // true
 */
export const MOBILE_FAILURES = ['empty', 'format'] as const;

/**
 * Why a mobile number was rejected.
 *
 * @example
 * const reason: MobileFailure = 'format';
 */
export type MobileFailure = (typeof MOBILE_FAILURES)[number];

/**
 * The outcome of {@link validateMobile}; `normalized` is the bare 11-digit number.
 *
 * @example
 * const result: MobileResult = validateMobile('+86 138-0000-0000');
 * if (result.ok) console.log(result.normalized); // '13800000000'
 */
export type MobileResult = { ok: true; normalized: string } | { ok: false; reason: MobileFailure };

const PREFIXED_MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;

/**
 * Validates a mainland mobile number, accepting a `+86`, `86` or `0086` prefix and spaces or
 * hyphens between digit groups.
 *
 * @example
 * validateMobile('0086 138 0000 0000'); // { ok: true, normalized: '13800000000' }
 * validateMobile('12345678901'); // { ok: false, reason: 'format' }
 */
export function validateMobile(value: string): MobileResult {
  const compact = value.trim().replace(/[\s-]+/g, '');
  if (compact === '') return { ok: false, reason: 'empty' };
  const match = PREFIXED_MOBILE.exec(compact);
  return match?.[1] ? { ok: true, normalized: match[1] } : { ok: false, reason: 'format' };
}

/**
 * Returns the bare 11-digit form of a mainland mobile number, or `null` when it is not one.
 *
 * @example
 * normalizeMobile('+86 13800000000'); // '13800000000'
 * normalizeMobile('010-12345678'); // null
 */
export function normalizeMobile(value: string): string | null {
  const result = validateMobile(value);
  return result.ok ? result.normalized : null;
}
