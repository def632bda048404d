// The error summary at the top of a step and the alert about a submission: shown only after the checks or a
// submission have run, so they come with the later steps' code.
import { html, nothing } from 'lit';
import type { Locale } from '../shared/locale.js';
import { errorMessage } from './error-messages.js';
import { controlId, type FieldErrors, type FieldKey } from './form-values.js';
import { message, type MessageKey } from './messages.js';
import type { Failure } from './submission-controller.js';

/** The label of a field, as its messages use it. */
export function fieldLabel(locale: Locale, field: FieldKey): string {
  const photo = /^photos\.\d+\.(\w+)$/.exec(field);
  if (photo)
    return message(locale, photo[1] === 'publicityConsent' ? 'photoConsent' : (photo[1] as MessageKey));
  return message(locale, field === 'photos' ? 'choosePhoto' : (field as MessageKey));
}

/**
 * A problem as the summary lists it: the message beside the field already names the field, except core's
 * validator messages (two fields take a mobile number) and a photo's fields (which photo): those get a prefix.
 */
function summaryText(locale: Locale, field: FieldKey, errors: FieldErrors): string {
  const error = errors[field]!;
  const text = errorMessage(locale, error, fieldLabel(locale, field));
  const photo = /^photos\.(\d+)\./.exec(field);
  if (photo) return `${message(locale, 'photoLabel', { n: Number(photo[1]) + 1 })}：${text}`;
  return error.code.includes('.') ? `${fieldLabel(locale, field)}：${text}` : text;
}

/**
 * The problems of a step at its top, each a link to its field (the GOV.UK error summary pattern); the form
 * focuses it when it appears, so it is read at once.
 */
export function errorSummary(
  locale: Locale,
  fields: readonly FieldKey[],
  errors: FieldErrors,
  onLink: (event: Event, field: FieldKey) => void,
) {
  return html`<div
    class="summary"
    part="error-summary"
    id="error-summary"
    tabindex="-1"
    aria-labelledby="summary-heading"
  >
    <h4 id="summary-heading">${message(locale, 'errorSummary', { count: fields.length })}</h4>
    <ul>
      ${fields.map(
        (field) =>
          html`<li>
            <a href=${`#${controlId(field)}`} @click=${(event: Event) => onLink(event, field)}
              >${summaryText(locale, field, errors)}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

const FAILURES: Record<Failure['kind'], MessageKey> = {
  connection: 'failure.connection',
  server: 'failure.server',
  keyReused: 'failure.keyReused',
  validation: 'failure.validation',
  closed: 'failure.closed',
  config: 'failure.config',
  unknown: 'failure.unknown',
};

/** A message about the whole submission, announced when it appears, with the request ID for support. */
export function failureAlert(locale: Locale, failure: Failure) {
  return html`<div class="alert" id="failure" role="alert" part="alert" tabindex="-1">
    <p>${message(locale, FAILURES[failure.kind])}</p>
    ${failure.requestId ? html`<p>${message(locale, 'requestId', { id: failure.requestId })}</p>` : nothing}
  </div>`;
}
