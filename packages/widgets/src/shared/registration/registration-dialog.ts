// <lc-registration-dialog>: the registration form every widget shares (activities and course offerings).
import {
  activityToICalendar,
  AGE_GROUPS,
  registrations,
  type Activity,
  type FieldIssue,
  type Registration,
} from '@learning-city/core';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { readConfig, transportFor, type WidgetConfig } from '../config.js';
import type { Locale } from '../locale.js';
import { baseStyles } from '../styles.js';
import { VERSION } from '../version.js';
import { RegistrationController } from './registration-controller.js';
import { registrationStyles } from './registration-dialog.styles.js';
import { factsTemplate } from './registration-facts.js';
import {
  checkboxField,
  choiceField,
  controlId,
  textField,
  type FieldContext,
} from './registration-fields.js';
import {
  checkField,
  checkForm,
  emptyForm,
  fieldForIssuePath,
  FIELD_ORDER,
  GUARDIAN_RELATIONSHIPS,
  toRegistrationCreate,
  visibleFields,
  type FieldErrors,
  type FieldName,
  type FormShape,
  type RegistrationFormValues,
} from './registration-form.js';
import { message, type MessageKey } from './registration-messages.js';
import { failureAlert, resultTemplate } from './registration-result.js';

/** What is being registered for: an activity (`act_…`) or a course offering (`off_…`). */
export interface RegistrationTarget {
  id: string;
  title: string;
  startsAt?: string;
  endsAt?: string;
  placeName?: string;
  /** Whether an ID number is asked for (with a separate consent, PIPL art. 29). */
  requiresResidentId: boolean;
  /** Why the ID number is needed; shown beside the field. */
  residentIdPurpose?: string;
  seatsLeft?: number;
  waitlistOpen?: boolean;
  /** When present, the confirmed screen offers an "add to calendar" .ics file built from it. */
  activity?: Activity;
}

export interface RegistrationCompleteDetail {
  registration: Registration;
  target: RegistrationTarget;
}
export interface RegistrationErrorDetail {
  error: Error;
  target: RegistrationTarget;
}
export interface RegistrationCancelDetail {
  registration: Registration;
}

/** The element inside the shadow root (or the document) that has the focus. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The registration form shared by the Learning City widgets: name and mobile, an ID number only where the
 * activity needs it (with its purpose and a separate consent), age group with a guardian's consent for
 * under-14s, the privacy notice, an idempotent submit, and a result screen (confirmed with an .ics, or
 * waitlisted with the position) from which the registration can be cancelled. It opens as a modal `<dialog>`
 * in the top layer, so no `overflow` on the host page clips it; in senior mode (适老化) it opens inline in
 * the page instead, with no pop-up.
 *
 * @summary Registers a person for an activity or a course offering.
 * @example
 * const dialog = document.createElement('lc-registration-dialog');
 * dialog.config = { apiBase: 'https://api.example.cn', publishableKey: 'lc_pk_live_…', locale: 'zh-CN', senior: false };
 * dialog.target = { id: activity.id, title: activity.title, requiresResidentId: activity.requiresResidentId, activity };
 * dialog.addEventListener('lc-registration-complete', (event) => console.log(event.detail.registration.status));
 * host.shadowRoot.append(dialog);
 * dialog.show();
 *
 * @tagname lc-registration-dialog
 *
 * @event {CustomEvent<RegistrationCompleteDetail>} lc-registration-complete - Registered: `detail.registration` is `confirmed` or `waitlisted`.
 * @event {CustomEvent<RegistrationErrorDetail>} lc-registration-error - A registration or cancellation failed: `detail.error` (a core error class).
 * @event {CustomEvent<RegistrationCancelDetail>} lc-registration-cancel - The registration was cancelled: `detail.registration`.
 *
 * @csspart dialog - The `<dialog>` (default mode).
 * @csspart panel - The inline panel (senior mode).
 * @csspart title - The activity's title.
 * @csspart close - The close button.
 * @csspart form - The form.
 * @csspart field - Each field: label, hints, control and error.
 * @csspart field-error - A field's error message.
 * @csspart guardian - The guardian's consent group, shown for learners under 14.
 * @csspart privacy - The privacy notice and its consent.
 * @csspart alert - A message about the whole form (full, connection dropped, …).
 * @csspart submit - The submit button.
 * @csspart retry - The retry button shown after a dropped connection.
 * @csspart result - The result screen (confirmed, waitlisted or cancelled).
 * @csspart calendar-link - The "add to calendar" (.ics) link.
 * @csspart cancel - The "cancel registration" button.
 * @csspart cancel-confirm - The button that confirms the cancellation.
 * @csspart done - The button that closes the result screen.
 *
 * @cssproperty --lc-registration-width - The dialog's width (default 36rem).
 * @cssproperty --lc-color-primary - Buttons, links and accents.
 * @cssproperty --lc-color-danger - Errors.
 * @cssproperty --lc-color-success - The confirmed heading.
 */
export class LcRegistrationDialog extends LitElement {
  /** The package version, named in the warning when a second copy of the widgets meets this one. */
  static version = VERSION;
  static override styles = [baseStyles, registrationStyles];
  static override properties = {
    config: { attribute: false },
    target: { attribute: false },
    open: { type: Boolean, reflect: true },
    values: { state: true },
    errors: { state: true },
    residentIdAsked: { state: true },
  };

  /** API base, publishable key, locale and senior mode, from the host widget; else read from attributes. */
  declare config: WidgetConfig | undefined;
  /** What the visitor registers for (an activity or a course offering); set it before `show()`. */
  declare target: RegistrationTarget | null;
  /** Whether the form is showing; use `show()` and `close()`. */
  declare open: boolean;
  declare private values: RegistrationFormValues;
  declare private errors: FieldErrors;
  /** The platform asked for an ID number although the target said it needs none. */
  declare private residentIdAsked: boolean;

  private readonly controller = new RegistrationController<RegistrationTarget>(this, {
    resource: () => registrations(transportFor(this.effectiveConfig)),
    onComplete: (registration, target, current) => {
      if (current) this.showResult();
      this.emit<RegistrationCompleteDetail>('lc-registration-complete', { registration, target });
    },
    onError: (error, target, failure, current) => {
      if (current && failure.kind === 'validation') this.showIssues(failure.issues ?? []);
      this.emit<RegistrationErrorDetail>('lc-registration-error', { error, target });
    },
    onCancel: (registration, current) => {
      if (current) this.focusNext = '#result-heading';
      this.emit<RegistrationCancelDetail>('lc-registration-cancel', { registration });
    },
  });
  private calendarUrl: string | null = null;
  private returnFocus: HTMLElement | null = null;
  /** What to focus after the next render (CSS selector in the shadow root). */
  private focusNext: string | null = null;

  constructor() {
    super();
    this.config = undefined;
    this.target = null;
    this.open = false;
    this.values = emptyForm();
    this.errors = {};
    this.residentIdAsked = false;
  }

  /** Opens the form: a modal dialog in the top layer, or inline in the page in senior mode. */
  show(): void {
    if (!this.open) this.returnFocus = deepActiveElement();
    this.open = true;
  }

  /** Closes the form. What was typed stays until a registration succeeds or the target changes. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    if (this.senior) this.afterClose();
  }

  private get effectiveConfig(): WidgetConfig {
    return this.config ?? readConfig(this);
  }

  private get senior(): boolean {
    return this.effectiveConfig.senior;
  }

  private get locale(): Locale {
    return this.effectiveConfig.locale;
  }

  private get shape(): FormShape {
    return {
      residentId: Boolean(this.target?.requiresResidentId) || this.residentIdAsked,
      guardian: this.values.ageGroup === 'under_14',
    };
  }

  private t(key: MessageKey, params?: Record<string, string | number>): string {
    return message(this.locale, key, params);
  }

  private emit<Detail>(type: string, detail: Detail): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.revokeCalendar();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.toggleAttribute('senior', this.senior);
    if (changed.has('target') && changed.get('target')?.id !== this.target?.id) this.startOver(true);
    const registration = this.controller.registration;
    if (this.calendarUrl === null && registration?.status === 'confirmed' && this.target?.activity) {
      const ics = activityToICalendar(this.target.activity);
      this.calendarUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && this.open && !dialog.open) {
      dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>(`#${controlId('name')}`)?.focus();
    }
    if (dialog && !this.open && dialog.open) dialog.close();
    if (changed.has('open') && this.open && this.senior) {
      const heading = this.renderRoot.querySelector<HTMLElement>('#title');
      heading?.scrollIntoView({ block: 'start' });
      heading?.focus();
    }
    if (this.focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
      this.focusNext = null;
    }
  }

  /** A fresh form: new idempotency key, no result; `keepTyped` keeps name, mobile and age answers. */
  private startOver(keepTyped: boolean): void {
    this.controller.reset();
    this.revokeCalendar();
    const typed = this.values;
    this.values = keepTyped
      ? { ...emptyForm(), name: typed.name, mobile: typed.mobile, ageGroup: typed.ageGroup }
      : emptyForm();
    this.errors = {};
    this.residentIdAsked = false;
  }

  private revokeCalendar(): void {
    if (this.calendarUrl) URL.revokeObjectURL(this.calendarUrl);
    this.calendarUrl = null;
  }

  private afterClose(): void {
    const phase = this.controller.phase;
    if (phase === 'registered' || phase === 'cancelled') this.startOver(false);
    if (this.senior && this.returnFocus?.isConnected) this.returnFocus.focus();
    this.returnFocus = null;
  }

  private readonly onDialogClose = () => {
    this.open = false;
    this.afterClose();
  };

  private readonly onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const field = input.name as FieldName;
    if (!FIELD_ORDER.includes(field)) return;
    const value = input.type === 'checkbox' ? input.checked : input.value;
    this.values = { ...this.values, [field]: value };
    // A message disappears as soon as the field is right; a new one waits for the field to be left.
    if (this.errors[field] !== undefined)
      this.recheck(field, input.type !== 'checkbox' && input.type !== 'radio');
  };

  /** Leaving a text field checks it, once something is typed (an empty field waits for submit). */
  private readonly onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const field = input.name as FieldName;
    if (input.type === 'checkbox' || input.type === 'radio' || !FIELD_ORDER.includes(field)) return;
    if (input.value.trim() !== '' || this.errors[field] !== undefined) this.recheck(field, false);
  };

  private recheck(field: FieldName, onlyClear: boolean): void {
    const error = checkField(field, this.values, this.shape);
    if (onlyClear && error !== undefined) return;
    const { [field]: _previous, ...others } = this.errors;
    this.errors = error === undefined ? others : { ...others, [field]: error };
  }

  private readonly onSubmit = (event: Event) => {
    event.preventDefault();
    const target = this.target;
    if (target === null || this.controller.busy) return;
    const errors = checkForm(this.values, this.shape);
    this.errors = errors;
    if (Object.keys(errors).length > 0) {
      this.focusField(errors);
      return;
    }
    void this.controller.submit(target.id, toRegistrationCreate(this.values, this.shape), target);
  };

  private readonly onRetry = () => void this.controller.retry();

  /** Registered: the result screen shows the platform's masked copy, so drop what was typed. */
  private showResult(): void {
    this.values = emptyForm();
    this.errors = {};
    this.focusNext = '#result-heading';
  }

  /** The platform's field issues (a 422) beside their fields; an ID number it asks for is shown. */
  private showIssues(issues: readonly FieldIssue[]): void {
    const errors: FieldErrors = {};
    for (const issue of issues) {
      const field = fieldForIssuePath(issue.path);
      if (field === undefined) continue;
      if (field === 'residentId' || field === 'residentIdConsent') this.residentIdAsked = true;
      errors[field] ??= checkField(field, this.values, this.shape) ?? 'error.rejectedField';
    }
    const shown = new Set(visibleFields(this.shape));
    this.errors = Object.fromEntries(
      Object.entries(errors).filter(([field]) => shown.has(field as FieldName)),
    );
    this.focusField(this.errors);
  }

  private focusField(errors: FieldErrors): void {
    const first = FIELD_ORDER.find((field) => errors[field] !== undefined);
    if (first === undefined) return;
    const checked = `input[name='${first}']:checked`;
    this.focusNext = this.renderRoot.querySelector(checked) ? checked : `#${controlId(first)}`;
  }

  private readonly onAskCancel = (confirming: boolean) => {
    this.controller.askCancel(confirming);
    this.focusNext = confirming ? '#cancel-no' : '#cancel';
  };

  private readonly onCancel = () => {
    if (this.target !== null) void this.controller.cancel(this.target);
  };

  protected override render() {
    if (this.senior) {
      return this.open
        ? html`<section class="panel" part="panel" lang=${this.locale} aria-labelledby="title">
            ${this.renderBody()}
          </section>`
        : nothing;
    }
    return html`<dialog
      part="dialog"
      lang=${this.locale}
      aria-labelledby="title"
      @close=${this.onDialogClose}
    >
      ${this.open ? this.renderBody() : nothing}
    </dialog>`;
  }

  private renderBody() {
    const target = this.target;
    const phase = this.controller.phase;
    const showResult = phase === 'registered' || phase === 'cancelling' || phase === 'cancelled';
    return html`<div class="body">
      <div class="header">
        <div>
          <p class="eyebrow">${this.t('dialogLabel')}</p>
          <h2 id="title" part="title" tabindex="-1" lang="zh-CN">${target?.title ?? ''}</h2>
        </div>
        <button type="button" class="close" part="close" @click=${() => this.close()}>
          ${this.t('close')}
        </button>
      </div>
      ${target ? factsTemplate(target, this.locale, !showResult) : nothing}
      ${target === null ? nothing : showResult ? this.renderResult(target) : this.renderForm(target)}
    </div>`;
  }

  private renderResult(target: RegistrationTarget) {
    const { registration, phase, failure, confirmingCancel } = this.controller;
    if (registration === null) return nothing;
    return resultTemplate({
      locale: this.locale,
      registration,
      phase,
      failure,
      confirmingCancel,
      calendarUrl: this.calendarUrl,
      calendarFileName: `${target.activity?.id ?? target.id}.ics`,
      onAskCancel: this.onAskCancel,
      onCancel: this.onCancel,
      onDone: () => this.close(),
    });
  }

  private renderForm(target: RegistrationTarget) {
    const ctx: FieldContext = { locale: this.locale, values: this.values, errors: this.errors };
    const shape = this.shape;
    const { busy, failure } = this.controller;
    const purpose = target.residentIdPurpose?.trim() || this.t('residentIdPurposeDefault');
    return html`<form
      part="form"
      novalidate
      @submit=${this.onSubmit}
      @input=${this.onInput}
      @change=${this.onChange}
    >
      <p class="hint">${this.t('allRequired')}</p>
      ${textField(ctx, 'name', { label: 'name', autocomplete: 'name' })}
      ${textField(ctx, 'mobile', {
        label: 'mobile',
        autocomplete: 'tel-national',
        type: 'tel',
        hints: [{ id: 'mobile-hint', text: this.t('mobileHint') }],
      })}
      ${
        shape.residentId
          ? html`${textField(ctx, 'residentId', {
              label: 'residentId',
              autocomplete: 'off',
              hints: [
                { id: 'residentId-purpose', text: this.t('residentIdPurpose', { purpose }) },
                { id: 'residentId-sensitive', text: this.t('residentIdSensitive') },
              ],
            })}
            ${checkboxField(ctx, 'residentIdConsent', 'residentIdConsent', ['residentId-purpose'])}`
          : nothing
      }
      ${choiceField(
        ctx,
        'ageGroup',
        'ageGroup',
        AGE_GROUPS.map((value) => ({ value, label: `ageGroup.${value}` as const })),
      )}
      ${
        shape.guardian
          ? html`<fieldset class="group" part="guardian">
              <legend>${this.t('guardian')}</legend>
              ${textField(ctx, 'guardianName', { label: 'guardianName', autocomplete: 'off' })}
              ${textField(ctx, 'guardianMobile', { label: 'guardianMobile', autocomplete: 'off', type: 'tel' })}
              ${choiceField(
                ctx,
                'guardianRelationship',
                'guardianRelationship',
                GUARDIAN_RELATIONSHIPS.map((value) => ({ value, label: `relationship.${value}` as const })),
              )}
              ${checkboxField(ctx, 'guardianConsent', 'guardianConsent')}
            </fieldset>`
          : nothing
      }
      <section class="group" part="privacy" aria-labelledby="privacy-heading">
        <h3 id="privacy-heading">${this.t('privacy')}</h3>
        <p id="privacy-text">${this.t('privacyText')}</p>
        ${checkboxField(ctx, 'privacyNotice', 'privacyConsent', ['privacy-text'])}
      </section>
      ${failure && failure.kind !== 'cancel' ? failureAlert(this.locale, failure) : nothing}
      <div class="actions">
        <button
          type="submit"
          class="primary"
          part="submit"
          aria-disabled=${busy ? 'true' : 'false'}
          aria-busy=${busy ? 'true' : 'false'}
        >
          ${this.t(busy ? 'sending' : 'submit')}
        </button>
        ${
          this.controller.canRetry && !busy
            ? html`<button type="button" id="retry" part="retry" @click=${this.onRetry}>
                ${this.t('retry')}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-registration-dialog': LcRegistrationDialog;
  }
  interface HTMLElementEventMap {
    'lc-registration-complete': CustomEvent<RegistrationCompleteDetail>;
    'lc-registration-error': CustomEvent<RegistrationErrorDetail>;
    'lc-registration-cancel': CustomEvent<RegistrationCancelDetail>;
  }
}
