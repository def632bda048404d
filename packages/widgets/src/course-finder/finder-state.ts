// The finder's search state (query, facet choices, dates, sort), the presets from attributes, the API
// parameters they make, and their form in the page URL. DOM-free, so it is tested in Node.
import {
  AUDIENCES,
  COURSE_SORTS,
  DELIVERY_MODES,
  type CourseFilters,
  type CourseSort,
} from '@learning-city/core';

/** Dimensions chosen with checkboxes (OR within a dimension, AND across them, as the API filters). */
export const LIST_DIMENSIONS = ['category', 'audience', 'district', 'mode'] as const;
export type ListDimension = (typeof LIST_DIMENSIONS)[number];

/** What the visitor searched and chose. Empty strings and lists mean "no filter". */
export interface FinderState {
  q: string;
  category: string[];
  audience: string[];
  district: string[];
  mode: string[];
  /** `'true'` free only, `'false'` paid only, `''` both. */
  free: '' | 'true' | 'false';
  /** Offerings running on or after this day, `YYYY-MM-DD`. */
  from: string;
  /** Offerings starting on or before this day, `YYYY-MM-DD`. */
  to: string;
  sort: CourseSort;
}

/** What the page preset with attributes: the finder shows only these values (comma lists). */
export interface FinderPresets {
  category: string[];
  audience: string[];
  district: string[];
}

export const EMPTY_STATE: FinderState = {
  q: '',
  category: [],
  audience: [],
  district: [],
  mode: [],
  free: '',
  from: '',
  to: '',
  sort: 'relevance',
};

const CATEGORY = /^[a-z][a-z0-9_]{1,39}$/;
const DIVISION = /^\d{6}(\d{6})?$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** The API's limit on `q`. */
const MAX_QUERY = 100;

/** Which values each list dimension accepts (anything else, e.g. from a hand-edited URL, is dropped). */
const VALID: Record<ListDimension, (value: string) => boolean> = {
  category: (value) => CATEGORY.test(value),
  audience: (value) => (AUDIENCES as readonly string[]).includes(value),
  district: (value) => DIVISION.test(value),
  mode: (value) => (DELIVERY_MODES as readonly string[]).includes(value),
};

/** `"health, sports"` → `['health', 'sports']`, keeping valid values of `dimension` once each. */
export function parseList(value: string | null | undefined, dimension: ListDimension): string[] {
  const items = (value ?? '').split(',').map((item) => item.trim());
  return [...new Set(items.filter(VALID[dimension]))];
}

/** Presets from the element's `category`, `audience` and `district` attributes. */
export function presetsFrom(attributes: Partial<Record<keyof FinderPresets, string | null>>): FinderPresets {
  return {
    category: parseList(attributes.category, 'category'),
    audience: parseList(attributes.audience, 'audience'),
    district: parseList(attributes.district, 'district'),
  };
}

/** The visitor's choices within a preset list; the preset itself when they chose nothing it allows. */
function within(chosen: string[], preset: string[] | undefined): string[] {
  if (!preset || preset.length === 0) return chosen;
  const allowed = chosen.filter((value) => preset.includes(value));
  return allowed.length > 0 ? allowed : preset;
}

/** The filters for `GET /courses` and `GET /courses/facets`. */
export function filtersFor(state: FinderState, presets: FinderPresets): CourseFilters {
  const filters: CourseFilters = {};
  const q = state.q.trim().slice(0, MAX_QUERY);
  if (q) filters.q = q;
  for (const dimension of LIST_DIMENSIONS) {
    const values = within(state[dimension], dimension === 'mode' ? undefined : presets[dimension]);
    if (values.length > 0) (filters as Record<ListDimension, string[]>)[dimension] = values;
  }
  if (state.free) filters.free = state.free === 'true';
  if (state.from) filters.from = state.from;
  if (state.to) filters.to = state.to;
  return filters;
}

/** A stable key for the results a state asks for. */
export function stateKey(state: FinderState): string {
  return JSON.stringify([
    state.q.trim(),
    ...LIST_DIMENSIONS.map((dimension) => [...state[dimension]].sort()),
    state.free,
    state.from,
    state.to,
    state.sort,
  ]);
}

/** A copy to hand out (events, the element's `state`), so changing it cannot change the finder. */
export function copyState(state: FinderState): FinderState {
  return {
    ...state,
    category: [...state.category],
    audience: [...state.audience],
    district: [...state.district],
    mode: [...state.mode],
  };
}

/** How many filters the visitor set beyond the text query (each checked value, fee, each date). */
export function activeFilterCount(state: FinderState): number {
  const listed = LIST_DIMENSIONS.reduce((n, dimension) => n + state[dimension].length, 0);
  return listed + [state.free, state.from, state.to].filter(Boolean).length;
}

/** Whether the visitor has narrowed anything beyond the text query (what "clear all" resets). */
export function hasFilters(state: FinderState): boolean {
  return activeFilterCount(state) > 0;
}

/** The state with every filter cleared; the query and sort stay. */
export function clearFilters(state: FinderState): FinderState {
  return { ...EMPTY_STATE, q: state.q, sort: state.sort };
}

/** URL parameter names, prefixed so they do not meet the host page's own (`?lc-q=太极&lc-category=sports`). */
export const URL_PREFIX = 'lc-';

/** The state (and the open course, if any) written into `search`, keeping the page's other parameters. */
export function writeSearch(search: string, state: FinderState, course: string | null): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string) =>
    value ? params.set(URL_PREFIX + name, value) : params.delete(URL_PREFIX + name);
  set('q', state.q.trim());
  for (const dimension of LIST_DIMENSIONS) set(dimension, state[dimension].join(','));
  set('free', state.free);
  set('from', state.from);
  set('to', state.to);
  set('sort', state.sort === 'relevance' ? '' : state.sort);
  set('course', course ?? '');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The state (and open course) a URL's `search` holds; invalid values are dropped. */
export function readSearch(search: string): { state: FinderState; course: string | null } {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(URL_PREFIX + name) ?? '';
  const free = get('free');
  const sort = get('sort');
  const day = (value: string) => (DAY.test(value) ? value : '');
  const course = get('course');
  return {
    state: {
      q: get('q').slice(0, MAX_QUERY),
      category: parseList(get('category'), 'category'),
      audience: parseList(get('audience'), 'audience'),
      district: parseList(get('district'), 'district'),
      mode: parseList(get('mode'), 'mode'),
      free: free === 'true' || free === 'false' ? free : '',
      from: day(get('from')),
      to: day(get('to')),
      sort: (COURSE_SORTS as readonly string[]).includes(sort) ? (sort as CourseSort) : 'relevance',
    },
    course: /^crs_\w+$/.test(course) ? course : null,
  };
}
