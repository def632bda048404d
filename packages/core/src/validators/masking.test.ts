// Tests for masking personal data for display.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { maskMobile, maskName, maskResidentId } from './masking.js';

describe('maskResidentId', () => {
  it('keeps the first 4 and last 4 characters and the length', () => {
    assert.equal(maskResidentId('11010519491231002X'), '1101**********002X');
    assert.equal(maskResidentId('440524188001010014'), '4405**********0014');
  });

  it('normalises whitespace and a lowercase x first', () => {
    assert.equal(maskResidentId(' 11010519491231002x '), '1101**********002X');
  });

  it('masks all but the last 2 characters of input that is not ID-shaped', () => {
    assert.equal(maskResidentId('11010519491231002'), '***************02');
    assert.equal(maskResidentId('abc-123'), '*****23');
  });

  it('masks very short input entirely', () => {
    assert.equal(maskResidentId('12'), '**');
    assert.equal(maskResidentId(''), '');
  });
});

describe('maskMobile', () => {
  it('keeps the first 3 and last 4 digits', () => {
    assert.equal(maskMobile('13800000000'), '138****0000');
    assert.equal(maskMobile('13912345678'), '139****5678');
  });

  it('masks the normalised number when given +86 and separators', () => {
    assert.equal(maskMobile('+86 139-1234-5678'), '139****5678');
    assert.equal(maskMobile('008613912345678'), '139****5678');
  });

  it('masks all but the last 2 characters of a non-mobile', () => {
    assert.equal(maskMobile('010-12345678'), '**********78');
    assert.equal(maskMobile('12345678901'), '*********01');
  });
});

describe('maskName', () => {
  it('masks the second character of a two-character Chinese name', () => {
    assert.equal(maskName('张三'), '张*');
  });

  it('keeps only the first character of longer Chinese names', () => {
    assert.equal(maskName('李小龙'), '李**');
    assert.equal(maskName('欧阳小明'), '欧***');
  });

  it('keeps the separator dot of names such as 阿沛·阿旺晋美', () => {
    assert.equal(maskName('阿沛·阿旺晋美'), '阿*·****');
  });

  it('masks a single Chinese character entirely', () => {
    assert.equal(maskName('张'), '*');
  });

  it('keeps the first letter of each word of a Latin-script name', () => {
    assert.equal(maskName('John Smith'), 'J*** S****');
    assert.equal(maskName('Jean-Luc Picard'), 'J***-L** P*****');
    assert.equal(maskName('Zoë'), 'Z**');
  });

  it('trims surrounding whitespace', () => {
    assert.equal(maskName('  张三 '), '张*');
  });

  it('masks all but the last 2 characters of anything else', () => {
    assert.equal(maskName('张三 Smith'), '******th');
    assert.equal(maskName('R2-D2'), '***D2');
    assert.equal(maskName(''), '');
  });
});
