// Templates for the outcome: the result screen (confirmed, waitlisted, cancelled) and failure messages.
import type { Registration } from '@learning-city/core';
import { html, nothing } from 'lit';
import type { Locale } from '../locale.js';
import type { Failure, RegistrationPhase } from './registration-controller.js';
import { message, type MessageKey } from './registration-messages.js';

const FAILURE_MESSAGES: Record<Failure['kind'], MessageKey> = {
  full: 'error.full',
  closed: 'error.closed',
  connection: 'error.connection',
  server: 'error.server',
  keyReused: 'error.keyReused',
  validation: 'error.validation',
  config: 'error.config',
  unknown: 'error.unknown',
  cancel: 'error.cancel',
};

/** A message about the whole form, announced when it appears, with the request ID for support. */
export function failureAlert(locale: Locale, failure: Failure) {
  return html`<div class="alert" role="alert" part="alert">
    <p>${message(locale, FAILURE_MESSAGES[failure.kind])}</p>
    ${failure.requestId ? html`<p>${message(locale, 'requestId', { id: failure.requestId })}</p>` : nothing}
  </div>`;
}

/** What the result screen shows and what its buttons do. */
export interface ResultView {
  locale: Locale;
  registration: Registration;
  phase: RegistrationPhase;
  failure: Failure | null;
  confirmingCancel: boolean;
  /** A blob: URL of the activity's .ics, when there is one to offer. */
  calendarUrl: string | null;
  calendarFileName: string;
  onAskCancel(confirming: boolean): void;
  onCancel(): void;
  onDone(): void;
}

/** Confirmed (with "add to calendar"), waitlisted (with the position) or cancelled; personal data as masked by the platform. */
export function resultTemplate(view: ResultView) {
  const t = (key: MessageKey, params?: Record<string, string | number>) => message(view.locale, key, params);
  const { registration } = view;
  const status = view.phase === 'cancelled' ? 'cancelled' : registration.status;
  const heading: MessageKey =
    status === 'waitlisted' ? 'waitlisted' : status === 'cancelled' ? 'cancelled' : 'confirmed';
  return html`<div class="result" part="result" data-status=${status}>
    <h3 id="result-heading" tabindex="-1">${t(heading)}</h3>
    ${
      status === 'waitlisted' && registration.waitlistPosition !== null
        ? html`<p class="position">${t('waitlistPosition', { position: registration.waitlistPosition })}</p>
            <p>${t('waitlistExplain')}</p>`
        : nothing
    }
    ${status === 'cancelled' ? html`<p>${t('cancelledExplain')}</p>` : nothing}
    <dl class="facts">
      <dt>${t('registrationId')}</dt>
      <dd>${registration.id}</dd>
      <dt>${t('name')}</dt>
      <dd>${registration.nameMasked}</dd>
      <dt>${t('mobile')}</dt>
      <dd>${registration.mobileMasked}</dd>
    </dl>
    ${
      status === 'confirmed' && view.calendarUrl
        ? html`<a
            class="button"
            part="calendar-link"
            href=${view.calendarUrl}
            download=${view.calendarFileName}
            >${t('addToCalendar')}</a
          >`
        : nothing
    }
    ${view.failure?.kind === 'cancel' ? failureAlert(view.locale, view.failure) : nothing}
    <div class="actions">
      ${status === 'cancelled' || registration.token === undefined ? nothing : cancelTemplate(view, t)}
      <button type="button" class="primary" part="done" @click=${view.onDone}>${t('done')}</button>
    </div>
  </div>`;
}

/** "Cancel registration", then the question in place (no pop-up) with "yes" and "keep it". */
function cancelTemplate(view: ResultView, t: (key: MessageKey) => string) {
  if (!view.confirmingCancel) {
    return html`<button type="button" id="cancel" part="cancel" @click=${() => view.onAskCancel(true)}>
      ${t('cancelRegistration')}
    </button>`;
  }
  const busy = view.phase === 'cancelling';
  return html`<div class="group" role="group" aria-labelledby="cancel-question">
    <p id="cancel-question">${t('cancelQuestion')}</p>
    <div class="actions">
      <button
        type="button"
        class="danger"
        part="cancel-confirm"
        aria-disabled=${busy ? 'true' : 'false'}
        aria-busy=${busy ? 'true' : 'false'}
        @click=${view.onCancel}
      >
        ${t(busy ? 'cancelling' : 'cancelYes')}
      </button>
      <button type="button" id="cancel-no" @click=${() => view.onAskCancel(false)}>${t('cancelNo')}</button>
    </div>
  </div>`;
}
