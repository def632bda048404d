// Everything the form needs once a campaign is open, as its own chunk: it loads while the campaign is fetched,
// so the entry module stays small. Templates of every step, the checks, photo processing and the result screen.
export { DEFAULT_DISTRICTS } from './districts.js';
export { draftBar, errorSummary, failureAlert, stepList } from './form-chrome.js';
export {
  checkPhotoCount,
  checkPhotoField,
  checkStep,
  checkValue,
  fieldForIssuePath,
  schemaIssues,
  toNominationCreate,
} from './nomination-form.js';
export { nomineeStep } from './nominee-step.js';
export { addPhotoFiles } from './photo-uploads.js';
export { drawThumbnail } from './photo.js';
export { photosStep } from './photos-step.js';
export { resultScreen, reviewSections } from './review.js';
export { consentFields, recommenderStep, storyStep } from './steps.js';
