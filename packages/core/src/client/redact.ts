// Keeps keys and personal data out of anything the client logs.
const RESIDENT_ID = /\b(\d{4})\d{10}(\d{3}[\dXx])\b/g;
const MOBILE = /(?<!\d)(?:\+?86)?(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const BEARER = /\b(lc_(?:pk|sk)_(?:test|live)_)[A-Za-z0-9]+/g;

/**
 * Masks resident ID numbers, mobile numbers and API keys inside free text.
 * @example redactText('13800000000 lc_sk_test_abc') // '138****0000 lc_sk_test_[redacted]'
 */
export function redactText(text: string): string {
  return text
    .replace(BEARER, '$1[redacted]')
    .replace(RESIDENT_ID, '$1**********$2')
    .replace(MOBILE, '$1****$2');
}
