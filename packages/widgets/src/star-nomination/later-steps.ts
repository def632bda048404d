// The fields of the steps after the first (learning story, recommending unit, photos, review with consents):
// part of the later steps' code (form-parts.ts), which loads when the visitor starts on the form.
import { html, type TemplateResult } from 'lit';
import type { FormView } from './form-view.js';
import { nomineeStep, type StepView } from './nominee-step.js';
import { STEPS } from './form-values.js';
import { photosStep } from './photos-step.js';
import { reviewSections } from './review.js';
import { consentFields, recommenderStep, storyStep } from './steps.js';

/** The fields of `view.step`. */
export function laterStepFields(view: FormView, stepView: StepView): TemplateResult {
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
