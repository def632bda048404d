// The later steps' fields: learning story (with live counters), recommending unit, consents (checkboxes).
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { countChars } from './char-count.js';
import { controlId, describedBy, errorText, textField, type FieldContext } from './fields.js';
import type { FieldKey } from './form-values.js';
import { t, type StepView } from './nominee-step.js';

/** A checkbox, never ticked by default. */
export function checkboxField(
  ctx: FieldContext,
  field: FieldKey,
  label: string,
  checked: boolean,
  options: { hints?: readonly string[]; required?: boolean } = {},
) {
  return html`<div class="field" part="field">
    <label class="choice">
      <input
        id=${controlId(field)}
        name=${field}
        type="checkbox"
        aria-required=${options.required === false ? 'false' : 'true'}
        aria-invalid=${ctx.errors[field] ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(ctx, field, options.hints ?? []))}
        .checked=${live(checked)}
      />
      <span>${label}</span>
    </label>
    ${errorText(ctx, field, label)}
  </div>`;
}

/** `123 / 1500 字`, and what is over or missing; `data-state` colours it. */
function counter(view: StepView, id: string, text: string, min: number, max: number) {
  const count = countChars(text);
  const state = count > max ? 'over' : count > 0 && count < min ? 'short' : 'ok';
  return html`<p id=${id} class="counter" part="counter" data-state=${state}>
    ${t(view, 'counter', { count, max })}${
      state === 'over'
        ? html` · <strong>${t(view, 'counterOver', { over: count - max })}</strong>`
        : state === 'short'
          ? html` · ${t(view, 'counterShort', { short: min - count })}`
          : nothing
    }
  </p>`;
}

export function storyStep(view: StepView) {
  const { ctx, values, limits } = view;
  return html`${textField(ctx, 'summary', {
    label: t(view, 'summary'),
    value: values.summary,
    rows: 3,
    hints: [{ id: 'summary-hint', text: t(view, 'summaryHint', { max: limits.summaryMaxChars }) }],
    counter: counter(view, 'summary-count', values.summary, 0, limits.summaryMaxChars),
    counterId: 'summary-count',
  })}
  ${textField(ctx, 'deeds', {
    label: t(view, 'deeds'),
    value: values.deeds,
    rows: 12,
    hints: [
      {
        id: 'deeds-hint',
        text: t(view, 'deedsHint', { min: limits.deedsMinChars, max: limits.deedsMaxChars }),
      },
    ],
    counter: counter(view, 'deeds-count', values.deeds, limits.deedsMinChars, limits.deedsMaxChars),
    counterId: 'deeds-count',
  })}
  ${
    limits.honoursMax > 0
      ? textField(ctx, 'honours', {
          label: t(view, 'honours') + t(view, 'optional'),
          value: values.honours,
          rows: 4,
          required: false,
          hints: [{ id: 'honours-hint', text: t(view, 'honoursHint', { max: limits.honoursMax }) }],
        })
      : nothing
  }`;
}

export function recommenderStep(view: StepView) {
  const { ctx, values } = view;
  return html`${textField(ctx, 'institutionName', {
    label: t(view, 'institutionName'),
    value: values.institutionName,
    autocomplete: 'organization',
    hints: [{ id: 'institution-hint', text: t(view, 'institutionHint') }],
  })}
  ${textField(ctx, 'contactName', {
    label: t(view, 'contactName'),
    value: values.contactName,
    autocomplete: 'name',
  })}
  ${textField(ctx, 'contactMobile', {
    label: t(view, 'contactMobile'),
    value: values.contactMobile,
    type: 'tel',
    inputmode: 'tel',
    autocomplete: 'tel-national',
  })}`;
}

/** The consents at the end of the review. */
export function consentFields(view: StepView) {
  const { ctx, values } = view;
  return html`<section class="group" part="privacy" aria-labelledby="privacy-heading">
    <h3 id="privacy-heading">${t(view, 'privacy')}</h3>
    <p id="privacy-text">${t(view, 'privacyText')}</p>
    ${checkboxField(ctx, 'privacyNotice', t(view, 'privacyNotice'), values.privacyNotice, {
      hints: ['privacy-text'],
    })}
    ${checkboxField(ctx, 'publicity', t(view, 'publicity'), values.publicity, { required: false })}
  </section>`;
}
