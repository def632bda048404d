// Everything the form needs once a campaign is open, as its own chunk: it loads while the campaign is fetched,
// so the entry module stays small: the form's markup, the checks, photo processing, the result screen, and
// sending (the submission state machine and core's nominations resource: schema check, create, media upload).
export { nominations } from '@learning-city/core';
export { countChars } from './char-count.js';
export { DEFAULT_DISTRICTS } from './districts.js';
export { formView } from './form-view.js';
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
