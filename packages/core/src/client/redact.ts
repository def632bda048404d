// Keeps keys, credentials and personal data out of anything the client logs.
// Digits are matched in ASCII and full width (０-９), since people paste both.
const RESIDENT_ID = /(?<![\d０-９])([\d０-９]{4})[\d０-９]{10}([\d０-９]{3}[\d０-９XxＸｘ])(?![\d０-９])/g;
// 13800000000, +86 138 0000 0000, 138-0000-0000: one optional space or hyphen between groups.
const MOBILE =
  /(?<![\d０-９])(?:\+?(?:86|８６)[ -]?)?(1[3-9３-９][\d０-９])[ -]?[\d０-９]{4}[ -]?([\d０-９]{4})(?![\d０-９])/g;
// Sandbox keys look like lc_sk_test_sbx1_f88b…: everything after the mode is secret, underscores included.
const BEARER = /\b(lc_(?:pk|sk)_(?:test|live)_)[\w-]+/g;
// `http://user:password@host`: userinfo in a URL is a credential.
const USERINFO = /\b(https?:\/\/)[^\s/?#@]+@/gi;

/**
 * Masks resident ID numbers, mobile numbers, API keys and URL credentials inside free text.
 * @example redactText('13800000000 lc_sk_test_abc') // '138****0000 lc_sk_test_[redacted]'
 */
export function redactText(text: string): string {
  return text
    .replace(USERINFO, '$1[redacted]@')
    .replace(BEARER, '$1[redacted]')
    .replace(RESIDENT_ID, '$1**********$2')
    .replace(MOBILE, '$1****$2');
}
