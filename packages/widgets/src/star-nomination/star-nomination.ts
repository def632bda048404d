// <lc-star-nomination>: the 百姓学习之星 nomination form (steps, photos with rights, drafts, idempotent submit).
import { ConnectionError, LearningCityError, type NominationCampaign } from '@learning-city/core';
import { html, LitElement, type PropertyValues } from 'lit';
import { readConfig, sameSource, syncSenior, transportFor, type WidgetConfig } from '../shared/config.js';
import type { Locale } from '../shared/locale.js';
import { chunk } from '../shared/chunk.js';
import { internalsOf, markSettled } from '../shared/settled.js';
import { registrationStyles } from '../shared/registration/registration-dialog.styles.js';
import { baseStyles } from '../shared/styles.js';
import { VERSION } from '../shared/version.js';
import { availability, findCampaign } from './campaign.js';
import { DEFAULT_DISTRICTS, type DistrictOption } from './districts.js';
import { DraftController } from './draft-controller.js';
import type { DraftNotice } from './form-chrome.js';
import type { EditorHost, FormEditor } from './form-editor.js';
import { formView } from './form-view.js';
import {
  emptyForm,
  VALUE_FIELDS,
  type FieldErrors,
  type FieldKey,
  type NominationFormValues,
  type PhotoEntry,
  type ValueField,
} from './form-values.js';
import { loadStateTemplate, type LoadState } from './load-state.js';
import { formatDateTime, hasMessages, loadMessages, message, type MessageKey } from './messages.js';
import { nominationStyles } from './star-nomination.styles.js';
import type { SubmissionController } from './submission-controller.js';

/** A chunk of the widget that did not arrive: a connection problem, retried with the campaign. */
const chunkFailed = (cause: unknown) =>
  new ConnectionError(`Part of the nomination form could not be loaded: ${String(cause)}`, { cause });

// The first step is part of the element (a page showing the form needs it); the later steps' code (checks,
// photos, sending: form-parts.ts) is a chunk that loads when the visitor starts on the form (the first focus or
// input in it, or "next"), or at once to restore a stored draft.
type FormParts = typeof import('./form-parts.js');
const formParts = chunk(() => import('./form-parts.js'), chunkFailed);
const PHOTO_KEY = /^photos\.(\d+)\.(\w+)$/;

/**
 * The 百姓学习之星 ("learning star") nomination form: a community, library or college nominates an ordinary
 * person who keeps learning and leads others to learn. It loads the open campaign and its limits, walks through
 * five steps (nominee, learning story, recommending unit, photos with caption and rights, review), keeps a draft
 * on the device (names and mobiles sealed), and submits once with an idempotency key, whatever the network does.
 * Placed inside a page's own `<form>`, it is a form control whose value is the nomination reference.
 *
 * @summary 百姓学习之星 nomination form with photos, drafts and an idempotent submit.
 * @example
 * <lc-star-nomination api-base="https://api.example.cn" publishable-key="lc_pk_live_…"></lc-star-nomination>
 *
 * @event lc-nomination-complete - `{ nomination }`: submitted; `nomination.reference` is e.g. `BXS-2026-000042`.
 * @event lc-nomination-error - `{ error, kind }`: a submission failed (`kind`: connection, server, validation, closed, …).
 * @event lc-nomination-step - `{ step, index }`: another step is shown.
 *
 * @csspart base - The wrapper of everything.
 * @csspart state - Loading, no campaign, closed and load-error messages.
 * @csspart steps - The list of steps.
 * @csspart draft - The draft's status and the "discard draft" button.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems at the top of a step.
 * @csspart field - Each field: label, hints, control and error.
 * @csspart field-error - A field's error message.
 * @csspart counter - A character counter.
 * @csspart photos - The list of photos.
 * @csspart photo - One photo with its caption and rights.
 * @csspart privacy - The privacy notice and the consents.
 * @csspart alert - A message about the whole form (connection dropped, campaign closed, …).
 * @csspart back - The "back" button.
 * @csspart next - The "next" button.
 * @csspart submit - The submit button.
 * @csspart retry - The retry button shown after a dropped connection.
 * @csspart result - The success screen.
 * @csspart reference - The nomination reference on the success screen.
 * @csspart again - The "nominate someone else" button.
 *
 * @cssproperty --lc-nomination-width - The form's largest width (default 48rem).
 * @cssproperty --lc-color-primary - Buttons and accents.
 * @cssproperty --lc-color-danger - Errors and the counter over the limit.
 */
export class LcStarNomination extends LitElement {
  /** The package version of this copy, read by a second copy's duplicate-definition warning. */
  static version = VERSION;
  static formAssociated = true;
  static override styles = [baseStyles, registrationStyles, nominationStyles];
  static override properties = {
    apiBase: { attribute: 'api-base', reflect: true },
    publishableKey: { attribute: 'publishable-key', reflect: true },
    locale: { reflect: true },
    senior: { type: Boolean, reflect: true },
    campaign: {},
    draftId: { attribute: 'draft-id' },
    name: { reflect: true },
    required: { type: Boolean, reflect: true },
    now: { attribute: false },
    districts: { attribute: false },
    loadState: { state: true },
    step: { state: true },
    values: { state: true },
    photos: { state: true },
    errors: { state: true },
    summaryShown: { state: true },
    photoBusy: { state: true },
    photoRefusals: { state: true },
    draftNotice: { state: true },
    confirmingDiscard: { state: true },
    formDisabled: { state: true },
    laterFailed: { state: true },
  };

  /** The API server's origin (or set it on an enclosing `<lc-provider>`). */
  declare apiBase: string | undefined;
  /** A publishable key, `lc_pk_…`. */
  declare publishableKey: string | undefined;
  /** `zh-CN` (default) or `en`. */
  declare locale: string | undefined;
  /** Senior mode (适老化): larger text and targets, higher contrast, no pop-ups. */
  declare senior: boolean;
  /** A campaign id (`cmp_…`); unset: the open campaign. */
  declare campaign: string | undefined;
  /** Names the stored draft when one page has two forms for one campaign. Default: the campaign's id. */
  declare draftId: string | undefined;
  /** The form field name of the nomination reference, inside a page's `<form>`. */
  declare name: string | undefined;
  /** Inside a page's `<form>`: the page's form cannot be submitted until the nomination is. */
  declare required: boolean;
  /** The current time, for tests and stories; the deadline and birth years follow it. Default: the real clock. */
  declare now: Date | undefined;
  /** The districts to choose from (GB/T 2260 codes). Unset: Beijing's 16 districts and Luoyang's 14. */
  declare districts: readonly DistrictOption[] | undefined;
  declare protected loadState: LoadState;
  declare protected step: number;
  declare protected values: NominationFormValues;
  declare protected photos: PhotoEntry[];
  declare protected errors: FieldErrors;
  declare protected summaryShown: boolean;
  declare protected photoBusy: boolean;
  declare protected photoRefusals: string[];
  declare protected draftNotice: DraftNotice;
  declare protected confirmingDiscard: boolean;
  declare protected formDisabled: boolean;
  declare protected laterFailed: boolean;

  #config: WidgetConfig = { apiBase: null, publishableKey: null, locale: 'zh-CN', senior: false };
  #campaign: NominationCampaign | null = null;
  #later: FormParts | null = null;
  #laterLoad: Promise<FormParts> | null = null;
  /** Work the element is waiting on (a chunk, a step change after it): `updateComplete` waits for it too. */
  readonly #waiting = new Set<Promise<unknown>>();
  #savedAt = '';
  #loadGeneration = 0;
  #focusNext: string | null = null;
  #announcement = '';
  readonly #internals: ElementInternals | null;
  readonly #draft = new DraftController(this, {
    snapshot: () =>
      this.#campaign &&
      this.loadState.kind === 'ready' &&
      this.#submission?.phase !== 'submitted' &&
      !this.#isBlank()
        ? {
            campaignId: this.#campaign.id,
            step: this.step,
            values: this.values,
            photos: this.photos,
            // None before the later steps' code is here: no submission can have been tried with one yet.
            idempotencyKey: this.#submission?.idempotencyKey ?? '',
            savedAt: new Date().toISOString(),
          }
        : null,
    onSaved: (savedAt) => {
      this.#savedAt = savedAt;
      if (this.draftNotice !== 'identifiersLost') this.draftNotice = 'saved';
      this.requestUpdate();
    },
  });
  /** What the form does once the visitor has started (checks, steps, photos, sending): from the later steps' chunk. */
  #editor: FormEditor | null = null;

  /** Sending: made with the editor, before any draft is restored. */
  get #submission(): SubmissionController | null {
    return this.#editor?.submission ?? null;
  }

  constructor() {
    super();
    this.senior = false;
    this.required = false;
    this.loadState = { kind: 'loading' };
    this.photoBusy = false;
    this.confirmingDiscard = false;
    this.formDisabled = false;
    this.laterFailed = false;
    this.#reset(null);
    this.#internals = internalsOf(this);
  }

  // ---- Form association (ElementInternals) ----

  /** The page's `<form>` this element belongs to, or `null` when it stands alone. */
  get form(): HTMLFormElement | null {
    return this.#internals?.form ?? null;
  }
  /** The nomination reference once submitted (what the page's form submits under `name`), else `''`. */
  get value(): string {
    return this.#submission?.nomination?.reference ?? '';
  }
  /** Inside a page's `<form>`: invalid (valueMissing) while `required` and not yet submitted. */
  get validity(): ValidityState | undefined {
    return this.#internals?.validity;
  }
  /** The localised reason the element is invalid in its page's form, or an empty string. */
  get validationMessage(): string {
    return this.#internals?.validationMessage ?? '';
  }
  /** Like an input's: false (and an `invalid` event) while `required` and the nomination is not submitted. */
  checkValidity(): boolean {
    return this.#internals?.checkValidity() ?? true;
  }
  /** Like `checkValidity()`, and the browser shows `validationMessage` to the visitor. */
  reportValidity(): boolean {
    return this.#internals?.reportValidity() ?? true;
  }
  /** The page's form was reset: start a fresh nomination (the draft is discarded, as a reset clears fields). */
  formResetCallback(): void {
    this.#discard();
  }
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  #syncForm(): void {
    const internals = this.#internals;
    if (!internals) return;
    internals.setFormValue(this.value || null);
    if (!this.required || this.value !== '') {
      internals.setValidity({});
      return;
    }
    const anchor = this.renderRoot.querySelector<HTMLElement>('[part~=next], [part~=submit]');
    const text = this.#t('formValueMissing');
    if (anchor) internals.setValidity({ valueMissing: true }, text, anchor);
    else internals.setValidity({ valueMissing: true }, text);
  }

  // ---- Lifecycle ----

  get #locale(): Locale {
    return this.#config.locale;
  }

  #nowMs(): number {
    return (this.now ?? new Date()).getTime();
  }

  #year(): number {
    return new Date(this.#nowMs() + 8 * 3600_000).getUTCFullYear(); // in Asia/Shanghai
  }

  #t(key: MessageKey, params?: Record<string, string | number>): string {
    return message(this.#locale, key, params);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const previous = this.#config;
    this.#config = { ...readConfig(this), senior: syncSenior(this) };
    // English strings start loading at once, beside the campaign request (a new locale's later strings too,
    // once the later steps are here).
    for (const part of this.#later ? (['form', 'later'] as const) : (['form'] as const)) {
      if (!hasMessages(this.#locale, part)) {
        loadMessages(this.#locale, part).then(
          () => this.requestUpdate(),
          () => undefined, // #load or "next" reports it
        );
      }
    }
    // A new API base or key (its own, or its provider's) loads the campaign again, unless a form is in
    // progress: that one goes on, and sends with the new source.
    const sourceChanged = !sameSource(previous, this.#config) && this.loadState.kind !== 'ready';
    const reload = sourceChanged || ['campaign', 'draftId', 'now'].some((name) => changed.has(name));
    if (!this.hasUpdated || reload) void this.#load();
  }

  /** Also waits for a chunk the element is loading and for what follows it (the first "next" moving on). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#waiting.size > 0) {
      await Promise.allSettled([...this.#waiting]);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  #track<T>(work: Promise<T>): Promise<T> {
    this.#waiting.add(work);
    const done = () => this.#waiting.delete(work);
    work.then(done, done);
    return work;
  }

  /**
   * Loads the later steps' code and strings (once; again after a failure), and makes the submission with it.
   * Rejects with a `ConnectionError` when they did not arrive.
   */
  #startLater(): Promise<FormParts> {
    this.#laterLoad ??= this.#track(
      Promise.all([
        formParts.load(),
        loadMessages(this.#locale, 'later').catch((error: unknown) => {
          throw chunkFailed(error);
        }),
      ]).then(
        ([parts]) => {
          this.#adoptLaterStyles(parts);
          this.#later = parts;
          this.#editor ??= new parts.FormEditor(this as unknown as EditorHost, {
            campaign: () => this.#campaign,
            year: () => this.#year(),
            locale: () => this.#locale,
            transport: () => transportFor(readConfig(this)),
            focus: (selector) => {
              this.#focusNext = selector;
            },
            announce: (text) => {
              this.#announcement = text;
            },
            draft: this.#draft,
            reset: () => this.#reset(null),
          });
          this.laterFailed = false;
          this.requestUpdate();
          return parts;
        },
        (error: unknown) => {
          this.#laterLoad = null; // the next start tries again
          throw error;
        },
      ),
    );
    return this.#laterLoad;
  }

  /** Adds the later steps' styles to the shadow root's (constructed sheets: no inline style under a strict CSP). */
  #adoptLaterStyles(parts: FormParts): void {
    const root = this.renderRoot;
    const sheet = parts.laterStyles.styleSheet;
    if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** The visitor starts on the form (a focus or an edit): the later steps load meanwhile; "next" reports a failure. */
  readonly #onStart = () => {
    if (!this.#later) this.#startLater().catch(() => undefined);
  };

  protected override updated(): void {
    if (this.loadState.kind !== 'loading') markSettled(this.#internals);
    this.#editor?.drawThumbnails();
    if (this.#focusNext) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#focusNext);
      if (target) {
        target.focus();
        this.#focusNext = null;
      }
    }
    this.#syncForm();
  }

  /**
   * Loads the campaign, then the first step's code and strings; with a draft stored for the campaign, also the
   * draft store and the later steps (the draft may be on any step).
   */
  async #load(): Promise<void> {
    const generation = ++this.#loadGeneration;
    this.#draft.flush(); // what was typed into the form this load replaces
    this.loadState = { kind: 'loading' };
    try {
      const now = this.#nowMs();
      const campaign = await findCampaign(transportFor(this.#config), this.campaign, now);
      if (generation !== this.#loadGeneration) return;
      this.#campaign = campaign;
      if (campaign === null) {
        this.loadState = { kind: 'none' };
        return;
      }
      const state = availability(campaign, now);
      if (state !== 'open') {
        this.loadState = { kind: state, campaign };
        return;
      }
      // A chunk that fails to load (a dropped connection) is the same "could not load" as the campaign, with
      // its retry.
      this.#draft.use(`lc-star-nomination:${this.draftId || campaign.id}`, campaign.id);
      const restoring = this.#draft.stored;
      const [loaded] = await Promise.all([
        restoring
          ? this.#draft.open().catch((error: unknown) => {
              throw chunkFailed(error);
            })
          : null,
        restoring ? this.#startLater() : null,
        loadMessages(this.#locale).catch((error: unknown) => {
          throw chunkFailed(error);
        }),
      ]);
      if (generation !== this.#loadGeneration) return;
      this.#reset(null);
      if (loaded) {
        const { draft } = loaded;
        this.values = draft.values;
        this.photos = draft.photos;
        this.step = draft.step;
        this.#savedAt = draft.savedAt;
        this.#submission?.restoreKey(draft.idempotencyKey);
        this.draftNotice = loaded.identifiersRestored ? 'restored' : 'identifiersLost';
      }
      this.loadState = { kind: 'ready' };
    } catch (error) {
      if (generation !== this.#loadGeneration) return;
      const requestId = error instanceof LearningCityError ? error.requestId : undefined;
      this.loadState = {
        kind: 'error',
        connection: error instanceof ConnectionError,
        config: !(error instanceof LearningCityError),
        ...(requestId ? { requestId } : {}),
      };
    }
  }

  // ---- Drafts ----

  /** Nothing typed or ticked yet (an empty form's values are all `''` or `false`). */
  #isBlank(): boolean {
    return this.step === 0 && this.photos.length === 0 && VALUE_FIELDS.every((field) => !this.values[field]);
  }

  /** An empty form on its first step. */
  #reset(notice: DraftNotice): void {
    this.values = emptyForm();
    this.photos = [];
    this.step = 0;
    this.errors = {};
    this.summaryShown = false;
    this.photoRefusals = [];
    this.draftNotice = notice;
  }

  /** Deletes the draft and starts a fresh form. */
  #discard(): void {
    this.#draft.discard();
    this.#submission?.reset(); // none yet: the first one starts with a fresh key
    this.#reset('discarded');
    this.confirmingDiscard = false;
    this.#focusNext = '#step-heading';
  }

  // ---- Input ----

  readonly #onInput = (event: Event) => {
    this.#onStart();
    const input = event.target as HTMLInputElement;
    const field = input.name as FieldKey;
    const value = input.type === 'checkbox' ? input.checked : input.value;
    const photo = PHOTO_KEY.exec(field);
    if (photo) {
      const index = Number(photo[1]);
      this.photos = this.photos.map((entry, i) => (i === index ? { ...entry, [photo[2]!]: value } : entry));
    } else if (VALUE_FIELDS.includes(field as ValueField)) {
      this.values = { ...this.values, [field]: value };
      if (field === 'deeds') this.#editor?.announceDeeds();
    } else {
      return;
    }
    // A message disappears as soon as the field is right; a new one waits for the field to be left.
    if (this.errors[field] !== undefined)
      this.#editor?.recheck(field, input.type !== 'checkbox' && input.type !== 'radio');
    this.#draft.schedule();
  };

  /** Leaving a text field checks it (the editor's), once the later steps are here; a file input adds photos. */
  readonly #onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (this.#editor) this.#editor.change(input);
    else
      this.#startLater().then(
        () => this.#editor?.change(input),
        () => undefined,
      );
  };

  /**
   * "Next" on a step (checks it), "submit" on the review (checks every step, then core's schema). The first
   * "next" may come before the later steps' code: the step moves on once it is here, or says it did not arrive
   * (Chromium keeps a failed module import failed for the page, so the alert asks for a reload; "next" still tries
   * again, for browsers that fetch it anew).
   */
  readonly #onSubmit = (event: Event) => {
    event.preventDefault();
    if (this.#editor) {
      this.#editor.submitStep();
      return;
    }
    const step = this.step;
    const generation = this.#loadGeneration;
    this.#startLater().then(
      // A second click meanwhile (or a reload) has moved on already: this one is done.
      () => {
        if (this.step === step && this.#loadGeneration === generation) this.#editor?.submitStep();
      },
      () => {
        if (this.#loadGeneration !== generation) return;
        this.laterFailed = true;
        this.#focusNext = '#part-failed';
        this.requestUpdate();
      },
    );
  };

  // ---- Rendering ----

  protected override render() {
    const locale = this.#locale;
    const campaign = this.#campaign;
    // The form shows once the campaign, its draft and the locale's strings are all here (and the later steps'
    // strings, once their code is).
    const ready =
      this.loadState.kind === 'ready' &&
      campaign !== null &&
      hasMessages(locale) &&
      (this.#later === null || hasMessages(locale, 'later'));
    return html`<section class="base" part="base" lang=${locale} aria-labelledby="title">
      ${
        ready
          ? this.#renderReady(campaign)
          : loadStateTemplate(
              locale,
              ready || this.loadState.kind !== 'ready' ? this.loadState : { kind: 'loading' },
              () => {
                void this.#load();
              },
            )
      }
    </section>`;
  }

  #renderReady(campaign: NominationCampaign) {
    const later = this.#later;
    const submission = this.#submission;
    const done = later !== null && submission?.phase === 'submitted' && submission.nomination !== null;
    return html`<header>
        <h2 id="title" lang="zh-CN">${campaign.title}</h2>
        <p class="hint">${this.#t('deadline', { date: formatDateTime(this.#locale, campaign.closesAt) })}</p>
      </header>
      ${
        done
          ? later.resultScreen(this.#locale, submission.nomination!, () => {
              submission.reset();
              this.draftNotice = null;
              this.#focusNext = '#step-heading';
            })
          : this.#renderForm(campaign, later, submission)
      }`;
  }

  #renderForm(
    campaign: NominationCampaign,
    later: FormParts | null,
    submission: SubmissionController | null,
  ) {
    const locale = this.#locale;
    return formView({
      ctx: {
        locale,
        errors: this.errors,
        senior: this.senior,
        ...(later ? { describe: (error, label) => later.errorMessage(locale, error, label) } : {}),
      },
      step: this.step,
      values: this.values,
      photos: this.photos,
      limits: campaign.limits,
      districts: this.districts ?? DEFAULT_DISTRICTS,
      draft: {
        locale,
        notice: this.draftNotice,
        savedAt: this.#savedAt,
        canSeal: this.#draft.canSeal,
        hasDraft: !this.#isBlank(),
        confirming: this.confirmingDiscard,
        onAsk: (confirming) => {
          this.confirmingDiscard = confirming;
          this.#focusNext = confirming ? '#discard-no' : '#discard';
        },
        onDiscard: () => this.#discard(),
      },
      summaryShown: this.summaryShown,
      photoBusy: this.photoBusy,
      photoRefusals: this.photoRefusals,
      announcement: this.#announcement,
      disabled: this.formDisabled,
      submission: {
        busy: submission?.busy ?? false,
        failure: submission?.failure ?? null,
        canRetry: submission?.canRetry ?? false,
      },
      later,
      laterFailed: this.laterFailed,
      onStart: this.#onStart,
      onSubmit: this.#onSubmit,
      onInput: this.#onInput,
      onChange: this.#onChange,
      onBack: () => this.#editor?.back(),
      onRetry: () => void submission?.retry(),
      onSummaryLink: (event, field) => this.#editor?.summaryLink(event, field),
      onRemovePhoto: (index) => this.#editor?.removePhoto(index),
      onEdit: (step) => this.#editor?.goTo(step),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-star-nomination': LcStarNomination;
  }
}
