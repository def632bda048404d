// <lc-star-nomination>: the 百姓学习之星 nomination form (steps, photos with rights, drafts, idempotent submit).
import {
  ConnectionError,
  LearningCityError,
  nominations,
  ValidationError,
  type NominationCampaign,
} from '@learning-city/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { readConfig, transportFor, type WidgetConfig } from '../shared/config.js';
import type { Locale } from '../shared/locale.js';
import { registrationStyles } from '../shared/registration/registration-dialog.styles.js';
import { baseStyles } from '../shared/styles.js';
import { VERSION } from '../shared/version.js';
import { availability, findCampaign } from './campaign.js';
import { countChars } from './char-count.js';
import { DEFAULT_DISTRICTS, type DistrictOption } from './districts.js';
import { DraftStore } from './draft-store.js';
import type { NominationCompleteDetail, NominationErrorDetail, NominationStepDetail } from './events.js';
import { controlId, type FieldContext } from './fields.js';
import {
  errorMessage,
  formatBytes,
  formatDateTime,
  message,
  stepLabel,
  type MessageKey,
} from './messages.js';
import {
  checkPhotoCount,
  checkPhotoField,
  checkStep,
  checkValue,
  emptyForm,
  fieldForIssuePath,
  fieldsOf,
  schemaIssues,
  stepOf,
  STEPS,
  toNominationCreate,
  VALUE_FIELDS,
  type FieldErrors,
  type FieldKey,
  type NominationFormValues,
  type PhotoEntry,
  type PhotoField,
  type ValueField,
} from './nomination-form.js';
import { checkPhotoFile, drawThumbnail, PhotoError, photoBase64, preparePhoto } from './photo.js';
import { photosStep, typeList } from './photos-step.js';
import { resultScreen, reviewSections } from './review.js';
import { nominationStyles } from './star-nomination.styles.js';
import { consentFields, nomineeStep, recommenderStep, storyStep, type StepView } from './steps.js';
import { SubmissionController, type Failure } from './submission-controller.js';

type LoadState =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'none' }
  | { kind: 'closed' | 'upcoming'; campaign: NominationCampaign }
  | { kind: 'error'; connection: boolean; config: boolean; requestId?: string };

type DraftNotice = 'restored' | 'saved' | 'identifiersLost' | 'discarded' | null;

const SAVE_DELAY_MS = 400;
const FAILURE_MESSAGES: Record<Failure['kind'], MessageKey> = {
  connection: 'failure.connection',
  server: 'failure.server',
  keyReused: 'failure.keyReused',
  validation: 'failure.validation',
  closed: 'failure.closed',
  config: 'failure.config',
  unknown: 'failure.unknown',
};

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
  /** The districts to choose from (GB/T 2260 codes). Default: Beijing's 16 districts and Luoyang's 14. */
  declare districts: readonly DistrictOption[];
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

  #config: WidgetConfig = { apiBase: null, publishableKey: null, locale: 'zh-CN', senior: false };
  #campaign: NominationCampaign | null = null;
  #store: DraftStore | null = null;
  #canSeal = true;
  #savedAt = '';
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #loadGeneration = 0;
  #focusNext: string | null = null;
  #deedsOver = false;
  #announcement = '';
  readonly #internals: ElementInternals | null;
  readonly #submission = new SubmissionController(this, {
    // Read when sending, so a provider's api-base changed meanwhile is the one used.
    resource: () => nominations(transportFor(readConfig(this))),
    onKeyChange: () => this.#scheduleSave(),
    onComplete: (nomination) => {
      this.#store?.discard();
      this.values = emptyForm();
      this.photos = [];
      this.step = 0;
      this.errors = {};
      this.draftNotice = null;
      this.#focusNext = '#result-heading';
      this.#emit<NominationCompleteDetail>('lc-nomination-complete', { nomination });
    },
    onError: (error, failure) => {
      if (failure.kind === 'validation') this.#showIssues(failure);
      else this.#focusNext = '#failure';
      this.#scheduleSave();
      this.#emit<NominationErrorDetail>('lc-nomination-error', { error, kind: failure.kind });
    },
  });

  constructor() {
    super();
    this.senior = false;
    this.required = false;
    this.districts = DEFAULT_DISTRICTS;
    this.loadState = { kind: 'loading' };
    this.step = 0;
    this.values = emptyForm();
    this.photos = [];
    this.errors = {};
    this.summaryShown = false;
    this.photoBusy = false;
    this.photoRefusals = [];
    this.draftNotice = null;
    this.confirmingDiscard = false;
    this.formDisabled = false;
    this.#internals = typeof this.attachInternals === 'function' ? this.attachInternals() : null;
  }

  // ---- Form association (ElementInternals) ----

  /** The page's `<form>` this element belongs to, or `null` when it stands alone. */
  get form(): HTMLFormElement | null {
    return this.#internals?.form ?? null;
  }
  /** The nomination reference once submitted (what the page's form submits under `name`), else `''`. */
  get value(): string {
    return this.#submission.nomination?.reference ?? '';
  }
  get validity(): ValidityState | undefined {
    return this.#internals?.validity;
  }
  get validationMessage(): string {
    return this.#internals?.validationMessage ?? '';
  }
  checkValidity(): boolean {
    return this.#internals?.checkValidity() ?? true;
  }
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
    const anchor = this.renderRoot.querySelector<HTMLElement>('[part~=next], [part~=submit], [part~=again]');
    if (this.required && this.value === '') {
      const text = message(this.#locale, 'formValueMissing');
      if (anchor) internals.setValidity({ valueMissing: true }, text, anchor);
      else internals.setValidity({ valueMissing: true }, text);
    } else {
      internals.setValidity({});
    }
  }

  // ---- Lifecycle ----

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.#flush);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#flush();
    window.removeEventListener('pagehide', this.#flush);
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  get #locale(): Locale {
    return this.#config.locale;
  }

  #nowMs(): number {
    return (this.now ?? new Date()).getTime();
  }

  #t(key: MessageKey, params?: Record<string, string | number>): string {
    return message(this.#locale, key, params);
  }

  #emit<Detail>(type: string, detail: Detail): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.#config = readConfig(this);
    if (this.#config.senior && !this.senior) this.senior = true;
    const reload = ['apiBase', 'publishableKey', 'campaign', 'draftId', 'now'].some((name) =>
      changed.has(name),
    );
    if (!this.hasUpdated || reload) void this.#load();
  }

  protected override updated(): void {
    for (const canvas of this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-media]')) {
      const photo = this.photos[Number(canvas.dataset['thumbnailIndex'])];
      if (photo && canvas.dataset['drawn'] !== photo.mediaId) {
        canvas.dataset['drawn'] = photo.mediaId;
        drawThumbnail(canvas, photo.thumbnail).catch(() => undefined);
      }
    }
    if (this.#focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
      this.#focusNext = null;
    }
    this.#syncForm();
  }

  /** Loads the campaign, then the draft kept for it. */
  async #load(): Promise<void> {
    const generation = ++this.#loadGeneration;
    this.loadState = { kind: 'loading' };
    try {
      const campaign = await findCampaign(transportFor(this.#config), this.campaign, this.#nowMs());
      if (generation !== this.#loadGeneration) return;
      this.#campaign = campaign;
      if (campaign === null) {
        this.loadState = { kind: 'none' };
        return;
      }
      const state = availability(campaign, this.#nowMs());
      if (state !== 'open') {
        this.loadState = { kind: state, campaign };
        return;
      }
      const store = new DraftStore(`lc-star-nomination:${this.draftId || campaign.id}`);
      const [loaded, canSeal] = await Promise.all([store.load(campaign.id), store.canSeal()]);
      if (generation !== this.#loadGeneration) return;
      this.#store = store;
      this.#canSeal = canSeal;
      if (loaded) {
        const { draft } = loaded;
        this.values = draft.values;
        this.photos = draft.photos;
        this.step = draft.step;
        this.#savedAt = draft.savedAt;
        this.#submission.restoreKey(draft.idempotencyKey);
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

  #draft() {
    return {
      campaignId: this.#campaign?.id ?? '',
      step: this.step,
      values: this.values,
      photos: this.photos,
      idempotencyKey: this.#submission.idempotencyKey,
      savedAt: new Date().toISOString(),
    };
  }

  #isBlank(): boolean {
    const empty = emptyForm();
    return (
      this.step === 0 &&
      this.photos.length === 0 &&
      VALUE_FIELDS.every((field) => this.values[field] === empty[field])
    );
  }

  #scheduleSave(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = undefined;
      void this.#save();
    }, SAVE_DELAY_MS);
  }

  async #save(): Promise<void> {
    const store = this.#store;
    if (
      !store ||
      this.loadState.kind !== 'ready' ||
      this.#submission.phase === 'submitted' ||
      this.#isBlank()
    )
      return;
    const draft = this.#draft();
    if (await store.saveSealed(draft)) {
      this.#savedAt = draft.savedAt;
      if (this.draftNotice !== 'identifiersLost') this.draftNotice = 'saved';
    }
  }

  /** Writes a pending draft at once (the tab is being hidden or closed: no time for timers). */
  readonly #flush = () => {
    if (this.#saveTimer === undefined) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    if (this.#store && this.loadState.kind === 'ready' && !this.#isBlank()) this.#store.save(this.#draft());
  };

  readonly #onVisibility = () => {
    if (document.visibilityState === 'hidden') this.#flush();
  };

  /** Deletes the draft and starts a fresh form. */
  #discard(): void {
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#store?.discard();
    this.#submission.reset();
    this.values = emptyForm();
    this.photos = [];
    this.step = 0;
    this.errors = {};
    this.summaryShown = false;
    this.photoRefusals = [];
    this.confirmingDiscard = false;
    this.draftNotice = 'discarded';
    this.#focusNext = '#step-heading';
  }

  // ---- Input ----

  readonly #onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const field = input.name as FieldKey;
    const value = input.type === 'checkbox' ? input.checked : input.value;
    const photo = /^photos\.(\d+)\.(\w+)$/.exec(field);
    if (photo) {
      const index = Number(photo[1]);
      this.photos = this.photos.map((entry, i) =>
        i === index ? { ...entry, [photo[2] as PhotoField]: value } : entry,
      );
    } else if (VALUE_FIELDS.includes(field as ValueField)) {
      this.values = { ...this.values, [field]: value };
      if (field === 'deeds') this.#announceDeeds();
    } else {
      return;
    }
    // A message disappears as soon as the field is right; a new one waits for the field to be left.
    if (this.errors[field] !== undefined)
      this.#recheck(field, input.type !== 'checkbox' && input.type !== 'radio');
    this.#scheduleSave();
  };

  /** Leaving a text field checks it, once something is typed (an empty field waits for "next"). */
  readonly #onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.type === 'file') {
      void this.#addPhotos(input);
      return;
    }
    if (input.type === 'checkbox' || input.type === 'radio' || input.tagName === 'SELECT') return;
    const field = input.name as FieldKey;
    if (input.value.trim() !== '' || this.errors[field] !== undefined) this.#recheck(field, false);
  };

  #checkField(field: FieldKey) {
    const photo = /^photos\.(\d+)\.(\w+)$/.exec(field);
    if (photo) {
      const entry = this.photos[Number(photo[1])];
      return entry ? checkPhotoField(entry, photo[2] as PhotoField) : undefined;
    }
    if (field === 'photos')
      return this.#campaign ? checkPhotoCount(this.photos, this.#campaign.limits) : undefined;
    return this.#campaign
      ? checkValue(field as ValueField, this.values, this.#campaign.limits, this.#year())
      : undefined;
  }

  #recheck(field: FieldKey, onlyClear: boolean): void {
    const error = this.#checkField(field);
    if (onlyClear && error !== undefined) return;
    const { [field]: _previous, ...others } = this.errors;
    this.errors = error === undefined ? others : { ...others, [field]: error };
  }

  #year(): number {
    return new Date(this.#nowMs() + 8 * 3600_000).getUTCFullYear();
  }

  /** Says "N too many" once when the deeds go over the limit, and the count once they are back under it. */
  #announceDeeds(): void {
    const limits = this.#campaign?.limits;
    if (!limits) return;
    const error = checkValue('deeds', this.values, limits, this.#year());
    const over = error?.code === 'tooLong';
    if (over === this.#deedsOver) return;
    this.#deedsOver = over;
    this.#announcement = over
      ? this.#t('counterOver', { over: error.params?.['over'] ?? 0 })
      : this.#t('counter', { count: countChars(this.values.deeds), max: limits.deedsMaxChars });
  }

  // ---- Photos ----

  async #addPhotos(input: HTMLInputElement): Promise<void> {
    const campaign = this.#campaign;
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (!campaign || files.length === 0 || this.photoBusy) return;
    const { limits } = campaign;
    const refusals: string[] = [];
    const refuse = (key: MessageKey, file: File) =>
      refusals.push(
        this.#t(key, {
          name: file.name,
          size: formatBytes(file.size),
          max: key === 'photo.tooMany' ? limits.photosMax : formatBytes(limits.photoMaxBytes),
          types: typeList(this.#locale, limits.photoTypes),
        }),
      );
    this.photoBusy = true;
    this.photoRefusals = [];
    for (const file of files) {
      const verdict = checkPhotoFile(file, limits, this.photos.length);
      if (!verdict.ok) {
        refuse(`photo.${verdict.reason}`, file);
        if (verdict.reason === 'tooMany') break;
        continue;
      }
      try {
        const prepared = await preparePhoto(file, limits.photoMaxBytes);
        const fileName = file.name.trim().slice(0, 200);
        const media = await nominations(transportFor(this.#config)).uploadMedia({
          contentType: prepared.contentType,
          data: await photoBase64(prepared.blob),
          ...(fileName ? { fileName } : {}),
        });
        this.photos = [
          ...this.photos,
          {
            mediaId: media.id,
            fileName: file.name,
            contentType: media.contentType,
            bytes: media.bytes,
            width: media.width ?? prepared.width,
            height: media.height ?? prepared.height,
            ...(prepared.originalBytes ? { originalBytes: prepared.originalBytes } : {}),
            thumbnail: prepared.thumbnail,
            caption: '',
            photographer: '',
            copyrightHolder: '',
            licence: '',
            publicityConsent: false,
          },
        ];
      } catch (error) {
        if (error instanceof PhotoError) refuse(`photo.${error.reason}`, file);
        else if (error instanceof ValidationError) {
          const issue = error.issues[0];
          refuse(
            issue?.path === 'contentType'
              ? 'photo.type'
              : issue?.code === 'too_big'
                ? 'photo.tooLarge'
                : 'photo.unreadable',
            file,
          );
        } else refuse('photo.upload', file);
      }
    }
    this.photoBusy = false;
    this.photoRefusals = refusals;
    if (this.errors.photos) this.#recheck('photos', false);
    this.#scheduleSave();
  }

  #removePhoto(index: number): void {
    this.photos = this.photos.filter((_, i) => i !== index);
    // Photo errors are keyed by position: check the rest again rather than shift stale messages.
    const errors: FieldErrors = {};
    for (const [field, error] of Object.entries(this.errors) as [FieldKey, FieldErrors[FieldKey]][]) {
      if (!field.startsWith('photos')) errors[field] = error;
    }
    this.errors = errors;
    this.#focusNext = `#${controlId('photos')}`;
    this.#scheduleSave();
  }

  // ---- Steps ----

  #goTo(step: number, focus = '#step-heading'): void {
    this.step = step;
    this.errors = {};
    this.summaryShown = false;
    this.photoRefusals = [];
    this.#focusNext = focus;
    void this.#save();
    const name = STEPS[step] ?? 'review';
    this.#emit<NominationStepDetail>('lc-nomination-step', { step: name, index: step });
  }

  /** Shows `errors` on their step: the summary at the top (focused), each message beside its field. */
  #showErrors(errors: FieldErrors): void {
    const first = (Object.keys(errors) as FieldKey[])[0];
    if (first === undefined) return;
    const step = STEPS.indexOf(stepOf(first));
    const onStep = Object.fromEntries(
      Object.entries(errors).filter(([field]) => stepOf(field as FieldKey) === STEPS[step]),
    ) as FieldErrors;
    if (step !== this.step) this.#goTo(step);
    this.errors = onStep;
    this.summaryShown = true;
    this.#focusNext = '#error-summary';
  }

  readonly #onNext = () => {
    const campaign = this.#campaign;
    const name = STEPS[this.step];
    if (!campaign || !name) return;
    const errors = checkStep(name, this.values, this.photos, campaign.limits, this.#year());
    if (Object.keys(errors).length > 0) this.#showErrors(errors);
    else this.#goTo(this.step + 1);
  };

  readonly #onBack = () => {
    if (this.step > 0) this.#goTo(this.step - 1);
  };

  readonly #onSubmit = (event: Event) => {
    event.preventDefault();
    if (this.step < STEPS.length - 1) {
      this.#onNext();
      return;
    }
    const campaign = this.#campaign;
    if (!campaign || this.#submission.busy || this.formDisabled) return;
    for (const step of STEPS) {
      const errors = checkStep(step, this.values, this.photos, campaign.limits, this.#year());
      if (Object.keys(errors).length > 0) {
        this.#showErrors(errors);
        return;
      }
    }
    const body = toNominationCreate(campaign.id, this.values, this.photos);
    const issues = schemaIssues(body);
    if (Object.keys(issues).length > 0) {
      this.#showErrors(issues);
      return;
    }
    void this.#submission.submit(body);
  };

  readonly #onRetry = () => void this.#submission.retry();

  /** The platform's field issues (a 422) beside their fields, on the first step that has one. */
  #showIssues(failure: Failure): void {
    const errors: FieldErrors = {};
    for (const issue of failure.issues ?? []) {
      const field = fieldForIssuePath(issue.path);
      if (field !== undefined) errors[field] ??= this.#checkField(field) ?? { code: 'rejected' };
    }
    if (Object.keys(errors).length > 0) this.#showErrors(errors);
    else this.#focusNext = '#failure';
  }

  readonly #onSummaryLink = (event: Event, field: FieldKey) => {
    event.preventDefault();
    const checked = this.renderRoot.querySelector<HTMLElement>(`input[name='${field}']:checked`);
    (checked ?? this.renderRoot.querySelector<HTMLElement>(`#${controlId(field)}`))?.focus();
  };

  // ---- Rendering ----

  protected override render() {
    const state = this.loadState;
    return html`<section class="base" part="base" lang=${this.#locale} aria-labelledby="title">
      ${state.kind === 'ready' && this.#campaign ? this.#renderReady(this.#campaign) : this.#renderState(state)}
    </section>`;
  }

  #renderState(state: LoadState) {
    const heading = html`<h2 id="title">${this.#t('formLabel')}</h2>`;
    switch (state.kind) {
      case 'loading':
        return html`${heading}
          <p class="notice" part="state" role="status" aria-busy="true">${this.#t('loading')}</p>`;
      case 'none':
        return html`${heading}
          <p class="notice" part="state" role="status">${this.#t('noCampaign')}</p>`;
      case 'closed':
      case 'upcoming': {
        const { campaign } = state;
        const closed = state.kind === 'closed';
        const text = this.#t(closed ? 'closedCampaign' : 'upcomingCampaign', {
          title: campaign.title,
          date: formatDateTime(this.#locale, closed ? campaign.closesAt : campaign.opensAt),
        });
        return html`${heading}
          <p class="notice" part="state" role="status" data-state=${state.kind}>${text}</p>`;
      }
      case 'error':
        return html`${heading}
          <div class="alert" part="state alert" role="alert">
            <p>
              ${
                state.config
                  ? this.#t('failure.config')
                  : this.#t(state.connection ? 'loadConnection' : 'loadFailed')
              }
            </p>
            ${state.requestId ? html`<p>${this.#t('requestId', { id: state.requestId })}</p>` : nothing}
          </div>
          ${state.config ? nothing : html`<div class="actions"><button type="button" @click=${() => void this.#load()}>${this.#t('reload')}</button></div>`}`;
      case 'ready':
        return nothing;
    }
  }

  #renderReady(campaign: NominationCampaign) {
    const { phase, nomination } = this.#submission;
    return html`<header>
        <h2 id="title">${campaign.title}</h2>
        <p class="hint">${this.#t('deadline', { date: formatDateTime(this.#locale, campaign.closesAt) })}</p>
      </header>
      ${
        phase === 'submitted' && nomination
          ? resultScreen(this.#locale, nomination, () => {
              this.#submission.reset();
              this.draftNotice = null;
              this.#focusNext = '#step-heading';
            })
          : this.#renderForm(campaign)
      }`;
  }

  #renderDraftBar() {
    const notice = this.draftNotice;
    const time = this.#savedAt ? formatDateTime(this.#locale, this.#savedAt) : '';
    const text =
      notice === 'restored'
        ? this.#t('draftRestored', { time })
        : notice === 'saved'
          ? this.#t('draftSaved', { time })
          : notice === 'identifiersLost'
            ? this.#t('draftIdentifiersLost')
            : notice === 'discarded'
              ? this.#t('discarded')
              : '';
    const privacy = this.#t(this.#canSeal ? 'draftPrivacy' : 'draftNoSeal');
    if (this.confirmingDiscard) {
      return html`<div class="draft group" part="draft" role="group" aria-labelledby="discard-question">
        <p id="discard-question">${this.#t('discardQuestion')}</p>
        <div class="actions">
          <button type="button" class="danger" id="discard-yes" @click=${() => this.#discard()}>
            ${this.#t('discardYes')}
          </button>
          <button
            type="button"
            id="discard-no"
            @click=${() => {
              this.confirmingDiscard = false;
              this.#focusNext = '#discard';
            }}
          >
            ${this.#t('discardNo')}
          </button>
        </div>
      </div>`;
    }
    const hasDraft = !this.#isBlank();
    return html`<div class="draft" part="draft">
      <p>${text ? html`<span id="draft-status">${text}</span> ` : nothing}${privacy}</p>
      ${
        hasDraft
          ? html`<button
              type="button"
              id="discard"
              @click=${() => {
                this.confirmingDiscard = true;
                this.#focusNext = '#discard-no';
              }}
            >
              ${this.#t('discardDraft')}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderSummary(ctx: FieldContext) {
    const name = STEPS[this.step];
    if (!this.summaryShown || !name) return nothing;
    const fields = fieldsOf(name, this.photos).filter((field) => this.errors[field] !== undefined);
    if (fields.length === 0) return nothing;
    return html`<div
      class="summary"
      part="error-summary"
      id="error-summary"
      tabindex="-1"
      aria-labelledby="summary-heading"
    >
      <h4 id="summary-heading">${this.#t('errorSummary', { count: fields.length })}</h4>
      <ul>
        ${fields.map((field) => {
          const error = ctx.errors[field]!;
          return html`<li>
            <a href=${`#${controlId(field)}`} @click=${(event: Event) => this.#onSummaryLink(event, field)}
              >${this.#fieldTitle(field)}：${errorMessage(this.#locale, error, this.#fieldLabel(field))}</a
            >
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** The label of a field, as its messages use it. */
  #fieldLabel(field: FieldKey): string {
    const photo = /^photos\.\d+\.(\w+)$/.exec(field);
    if (photo)
      return photo[1] === 'publicityConsent' ? this.#t('photoConsent') : this.#t(photo[1] as MessageKey);
    if (field === 'photos') return this.#t('choosePhoto');
    return this.#t(field as ValueField);
  }

  /** The label in the error summary: photo fields say which photo. */
  #fieldTitle(field: FieldKey): string {
    const photo = /^photos\.(\d+)\.(\w+)$/.exec(field);
    const label = photo && photo[2] === 'publicityConsent' ? '' : this.#fieldLabel(field);
    if (!photo) return label;
    const which = this.#t('photoLabel', { n: Number(photo[1]) + 1 });
    return label ? `${which} · ${label}` : which;
  }

  #renderForm(campaign: NominationCampaign) {
    const name = STEPS[this.step] ?? 'review';
    const ctx: FieldContext = { locale: this.#locale, errors: this.errors, senior: this.senior };
    const view: StepView = { ctx, values: this.values, limits: campaign.limits, districts: this.districts };
    const last = this.step === STEPS.length - 1;
    const { busy, failure } = this.#submission;
    return html`${this.#renderDraftBar()}
      <ol class="steps" part="steps" aria-label=${this.#t('formLabel')}>
        ${STEPS.map(
          (step, index) =>
            html`<li aria-current=${index === this.step ? 'step' : 'false'}>
              ${index + 1}. ${stepLabel(this.#locale, step)}
            </li>`,
        )}
      </ol>
      <form
        part="form"
        novalidate
        @submit=${this.#onSubmit}
        @input=${this.#onInput}
        @change=${this.#onChange}
      >
        <fieldset class="group bare" ?disabled=${this.formDisabled}>
          <h3 id="step-heading" tabindex="-1">
            <span class="visually-hidden"
              >${this.#t('stepOf', { n: this.step + 1, total: STEPS.length })}：</span
            >${stepLabel(this.#locale, name)}
          </h3>
          ${this.#renderSummary(ctx)}
          ${name === 'review' ? html`<p>${this.#t('reviewIntro')}</p>` : html`<p class="hint">${this.#t('allRequired')}</p>`}
          ${this.#renderStep(name, view)}
          <p class="visually-hidden" role="status">${this.#announcement}</p>
          ${
            last && failure
              ? html`<div class="alert" id="failure" role="alert" part="alert" tabindex="-1">
                  <p>${this.#t(FAILURE_MESSAGES[failure.kind])}</p>
                  ${failure.requestId ? html`<p>${this.#t('requestId', { id: failure.requestId })}</p>` : nothing}
                </div>`
              : nothing
          }
          <div class="actions">
            ${
              this.step > 0
                ? html`<button type="button" part="back" @click=${this.#onBack}>${this.#t('back')}</button>`
                : nothing
            }
            ${
              last
                ? html`<button
                    type="submit"
                    class="primary"
                    part="submit"
                    aria-disabled=${busy ? 'true' : 'false'}
                    aria-busy=${busy ? 'true' : 'false'}
                  >
                    ${this.#t(busy ? 'sending' : 'submit')}
                  </button>`
                : html`<button
                    type="submit"
                    class="primary"
                    part="next"
                    aria-disabled=${this.photoBusy ? 'true' : 'false'}
                  >
                    ${this.#t('next')}
                  </button>`
            }
            ${
              last && this.#submission.canRetry && !busy
                ? html`<button type="button" id="retry" part="retry" @click=${this.#onRetry}>
                    ${this.#t('retry')}
                  </button>`
                : nothing
            }
          </div>
        </fieldset>
      </form>`;
  }

  #renderStep(name: (typeof STEPS)[number], view: StepView) {
    switch (name) {
      case 'nominee':
        return nomineeStep(view);
      case 'story':
        return storyStep(view);
      case 'recommender':
        return recommenderStep(view);
      case 'photos':
        return photosStep({
          ctx: view.ctx,
          photos: this.photos,
          limits: view.limits,
          busy: this.photoBusy,
          refusals: this.photoRefusals,
          onRemove: (index) => this.#removePhoto(index),
        });
      case 'review':
        return html`${reviewSections({
          locale: this.#locale,
          values: this.values,
          photos: this.photos,
          districts: this.districts,
          onEdit: (step) => this.#goTo(step),
        })}
        ${consentFields(view)}`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-star-nomination': LcStarNomination;
  }
}
