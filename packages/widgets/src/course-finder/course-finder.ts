// <lc-course-finder>: the course catalogue (社区教育, 老年大学, 职业技能) with search, facets and registration.
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ConnectionError, type Course } from '@learning-city/core';
import { readConfig, sameSource, syncSenior, transportFor, type WidgetConfig } from '../shared/config.js';
import { chunk } from '../shared/chunk.js';
import { afterStrings, format } from '../shared/locale.js';
import { internalsOf, markSettled } from '../shared/settled.js';
import { baseStyles, controlStyles } from '../shared/styles.js';
import { VERSION } from '../shared/version.js';
import { finderStyles } from './course-finder.styles.js';
import { finderEvent } from './events.js';
import { activeChips, facetPanel, sortSelect } from './facet-controls.js';
import { clampPage, FinderController, type OpenCourse } from './finder-controller.js';
import type { FinderContext } from './finder-format.js';
import { remoteSource } from './finder-source.js';
import {
  activeFilterCount,
  clearFilters,
  copyState,
  EMPTY_STATE,
  hasFilters,
  LIST_DIMENSIONS,
  presetsFrom,
  readSearch,
  writeSearch,
  type FinderState,
  type ListDimension,
} from './finder-state.js';
import { queryTerms, termsPattern } from './highlight.js';
import { SearchTyping } from './search-typing.js';
import { messagesFor, STRINGS } from './messages.js';
import { courseCard, errorState, errorText, loadState, moreControl } from './result-list.js';

const PRESET_PROPERTIES = ['category', 'district', 'audience', 'pageSize'] as const;

/** The details view (offerings, seats, the register hand-off): a chunk of its own. */
const details = chunk(
  () => import('./course-detail.js'),
  (error) =>
    new ConnectionError(`The course details could not be loaded: ${String(error)}`, { cause: error }),
);

/** Loads and registers the registration dialog (a separate chunk: only visitors who register need it). */
function loadRegistrationDialog(): Promise<unknown> {
  return customElements.get('lc-registration-dialog')
    ? Promise.resolve()
    : import('../shared/registration/define.js');
}

/**
 * The course catalogue a library, museum or college puts on its site so residents find a course and
 * register: a debounced, IME-safe search box; facets with counts (the 1+8 categories, audience, district,
 * mode, free or paid, dates); active-filter chips; sort; results a page at a time with the searched words
 * marked; a course's offerings with seats left; and registration through `<lc-registration-dialog>`.
 * Optional URL state makes back/forward and shared links work; schema.org JSON-LD of the visible results
 * is written into the element's light DOM for crawlers.
 *
 * @summary Course search with facets, details and registration (课程搜索).
 *
 * @example
 * <lc-course-finder api-base="https://api.example.cn" publishable-key="lc_pk_live_…"
 *   category="health,sports" district="410305" page-size="20" url-state></lc-course-finder>
 *
 * @event lc-course-select - `CustomEvent<{ course }>`: the visitor opened a course. Cancelable:
 *   `preventDefault()` keeps the built-in details closed (show your own instead).
 * @event lc-filter-change - `CustomEvent<{ state }>`: the search, a filter or the sort changed.
 * @event lc-register-request - `CustomEvent<{ course, offering }>`: the visitor asked to register for an
 *   offering. Cancelable: `preventDefault()` keeps the built-in form closed (use your own flow).
 * @event lc-registration-complete - From the registration dialog, when a registration was made.
 * @event lc-registration-error - From the registration dialog, when registering failed.
 *
 * @csspart base - The wrapper of everything.
 * @csspart search - The search form.
 * @csspart filters-toggle - The button that shows the filters on narrow screens.
 * @csspart facets - The filter panel.
 * @csspart facet - One facet (a fieldset or a labelled select).
 * @csspart chips - The active filters.
 * @csspart chip - One active filter (a button that removes it).
 * @csspart clear-all - "Clear all".
 * @csspart count - The result count heading.
 * @csspart sort - The sort select's label.
 * @csspart state - Loading, empty, error and offline messages.
 * @csspart results - The result list.
 * @csspart result - One course in the list.
 * @csspart more - The "load more" area.
 * @csspart detail - The open course.
 * @csspart offering - One offering (开班) in the details.
 * @csspart register - A register button.
 *
 * @cssproperty --lc-color-primary - Buttons, links and the highlight underline.
 * @cssproperty --lc-color-on-primary - Text on the primary colour.
 * @cssproperty --lc-color-text - Text.
 * @cssproperty --lc-color-muted - Secondary text.
 * @cssproperty --lc-color-surface - Background.
 * @cssproperty --lc-color-border - Borders.
 * @cssproperty --lc-color-danger - Errors and "full".
 * @cssproperty --lc-color-success - Seats left.
 * @cssproperty --lc-color-mark - Background of the searched words.
 * @cssproperty --lc-radius - Corner radius.
 * @cssproperty --lc-font-size - Base text size.
 * @cssproperty --lc-focus-color - Focus outline.
 */
export class LcCourseFinder extends LitElement {
  /** The package version of this copy, read by a second copy's duplicate-definition warning. */
  static version = VERSION;

  static override styles = [baseStyles, controlStyles, finderStyles];

  static override properties = {
    apiBase: { attribute: 'api-base', reflect: true },
    publishableKey: { attribute: 'publishable-key', reflect: true },
    locale: { reflect: true },
    senior: { type: Boolean, reflect: true },
    category: {},
    district: {},
    audience: {},
    pageSize: { attribute: 'page-size', type: Number },
    urlState: { attribute: 'url-state', type: Boolean },
    filtersOpen: { state: true },
  };

  /** The API server's origin (or set it on an enclosing `<lc-provider>`). */
  declare apiBase: string | undefined;
  /** A publishable key, `lc_pk_…`. */
  declare publishableKey: string | undefined;
  /** `zh-CN` (default) or `en`. */
  declare locale: string | undefined;
  /** Senior mode (适老化): larger text and targets, higher contrast, no pop-ups. */
  declare senior: boolean;
  /** Categories to show, comma-separated (`health,sports`); the category facet offers only these. */
  declare category: string | undefined;
  /** Division codes to show, comma-separated (`410305,410311`). */
  declare district: string | undefined;
  /** Audiences to show, comma-separated (`seniors,parents`). */
  declare audience: string | undefined;
  /** Results per page, 1–100. @default 20 */
  declare pageSize: number;
  /**
   * Keep the search, filters, sort and open course in the page URL (`?lc-q=太极&lc-category=sports`), so
   * back/forward and shared links work. Use it on one finder per page.
   */
  declare urlState: boolean;
  declare protected filtersOpen: boolean;

  readonly #finder = new FinderController(this, {
    source: () => remoteSource(transportFor(this.#config)),
    online: () => navigator.onLine,
    failed: (error, what) => {
      // Names the failing field of a malformed response (`… at \`data.0.title\`: expected string …`).
      console.error(
        `[learning-city] <lc-course-finder> could not load ${what === 'detail' ? 'a course' : 'courses'}:`,
        error instanceof Error ? error.message : error,
      );
    },
  });
  #config: WidgetConfig = { apiBase: null, publishableKey: null, locale: 'zh-CN', senior: false };
  readonly #typing = new SearchTyping((q, typed) => {
    this.#apply({ ...this.#finder.state, q }, typed);
    if (!typed) this.#typingEntry = false;
  });
  /** The last history entry this finder pushed was for typing (further keystrokes replace it). */
  #typingEntry = false;
  #announced = '';
  #announcement = '';
  #announcedShown = 0;
  /** After "load more": how many results were shown before, to focus the first new one. */
  #focusAfter: number | null = null;
  #focusNext: string | null = null;
  #cards = new WeakMap<Course, TemplateResult>();
  #cardsKey = '';
  #jsonLdFor: Course[] | null = null;
  #registering: { offeringId: string } | null = null;
  #registered = false;
  #dialogFailed: string | null = null;
  /** Why the details view's code could not be loaded (until "retry", or a course is opened again). */
  #detailFailed: unknown = null;
  readonly #internals = internalsOf(this);

  constructor() {
    super();
    this.senior = false;
    this.urlState = false;
    this.pageSize = 20;
    this.filtersOpen = false;
    this.addEventListener('lc-registration-complete', this.#afterRegistration);
    this.addEventListener('lc-registration-error', this.#afterRegistration);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#typing.cancel();
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** The search, filters and sort in effect (a copy). */
  get state(): FinderState {
    return copyState(this.#finder.state);
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
    const finder = this.#finder;
    if (!this.hasUpdated) {
      let state = EMPTY_STATE;
      let course: string | null = null;
      if (this.urlState) ({ state, course } = readSearch(location.search));
      this.#typing.text = state.q;
      finder.configure({ presets: presetsFrom(this), pageSize: clampPage(this.pageSize), state });
      if (course) finder.openCourse(course);
    } else if (PRESET_PROPERTIES.some((name) => changed.has(name))) {
      finder.configure({ presets: presetsFrom(this), pageSize: clampPage(this.pageSize) });
    } else if (!sameSource(previous, config)) {
      finder.reload(); // its own API base or key changed, or its provider's
    }
    if (finder.open && !details.value && !this.#detailFailed) {
      details.load().then(
        () => this.requestUpdate(),
        (error: unknown) => {
          this.#detailFailed = error;
          this.requestUpdate();
        },
      );
    }
    const msg = messagesFor(this.#config.locale);
    const key = `${finder.status}|${finder.loads}|${this.#config.locale}`;
    const shown = finder.results.length;
    if (key === this.#announced && shown !== this.#announcedShown && finder.status === 'ready') {
      // "Load more" added results: say how many are shown now.
      this.#announcement = format(msg.shown, { shown, total: finder.total });
    }
    this.#announcedShown = shown;
    if (key !== this.#announced && finder.status !== 'loading') {
      this.#announced = key;
      const total = finder.total;
      this.#announcement =
        finder.status === 'ready'
          ? total === 0
            ? msg.empty
            : format(total === 1 ? msg.countOne : msg.count, { n: total })
          : finder.status === 'idle'
            ? ''
            : errorText(finder.status, finder.error, this.#context());
    }
  }

  /** Resolves once the element has rendered, the details included when a course is open (their code is a chunk). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.#finder.open || details.value || this.#detailFailed) return done;
    await details.load().catch(() => undefined);
    return super.getUpdateComplete();
  }

  protected override updated(): void {
    const finder = this.#finder;
    if (finder.status !== 'idle' && finder.status !== 'loading') markSettled(this.#internals);
    if (this.#focusAfter !== null && finder.moreStatus !== 'loading') {
      const first = this.#focusAfter;
      this.#focusAfter = null;
      // Focus the first new course, so keyboard and screen-reader users continue where the new ones start.
      if (finder.results.length > first) this.#focusNext = `.result:nth-child(${first + 1}) button`;
    }
    if (this.#focusNext !== null) {
      const root = this.renderRoot;
      const target =
        root.querySelector<HTMLElement>(this.#focusNext) ??
        (this.#detailFailed ? root.querySelector<HTMLElement>('.detail [data-retry]') : null);
      // The details' heading is there once their code is: until then, keep the focus to move.
      if (target || !finder.open || details.value) {
        this.#focusNext = null;
        target?.focus();
      }
    }
    // The loaded results once a search settles (none after an error), else nothing new to describe.
    const results = finder.status === 'ready' || finder.status === 'error' ? finder.results : null;
    if (results && results !== this.#jsonLdFor) {
      this.#jsonLdFor = results;
      // After the paint, from a chunk of its own: crawlers wait for it, residents should not.
      void import('./json-ld.js').then(({ writeJsonLd }) => this.#writeJsonLd(writeJsonLd, results));
    }
  }

  #writeJsonLd(write: typeof import('./json-ld.js').writeJsonLd, results: Course[]): void {
    if (results !== this.#finder.results) return;
    const url = this.urlState ? new URL(location.href) : null;
    write(this, results, {
      inLanguage: this.#config.locale,
      ...(this.#finder.resultsState.q ? { name: this.#finder.resultsState.q } : {}),
      courseUrl: (course) => {
        if (!url) return course.url;
        url.search = writeSearch(url.search, this.#finder.resultsState, course.id);
        return url.href;
      },
    });
  }

  #context(): FinderContext {
    return {
      locale: this.#config.locale,
      msg: messagesFor(this.#config.locale),
      senior: this.#config.senior,
      facets: this.#finder.facets,
    };
  }

  override render() {
    const finder = this.#finder;
    const ctx = this.#context();
    const { msg } = ctx;
    const active = activeFilterCount(finder.state);
    return html`<div
      class="finder"
      part="base"
      lang=${ctx.locale}
      @click=${this.#onClick}
      @change=${this.#onChange}
      @keydown=${this.#onKeydown}
      @pointerover=${this.#preloadDetail}
      @focusin=${this.#preloadDetail}
    >
      <form class="search" part="search" role="search" @submit=${this.#onSubmit}>
        <label for="q">${msg.search}</label>
        <div class="search-row">
          <input
            id="q"
            type="search"
            name="q"
            autocomplete="off"
            enterkeyhint="search"
            maxlength="100"
            placeholder=${msg.searchHint}
            @input=${this.#onInput}
            @compositionstart=${this.#onCompositionStart}
            @compositionend=${this.#onCompositionEnd}
          />
          <button type="submit" class="primary">${msg.searchButton}</button>
        </div>
      </form>
      <div class="layout">
        <div class="side">
          <button
            type="button"
            class="filters-toggle"
            part="filters-toggle"
            aria-expanded=${this.filtersOpen ? 'true' : 'false'}
            aria-controls="facets"
            data-toggle-filters
          >
            ${msg.filters}${active > 0 ? ` (${active})` : ''}
          </button>
          ${facetPanel(finder, ctx, this.filtersOpen)}
        </div>
        <div class="main">
          <div class="visually-hidden" role="status">${this.#announcement}</div>
          ${finder.open ? this.#detailView(finder.open, ctx) : this.#resultsView(ctx)}
        </div>
      </div>
      ${this.#registering ? html`<lc-registration-dialog></lc-registration-dialog>` : nothing}
    </div>`;
  }

  /** The open course, or a loading line (an error with "retry") while the details' code is on its way. */
  #detailView(open: OpenCourse, ctx: FinderContext): TemplateResult {
    if (details.value) return details.value.courseDetail(open, ctx, this.#dialogFailed);
    const { msg } = ctx;
    const failed = this.#detailFailed;
    return html`<section class="detail" part="detail" aria-label=${msg.details}>
      <button type="button" class="link back" data-back><span aria-hidden="true">‹</span> ${msg.back}</button>
      ${
        failed
          ? errorState(navigator.onLine ? 'error' : 'offline', failed, ctx, msg.detailError)
          : html`<p class="state" part="state" data-state="loading">
              <span class="spinner" aria-hidden="true"></span>${msg.detailLoading}
            </p>`
      }
    </section>`;
  }

  /** A result under the pointer or the focus: its details' code starts loading before the click. */
  readonly #preloadDetail = (event: Event): void => {
    if (!details.value && (event.target as Element).closest('[data-course]'))
      details.load().catch(() => undefined);
  };

  #resultsView(ctx: FinderContext): TemplateResult {
    const finder = this.#finder;
    const { msg } = ctx;
    const busy = finder.status === 'loading';
    const showList = finder.results.length > 0 && (finder.status === 'ready' || busy);
    const query = finder.resultsState.q;
    const cardsKey = `${ctx.locale}|${query}`;
    if (cardsKey !== this.#cardsKey) {
      this.#cardsKey = cardsKey;
      this.#cards = new WeakMap();
    }
    const pattern = termsPattern(queryTerms(query));
    const cards = this.#cards;
    return html`<div class="toolbar">
        <h2 class="count-heading" part="count">
          ${
            finder.status === 'ready' || (busy && showList)
              ? format(finder.total === 1 ? msg.countOne : msg.count, { n: finder.total })
              : msg.results
          }
        </h2>
        ${sortSelect(finder, ctx)}
      </div>
      ${activeChips(finder, ctx)} ${loadState(finder, ctx)}
      ${
        showList
          ? html`<ol class="results" part="results" aria-busy=${busy ? 'true' : 'false'}>
              ${finder.results.map((course) => {
                let card = cards.get(course);
                if (!card) cards.set(course, (card = courseCard(course, ctx, pattern)));
                return card;
              })}
            </ol>`
          : nothing
      }
      ${moreControl(finder, ctx)}`;
  }

  /** Applies a new state from the visitor: search, URL, event. `typing` entries replace each other. */
  #apply(state: FinderState, typing = false): void {
    if (!typing) this.#typing.cancel();
    if (!this.#finder.search(state)) return;
    if (this.#finder.open) this.#finder.openCourse(null);
    this.#writeUrl(typing && this.#typingEntry);
    this.#typingEntry = typing;
    this.dispatchEvent(finderEvent('lc-filter-change', { state: copyState(state) }));
  }

  #writeUrl(replace: boolean): void {
    if (!this.urlState) return;
    const search = writeSearch(location.search, this.#finder.state, this.#finder.open?.id ?? null);
    if (search === location.search) return;
    const url = location.pathname + search + location.hash;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  /** Puts a query from elsewhere (the URL) into the search box. */
  #setQuery(q: string): void {
    this.#typing.cancel();
    this.#typing.text = q;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#q');
    if (input && input.value !== q) input.value = q;
  }

  protected override firstUpdated(): void {
    this.#setQuery(this.#typing.text);
  }

  readonly #onInput = (event: InputEvent): void =>
    this.#typing.input((event.target as HTMLInputElement).value, event.isComposing);

  readonly #onCompositionStart = (): void => this.#typing.compositionStart();

  readonly #onCompositionEnd = (event: CompositionEvent): void =>
    this.#typing.compositionEnd((event.target as HTMLInputElement).value);

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#typing.submit(this.renderRoot.querySelector<HTMLInputElement>('#q')?.value ?? this.#typing.text);
  };

  readonly #onChange = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const { name, value } = target;
    const state = this.#finder.state;
    if ((LIST_DIMENSIONS as readonly string[]).includes(name)) {
      const dimension = name as ListDimension;
      const values =
        target instanceof HTMLSelectElement
          ? value
            ? [value]
            : []
          : target.checked
            ? [...state[dimension], value]
            : state[dimension].filter((v) => v !== value);
      this.#apply({ ...state, [dimension]: values });
    } else if (name === 'free' || name === 'sort' || name === 'from' || name === 'to') {
      this.#apply({ ...state, [name]: value });
    }
  };

  readonly #onClick = (event: MouseEvent): void => {
    const target = (event.target as Element).closest<HTMLElement>('button');
    if (!target) return;
    const data = target.dataset;
    const finder = this.#finder;
    if (data['course']) this.#open(data['course']);
    else if (data['register']) void this.#register(data['register']);
    else if ('back' in data) this.#close();
    else if ('retry' in data) this.#retry();
    else if ('more' in data) {
      this.#focusAfter = finder.results.length;
      finder.loadMore();
    } else if ('toggleFilters' in data) this.filtersOpen = !this.filtersOpen;
    else if ('clear' in data) {
      this.#focusNext = '#q';
      this.#apply(clearFilters(finder.state));
    } else if (data['chip']) {
      const [name = '', value] = data['chip'].split(' ');
      const state = finder.state;
      const next: FinderState = (LIST_DIMENSIONS as readonly string[]).includes(name)
        ? { ...state, [name]: state[name as ListDimension].filter((v) => v !== value) }
        : { ...state, [name]: '' };
      this.#focusNext = hasFilters(next) ? '.chip' : '#q';
      this.#apply(next);
    }
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#finder.open && !event.defaultPrevented) {
      if ((event.target as Element).closest('.detail')) this.#close();
    }
  };

  #open(id: string): void {
    const course = this.#finder.results.find((c) => c.id === id);
    if (!course || !this.dispatchEvent(finderEvent('lc-course-select', { course }))) return;
    this.#dialogFailed = null;
    this.#detailFailed = null; // opening a course tries the details' code again
    this.#finder.openCourse(id);
    this.#focusNext = '#detail-title';
    this.#writeUrl(false);
    this.#typingEntry = false;
    void loadRegistrationDialog().catch(() => undefined); // ready by the click on "register"
  }

  #close(): void {
    const id = this.#finder.open?.id;
    this.#finder.openCourse(null);
    this.#focusNext = id ? `[data-course="${CSS.escape(id)}"]` : '#q';
    this.#writeUrl(false);
    this.#typingEntry = false;
  }

  readonly #onPopState = (): void => {
    if (!this.urlState) return;
    const { state, course } = readSearch(location.search);
    const finder = this.#finder;
    this.#setQuery(state.q);
    this.#typingEntry = false;
    if (finder.search(state))
      this.dispatchEvent(finderEvent('lc-filter-change', { state: copyState(state) }));
    if (course !== (finder.open?.id ?? null)) {
      const closing = finder.open?.id;
      finder.openCourse(course);
      this.#focusNext = course ? '#detail-title' : closing ? `[data-course="${CSS.escape(closing)}"]` : null;
    }
  };

  async #register(offeringId: string): Promise<void> {
    const course = this.#finder.open?.detail;
    const offering = course?.offerings.find((o) => o.id === offeringId);
    if (!course || !offering) return;
    if (!this.dispatchEvent(finderEvent('lc-register-request', { course, offering }))) return;
    try {
      await loadRegistrationDialog();
    } catch {
      this.#dialogFailed = offeringId; // the form's code could not be fetched (offline?): say so by the button
      this.requestUpdate();
      return;
    }
    this.#dialogFailed = null;
    if (this.#registered) {
      // A fresh form after a completed registration (rather than that one's result screen).
      this.#registered = false;
      this.#registering = null;
      this.requestUpdate();
      await this.updateComplete;
    }
    this.#registering = { offeringId };
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('lc-registration-dialog');
    if (!dialog) return;
    dialog.config = this.#config;
    dialog.target = (details.value ?? (await details.load())).offeringTarget(course, offering);
    dialog.show();
  }

  /** After the dialog registered (or failed, e.g. full meanwhile), show the offering's live seats. */
  readonly #afterRegistration = (event: Event): void => {
    if (event.type === 'lc-registration-complete') this.#registered = true;
    this.#finder.refreshCourse();
  };

  /** Back online: load again whatever failed meanwhile. */
  readonly #onOnline = (): void => this.#retry();

  /** Loads again whatever failed: the search, the next page, the open course or its view's code. */
  #retry(): void {
    if (this.#detailFailed) {
      this.#detailFailed = null;
      this.requestUpdate();
    }
    this.#finder.retry();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lc-course-finder': LcCourseFinder;
  }
}
