// The events <lc-star-nomination> fires: bubbling, composed, typed on HTMLElementEventMap.
import type { Nomination } from '@learning-city/core';
import type { StepName } from './nomination-form.js';
import type { FailureKind } from './submission-controller.js';

/** `detail` of `lc-nomination-complete`: the nomination as the platform stored it (mobiles masked). */
export interface NominationCompleteDetail {
  nomination: Nomination;
}

/** `detail` of `lc-nomination-error`: the client's error (a core error class) and what the form made of it. */
export interface NominationErrorDetail {
  error: Error;
  kind: FailureKind;
}

/** `detail` of `lc-nomination-step`: the step now shown. */
export interface NominationStepDetail {
  step: StepName;
  index: number;
}

declare global {
  interface HTMLElementEventMap {
    'lc-nomination-complete': CustomEvent<NominationCompleteDetail>;
    'lc-nomination-error': CustomEvent<NominationErrorDetail>;
    'lc-nomination-step': CustomEvent<NominationStepDetail>;
  }
}
