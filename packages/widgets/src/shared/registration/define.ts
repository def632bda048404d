// Registers <lc-registration-dialog>; import this module for its side effect.
import { defineElement } from '../define.js';
import { LcRegistrationDialog } from './registration-dialog.js';

defineElement('lc-registration-dialog', LcRegistrationDialog);

export { LcRegistrationDialog };
export type {
  RegistrationCancelDetail,
  RegistrationCompleteDetail,
  RegistrationErrorDetail,
  RegistrationTarget,
} from './registration-dialog.js';
