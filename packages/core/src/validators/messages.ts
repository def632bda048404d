// Localised (zh-CN first, then English) messages for every validator failure reason.

import { DIVISION_CODE_FAILURES, type DivisionCodeFailure } from './division-code.js';
import { MOBILE_FAILURES, type MobileFailure } from './mobile.js';
import { RESIDENT_ID_FAILURES, type ResidentIdFailure } from './resident-id.js';
import { TEXT_FAILURES, type TextFailure } from './text.js';

/**
 * A locale the validator messages are available in.
 *
 * @example
 * const locale: Locale = 'en';
 */
export type Locale = 'zh-CN' | 'en';

/**
 * A failure reason namespaced by validator, such as `'residentId.checksum'` or `'mobile.format'`.
 *
 * @example
 * const code: ValidatorMessageCode = 'divisionCode.province';
 */
export type ValidatorMessageCode =
  | `residentId.${ResidentIdFailure}`
  | `mobile.${MobileFailure}`
  | `divisionCode.${DivisionCodeFailure}`
  | `text.${TextFailure}`;

/**
 * One locale's messages, keyed by code. Widgets can widen `Code` to add their own messages.
 *
 * @example
 * const zh: ValidationMessageTable<ValidatorMessageCode | 'form.required'> = {
 *   ...VALIDATION_MESSAGES['zh-CN'],
 *   'form.required': '此项为必填项',
 * };
 */
export type ValidationMessageTable<Code extends string = ValidatorMessageCode> = Record<Code, string>;

/**
 * Messages for every locale, keyed by locale and then by code.
 *
 * @example
 * const messages: ValidationMessages = VALIDATION_MESSAGES;
 */
export type ValidationMessages<Code extends string = ValidatorMessageCode> = Record<
  Locale,
  ValidationMessageTable<Code>
>;

/**
 * Every validator message code, derived from the validators' failure lists.
 *
 * @example
 * VALIDATOR_MESSAGE_CODES.includes('residentId.checksum'); // true
 */
export const VALIDATOR_MESSAGE_CODES: readonly ValidatorMessageCode[] = [
  ...RESIDENT_ID_FAILURES.map((reason) => `residentId.${reason}` as const),
  ...MOBILE_FAILURES.map((reason) => `mobile.${reason}` as const),
  ...DIVISION_CODE_FAILURES.map((reason) => `divisionCode.${reason}` as const),
  ...TEXT_FAILURES.map((reason) => `text.${reason}` as const),
];

/**
 * The built-in message tables.
 *
 * @example
 * VALIDATION_MESSAGES.en['mobile.format']; // 'That is not a valid mobile number; …'
 */
export const VALIDATION_MESSAGES: ValidationMessages = {
  'zh-CN': {
    'residentId.empty': '请输入身份证号码',
    'residentId.length': '身份证号码应为 18 位，请核对后重新输入',
    'residentId.characters': '身份证号码只能包含数字，最后一位可以是 X',
    'residentId.region': '身份证号码开头的地区代码不正确，请核对后重新输入',
    'residentId.birth_date': '身份证号码中的出生日期不是有效日期，请核对后重新输入',
    'residentId.future_birth_date': '身份证号码中的出生日期晚于今天，请核对后重新输入',
    'residentId.checksum': '身份证号码校验位不正确，请核对后重新输入',
    'mobile.empty': '请输入手机号码',
    'mobile.format': '手机号码格式不正确，应为以 1 开头的 11 位数字',
    'divisionCode.empty': '请输入行政区划代码',
    'divisionCode.format': '行政区划代码格式不正确，应为 6 位或 12 位数字',
    'divisionCode.province': '行政区划代码开头的省级代码不存在，请核对后重新输入',
    'text.line_break': '此项只能填写一行，请删除换行',
    'text.control_characters': '内容中含有不可见的控制字符，请删除后重新输入',
  },
  en: {
    'residentId.empty': 'Please enter an ID number',
    'residentId.length': 'An ID number has 18 characters; please check it and type it again',
    'residentId.characters': 'An ID number has only digits, except that the last character may be X',
    'residentId.region':
      'The region code at the start of the ID number is wrong; please check it and type it again',
    'residentId.birth_date':
      'The date of birth in the ID number is not a real date; please check it and type it again',
    'residentId.future_birth_date':
      'The date of birth in the ID number is later than today; please check it and type it again',
    'residentId.checksum': 'The ID number’s check digit is wrong; please check it and type it again',
    'mobile.empty': 'Please enter a mobile number',
    'mobile.format': 'That is not a valid mobile number; it should be 11 digits starting with 1',
    'divisionCode.empty': 'Please enter an administrative division code',
    'divisionCode.format':
      'An administrative division code has 6 or 12 digits; please check it and type it again',
    'divisionCode.province':
      'The province code at the start of the division code does not exist; please check it and type it again',
    'text.line_break': 'This field takes one line; please remove the line breaks',
    'text.control_characters':
      'The text contains invisible control characters; please remove them and type it again',
  },
};

/**
 * The message for a validator failure in the given locale (Simplified Chinese by default).
 *
 * @example
 * const result = validateResidentId(input);
 * if (!result.ok) showError(validationMessage(`residentId.${result.reason}`)); // '身份证号码校验位不正确，…'
 * validationMessage('mobile.format', 'en'); // 'That is not a valid mobile number; …'
 */
export function validationMessage(code: ValidatorMessageCode, locale: Locale = 'zh-CN'): string {
  // Untyped callers may pass a locale we do not have (such as 'en-US'); fall back to zh-CN.
  const table: ValidationMessageTable | undefined = VALIDATION_MESSAGES[locale];
  return (table ?? VALIDATION_MESSAGES['zh-CN'])[code];
}
