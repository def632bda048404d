// <lc-event-calendar>: the lifelong-learning-week calendar (全民终身学习活动周) with registration and .ics.
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Activity } from '@learning-city/core';
import { readConfig, sameSource, syncSenior, transportFor, type WidgetConfig } from '../shared/config.js';
import { chunk } from '../shared/chunk.js';
import { afterStrings, format } from '../shared/locale.js';
import { internalsOf, markSettled } from '../shared/settled.js';
import { baseStyles, controlStyles } from '../shared/styles.js';
import { VERSION } from '../shared/version.js';
import type { ViewContext } from './activity-templates.js';
import { CalendarController } from './calendar-controller.js';
import { dayForKey, formatDay, type CalendarView } from './calendar-dates.js';
import { presetsFrom } from './calendar-filters.js';
import { formatPeriod, visitorZoneDiffers } from './calendar-format.js';
import { remoteSource } from './calendar-source.js';
import {
  calendarHeader,
  errorText,
  filterControls,
  loadState,
  type ToolbarHandlers,
} from './calendar-toolbar.js';
import { calendarStyles } from './event-calendar.styles.js';
import { activitySelectEvent } from './events.js';
import { agendaView, dayList, weekView } from './list-views.js';
import { messagesFor, STRINGS } from './messages.js';
import { monthView } from './month-view.js';

const VIEWS: readonly string[] = ['month', 'week', 'agenda'];
/** Below this host width the agenda is the default view. */
const NARROW_PX = 480;
/** Agenda items rendered before "show more". */
const AGENDA_PAGE = 150;
const PRESET_PROPERTIES = ['series', 'kind', 'district', 'audience', 'available'] as const;

/** The details panel (and the registration hand-off): a chunk of its own. */
const details = chunk(() => import('./activity-details.js'));

/**
 * The lifelong-learning-week calendar: month, week and agenda views of the platform's activities in
 * Asia/Shanghai time, filters, seats and waitlist in words and icons, registration through
 * `<lc-registration-dialog>`, and an .ics download of the visible period.
 *
 * @summary Calendar of lifelong-learning activities (全民终身学习活动周) with registration.
 *
 * @example
 * <lc-event-calendar api-base="https://api.example.cn" publishable-key="lc_pk_live_…"
 *   series="ser_2026week" district="110108"></lc-event-calendar>
 *
 * @tagname lc-event-calendar
 *
 * @event {CustomEvent<ActivitySelectDetail>} lc-activity-select - `CustomEvent<{ activity }>`: the visitor opened an activity. Cancelable:
 *   `preventDefault()` keeps the built-in details closed (show your own instead).
 * @event {CustomEvent<RegistrationCompleteDetail>} lc-registration-complete - From the registration dialog, when a registration was made (confirmed or
 *   waitlisted). The calendar then reloads that activity's seats.
 * @event {CustomEvent<RegistrationErrorDetail>} lc-registration-error - From the registration dialog, when registering failed.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Period heading, navigation and view switch.
 * @csspart period - The period heading (`2026年5月`).
 * @csspart nav - Previous / today / next.
 * @csspart views - The view switch.
 * @csspart filters - The filter controls.
 * @csspart state - Loading, empty, error and offline messages.
 * @csspart grid - The month grid.
 * @csspart day - A day cell of the month grid.
 * @csspart week - The week view.
 * @csspart agenda - The agenda view.
 * @csspart day-list - One day's full list under the month grid.
 * @csspart activity - An activity in any view.
 * @csspart status - An activity's status: its words, and its icon painted as the part's background image in its
 *   start padding (set `background-color`, not `background`, to keep the icon).
 * @csspart details - The selected activity's details.
 * @csspart register - The register button.
 * @csspart subscribe - The .ics download button.
 *
 * @cssproperty --lc-color-primary - Buttons, today's marker, links.
 * @cssproperty --lc-color-on-primary - Text on the primary colour.
 * @cssproperty --lc-color-text - Text.
 * @cssproperty --lc-color-muted - Secondary text and days outside the month.
 * @cssproperty --lc-color-surface - Background.
 * @cssproperty --lc-color-border - Borders.
 * @cssproperty --lc-color-danger - Full and cancelled.
 * @cssproperty --lc-color-success - Seats left.
 * @cssproperty --lc-radius - Corner radius.
 * @cssproperty --lc-font-size - Base text size.
 * @cssproperty --lc-focus-color - Focus outline.
 */
export class LcEventCalendar extends LitElement {
  /** The package version, named in the warning when a second copy of the widgets meets this one. */
  static version = VERSION;

  static override styles = [baseStyles, controlStyles, calendarStyles];

  static override properties = {
    apiBase: { attribute: 'api-base', reflect: true },
    publishableKey: { attribute: 'publishable-key', reflect: true },
    locale: { reflect: true },
    senior: { type: Boolean, reflect: true },
    view: { reflect: true },
    date: {},
    series: {},
    kind: {},
    district: {},
    audience: {},
    available: { type: Boolean },
    now: { attribute: false },
    activities: { attribute: false },
    narrow: { state: true },
  };

  /** The API server's origin (or set it on an enclosing `<lc-provider>`). */
  declare apiBase: string | undefined;
  /** A publishable key, `lc_pk_…`. */
  declare publishableKey: string | undefined;
  /** `zh-CN` (default) or `en`. */
  declare locale: string | undefined;
  /** Senior mode (适老化): larger text and targets, higher contrast, no pop-ups. */
  declare senior: boolean;
  /** `month`, `week` or `agenda`; unset: `month`, or `agenda` when the calendar is narrower than 480 px. */
  declare view: CalendarView | undefined;
  /** The day to show first, `YYYY-MM-DD`; unset: today in Asia/Shanghai (or the series' start if today is outside it). */
  declare date: string | undefined;
  /** A series id (`ser_…`): show one programme, e.g. one year's lifelong-learning week. */
  declare series: string | undefined;
  /** Activity kinds to show, comma-separated (`lecture,reading`); the kind filter offers only these. */
  declare kind: string | undefined;
  /** Division codes to show, comma-separated (`110108,110105`). */
  declare district: string | undefined;
  /** Audiences to show, comma-separated (`seniors,parents`). */
  declare audience: string | undefined;
  /** Only activities with free seats or an open waitlist. */
  declare available: boolean;
  /** The current time, for tests and stories; "today" and "ended" follow it. Default: the real clock. */
  declare now: Date | undefined;
  /**
   * Activities to show instead of fetching them (stories, benchmarks, pages that load data themselves).
   * Filters apply to them as the platform would; registration still needs `api-base` and `publishable-key`.
   */
  declare activities: readonly Activity[] | undefined;
  declare protected narrow: boolean;

  readonly #calendar = new CalendarController(this, {
    source: () => remoteSource(transportFor(this.#config)),
    now: () => this.#now(),
    online: () => navigator.onLine,
  });
  #config: WidgetConfig = { apiBase: null, publishableKey: null, locale: 'zh-CN', senior: false };
  #zoneDiffers = visitorZoneDiffers();
  #period = '';
  #announced = '';
  #announcement = '';
  #agendaLimit = AGENDA_PAGE;
  #focusNext: string | null = null;
  #registering: Activity | null = null;
  #dialogFailed = false;
  /** The details panel's code could not be loaded (opening an activity again tries again). */
  #detailsFailed = false;
  /** A registration was completed in the current dialog element. */
  #registered = false;
  #resizeObserver: ResizeObserver | undefined;
  readonly #internals = internalsOf(this);

  constructor() {
    super();
    this.senior = false;
    this.available = false;
    this.narrow = false;
    this.addEventListener('lc-registration-complete', this.#afterRegistration);
    this.addEventListener('lc-registration-error', this.#afterRegistration);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const width = this.getBoundingClientRect().width;
    if (width > 0) this.narrow = width < NARROW_PX;
    this.#resizeObserver ??= new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box && box.width > 0 && box.width < NARROW_PX !== this.narrow) this.narrow = box.width < NARROW_PX;
    });
    this.#resizeObserver.observe(this);
    window.addEventListener('online', this.#onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    window.removeEventListener('online', this.#onOnline);
  }

  #now(): number {
    return (this.now ?? new Date()).getTime();
  }

  #effectiveView(): CalendarView {
    if (this.view && VIEWS.includes(this.view)) return this.view;
    return this.narrow ? 'agenda' : 'month';
  }

  /** An update in a locale whose strings are not here yet (English: a chunk of its own) waits for them. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterStrings(this.localName, readConfig(this).locale, STRINGS, () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    const previous = this.#config;
    const config = readConfig(this);
    // Strings that could not be loaded (offline): the whole widget speaks Chinese until they are.
    const locale = STRINGS.has(config.locale) ? config.locale : 'zh-CN';
    this.#config = { ...config, locale, senior: syncSenior(this) };
    const first = !this.hasUpdated;
    const calendar = this.#calendar;
    if (!first && !sameSource(previous, config)) calendar.reset(); // its own or its provider's
    if (!first && changed.has('now')) calendar.clockChanged();
    const inputs: Parameters<CalendarController['configure']>[0] = {};
    if (first || changed.has('view') || changed.has('narrow')) inputs.view = this.#effectiveView();
    if (first || changed.has('date')) inputs.date = this.date;
    if (first || PRESET_PROPERTIES.some((name) => changed.has(name))) inputs.presets = presetsFrom(this);
    if (first || changed.has('activities')) inputs.activities = this.activities;
    if (Object.keys(inputs).length > 0) calendar.configure(inputs);
    if (calendar.selected && !details.value && !this.#detailsFailed) {
      details.load().then(
        () => this.requestUpdate(),
        () => {
          this.#detailsFailed = true;
          this.requestUpdate();
        },
      );
    }

    const msg = messagesFor(this.#config.locale);
    const period = formatPeriod(calendar.view, calendar.period, calendar.focusDay, this.#config.locale);
    if (period !== this.#period) this.#agendaLimit = AGENDA_PAGE;
    this.#period = period;
    const key = `${period}|${calendar.status}|${calendar.loads}`;
    if (key !== this.#announced) {
      this.#announced = key;
      const count = calendar.headlineCount();
      const state =
        calendar.status === 'ready'
          ? format(count === 1 ? msg.countOne : msg.count, { n: count })
          : calendar.status === 'loading'
            ? msg.loading
            : calendar.status === 'idle'
              ? ''
              : errorText(calendar, this.#context());
      this.#announcement = state ? format(msg.announce, { period, count: state }) : period;
    }
  }

  /** Resolves once the element has rendered, the details included when an activity is open (their code is a chunk). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#calendar.selected || details.value || this.#detailsFailed) return done;
    await details.load().catch(() => undefined);
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    const status = this.#calendar.status;
    if (status !== 'idle' && status !== 'loading') markSettled(this.#internals);
    if (this.#focusNext === null) return;
    const root = this.renderRoot;
    const target =
      root.querySelector<HTMLElement>(this.#focusNext) ??
      (this.#detailsFailed ? root.querySelector<HTMLElement>('.details button') : null);
    // The details' heading is there once their code is: until then, keep the focus to move.
    if (target || !this.#calendar.selected || details.value) {
      this.#focusNext = null;
      target?.focus();
    }
  }

  #context(): ViewContext {
    const msg = messagesFor(this.#config.locale);
    return {
      locale: this.#config.locale,
      msg,
      now: this.#now(),
      today: this.#calendar.today,
      zoneName: this.#zoneDiffers ? msg.zone : null,
      senior: this.#config.senior,
    };
  }

  readonly #toolbar: ToolbarHandlers = {
    shift: (direction) => this.#calendar.shift(direction),
    today: () => this.#calendar.goToToday(),
    view: (view) => {
      this.view = view;
    },
    choice: (name, value) => this.#calendar.setChoice(name, value),
    retry: () => this.#calendar.retry(),
  };

  override render() {
    const calendar = this.#calendar;
    const ctx = this.#context();
    const { msg } = ctx;
    const view = calendar.view;
    const count = calendar.visibleActivities().length;
    let body;
    let more = false;
    if (view === 'month') body = monthView(calendar, ctx, 'period-label');
    else if (calendar.status !== 'ready') body = nothing;
    else if (view === 'week') body = weekView(calendar, ctx);
    else ({ template: body, more } = agendaView(calendar, ctx, this.#agendaLimit));
    const { start, end } = calendar.period;
    const openDay = calendar.openDay;
    const state = loadState(calendar, ctx, this.#toolbar);
    // Over the month grid, "loading" and "no activities" float on it rather than push it down: the grid keeps
    // its place from loading to loaded and from month to month. (An error stays in the flow, with its retry.)
    const overlay = view === 'month' && (calendar.status === 'loading' || calendar.status === 'ready');
    return html`<div class="calendar${ctx.senior ? ' senior' : ''}" part="base" lang=${ctx.locale}>
      ${calendarHeader(calendar, ctx, this.#period, this.#toolbar)}
      ${filterControls(calendar, ctx, this.#toolbar)}
      ${ctx.zoneName ? html`<p class="zone-note">${msg.zoneNote}</p>` : nothing}
      <div class="visually-hidden" role="status">${this.#announcement}</div>
      ${overlay ? nothing : state}
      <div
        class="body view-${view}"
        @click=${this.#onClick}
        @keydown=${this.#onKeydown}
        @pointerover=${this.#preloadDetails}
        @focusin=${this.#preloadDetails}
      >
        ${overlay ? html`<div class="overlay">${state}</div>` : nothing} ${body}
        ${more ? html`<button type="button" class="secondary" data-show-more>${msg.showMore}</button>` : nothing}
        ${
          view === 'month' && openDay !== null && openDay >= start && openDay < end
            ? dayList(openDay, calendar, ctx)
            : nothing
        }
        ${calendar.selected ? this.#details(calendar.selected, ctx) : nothing}
      </div>
      <div class="footer">
        <button
          type="button"
          class="secondary"
          part="subscribe"
          ?disabled=${count === 0}
          title=${format(msg.subscribeCount, { n: count })}
          @click=${this.#downloadCalendar}
        >
          ${msg.subscribe}
        </button>
      </div>
      ${this.#registering ? html`<lc-registration-dialog></lc-registration-dialog>` : nothing}
    </div>`;
  }

  /** The selected activity, or a loading line (an error) while the panel's code is on its way. */
  #details(activity: Activity, ctx: ViewContext): TemplateResult {
    const on = { register: this.#register, close: this.#closeDetails, failed: this.#dialogFailed };
    if (details.value) return details.value.activityDetails(activity, ctx, on);
    const { msg } = ctx;
    return html`<section class="details" part="details" aria-label=${msg.details}>
      ${
        this.#detailsFailed
          ? html`<p class="alert" role="alert">${msg.connectionError}</p>`
          : html`<p class="state" part="state">
              <span class="spinner" aria-hidden="true"></span>${msg.loading}
            </p>`
      }
      <button type="button" class="secondary" @click=${this.#closeDetails}>${msg.close}</button>
    </section>`;
  }

  /** An activity under the pointer or the focus: the details' code starts loading before the click. */
  readonly #preloadDetails = (event: Event): void => {
    if (!details.value && (event.target as Element).closest('[data-activity]'))
      details.load().catch(() => undefined);
  };

  readonly #onClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    const item = target.closest<HTMLElement>('[data-activity]');
    if (item) {
      this.#select(item.dataset['activity'] ?? '');
      return;
    }
    const more = target.closest<HTMLElement>('[data-more]');
    if (more) {
      this.#openDay(Number(more.dataset['more']));
      return;
    }
    const back = target.closest<HTMLElement>('[data-back]');
    if (back) {
      this.#backToGrid(Number(back.dataset['back']));
      return;
    }
    if (target.closest('[data-show-more]')) {
      this.#agendaLimit += AGENDA_PAGE;
      this.requestUpdate();
      return;
    }
    const cell = target.closest<HTMLElement>('[role="gridcell"]');
    if (cell) this.#openDay(Number(cell.dataset['day']));
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as Element;
    if (event.key === 'Escape') {
      if (target.closest('.details')) this.#closeDetails();
      else if (target.closest('.day-list'))
        this.#backToGrid(this.#calendar.openDay ?? this.#calendar.focusDay);
      return;
    }
    const cell = target.closest<HTMLElement>('[role="gridcell"]');
    if (!cell || event.altKey) return;
    const day = Number(cell.dataset['day']);
    if (event.key === 'Enter' || event.key === ' ') {
      if (target !== cell) return; // a chip or "+k more" button handles its own activation
      event.preventDefault();
      this.#openDay(day);
      return;
    }
    const next = dayForKey(event, day);
    if (next === null) return;
    event.preventDefault();
    this.#calendar.focus(next);
    this.#focusNext = `[role="gridcell"][data-day="${next}"]`;
    this.requestUpdate();
  };

  #openDay(day: number): void {
    this.#calendar.focus(day);
    this.#calendar.openDayList(day);
    this.#focusNext = '#day-list-title';
  }

  #backToGrid(day: number): void {
    this.#calendar.openDayList(null);
    this.#focusNext = `[role="gridcell"][data-day="${day}"]`;
  }

  #select(id: string): void {
    const activity = this.#calendar.data?.byId.get(id);
    if (!activity || !this.dispatchEvent(activitySelectEvent(activity))) return;
    this.#dialogFailed = false;
    this.#detailsFailed = false;
    this.#calendar.select(activity);
    this.#focusNext = '#details-title';
    if (activity.registrationOpen) void loadRegistrationDialog().catch(() => undefined); // ready by the click
  }

  readonly #closeDetails = (): void => {
    const id = this.#calendar.selected?.id;
    this.#calendar.select(null);
    // Back to the item that opened them: in a day's list when one is open (the same activity's chip in the grid
    // above it comes first in the document, but is not in the tab order).
    const list = this.#calendar.openDay === null ? '' : '.day-list ';
    this.#focusNext = id ? `${list}[data-activity="${CSS.escape(id)}"]` : null;
    // In the month grid a chip is not in the tab order: return to its day cell instead.
    if (id && this.#calendar.view === 'month' && this.#calendar.openDay === null) {
      const day = this.renderRoot.querySelector(`[data-activity="${CSS.escape(id)}"]`)?.closest('[data-day]');
      this.#focusNext = day ? `[role="gridcell"][data-day="${(day as HTMLElement).dataset['day']}"]` : null;
    }
  };

  readonly #register = async (activity: Activity): Promise<void> => {
    try {
      await loadRegistrationDialog();
    } catch {
      this.#dialogFailed = true; // the form's code could not be fetched (offline?): say so beside the button
      this.requestUpdate();
      return;
    }
    this.#dialogFailed = false;
    if (this.#registered) {
      // A fresh form after a completed registration (rather than that one's result screen).
      this.#registered = false;
      this.#registering = null;
      this.requestUpdate();
      await this.updateComplete;
    }
    this.#registering = activity;
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('lc-registration-dialog');
    if (!dialog) return;
    dialog.config = this.#config;
    dialog.target = (details.value ?? (await details.load())).registrationTarget(activity);
    dialog.show();
  };

  /** After the dialog registered (or failed, e.g. full meanwhile), show that activity's live seats. */
  readonly #afterRegistration = (event: Event): void => {
    if (event.type === 'lc-registration-complete') this.#registered = true;
    if (this.#registering) void this.#calendar.refreshActivity(this.#registering.id);
  };

  readonly #onOnline = (): void => {
    if (this.#calendar.status === 'offline' || this.#calendar.status === 'error') this.#calendar.retry();
  };

  readonly #downloadCalendar = async (): Promise<void> => {
    const calendar = this.#calendar;
    const list = calendar.visibleActivities();
    if (list.length === 0) return;
    const name = calendar.series?.title ?? `${messagesFor(this.#config.locale).calendar} ${this.#period}`;
    const fileName = `${calendar.series?.id ?? 'learning-city'}-${formatDay(calendar.period.start)}.ics`;
    const { downloadICalendar } = await import('./calendar-ics.js');
    downloadICalendar(list, { name, fileName });
  };
}

/** Loads and registers the registration dialog (a separate chunk: only visitors who register need it). */
function loadRegistrationDialog(): Promise<unknown> {
  return customElements.get('lc-registration-dialog')
    ? Promise.resolve()
    : import('../shared/registration/define.js');
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-event-calendar': LcEventCalendar;
  }
}
