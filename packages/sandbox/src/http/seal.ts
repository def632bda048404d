// The secrets of one Idempotency-Key record: where it is filed, the MAC of its body and the seal of its response.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { sha256 } from '../ids.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** What a record is filed under and the keys that protect it; derived per request, never stored. */
export interface IdempotencySecrets {
  /** The API key the record belongs to, as a SHA-256 prefix. */
  scope: string;
  /** SHA-256 of the Idempotency-Key: the record's key in the database. */
  keyHash: string;
  /** AES-256-GCM key of the stored response. */
  sealKey: Buffer;
  /** HMAC-SHA256 key of the body's digest (a plain hash of a small body could be guessed). */
  macKey: Buffer;
}

/** Derives a record's secrets (HKDF-SHA256) from the API key and the Idempotency-Key. */
export function idempotencySecrets(apiKey: string, idempotencyKey: string): IdempotencySecrets {
  const derived = Buffer.from(
    hkdfSync('sha256', idempotencyKey, apiKey, 'learning-city-sandbox idempotency v1', 64),
  );
  return {
    scope: sha256(apiKey).slice(0, 32),
    keyHash: sha256(idempotencyKey),
    sealKey: derived.subarray(0, 32),
    macKey: derived.subarray(32),
  };
}

/** The hex HMAC of a (canonical) request body. */
export function bodyMac(secrets: IdempotencySecrets, body: string): string {
  return createHmac('sha256', secrets.macKey).update(body).digest('hex');
}

/** Encrypts a response body: IV, GCM tag and ciphertext in one buffer. */
export function sealResponse(secrets: IdempotencySecrets, body: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', secrets.sealKey, iv);
  const encrypted = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), encrypted]);
}

/** Decrypts what {@link sealResponse} made; throws if it was made under other secrets or altered. */
export function openResponse(secrets: IdempotencySecrets, sealed: Uint8Array): string {
  const bytes = Buffer.from(sealed);
  const decipher = createDecipheriv('aes-256-gcm', secrets.sealKey, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
    'utf8',
  );
}
