// Templates around the fields on every step: the draft bar and the step list (the error summary and the
// failure alert, shown only after checks or a submission, are in form-alerts.ts with the later steps).
import { html, nothing } from 'lit';
import type { Locale } from '../shared/locale.js';
import { STEPS } from './form-values.js';
import { formatDateTime, message, stepLabel, type MessageKey } from './messages.js';

export type DraftNotice = 'restored' | 'saved' | 'identifiersLost' | 'discarded' | null;

export interface DraftBarView {
  locale: Locale;
  notice: DraftNotice;
  savedAt: string;
  canSeal: boolean;
  hasDraft: boolean;
  confirming: boolean;
  onAsk(confirming: boolean): void;
  onDiscard(): void;
}

const NOTICES: Record<Exclude<DraftNotice, null>, MessageKey> = {
  restored: 'draftRestored',
  saved: 'draftSaved',
  identifiersLost: 'draftIdentifiersLost',
  discarded: 'discarded',
};

/** Where the draft stands, and "discard draft" with its question asked in place (no pop-up). */
export function draftBar(view: DraftBarView) {
  const t = (key: MessageKey, params?: Record<string, string | number>) => message(view.locale, key, params);
  if (view.confirming) {
    return html`<div class="draft group" part="draft" role="group" aria-labelledby="discard-question">
      <p id="discard-question">${t('discardQuestion')}</p>
      <div class="actions">
        <button type="button" class="danger" id="discard-yes" @click=${view.onDiscard}>
          ${t('discardYes')}
        </button>
        <button type="button" id="discard-no" @click=${() => view.onAsk(false)}>${t('discardNo')}</button>
      </div>
    </div>`;
  }
  const time = view.savedAt ? formatDateTime(view.locale, view.savedAt) : '';
  const text = view.notice ? t(NOTICES[view.notice], { time }) : '';
  return html`<div class="draft" part="draft">
    <p>
      ${text ? html`<span id="draft-status">${text}</span> ` : nothing}${t(
        view.canSeal ? 'draftPrivacy' : 'draftNoSeal',
      )}
    </p>
    ${
      view.hasDraft
        ? html`<button type="button" id="discard" @click=${() => view.onAsk(true)}>
            ${t('discardDraft')}
          </button>`
        : nothing
    }
  </div>`;
}

/** The steps, the current one marked for screen readers (`aria-current="step"`). */
export function stepList(locale: Locale, current: number) {
  return html`<ol class="steps" part="steps" aria-label=${message(locale, 'formLabel')}>
    ${STEPS.map(
      (step, index) =>
        html`<li aria-current=${index === current ? 'step' : 'false'}>
          ${index + 1}. ${stepLabel(locale, step)}
        </li>`,
    )}
  </ol>`;
}
