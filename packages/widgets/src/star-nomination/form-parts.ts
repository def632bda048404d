// The later steps' code, as its own chunk: it loads when the visitor starts on the form (the first focus or
// input in it, or "next"), or at once when a stored draft is restored. What the form does from then on (checks,
// steps, photos, sending: FormEditor), the later steps' fields, the error summary, the failure alert and the
// result screen.
export { errorMessage } from './error-messages.js';
export { errorSummary, failureAlert } from './form-alerts.js';
export { FormEditor, type EditorContext, type EditorHost } from './form-editor.js';
export { laterStepFields } from './later-steps.js';
export { laterStyles } from './later.styles.js';
export { fieldsOf } from './nomination-form.js';
export { resultScreen } from './review.js';
