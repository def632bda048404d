// Salted SHA-256 identity hashes (Open Badges 3.0 `identityHash`) using WebCrypto, for browsers and Node alike.

import { normalizeResidentId, RESIDENT_ID_PATTERN } from './resident-id.js';

const MAX_RANDOM_BYTES = 65_536;

/**
 * Hashes an identity value with a salt the way Open Badges 3.0 `IdentityObject.identityHash`
 * expects when `hashed: true`: `'sha256$'` followed by the lowercase hex SHA-256 of the UTF-8
 * bytes of the value and then the salt. The value is trimmed, and a resident ID number is
 * normalised first, so `…002x` and `…002X` hash the same.
 *
 * @throws {TypeError} When `salt` is not a non-empty string: an unsalted hash of an ID number is reversible by
 *   brute force. Make one with {@link createSalt} and store it beside the hash.
 * @example
 * const salt = createSalt();
 * const identityHash = await hashIdentity('11010519491231002X', salt);
 * const identity = { type: 'IdentityObject', identityType: 'identifier', hashed: true, identityHash, salt };
 */
export async function hashIdentity(value: string, salt: string): Promise<string> {
  // `typeof` too: from JavaScript, a forgotten salt would otherwise be salted with the string "undefined".
  if (typeof salt !== 'string' || salt === '') {
    throw new TypeError(
      'hashIdentity needs a non-empty salt: an unsalted hash of an ID or mobile number is reversible by ' +
        'brute force, because there are few enough possible numbers to hash them all. Use createSalt().',
    );
  }
  if (typeof value !== 'string') throw new TypeError('hashIdentity needs the value to hash as a string');
  const trimmed = value.trim();
  if (trimmed === '') throw new Error('hashIdentity needs a non-empty value to hash');
  const asResidentId = normalizeResidentId(trimmed);
  const normalized = RESIDENT_ID_PATTERN.test(asResidentId) ? asResidentId : trimmed;
  return `sha256$${await sha256Hex(normalized + salt)}`;
}

/**
 * Creates a random salt as a lowercase hex string (two characters per byte) from `crypto.getRandomValues`.
 *
 * @throws {RangeError} When `bytes` is not an integer from 1 to 65536.
 * @example
 * createSalt(); // e.g. '9f86d081884c7d659a2feaa0c55ad015' (16 bytes)
 * createSalt(32).length; // 64
 */
export function createSalt(bytes = 16): string {
  if (!Number.isInteger(bytes) || bytes < 1 || bytes > MAX_RANDOM_BYTES) {
    throw new RangeError(`createSalt: bytes must be an integer from 1 to ${MAX_RANDOM_BYTES}, got ${bytes}`);
  }
  return toHex(webCrypto().getRandomValues(new Uint8Array(bytes)));
}

/**
 * The lowercase hex SHA-256 digest of the UTF-8 bytes of `text`.
 *
 * @example
 * await sha256Hex('abc'); // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export async function sha256Hex(text: string): Promise<string> {
  const subtle = webCrypto().subtle;
  if (!subtle) {
    throw new Error('sha256Hex needs crypto.subtle, which browsers only provide in secure contexts (HTTPS)');
  }
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return toHex(new Uint8Array(digest));
}

/** The global WebCrypto object, with a clear error where the runtime has none. */
function webCrypto(): Crypto {
  const crypto = globalThis.crypto as Crypto | undefined;
  if (!crypto) throw new Error('WebCrypto (globalThis.crypto) is not available in this runtime');
  return crypto;
}

/** Lowercase hex, two characters per byte. */
function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
