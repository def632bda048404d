// The finder's state and data (search, filters, pages of results, facet counts, the open course) as a Lit
// ReactiveController, DOM-free: the InstantSearch "connector" of this widget.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  Course,
  CourseDetail,
  CourseFacets,
  CourseFilters,
  CourseListParams,
  ListPage,
} from '@learning-city/core';
import { EMPTY_STATE, filtersFor, stateKey, type FinderPresets, type FinderState } from './finder-state.js';

/** Where courses come from: the platform API (see `finder-source.ts`) or a test double. */
export interface CourseSource {
  list(params: CourseListParams, signal: AbortSignal): Promise<ListPage<Course>>;
  facets(filters: CourseFilters, signal: AbortSignal): Promise<CourseFacets>;
  get(id: string, signal?: AbortSignal): Promise<CourseDetail>;
}

export interface FinderControllerOptions {
  /** The source for the next load; may throw when the widget is not configured (shown as an error). */
  source: () => CourseSource;
  /** Whether the browser believes it is online. @default () => true */
  online?: () => boolean;
  /** Told about every failed load (the element logs it, naming the failing field of a malformed response). */
  failed?: (error: unknown, what: 'list' | 'more' | 'detail') => void;
}

/** `offline` is a failed or skipped load while offline. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error' | 'offline';

/** The open course: its summary at once, its offerings once loaded. */
export interface OpenCourse {
  id: string;
  /** The course as listed, when it was in the results. */
  summary: Course | null;
  detail: CourseDetail | null;
  status: LoadStatus;
  error: unknown;
}

/** The largest page the API serves. */
const MAX_PAGE = 100;

/**
 * Holds what the finder shows and loads what it needs: the first page of results with the facet counts
 * (each new search aborts the previous one), further pages on request, and one course's offerings.
 * @example
 * const finder = new FinderController(host, { source: () => remoteSource(transport) });
 * finder.configure({ presets, pageSize: 20 });
 * finder.search({ ...finder.state, q: '太极' });
 */
export class FinderController implements ReactiveController {
  state: FinderState = EMPTY_STATE;
  presets: FinderPresets = { category: [], audience: [], district: [] };
  pageSize = 20;
  status: LoadStatus = 'idle';
  error: unknown = null;
  /** Every loaded result, page after page. */
  results: Course[] = [];
  /** The state the results answer (highlighting follows its query, not the one being typed). */
  resultsState: FinderState = EMPTY_STATE;
  facets: CourseFacets | null = null;
  nextCursor: string | null = null;
  /** Loading the next page: `loading`, or `error` with {@link moreError}; `idle` otherwise. */
  moreStatus: LoadStatus = 'idle';
  moreError: unknown = null;
  open: OpenCourse | null = null;
  /** Counts finished searches, so a view can announce each once. */
  loads = 0;

  readonly #host: ReactiveControllerHost;
  readonly #options: FinderControllerOptions;
  #configured = false;
  #connected = false;
  #loadedKey: string | null = null;
  #search: AbortController | null = null;
  #more: AbortController | null = null;
  #detail: AbortController | null = null;

  constructor(host: ReactiveControllerHost, options: FinderControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
    if (this.open && this.open.status !== 'ready') this.#loadDetail(this.open.id);
  }

  hostDisconnected(): void {
    this.#connected = false;
    for (const abort of [this.#search, this.#more, this.#detail]) abort?.abort();
    this.#search = this.#more = this.#detail = null;
    if (this.status === 'loading') this.status = 'idle';
    this.#loadedKey = null;
    this.moreStatus = 'idle';
  }

  /** The filters in effect (the visitor's choices within the presets). */
  get filters(): CourseFilters {
    return filtersFor(this.state, this.presets);
  }

  /** How many courses match, from the facet counts. */
  get total(): number {
    return this.facets?.total ?? this.results.length;
  }

  /** Takes the element's inputs. The first call starts loading. */
  configure(inputs: { presets?: FinderPresets; pageSize?: number; state?: FinderState }): void {
    if (inputs.presets) this.presets = inputs.presets;
    if (inputs.pageSize !== undefined) this.pageSize = clampPage(inputs.pageSize);
    if (inputs.state) this.state = inputs.state;
    this.#configured = true;
    this.#loadedKey = null;
    this.#sync();
  }

  /** Searches with a new state (query, filters, sort); answers whether anything changed. */
  search(state: FinderState): boolean {
    if (stateKey(state) === stateKey(this.state)) return false;
    this.state = state;
    this.#sync();
    return true;
  }

  /** Loads again whatever failed (the search, the next page, the open course), e.g. after going back online. */
  retry(): void {
    if (this.status === 'error' || this.status === 'offline') {
      this.#loadedKey = null;
      this.#sync();
    } else if (this.moreStatus === 'error' || this.moreStatus === 'offline') {
      this.moreStatus = 'idle';
      this.loadMore();
    }
    const open = this.open;
    if (open && (open.status === 'error' || open.status === 'offline')) this.#loadDetail(open.id);
  }

  /** Loads everything again (e.g. the API base or key changed). */
  reload(): void {
    this.#loadedKey = null;
    this.#sync();
    if (this.open) this.#loadDetail(this.open.id);
  }

  /** Loads the next page of results, if there is one. */
  loadMore(): void {
    if (!this.nextCursor || this.moreStatus === 'loading' || this.status !== 'ready') return;
    const source = this.#source();
    if (!source) return;
    const abort = new AbortController();
    this.#more = abort;
    this.moreStatus = 'loading';
    this.moreError = null;
    this.#host.requestUpdate();
    const params: CourseListParams = {
      ...filtersFor(this.resultsState, this.presets),
      sort: this.resultsState.sort,
      limit: this.pageSize,
      cursor: this.nextCursor,
    };
    source.list(params, abort.signal).then(
      (page) => {
        if (this.#more !== abort) return;
        this.#more = null;
        this.results = [...this.results, ...page.data];
        this.nextCursor = page.nextCursor;
        this.moreStatus = 'idle';
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (this.#more !== abort) return;
        this.#more = null;
        this.moreStatus = this.#online() ? 'error' : 'offline';
        this.moreError = error;
        this.#options.failed?.(error, 'more');
        this.#host.requestUpdate();
      },
    );
  }

  /** Opens a course (its offerings load), or closes it with `null`. */
  openCourse(id: string | null): void {
    this.#detail?.abort();
    this.#detail = null;
    if (id === null) {
      this.open = null;
    } else {
      const summary = this.results.find((course) => course.id === id) ?? null;
      this.open = { id, summary, detail: null, status: 'loading', error: null };
      this.#loadDetail(id);
    }
    this.#host.requestUpdate();
  }

  /** Fetches the open course again (live seats, e.g. after a registration). */
  refreshCourse(): void {
    if (this.open) this.#loadDetail(this.open.id, true);
  }

  #online(): boolean {
    return this.#options.online?.() ?? true;
  }

  #source(): CourseSource | null {
    try {
      return this.#options.source();
    } catch (error) {
      this.#fail(error);
      return null;
    }
  }

  #fail(error: unknown): void {
    this.status = this.#online() ? 'error' : 'offline';
    this.error = error;
    this.#options.failed?.(error, 'list');
    this.#host.requestUpdate();
  }

  #sync(): void {
    if (!this.#configured || !this.#connected) return;
    const key = stateKey(this.state) + JSON.stringify(this.presets) + this.pageSize;
    if (key === this.#loadedKey) return;
    this.#loadedKey = key;
    this.#search?.abort();
    this.#more?.abort();
    this.#more = null;
    this.moreStatus = 'idle';
    this.error = null;
    if (!this.#online()) {
      this.#search = null;
      this.status = 'offline';
      this.#loadedKey = null;
      this.#host.requestUpdate();
      return;
    }
    const source = this.#source();
    if (!source) {
      this.#loadedKey = null;
      return;
    }
    const abort = new AbortController();
    this.#search = abort;
    this.status = 'loading';
    this.#host.requestUpdate();
    const state = this.state;
    const filters = filtersFor(state, this.presets);
    Promise.all([
      source.list({ ...filters, sort: state.sort, limit: this.pageSize }, abort.signal),
      source.facets(filters, abort.signal),
    ]).then(
      ([page, facets]) => {
        if (this.#search !== abort) return;
        this.#search = null;
        this.results = page.data;
        this.nextCursor = page.nextCursor;
        this.facets = facets;
        this.resultsState = state;
        this.status = 'ready';
        this.loads++;
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (this.#search !== abort) return;
        abort.abort(); // the other request of the pair, if it is still running
        this.#search = null;
        this.#loadedKey = null;
        this.results = [];
        this.facets = null;
        this.nextCursor = null;
        this.#fail(error);
      },
    );
  }

  #loadDetail(id: string, keepShowing = false): void {
    if (!this.#connected) return;
    const source = this.#source();
    if (!source || !this.open) return;
    this.#detail?.abort();
    const abort = new AbortController();
    this.#detail = abort;
    if (!keepShowing) {
      this.open = { ...this.open, status: 'loading', error: null };
      this.#host.requestUpdate();
    }
    const open = this.open;
    source.get(id, abort.signal).then(
      (detail) => {
        if (this.#detail !== abort) return;
        this.#detail = null;
        this.open = { ...open, summary: open.summary ?? detail, detail, status: 'ready', error: null };
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        if (this.#detail !== abort) return;
        this.#detail = null;
        if (keepShowing && open.detail) return; // the seats shown stay; the next open loads them again
        this.open = { ...open, status: this.#online() ? 'error' : 'offline', error };
        this.#options.failed?.(error, 'detail');
        this.#host.requestUpdate();
      },
    );
  }
}

/** A page size the API accepts: 1–100, default 20. */
export function clampPage(value: number): number {
  return Number.isFinite(value) && value >= 1 ? Math.min(MAX_PAGE, Math.floor(value)) : 20;
}
