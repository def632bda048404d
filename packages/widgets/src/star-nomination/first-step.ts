// What the form needs to show its first step, as its own chunk: it loads once the campaign is open. The draft
// bar, the step list, the form's frame and the nominee's fields. The later steps, the checks, photos and
// sending (form-parts.ts) wait until the visitor starts on the form; they are imported from here, so the
// bundler knows this chunk is loaded by then and lets them use its code instead of splitting it out.
export { DEFAULT_DISTRICTS } from './districts.js';
export { formView, type FormView, type LaterViews } from './form-view.js';
export { nomineeStep, type StepView } from './nominee-step.js';

let formParts: Promise<typeof import('./form-parts.js')> | undefined;

/** The later steps' code, imported once per page; a failed import (a dropped connection) is tried again. */
export function loadFormParts(): Promise<typeof import('./form-parts.js')> {
  return (formParts ??= import('./form-parts.js').catch((error: unknown) => {
    formParts = undefined;
    throw error;
  }));
}
