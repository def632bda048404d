// The form as a whole: draft bar, steps, the current step's fields, the summary, alerts and the step buttons.
// A function of the element's state and handlers, so the element keeps the state and this module the markup.
// It renders the first step on its own; the later steps, the error summary and the failure alert come with the
// later steps' code (`later`, from form-parts.ts), which loads when the visitor starts on the form.
import type { CampaignLimits } from '@learning-city/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { DistrictOption } from './districts.js';
import type { FieldContext } from './fields.js';
import type { errorSummary, failureAlert } from './form-alerts.js';
import type { fieldsOf } from './nomination-form.js';
import { draftBar, stepList, type DraftBarView } from './form-chrome.js';
import { STEPS, type FieldKey, type NominationFormValues, type PhotoEntry } from './form-values.js';
import { message, stepLabel } from './messages.js';
import { nomineeStep, type StepView } from './nominee-step.js';
import type { Failure } from './submission-controller.js';

/** What the later steps' code adds to the form: their fields, the error summary, the failure alert. */
export interface LaterViews {
  /** The fields of a step after the first. */
  laterStepFields(view: FormView, stepView: StepView): TemplateResult;
  errorSummary: typeof errorSummary;
  failureAlert: typeof failureAlert;
  fieldsOf: typeof fieldsOf;
}

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
  /** The later steps' code, once loaded (always, past the first step). */
  later: LaterViews | null;
  /** The later steps' code did not arrive (a dropped connection): the visitor is asked to reload. */
  laterFailed: boolean;
  /** The first focus in the form: the later steps' code starts loading. */
  onStart(): void;
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
  return view.step === 0 ? nomineeStep(stepView) : (view.later?.laterStepFields(view, stepView) ?? nothing);
}

/** The form on its current step. */
export function formView(view: FormView) {
  const { locale } = view.ctx;
  const t = (key: Parameters<typeof message>[1], params?: Record<string, string | number>) =>
    message(locale, key, params);
  const name = STEPS[view.step] ?? 'review';
  const last = view.step === STEPS.length - 1;
  const { busy, failure, canRetry } = view.submission;
  const { later } = view;
  const summaryFields =
    later && view.summaryShown
      ? later.fieldsOf(name, view.photos).filter((field) => view.ctx.errors[field] !== undefined)
      : [];
  return html`${draftBar(view.draft)} ${stepList(locale, view.step)}
    <form
      part="form"
      novalidate
      @focusin=${view.onStart}
      @submit=${view.onSubmit}
      @input=${view.onInput}
      @change=${view.onChange}
    >
      <fieldset class="group bare" ?disabled=${view.disabled}>
        <h3 id="step-heading" tabindex="-1">
          <span class="visually-hidden">${t('stepOf', { n: view.step + 1, total: STEPS.length })}：</span
          >${stepLabel(locale, name)}
        </h3>
        ${
          later && summaryFields.length > 0
            ? later.errorSummary(locale, summaryFields, view.ctx.errors, view.onSummaryLink)
            : nothing
        }
        <p class=${last ? '' : 'hint'}>${t(last ? 'reviewIntro' : 'allRequired')}</p>
        ${stepFields(view)}
        <p class="visually-hidden" role="status">${view.announcement}</p>
        ${later && last && failure ? later.failureAlert(locale, failure) : nothing}
        ${
          view.laterFailed
            ? html`<div class="alert" id="part-failed" role="alert" part="alert" tabindex="-1">
                <p>${t('partFailed')}</p>
              </div>`
            : nothing
        }
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
