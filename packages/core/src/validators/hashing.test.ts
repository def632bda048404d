// Tests for salted identity hashing with WebCrypto.

import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { createSalt, hashIdentity, sha256Hex } from './hashing.js';

/** SHA-256 hex computed with node:crypto, independently of the WebCrypto code under test. */
function nodeSha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 vector for "abc"', async () => {
    assert.equal(await sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('hashes the UTF-8 bytes of non-ASCII text', async () => {
    assert.equal(await sha256Hex('学习型城市'), nodeSha256Hex('学习型城市'));
  });
});

describe('hashIdentity', () => {
  it('returns sha256$ and the hex SHA-256 of the value followed by the salt', async () => {
    const salt = '9f86d081884c7d65';
    assert.equal(
      await hashIdentity('11010519491231002X', salt),
      `sha256$${nodeSha256Hex(`11010519491231002X${salt}`)}`,
    );
    assert.match(await hashIdentity('11010519491231002X', salt), /^sha256\$[0-9a-f]{64}$/);
  });

  it('hashes a resident ID with a lowercase x the same as with X', async () => {
    const salt = createSalt();
    assert.equal(
      await hashIdentity('11010519491231002x', salt),
      await hashIdentity(' 11010519491231002X ', salt),
    );
  });

  it('leaves the case of values that are not resident IDs alone', async () => {
    assert.equal(await hashIdentity('Learner-42', 'salt'), `sha256$${nodeSha256Hex('Learner-42salt')}`);
  });

  it('gives different hashes for different salts', async () => {
    assert.notEqual(
      await hashIdentity('11010519491231002X', 'salt-a'),
      await hashIdentity('11010519491231002X', 'salt-b'),
    );
  });

  it('throws a clear error when the salt is empty', async () => {
    await assert.rejects(hashIdentity('11010519491231002X', ''), /non-empty salt.*brute force/);
  });

  it('throws a TypeError, not a hash salted with "undefined", when JavaScript passes no salt', async () => {
    for (const salt of [undefined, null, 42]) {
      await assert.rejects(
        hashIdentity('11010519491231002X', salt as unknown as string),
        (error: unknown) => error instanceof TypeError && /non-empty salt/.test(error.message),
        String(salt),
      );
    }
    await assert.rejects(hashIdentity('', 'salt'), /non-empty value/);
    await assert.rejects(hashIdentity(undefined as unknown as string, 'salt'), TypeError);
  });

  it('throws when the value is empty', async () => {
    await assert.rejects(hashIdentity('  ', 'salt'), /non-empty value/);
  });
});

describe('createSalt', () => {
  it('returns 16 random bytes as 32 hex characters by default', () => {
    assert.match(createSalt(), /^[0-9a-f]{32}$/);
  });

  it('returns the requested number of bytes', () => {
    assert.match(createSalt(32), /^[0-9a-f]{64}$/);
  });

  it('returns a different salt each time', () => {
    assert.notEqual(createSalt(), createSalt());
  });

  it('rejects byte counts that are not integers from 1 to 65536', () => {
    for (const bytes of [0, -1, 1.5, 65_537, Number.NaN]) {
      assert.throws(() => createSalt(bytes), RangeError, String(bytes));
    }
  });
});
