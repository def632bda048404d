// In a real browser: the client refuses secret keys, and WebCrypto hashing and validators behave as in Node.
import { expect } from '@open-wc/testing';
import { createClient, hashIdentity, maskResidentId, validateResidentId } from '../index.js';

describe('core in the browser', () => {
  it('refuses a secret key and says to use a publishable key', () => {
    expect(() => createClient({ baseUrl: 'https://api.example.cn', apiKey: 'lc_sk_test_abc' })).to.throw(
      /publishable key \(lc_pk_…\)/,
    );
  });

  it('accepts a publishable key', () => {
    expect(() =>
      createClient({ baseUrl: 'https://api.example.cn', apiKey: 'lc_pk_test_abc' }),
    ).not.to.throw();
  });

  it('hashes an ID number with WebCrypto to the same value as Node', async () => {
    // sha256('11010519491231002X' + 'salt-1'), computed with Node's crypto.
    expect(await hashIdentity('11010519491231002x', 'salt-1')).to.equal(
      'sha256$2ca613e412e8015219ed73bd3717a17a69f092d9592f2990639d39c25d5d271d',
    );
  });

  it('validates and masks an ID number', () => {
    expect(validateResidentId('11010519491231002X')).to.deep.equal({
      ok: true,
      birthDate: '1949-12-31',
      sex: 'female',
      regionCode: '110105',
    });
    expect(maskResidentId('11010519491231002X')).to.equal('1101**********002X');
  });
});
