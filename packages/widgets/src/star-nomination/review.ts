// The review step (everything typed, as text, with "change" per section) and the result screen.
import { maskMobile, type Nomination } from '@learning-city/core';
import { html, type TemplateResult } from 'lit';
import type { Locale } from '../shared/locale.js';
import type { DistrictOption } from './districts.js';
import {
  honoursList,
  STEPS,
  type NominationFormValues,
  type PhotoEntry,
  type StepName,
} from './nomination-form.js';
import { formatDateTime, groupLabel, message, stepLabel, type MessageKey } from './messages.js';
import { licenceLabel } from './photos-step.js';

export interface ReviewView {
  locale: Locale;
  values: NominationFormValues;
  photos: readonly PhotoEntry[];
  districts: readonly DistrictOption[];
  onEdit(step: number): void;
}

function section(view: ReviewView, step: StepName, rows: readonly [string, string | TemplateResult][]) {
  const heading = stepLabel(view.locale, step);
  const id = `review-${step}`;
  return html`<section class="review-section" aria-labelledby=${id}>
    <div class="review-head">
      <h4 id=${id}>${heading}</h4>
      <button
        type="button"
        class="edit"
        aria-describedby=${id}
        @click=${() => view.onEdit(STEPS.indexOf(step))}
      >
        ${message(view.locale, 'edit')}
      </button>
    </div>
    <dl class="facts">
      ${rows.map(
        ([term, detail]) =>
          html`<dt>${term}</dt>
            <dd>${detail}</dd>`,
      )}
    </dl>
  </section>`;
}

/**
 * Every answer, as plain text (markup typed into a field shows as the characters typed); mobile numbers masked,
 * as everywhere on screen once typed.
 */
export function reviewSections(view: ReviewView) {
  const { locale, values } = view;
  const t = (key: MessageKey) => message(locale, key);
  const district = view.districts.find((d) => d.code === values.divisionCode);
  const districtName = district
    ? ((locale === 'en' ? district.nameEn : undefined) ?? district.name)
    : values.divisionCode;
  const honours = honoursList(values.honours);
  return html`${section(view, 'nominee', [
    [t('nomineeName'), values.nomineeName.trim()],
    [t('sex'), values.sex ? t(`sex.${values.sex}`) : ''],
    [t('birthYear'), values.birthYear.trim()],
    [t('nomineeMobile'), maskMobile(values.nomineeMobile)],
    [t('divisionCode'), districtName],
    [t('group'), values.group ? groupLabel(locale, values.group) : ''],
  ])}
  ${section(view, 'story', [
    [t('summary'), values.summary.trim()],
    [t('deeds'), html`<span class="prose">${values.deeds.trim()}</span>`],
    [
      t('honours'),
      honours.length
        ? html`<ul class="plain">
            ${honours.map((h) => html`<li>${h}</li>`)}
          </ul>`
        : '—',
    ],
  ])}
  ${section(view, 'recommender', [
    [t('institutionName'), values.institutionName.trim()],
    [t('contactName'), values.contactName.trim()],
    [t('contactMobile'), maskMobile(values.contactMobile)],
  ])}
  ${section(
    view,
    'photos',
    view.photos.map((photo, index) => [
      message(locale, 'photoLabel', { n: index + 1 }),
      html`${photo.caption.trim()}<br />${t('photographer')}：${photo.photographer.trim()} ·
        ${t('copyrightHolder')}：${photo.copyrightHolder.trim()} ·
        ${photo.licence ? licenceLabel(locale, photo.licence) : ''}`,
    ]),
  )}`;
}

/** The nomination as the platform stored it, with its reference to quote. */
export function resultScreen(locale: Locale, nomination: Nomination, onAgain: () => void) {
  const t = (key: MessageKey) => message(locale, key);
  return html`<div class="result" part="result">
    <h3 id="result-heading" tabindex="-1">${t('successTitle')}</h3>
    <p>${t('successText')}</p>
    <dl class="facts">
      <dt>${t('reference')}</dt>
      <dd class="reference" part="reference">${nomination.reference}</dd>
      <dt>${t('nomineeName')}</dt>
      <dd>${nomination.nominee.name}</dd>
      <dt>${t('nomineeMobile')}</dt>
      <dd>${nomination.nominee.mobileMasked}</dd>
      <dt>${t('institutionName')}</dt>
      <dd>${nomination.recommender.institutionName}</dd>
      <dt>${t('submittedAt')}</dt>
      <dd>${formatDateTime(locale, nomination.submittedAt)}</dd>
    </dl>
    <div class="actions">
      <button type="button" part="again" @click=${onAgain}>${t('newNomination')}</button>
    </div>
  </div>`;
}
