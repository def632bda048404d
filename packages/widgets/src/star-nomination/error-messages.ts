// Field error messages: ours with the field's label, and core's validator messages (e.g. a mobile number's).
import { validationMessage, type ValidatorMessageCode } from '@learning-city/core';
import type { Locale } from '../shared/locale.js';
import type { FieldError, OwnErrorCode } from './form-values.js';
import { message } from './messages.js';

/** The text of a field error; `label` is the field's label, lower-cased in English inside a sentence. */
export function errorMessage(locale: Locale, error: FieldError, label: string): string {
  if (error.code.includes('.')) return validationMessage(error.code as ValidatorMessageCode, locale);
  const own = `error.${error.code as OwnErrorCode}` as const;
  const shown = locale === 'en' ? label.toLowerCase() : label;
  return message(locale, own, { label: shown, ...error.params });
}
