// Keeps keys, credentials and personal data out of anything the client logs.
const FULL_WIDTH = /[０-９Ｘｘ]/g;
const RESIDENT_ID = /(?<!\d)(\d{4})\d{10}(\d{3}[\dXx])(?!\d)/g;
// 13800000000, +86 138 0000 0000, 138-0000-0000: one optional space or hyphen between groups.
const MOBILE = /(?<!\d)(?:\+?86[ -]?)?(1[3-9]\d)[ -]?\d{4}[ -]?(\d{4})(?!\d)/g;
// Sandbox keys look like lc_sk_test_sbx1_f88b…: everything after the mode is secret, underscores included.
const BEARER = /\b(lc_[ps]k_(?:test|live)_)[\w-]+/g;
// `http://user:password@host`: userinfo in a URL is a credential.
const USERINFO = /\b(https?:\/\/)[^\s/?#@]+@/gi;

/**
 * Masks resident ID numbers, mobile numbers, API keys and URL credentials inside free text. Full-width digits
 * (as pasted from some input methods) are turned into ASCII first, so they are masked too.
 * @example redactText('13800000000 lc_sk_test_abc') // '138****0000 lc_sk_test_[redacted]'
 */
export function redactText(text: string): string {
  return text
    .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(USERINFO, '$1[redacted]@')
    .replace(BEARER, '$1[redacted]')
    .replace(RESIDENT_ID, '$1**********$2')
    .replace(MOBILE, '$1****$2');
}
