// Tests for the localised validator messages.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { DIVISION_CODE_FAILURES } from './division-code.js';
import { type Locale, VALIDATION_MESSAGES, VALIDATOR_MESSAGE_CODES, validationMessage } from './messages.js';
import { MOBILE_FAILURES } from './mobile.js';
import { RESIDENT_ID_FAILURES } from './resident-id.js';
import { TEXT_FAILURES } from './text.js';

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

describe('validationMessage', () => {
  it('has a non-empty zh-CN and en message for every failure reason of every validator', () => {
    const codes = [
      ...RESIDENT_ID_FAILURES.map((reason) => `residentId.${reason}` as const),
      ...MOBILE_FAILURES.map((reason) => `mobile.${reason}` as const),
      ...DIVISION_CODE_FAILURES.map((reason) => `divisionCode.${reason}` as const),
      ...TEXT_FAILURES.map((reason) => `text.${reason}` as const),
    ];
    assert.deepEqual([...VALIDATOR_MESSAGE_CODES].sort(), [...codes].sort());
    for (const code of codes) {
      for (const locale of LOCALES) {
        const message = validationMessage(code, locale);
        assert.equal(typeof message, 'string', `${locale} ${code}`);
        assert.notEqual(message.trim(), '', `${locale} ${code}`);
      }
      assert.notEqual(validationMessage(code, 'zh-CN'), validationMessage(code, 'en'), code);
    }
  });

  it('has no messages for codes that no validator produces', () => {
    for (const locale of LOCALES) {
      assert.deepEqual(
        Object.keys(VALIDATION_MESSAGES[locale]).sort(),
        [...VALIDATOR_MESSAGE_CODES].sort(),
        locale,
      );
    }
  });

  it('writes zh-CN messages in Chinese and en messages without Chinese characters', () => {
    for (const code of VALIDATOR_MESSAGE_CODES) {
      assert.match(validationMessage(code, 'zh-CN'), /\p{Script=Han}/u, code);
      assert.doesNotMatch(validationMessage(code, 'en'), /\p{Script=Han}/u, code);
    }
  });

  it('defaults to zh-CN', () => {
    assert.equal(validationMessage('residentId.checksum'), '身份证号码校验位不正确，请核对后重新输入');
    assert.equal(
      validationMessage('residentId.checksum', 'en'),
      'The ID number’s check digit is wrong; please check it and type it again',
    );
  });

  it('falls back to zh-CN for a locale it does not have', () => {
    assert.equal(
      validationMessage('mobile.format', 'fr' as Locale),
      validationMessage('mobile.format', 'zh-CN'),
    );
  });
});
