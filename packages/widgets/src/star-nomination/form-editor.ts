// What the nomination form does once the visitor has started: checks beside fields and in the summary, steps,
// photos, and sending. Part of the later steps' chunk (form-parts.ts), so the element, which is on the first
// render of every page, keeps only its state, loading, value capture and rendering.
import { nominations, type NominationCampaign, type Transport } from '@learning-city/core';
import type { ReactiveControllerHost } from 'lit';
import type { Locale } from '../shared/locale.js';
import { countChars } from './char-count.js';
import type { DraftController } from './draft-controller.js';
import type { NominationCompleteDetail, NominationErrorDetail, NominationStepDetail } from './events.js';
import {
  controlId,
  STEPS,
  type FieldErrors,
  type FieldKey,
  type NominationFormValues,
  type PhotoEntry,
  type PhotoField,
  type StepName,
  type ValueField,
} from './form-values.js';
import { message } from './messages.js';
import {
  checkPhotoCount,
  checkPhotoField,
  checkStep,
  checkValue,
  fieldForIssuePath,
  schemaIssues,
  stepOf,
  toNominationCreate,
} from './nomination-form.js';
import { addPhotoFiles } from './photo-uploads.js';
import { drawThumbnail } from './photo.js';
import { SubmissionController, type Failure } from './submission-controller.js';

const PHOTO_KEY = /^photos\.(\d+)\.(\w+)$/;

/** The element's reactive state the editor reads and writes (the element's own fields, behind its types). */
export interface EditorHost extends ReactiveControllerHost {
  step: number;
  values: NominationFormValues;
  photos: PhotoEntry[];
  errors: FieldErrors;
  summaryShown: boolean;
  photoBusy: boolean;
  photoRefusals: string[];
  readonly formDisabled: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  dispatchEvent(event: Event): boolean;
}

/** What the editor asks of the element beyond its state. */
export interface EditorContext {
  campaign(): NominationCampaign | null;
  /** The current year in Asia/Shanghai (a birth year cannot follow it). */
  year(): number;
  locale(): Locale;
  /** Read when sending, so a provider's api-base changed meanwhile is the one used. */
  transport(): Transport;
  /** Focus this selector after the next render. */
  focus(selector: string): void;
  /** What the polite live region says. */
  announce(text: string): void;
  draft: DraftController;
  /** An empty form on its first step. */
  reset(): void;
}

export class FormEditor {
  /** Sending, with one idempotency key per draft. */
  readonly submission: SubmissionController;
  #deedsOver = false;

  constructor(
    private readonly host: EditorHost,
    private readonly context: EditorContext,
  ) {
    this.submission = new SubmissionController(host, {
      resource: () => nominations(context.transport()),
      onKeyChange: () => context.draft.schedule(),
      onComplete: (nomination) => {
        context.draft.discard();
        context.reset();
        context.focus('#result-heading');
        this.#emit<NominationCompleteDetail>('lc-nomination-complete', { nomination });
      },
      onError: (error, failure) => {
        if (failure.kind === 'validation') this.#showIssues(failure);
        else context.focus('#failure');
        context.draft.schedule();
        this.#emit<NominationErrorDetail>('lc-nomination-error', { error, kind: failure.kind });
      },
    });
  }

  #emit<Detail>(type: string, detail: Detail): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // ---- Checks beside fields ----

  #checkField(field: FieldKey) {
    const limits = this.context.campaign()?.limits;
    if (!limits) return undefined;
    const { host } = this;
    const photo = PHOTO_KEY.exec(field);
    if (photo) {
      const entry = host.photos[Number(photo[1])];
      return entry ? checkPhotoField(entry, photo[2] as PhotoField) : undefined;
    }
    if (field === 'photos') return checkPhotoCount(host.photos, limits);
    return checkValue(field as ValueField, host.values, limits, this.context.year());
  }

  /** Checks `field` again; with `onlyClear`, only takes its message away (a new one waits for leaving it). */
  recheck(field: FieldKey, onlyClear: boolean): void {
    const error = this.#checkField(field);
    if (onlyClear && error !== undefined) return;
    const { [field]: _previous, ...others } = this.host.errors;
    this.host.errors = error === undefined ? others : { ...others, [field]: error };
  }

  /** Leaving a text field checks it, once something is typed (an empty field waits for "next"); files are added. */
  change(input: HTMLInputElement): void {
    if (input.type === 'file') {
      void this.#addPhotos(input);
      return;
    }
    if (input.type === 'checkbox' || input.type === 'radio' || input.tagName === 'SELECT') return;
    const field = input.name as FieldKey;
    if (input.value.trim() !== '' || this.host.errors[field] !== undefined) this.recheck(field, false);
  }

  /** Says "N too many" once as the deeds go over the limit, and the count once they are back under it. */
  announceDeeds(): void {
    const limits = this.context.campaign()?.limits;
    if (!limits) return;
    const count = countChars(this.host.values.deeds);
    const over = count > limits.deedsMaxChars;
    if (over === this.#deedsOver) return;
    this.#deedsOver = over;
    const locale = this.context.locale();
    this.context.announce(
      over
        ? message(locale, 'counterOver', { over: count - limits.deedsMaxChars })
        : message(locale, 'counter', { count, max: limits.deedsMaxChars }),
    );
  }

  // ---- Photos ----

  async #addPhotos(input: HTMLInputElement): Promise<void> {
    const { host, context } = this;
    const files = Array.from(input.files ?? []);
    input.value = '';
    const campaign = context.campaign();
    if (!campaign || files.length === 0 || host.photoBusy) return;
    host.photoBusy = true;
    host.photoRefusals = [];
    host.photoRefusals = await addPhotoFiles(files, {
      limits: campaign.limits,
      locale: context.locale(),
      count: () => host.photos.length,
      upload: (body) => nominations(context.transport()).uploadMedia(body),
      onPhoto: (photo) => {
        host.photos = [...host.photos, photo];
      },
    });
    host.photoBusy = false;
    if (host.errors.photos) this.recheck('photos', false);
    context.draft.schedule();
  }

  removePhoto(index: number): void {
    const { host } = this;
    host.photos = host.photos.filter((_, i) => i !== index);
    // Photo errors are keyed by position: drop them rather than shift stale messages.
    host.errors = Object.fromEntries(
      Object.entries(host.errors).filter(([field]) => !field.startsWith('photos.')),
    ) as FieldErrors;
    this.context.focus(`#${controlId('photos')}`);
    this.context.draft.schedule();
  }

  /** Draws the previews the last render added (a canvas: no data: URL, so a strict CSP is fine). */
  drawThumbnails(): void {
    for (const canvas of this.host.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-media]')) {
      const photo = this.host.photos[Number(canvas.dataset['thumbnailIndex'])];
      if (photo && canvas.dataset['drawn'] !== photo.mediaId) {
        canvas.dataset['drawn'] = photo.mediaId;
        drawThumbnail(canvas, photo.thumbnail).catch(() => undefined);
      }
    }
  }

  // ---- Steps ----

  goTo(step: number): void {
    const { host } = this;
    host.step = step;
    host.errors = {};
    host.summaryShown = false;
    host.photoRefusals = [];
    this.context.focus('#step-heading');
    void this.context.draft.save();
    this.#emit<NominationStepDetail>('lc-nomination-step', { step: STEPS[step] ?? 'review', index: step });
  }

  back(): void {
    if (this.host.step > 0) this.goTo(this.host.step - 1);
  }

  /** Shows `errors` on the first step that has one: the summary at the top (focused), messages beside fields. */
  #showErrors(errors: FieldErrors): void {
    const first = (Object.keys(errors) as FieldKey[])[0];
    if (first === undefined) return;
    const step = stepOf(first);
    if (STEPS.indexOf(step) !== this.host.step) this.goTo(STEPS.indexOf(step));
    this.host.errors = Object.fromEntries(
      Object.entries(errors).filter(([field]) => stepOf(field as FieldKey) === step),
    ) as FieldErrors;
    this.host.summaryShown = true;
    this.context.focus('#error-summary');
  }

  #check(step: StepName, campaign: NominationCampaign): FieldErrors {
    return checkStep(step, this.host.values, this.host.photos, campaign.limits, this.context.year());
  }

  /** "Next" on a step (checks it), "submit" on the review (checks every step, then core's schema). */
  submitStep(): void {
    const { host, submission } = this;
    const campaign = this.context.campaign();
    if (!campaign || host.formDisabled || host.photoBusy) return;
    if (host.step < STEPS.length - 1) {
      const errors = this.#check(STEPS[host.step]!, campaign);
      if (Object.keys(errors).length > 0) this.#showErrors(errors);
      else this.goTo(host.step + 1);
      return;
    }
    if (submission.busy) return;
    const failing = STEPS.map((step) => this.#check(step, campaign)).find(
      (errors) => Object.keys(errors).length > 0,
    );
    if (failing) {
      this.#showErrors(failing);
      return;
    }
    const body = toNominationCreate(campaign.id, host.values, host.photos);
    const issues = schemaIssues(body);
    if (Object.keys(issues).length > 0) this.#showErrors(issues);
    else void submission.submit(body);
  }

  /** The platform's field issues (a 422) beside their fields, on the first step that has one. */
  #showIssues(failure: Failure): void {
    const errors: FieldErrors = {};
    for (const issue of failure.issues ?? []) {
      const field = fieldForIssuePath(issue.path);
      if (field !== undefined) errors[field] ??= this.#checkField(field) ?? { code: 'rejected' };
    }
    if (Object.keys(errors).length > 0) this.#showErrors(errors);
    else this.context.focus('#failure');
  }

  /** A link in the error summary focuses its field (the chosen radio, or the first). */
  summaryLink(event: Event, field: FieldKey): void {
    event.preventDefault();
    const root = this.host.renderRoot;
    const checked = root.querySelector<HTMLElement>(`input[name='${field}']:checked`);
    (checked ?? root.querySelector<HTMLElement>(`#${controlId(field)}`))?.focus();
  }
}
