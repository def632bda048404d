// The calendar's state and data (view, focus day, filters, loads, cache) as a Lit ReactiveController, DOM-free.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Activity, Series } from '@learning-city/core';
import { activitiesIn, bucketByDay, replaceActivity, type CalendarData } from './calendar-data.js';
import {
  dayOfInstant,
  dayStartTimestamp,
  parseDay,
  periodOf,
  shiftPeriod,
  startOfMonth,
  startOfNextMonth,
  weekdayOf,
  type CalendarView,
  type DayRange,
} from './calendar-dates.js';
import {
  effectiveQuery,
  matchesQuery,
  NO_CHOICES,
  NO_PRESETS,
  queryKey,
  type ActivityQuery,
  type FilterChoices,
  type FilterPresets,
} from './calendar-filters.js';

/** Where activities come from: the platform API (see `calendar-source.ts`) or a test double. */
export interface ActivitySource {
  /** Every activity (all pages) in `[from, to)` matching the query. */
  list(query: ActivityQuery & { from: string; to: string }, signal: AbortSignal): Promise<Activity[]>;
  /** One activity with live seats. */
  get(id: string): Promise<Activity>;
  /** The series an id names, learnt from one of its activities; `null` when it has none. */
  series(id: string, signal: AbortSignal): Promise<Series | null>;
}

export interface CalendarControllerOptions {
  /** The source for the next load; may throw when the widget is not configured (shown as an error). */
  source: () => ActivitySource;
  /** The current instant in milliseconds ("today" follows it). */
  now: () => number;
  /** Whether the browser believes it is online. @default () => true */
  online?: () => boolean;
}

/** `loading` also covers learning the series; `offline` is a failed or skipped load while offline. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error' | 'offline';

/** What the element pushes in from its attributes and properties. */
export interface CalendarInputs {
  view?: CalendarView;
  /** `YYYY-MM-DD`, or empty for today (or the series' start when today is outside the series). */
  date?: string | null | undefined;
  presets?: FilterPresets;
  /** Activities given directly (stories, benchmarks): replaces fetching while set. */
  activities?: readonly Activity[] | null | undefined;
}

interface CacheEntry {
  key: string;
  range: DayRange;
  data: CalendarData;
}

const CACHE_SIZE = 24;
/** A series of at most this many days makes the week view start on the series' first day. */
const WEEK_DAYS = 7;

/**
 * Holds what the calendar shows and loads what it needs: the visible period with the filters, all pages,
 * cached per period and filters, the previous load aborted when the period changes.
 * @example
 * const calendar = new CalendarController(host, { source: () => remoteSource(transport), now: Date.now });
 * calendar.configure({ view: 'month', date: '2026-05-15', presets });
 */
export class CalendarController implements ReactiveController {
  view: CalendarView = 'month';
  focusDay: number;
  presets: FilterPresets = NO_PRESETS;
  choices: FilterChoices = NO_CHOICES;
  status: LoadStatus = 'idle';
  error: unknown = null;
  /** Data covering the current period, `null` while it loads. */
  data: CalendarData | null = null;
  /** The series named by the `series` preset, once known. */
  series: Series | null = null;
  /** The day whose full list is open (month view), or `null`. */
  openDay: number | null = null;
  /** The activity whose details are open, or `null`. */
  selected: Activity | null = null;
  /** Division code → name of every district seen so far (for the district filter). */
  readonly districts = new Map<string, string>();
  /** Counts finished loads, so a view can announce each one once. */
  loads = 0;

  readonly #host: ReactiveControllerHost;
  readonly #options: CalendarControllerOptions;
  #configured = false;
  #connected = false;
  #dateGiven = false;
  #cache: CacheEntry[] = [];
  #inflight: { key: string; range: DayRange; abort: AbortController } | null = null;
  #seriesState: { id: string; done: boolean; abort: AbortController } | null = null;
  #local: { list: readonly Activity[]; byKey: Map<string, CalendarData> } | null = null;
  #visible: { data: CalendarData; start: number; end: number; list: Activity[] } | null = null;

  constructor(host: ReactiveControllerHost, options: CalendarControllerOptions) {
    this.#host = host;
    this.#options = options;
    this.focusDay = this.today;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#abortLoad();
    this.#seriesState?.abort.abort();
    if (this.#seriesState && !this.#seriesState.done) this.#seriesState = null;
    if (this.status === 'loading') this.status = 'idle';
  }

  /** Today in Asia/Shanghai. */
  get today(): number {
    return dayOfInstant(this.#options.now());
  }

  /** The week view starts on Monday, or on the first day of a series of one week (e.g. Friday 15 May). */
  get weekStartsOn(): number {
    const start = parseDay(this.series?.startsOn);
    const end = parseDay(this.series?.endsOn);
    return start !== null && end !== null && end - start < WEEK_DAYS ? weekdayOf(start) : 0;
  }

  /** The days the current view shows. */
  get period(): DayRange {
    return periodOf(this.view, this.focusDay, this.weekStartsOn);
  }

  /** The filters in effect. */
  get query(): ActivityQuery {
    return effectiveQuery(this.presets, this.choices);
  }

  /** The activities of the current period (empty while loading). */
  visibleActivities(): Activity[] {
    if (!this.data) return [];
    const { start, end } = this.period;
    const memo = this.#visible;
    if (memo?.data === this.data && memo.start === start && memo.end === end) return memo.list;
    const list = activitiesIn(this.data, { start, end });
    this.#visible = { data: this.data, start, end, list };
    return list;
  }

  /**
   * How many activities the view is about: in the month view the month's own (the grid's days of the
   * months around it are context), else the whole period's.
   */
  headlineCount(): number {
    if (this.view !== 'month' || !this.data) return this.visibleActivities().length;
    const range = { start: startOfMonth(this.focusDay), end: startOfNextMonth(this.focusDay) };
    return activitiesIn(this.data, range).length;
  }

  /** One day's activities in start order. */
  dayActivities(day: number): readonly Activity[] {
    return this.data?.byDay.get(day) ?? [];
  }

  /** Takes the element's inputs; only what is given changes. The first call starts loading. */
  configure(inputs: CalendarInputs): void {
    if (inputs.view !== undefined) this.view = inputs.view;
    if (inputs.presets !== undefined) {
      const seriesChanged = inputs.presets.series !== this.presets.series;
      this.presets = inputs.presets;
      if (seriesChanged) this.#forgetSeries();
    }
    if ('date' in inputs) {
      const day = parseDay(inputs.date);
      this.#dateGiven = day !== null;
      this.focusDay = day ?? this.#defaultDay();
    }
    if ('activities' in inputs) {
      this.#local = inputs.activities ? { list: inputs.activities, byKey: new Map() } : null;
      if (this.#local) this.#learn(this.#local.list);
    }
    this.#configured = true;
    this.#sync();
  }

  /** Re-reads "today" after the clock (`now`) changed; moves focus only when no date was given. */
  clockChanged(): void {
    if (this.#dateGiven) return;
    this.focusDay = this.#defaultDay();
    this.#sync();
  }

  setView(view: CalendarView): void {
    this.view = view;
    this.#sync();
  }

  /** Moves focus to a day; answers whether the period changed (so the view re-renders other days). */
  focus(day: number): boolean {
    const before = this.period;
    this.focusDay = day;
    const after = this.period;
    this.#sync();
    return before.start !== after.start || before.end !== after.end;
  }

  /** One period back (−1) or forward (+1). */
  shift(direction: number): void {
    this.focus(shiftPeriod(this.view, this.focusDay, direction));
  }

  goToToday(): void {
    this.focus(this.today);
  }

  setChoice<K extends keyof FilterChoices>(name: K, value: FilterChoices[K]): void {
    this.choices = { ...this.choices, [name]: value };
    this.#sync();
  }

  openDayList(day: number | null): void {
    this.openDay = day;
    this.#host.requestUpdate();
  }

  select(activity: Activity | null): void {
    this.selected = activity;
    this.#host.requestUpdate();
  }

  /** Loads again after an error, or after going back online. */
  retry(): void {
    if (this.#seriesState && !this.#seriesState.done) this.#seriesState = null;
    this.#abortLoad();
    this.#sync();
  }

  /** Forgets every cached period (e.g. the API base or key changed) and loads again. */
  reset(): void {
    this.#cache = [];
    this.#forgetSeries();
    this.retry();
  }

  /** Fetches one activity again (live seats) and puts the new copy everywhere the old one is shown. */
  async refreshActivity(id: string): Promise<Activity | null> {
    let updated: Activity;
    try {
      updated = await this.#options.source().get(id);
    } catch {
      return null; // the next load will show the current seats
    }
    this.#cache = this.#cache.map((entry) => ({ ...entry, data: replaceActivity(entry.data, updated) }));
    if (this.#local) {
      this.#local = { list: this.#local.list.map((a) => (a.id === id ? updated : a)), byKey: new Map() };
    }
    if (this.data) this.data = replaceActivity(this.data, updated);
    if (this.selected?.id === id) this.selected = updated;
    this.#host.requestUpdate();
    return updated;
  }

  #defaultDay(): number {
    const today = this.today;
    const start = parseDay(this.series?.startsOn);
    const end = parseDay(this.series?.endsOn);
    if (start !== null && end !== null && (today < start || today > end)) return start;
    return today;
  }

  #forgetSeries(): void {
    this.#seriesState?.abort.abort();
    this.#seriesState = null;
    this.series = null;
  }

  /** Learns district names and the series from loaded activities. */
  #learn(list: readonly Activity[]): void {
    for (const { place } of list) {
      if (place.district && !this.districts.has(place.divisionCode)) {
        this.districts.set(place.divisionCode, place.district);
      }
    }
    const id = this.presets.series;
    if (id && this.series === null) this.#useSeries(list.find((a) => a.series?.id === id)?.series ?? null);
  }

  #useSeries(series: Series | null): void {
    this.series = series;
    if (series && !this.#dateGiven) this.focusDay = this.#defaultDay();
  }

  #abortLoad(): void {
    const inflight = this.#inflight;
    this.#inflight = null;
    inflight?.abort.abort();
  }

  #sync(): void {
    if (!this.#configured || !this.#connected) return;
    const range = this.period;
    const query = this.query;
    const key = queryKey(query);
    if (this.#local) {
      this.#abortLoad();
      this.#show(this.#localData(key, query));
      return;
    }
    if (query.series && !this.#seriesState?.done) {
      if (this.#seriesState === null) this.#loadSeries(query.series);
      else this.#host.requestUpdate();
      return;
    }
    const hit = this.#cache.find(
      (entry) => entry.key === key && entry.range.start <= range.start && entry.range.end >= range.end,
    );
    if (hit) {
      this.#abortLoad();
      this.#cache = [...this.#cache.filter((entry) => entry !== hit), hit];
      this.#show(hit.data);
      return;
    }
    const inflight = this.#inflight;
    if (
      inflight &&
      inflight.key === key &&
      inflight.range.start === range.start &&
      inflight.range.end === range.end
    ) {
      return;
    }
    this.#load(key, range, query);
  }

  #show(data: CalendarData): void {
    const changed = this.data !== data || this.status !== 'ready';
    this.data = data;
    this.status = 'ready';
    this.error = null;
    if (changed) this.loads++;
    this.#host.requestUpdate();
  }

  #localData(key: string, query: ActivityQuery): CalendarData {
    const local = this.#local!;
    let data = local.byKey.get(key);
    if (data === undefined) {
      data = bucketByDay(local.list.filter((activity) => matchesQuery(activity, query)));
      local.byKey.set(key, data);
    }
    return data;
  }

  #fail(error: unknown): void {
    const online = this.#options.online?.() ?? true;
    this.status = online ? 'error' : 'offline';
    this.error = error;
    this.data = null;
    this.#host.requestUpdate();
  }

  #source(): ActivitySource | null {
    try {
      return this.#options.source();
    } catch (error) {
      this.#fail(error);
      return null;
    }
  }

  #load(key: string, range: DayRange, query: ActivityQuery): void {
    this.#abortLoad();
    this.data = null;
    this.error = null;
    if (!(this.#options.online?.() ?? true)) {
      this.status = 'offline';
      this.#host.requestUpdate();
      return;
    }
    const source = this.#source();
    if (source === null) return;
    const token = { key, range, abort: new AbortController() };
    this.#inflight = token;
    this.status = 'loading';
    this.#host.requestUpdate();
    const params = { ...query, from: dayStartTimestamp(range.start), to: dayStartTimestamp(range.end) };
    source.list(params, token.abort.signal).then(
      (list) => {
        if (this.#inflight !== token) return;
        this.#inflight = null;
        const data = bucketByDay(list);
        this.#cache = [...this.#cache, { key, range, data }].slice(-CACHE_SIZE);
        this.#learn(list);
        this.#show(data);
      },
      (error: unknown) => {
        if (this.#inflight !== token) return;
        this.#inflight = null;
        this.#fail(error);
      },
    );
  }

  #loadSeries(id: string): void {
    const source = this.#source();
    if (source === null) return;
    const state = { id, done: false, abort: new AbortController() };
    this.#seriesState = state;
    this.status = 'loading';
    this.data = null;
    this.#host.requestUpdate();
    source.series(id, state.abort.signal).then(
      (series) => {
        if (this.#seriesState !== state) return;
        state.done = true;
        this.#useSeries(series);
        this.#sync();
      },
      (error: unknown) => {
        if (this.#seriesState !== state) return;
        this.#seriesState = null;
        this.#fail(error);
      },
    );
  }
}
