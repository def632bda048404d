// The form as a whole: draft bar, steps, the current step's fields, the summary, alerts and the step buttons.
// A function of the element's state and handlers, so the element keeps the state and this (lazy) chunk the markup.
import type { CampaignLimits } from '@learning-city/core';
import { html, nothing } from 'lit';
import type { DistrictOption } from './districts.js';
import type { FieldContext } from './fields.js';
import { draftBar, errorSummary, failureAlert, stepList, type DraftBarView } from './form-chrome.js';
import { fieldsOf, STEPS, type FieldKey, type NominationFormValues, type PhotoEntry } from './form-values.js';
import { message, stepLabel } from './messages.js';
import { nomineeStep, type StepView } from './nominee-step.js';
import { photosStep } from './photos-step.js';
import { reviewSections } from './review.js';
import { consentFields, recommenderStep, storyStep } from './steps.js';
import type { Failure } from './submission-controller.js';

export interface FormView {
  ctx: FieldContext;
  step: number;
  values: NominationFormValues;
  photos: readonly PhotoEntry[];
  limits: CampaignLimits;
  districts: readonly DistrictOption[];
  draft: DraftBarView;
  summaryShown: boolean;
  photoBusy: boolean;
  photoRefusals: readonly string[];
  /** What the polite live region says (the deeds counter crossing its limit). */
  announcement: string;
  disabled: boolean;
  submission: { busy: boolean; failure: Failure | null; canRetry: boolean };
  onSubmit(event: Event): void;
  onInput(event: Event): void;
  onChange(event: Event): void;
  onBack(): void;
  onRetry(): void;
  onSummaryLink(event: Event, field: FieldKey): void;
  onRemovePhoto(index: number): void;
  onEdit(step: number): void;
}

function stepFields(view: FormView) {
  const stepView: StepView = {
    ctx: view.ctx,
    values: view.values,
    limits: view.limits,
    districts: view.districts,
  };
  switch (STEPS[view.step] ?? 'review') {
    case 'nominee':
      return nomineeStep(stepView);
    case 'story':
      return storyStep(stepView);
    case 'recommender':
      return recommenderStep(stepView);
    case 'photos':
      return photosStep({
        ctx: view.ctx,
        photos: view.photos,
        limits: view.limits,
        busy: view.photoBusy,
        refusals: view.photoRefusals,
        onRemove: view.onRemovePhoto,
      });
    case 'review':
      return html`${reviewSections({
        locale: view.ctx.locale,
        values: view.values,
        photos: view.photos,
        districts: view.districts,
        onEdit: view.onEdit,
      })}
      ${consentFields(stepView)}`;
  }
}

/** The form on its current step. */
export function formView(view: FormView) {
  const { locale } = view.ctx;
  const t = (key: Parameters<typeof message>[1], params?: Record<string, string | number>) =>
    message(locale, key, params);
  const name = STEPS[view.step] ?? 'review';
  const last = view.step === STEPS.length - 1;
  const { busy, failure, canRetry } = view.submission;
  const summaryFields = fieldsOf(name, view.photos).filter((field) => view.ctx.errors[field] !== undefined);
  return html`${draftBar(view.draft)} ${stepList(locale, view.step)}
    <form part="form" novalidate @submit=${view.onSubmit} @input=${view.onInput} @change=${view.onChange}>
      <fieldset class="group bare" ?disabled=${view.disabled}>
        <h3 id="step-heading" tabindex="-1">
          <span class="visually-hidden">${t('stepOf', { n: view.step + 1, total: STEPS.length })}：</span
          >${stepLabel(locale, name)}
        </h3>
        ${
          view.summaryShown && summaryFields.length > 0
            ? errorSummary(locale, summaryFields, view.ctx.errors, view.onSummaryLink)
            : nothing
        }
        <p class=${last ? '' : 'hint'}>${t(last ? 'reviewIntro' : 'allRequired')}</p>
        ${stepFields(view)}
        <p class="visually-hidden" role="status">${view.announcement}</p>
        ${last && failure ? failureAlert(locale, failure) : nothing}
        <div class="actions">
          ${
            view.step > 0
              ? html`<button type="button" part="back" @click=${view.onBack}>${t('back')}</button>`
              : nothing
          }
          <button
            type="submit"
            class="primary"
            part=${last ? 'submit' : 'next'}
            aria-disabled=${busy || view.photoBusy ? 'true' : 'false'}
            aria-busy=${busy ? 'true' : 'false'}
          >
            ${t(last ? (busy ? 'sending' : 'submit') : 'next')}
          </button>
          ${
            last && canRetry && !busy
              ? html`<button type="button" id="retry" part="retry" @click=${view.onRetry}>
                  ${t('retry')}
                </button>`
              : nothing
          }
        </div>
      </fieldset>
    </form>`;
}
