// New resource IDs (`reg_…`), registration tokens and SHA-256 digests.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { ID_PREFIXES, type ResourceKind } from '@learning-city/core';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A new random ID with the resource's prefix, e.g. `reg_8fK2mQ1xP0aZ7bC4`.
 * @example newId('registration')
 */
export function newId(kind: ResourceKind, length = 16): string {
  let id = '';
  for (let i = 0; i < length; i++) id += ALPHABET[randomInt(ALPHABET.length)];
  return `${ID_PREFIXES[kind]}_${id}`;
}

/** A secret bearer token (a registration token): 32 random bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Lowercase hex SHA-256 of a string, for tokens, keys and bodies (not for personal data: use hashIdentity). */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
