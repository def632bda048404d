// What the form shows before there is a form: loading, no campaign, closed or not yet open, could not load.
import type { NominationCampaign } from '@learning-city/core';
import { html, nothing } from 'lit';
import type { Locale } from '../shared/locale.js';
import { formatDateTime, message, type MessageKey } from './messages.js';

export type LoadState =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'none' }
  | { kind: 'closed' | 'upcoming'; campaign: NominationCampaign }
  | { kind: 'error'; connection: boolean; config: boolean; requestId?: string };

/** Everything but `ready`: loading, no campaign, closed or not yet open, could not load. */
export function loadStateTemplate(locale: Locale, state: LoadState, onReload: () => void) {
  const t = (key: MessageKey, params?: Record<string, string | number>) => message(locale, key, params);
  const heading = html`<h2 id="title">${t('formLabel')}</h2>`;
  switch (state.kind) {
    case 'loading':
      return html`${heading}
        <p class="notice" part="state" role="status" aria-busy="true">${t('loading')}</p>`;
    case 'none':
      return html`${heading}
        <p class="notice" part="state" role="status">${t('noCampaign')}</p>`;
    case 'closed':
    case 'upcoming': {
      const closed = state.kind === 'closed';
      const text = t(closed ? 'closedCampaign' : 'upcomingCampaign', {
        title: state.campaign.title,
        date: formatDateTime(locale, closed ? state.campaign.closesAt : state.campaign.opensAt),
      });
      return html`${heading}
        <p class="notice" part="state" role="status" data-state=${state.kind}>${text}</p>`;
    }
    case 'error': {
      const text = state.config ? t('failure.config') : t(state.connection ? 'loadConnection' : 'loadFailed');
      return html`${heading}
        <div class="alert" part="state alert" role="alert">
          <p>${text}</p>
          ${state.requestId ? html`<p>${t('requestId', { id: state.requestId })}</p>` : nothing}
        </div>
        ${
          state.config
            ? nothing
            : html`<div class="actions">
                <button type="button" @click=${onReload}>${t('reload')}</button>
              </div>`
        }`;
    }
    case 'ready':
      return nothing;
  }
}
