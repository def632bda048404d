import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactText } from './redact.js';

describe('redactText', () => {
  it('hides every character after the mode of a key, underscores included (sandbox keys)', () => {
    const out = redactText('Bearer lc_sk_test_sbx1_f88b5086067ee71a0a2ff4b8 failed');
    assert.equal(out, 'Bearer lc_sk_test_[redacted] failed');
    assert.equal(redactText('lc_pk_live_abc123'), 'lc_pk_live_[redacted]');
  });

  it('masks mobiles written with spaces, hyphens or +86', () => {
    for (const mobile of [
      '13812345678',
      '138 1234 5678',
      '138-1234-5678',
      '+86 138 1234 5678',
      '+8613812345678',
    ]) {
      const out = redactText(`call ${mobile} now`);
      assert.doesNotMatch(out, /1234/, `${mobile} → ${out}`);
      assert.match(out, /138\*{4}5678/, `${mobile} → ${out}`);
    }
  });

  it('masks resident ID numbers in ASCII or full-width digits', () => {
    assert.equal(redactText('id 11010519491231002X.'), 'id 1101**********002X.');
    const fullWidth = '１１０１０５１９４９１２３１００２Ｘ';
    const out = redactText(`id ${fullWidth}`);
    assert.doesNotMatch(out, /１９４９１２３１|19491231/);
    assert.equal(out, 'id 1101**********002X');
    assert.equal(redactText('１３８１２３４５６７８'), '138****5678');
  });

  it('hides the userinfo of a URL', () => {
    assert.equal(
      redactText('could not fetch http://admin:hunter2@api.example.cn/v1/courses'),
      'could not fetch http://[redacted]@api.example.cn/v1/courses',
    );
  });

  it('leaves dates, request IDs and short numbers alone', () => {
    const text = 'req_abc123 on 2026-05-16, 42 seats, 1700000000000 ms';
    assert.equal(redactText(text), text);
  });
});
