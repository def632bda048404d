// Templates for one labelled field of the registration form, with its hints and its error beside it.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Locale } from '../locale.js';
import type { FieldErrors, FieldName, RegistrationFormValues } from './registration-form.js';
import { errorMessage, message, type MessageKey } from './registration-messages.js';

/** What every field template reads. */
export interface FieldContext {
  locale: Locale;
  values: RegistrationFormValues;
  errors: FieldErrors;
}

type TextFieldName = 'name' | 'mobile' | 'residentId' | 'guardianName' | 'guardianMobile';
type CheckboxFieldName = 'residentIdConsent' | 'guardianConsent' | 'privacyNotice';
type ChoiceFieldName = 'ageGroup' | 'guardianRelationship';

/** The element id of a field's control (the first radio, for a choice). */
export function controlId(field: FieldName): string {
  return `f-${field}`;
}

function errorId(field: FieldName): string {
  return `${field}-error`;
}

/** `aria-describedby` for a field: its hints, then its error when it has one. */
function describedBy(ctx: FieldContext, field: FieldName, hints: readonly string[]): string | undefined {
  const ids = ctx.errors[field] ? [...hints, errorId(field)] : hints;
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function errorText(ctx: FieldContext, field: FieldName): TemplateResult | typeof nothing {
  const code = ctx.errors[field];
  return code
    ? html`<p id=${errorId(field)} class="error" part="field-error">${errorMessage(ctx.locale, code)}</p>`
    : nothing;
}

export interface TextFieldOptions {
  label: MessageKey;
  autocomplete: string;
  type?: 'text' | 'tel';
  /** Hint paragraphs shown under the label and read with the field. */
  hints?: readonly { id: string; text: string }[];
}

/** A labelled text input. */
export function textField(ctx: FieldContext, field: TextFieldName, options: TextFieldOptions) {
  const hints = options.hints ?? [];
  const invalid = ctx.errors[field] !== undefined;
  return html`<div class="field" part="field">
    <label for=${controlId(field)}>${message(ctx.locale, options.label)}</label>
    ${hints.map((hint) => html`<p id=${hint.id} class="hint">${hint.text}</p>`)}
    <input
      id=${controlId(field)}
      name=${field}
      type=${options.type ?? 'text'}
      autocomplete=${options.autocomplete}
      spellcheck="false"
      aria-required="true"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(
        describedBy(
          ctx,
          field,
          hints.map((hint) => hint.id),
        ),
      )}
      .value=${live(ctx.values[field])}
    />
    ${errorText(ctx, field)}
  </div>`;
}

/** A consent checkbox, never ticked by default. */
export function checkboxField(
  ctx: FieldContext,
  field: CheckboxFieldName,
  label: MessageKey,
  hints: readonly string[] = [],
) {
  return html`<div class="field" part="field">
    <label class="choice">
      <input
        id=${controlId(field)}
        name=${field}
        type="checkbox"
        aria-required="true"
        aria-invalid=${ctx.errors[field] ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(ctx, field, hints))}
        .checked=${live(ctx.values[field])}
      />
      <span>${message(ctx.locale, label)}</span>
    </label>
    ${errorText(ctx, field)}
  </div>`;
}

/**
 * One choice out of a few, as radio buttons: every option visible at once, and no pop-up list (senior mode
 * allows none).
 */
export function choiceField(
  ctx: FieldContext,
  field: ChoiceFieldName,
  legend: MessageKey,
  options: readonly { value: string; label: MessageKey }[],
) {
  const invalid = ctx.errors[field] !== undefined;
  return html`<fieldset
    class="field options"
    part="field"
    aria-describedby=${ifDefined(describedBy(ctx, field, []))}
  >
    <legend>${message(ctx.locale, legend)}</legend>
    <div class="choices">
      ${options.map(
        (option, index) =>
          html`<label class="choice">
            <input
              id=${ifDefined(index === 0 ? controlId(field) : undefined)}
              name=${field}
              type="radio"
              value=${option.value}
              aria-invalid=${invalid ? 'true' : 'false'}
              .checked=${live(ctx.values[field] === option.value)}
            />
            <span>${message(ctx.locale, option.label)}</span>
          </label>`,
      )}
    </div>
    ${errorText(ctx, field)}
  </fieldset>`;
}
