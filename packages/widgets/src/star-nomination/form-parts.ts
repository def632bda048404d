// The later steps' code, as its own chunk: it loads when the visitor starts on the form (the first focus in it,
// or "next"), or at once when a stored draft is restored. The later steps' fields, the checks, the error summary,
// photo processing, the result screen, and sending (the submission state machine and core's nominations
// resource: schema check, create, media upload). It builds on the first step's chunk (first-step.ts).
export { nominations } from '@learning-city/core';
export { countChars } from './char-count.js';
export { errorMessage } from './error-messages.js';
export { errorSummary, failureAlert } from './form-alerts.js';
export { laterStepFields } from './later-steps.js';
export {
  checkPhotoCount,
  checkPhotoField,
  checkStep,
  checkValue,
  fieldForIssuePath,
  schemaIssues,
  toNominationCreate,
} from './nomination-form.js';
export { addPhotoFiles } from './photo-uploads.js';
export { drawThumbnail } from './photo.js';
export { resultScreen } from './review.js';
export { SubmissionController } from './submission-controller.js';
