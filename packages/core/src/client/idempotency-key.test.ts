import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newIdempotencyKey } from './transport.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('is a random UUID v4', () => {
    const keys = new Set(Array.from({ length: 100 }, () => newIdempotencyKey()));
    assert.equal(keys.size, 100);
    for (const key of keys) assert.match(key, UUID_V4);
  });

  it('still makes UUID v4 keys where crypto.randomUUID is missing (a page served over plain http)', () => {
    Object.defineProperty(globalThis.crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      assert.equal(typeof globalThis.crypto.randomUUID, 'undefined');
      const keys = new Set(Array.from({ length: 100 }, () => newIdempotencyKey()));
      assert.equal(keys.size, 100);
      for (const key of keys) assert.match(key, UUID_V4);
    } finally {
      delete (globalThis.crypto as { randomUUID?: unknown }).randomUUID; // the prototype's method again
    }
    assert.equal(typeof globalThis.crypto.randomUUID, 'function');
  });
});
