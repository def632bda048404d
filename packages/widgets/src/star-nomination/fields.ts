// Templates for one labelled field of the nomination form, with its hints, its counter and its error beside it.
// The look comes from the shared registration form's styles (registrationStyles), so both forms read alike.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { listSize } from '../shared/config.js';
import type { Locale } from '../shared/locale.js';
import { controlId, type FieldError, type FieldErrors, type FieldKey } from './form-values.js';

/** What every field template reads. */
export interface FieldContext {
  locale: Locale;
  errors: FieldErrors;
  senior: boolean;
  /**
   * The text of a field error (`errorMessage`, with core's validator messages): it comes with the checks, in
   * the later steps' code, so it is here whenever `errors` has something.
   */
  describe?: (error: FieldError, label: string) => string;
}

export { controlId };

const errorId = (field: FieldKey) => `${controlId(field)}-error`;

/** `aria-describedby`: the hints, then the error when there is one. */
export function describedBy(
  ctx: FieldContext,
  field: FieldKey,
  hints: readonly string[],
): string | undefined {
  const ids = ctx.errors[field] ? [...hints, errorId(field)] : hints;
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The message beside a field. */
export function errorText(
  ctx: FieldContext,
  field: FieldKey,
  label: string,
): TemplateResult | typeof nothing {
  const error = ctx.errors[field];
  return error && ctx.describe
    ? html`<p id=${errorId(field)} class="error" part="field-error">${ctx.describe(error, label)}</p>`
    : nothing;
}

export interface Hint {
  id: string;
  text: string;
}

export interface TextOptions {
  label: string;
  value: string;
  autocomplete?: string;
  type?: 'text' | 'tel';
  inputmode?: 'numeric' | 'tel' | 'text';
  hints?: readonly Hint[];
  required?: boolean;
  /** A multi-line field of this many rows. */
  rows?: number;
  /** A live counter under the field (rendered by the caller, read with the field). */
  counter?: TemplateResult;
  counterId?: string;
}

/** A labelled text input or textarea. */
export function textField(ctx: FieldContext, field: FieldKey, options: TextOptions) {
  const hints = options.hints ?? [];
  const invalid = ctx.errors[field] !== undefined;
  const ids = [...hints.map((hint) => hint.id), ...(options.counterId ? [options.counterId] : [])];
  const describe = ifDefined(describedBy(ctx, field, ids));
  const required = options.required === false ? 'false' : 'true';
  return html`<div class="field" part="field">
    <label for=${controlId(field)}>${options.label}</label>
    ${hints.map((hint) => html`<p id=${hint.id} class="hint">${hint.text}</p>`)}
    ${
      options.rows
        ? html`<textarea
            id=${controlId(field)}
            name=${field}
            rows=${options.rows}
            aria-required=${required}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describe}
            .value=${live(options.value)}
          ></textarea>`
        : html`<input
            id=${controlId(field)}
            name=${field}
            type=${options.type ?? 'text'}
            inputmode=${ifDefined(options.inputmode)}
            autocomplete=${options.autocomplete ?? 'off'}
            spellcheck="false"
            aria-required=${required}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describe}
            .value=${live(options.value)}
          />`
    }
    ${options.counter ?? nothing} ${errorText(ctx, field, options.label)}
  </div>`;
}

/** One choice out of a few, as radio buttons: every option visible at once, no pop-up list. */
export function choiceField(
  ctx: FieldContext,
  field: FieldKey,
  legend: string,
  value: string,
  options: readonly { value: string; label: string }[],
) {
  const invalid = ctx.errors[field] !== undefined;
  return html`<fieldset
    class="field options"
    part="field"
    aria-describedby=${ifDefined(describedBy(ctx, field, []))}
  >
    <legend>${legend}</legend>
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
              .checked=${live(value === option.value)}
            />
            <span>${option.label}</span>
          </label>`,
      )}
    </div>
    ${errorText(ctx, field, legend)}
  </fieldset>`;
}

/**
 * A choice out of many, as a `<select>`; in senior mode an inline list box (`size`) instead of a drop-down,
 * so nothing pops up.
 */
export function selectField(
  ctx: FieldContext,
  field: FieldKey,
  label: string,
  value: string,
  groups: readonly { label?: string; options: readonly { value: string; label: string }[] }[],
  placeholder: string,
) {
  const invalid = ctx.errors[field] !== undefined;
  const count = groups.reduce((sum, group) => sum + group.options.length, 0);
  const option = (item: { value: string; label: string }) =>
    html`<option value=${item.value} ?selected=${item.value === value}>${item.label}</option>`;
  return html`<div class="field" part="field">
    <label for=${controlId(field)}>${label}</label>
    <select
      id=${controlId(field)}
      name=${field}
      size=${ifDefined(listSize(ctx.senior, count))}
      aria-required="true"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(ctx, field, []))}
      .value=${live(value)}
    >
      ${ctx.senior ? nothing : html`<option value="" ?selected=${value === ''}>${placeholder}</option>`}
      ${groups.map((group) =>
        group.label
          ? html`<optgroup label=${group.label}>${group.options.map(option)}</optgroup>`
          : group.options.map(option),
      )}
    </select>
    ${errorText(ctx, field, label)}
  </div>`;
}
