// Filters: presets from attributes narrow what can be shown, the visitor's choices narrow it further.
import {
  ACTIVITY_KINDS,
  AUDIENCES,
  type Activity,
  type ActivityKind,
  type Audience,
} from '@learning-city/core';

/** What the page preset with attributes (`kind`, `district`, `audience` as comma lists; `available`; `series`). */
export interface FilterPresets {
  kind: ActivityKind[];
  district: string[];
  audience: Audience[];
  available: boolean;
  series: string | null;
}

/** What the visitor picked in the filter controls; `''` means every value the presets allow. */
export interface FilterChoices {
  kind: string;
  district: string;
  audience: string;
  available: boolean;
}

/** The filters sent to `GET /activities` (and applied to injected activities). */
export interface ActivityQuery {
  kind?: ActivityKind[];
  district?: string[];
  audience?: Audience[];
  series?: string;
  available?: boolean;
}

export const NO_PRESETS: FilterPresets = {
  kind: [],
  district: [],
  audience: [],
  available: false,
  series: null,
};
export const NO_CHOICES: FilterChoices = { kind: '', district: '', audience: '', available: false };

/** `"lecture, reading"` → `['lecture', 'reading']`, keeping only values in `allowed` when given. */
export function parseList<T extends string>(value: string | null | undefined, allowed?: readonly T[]): T[] {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [
    ...new Set(allowed ? items.filter((item) => (allowed as readonly string[]).includes(item)) : items),
  ] as T[];
}

/** Presets from the element's attribute values. */
export function presetsFrom(attributes: {
  kind?: string | null | undefined;
  district?: string | null | undefined;
  audience?: string | null | undefined;
  available?: boolean | undefined;
  series?: string | null | undefined;
}): FilterPresets {
  return {
    kind: parseList(attributes.kind, ACTIVITY_KINDS),
    district: parseList(attributes.district).filter((code) => /^\d{6}(\d{6})?$/.test(code)),
    audience: parseList(attributes.audience, AUDIENCES),
    available: attributes.available === true,
    series: attributes.series?.trim() || null,
  };
}

/**
 * One choice within a preset list: the choice alone if the presets (or, without presets, `known` values)
 * allow it, else the whole preset list; `undefined` for no filter.
 */
function narrow<T extends string>(preset: T[], choice: string, known?: readonly string[]): T[] | undefined {
  const allowed: readonly string[] | undefined = preset.length > 0 ? preset : known;
  if (choice !== '' && (allowed === undefined || allowed.includes(choice))) return [choice as T];
  return preset.length > 0 ? preset : undefined;
}

/** The query in effect for presets and choices. */
export function effectiveQuery(presets: FilterPresets, choices: FilterChoices): ActivityQuery {
  const query: ActivityQuery = {};
  const kind = narrow(presets.kind, choices.kind, ACTIVITY_KINDS);
  const district = narrow(presets.district, choices.district);
  const audience = narrow(presets.audience, choices.audience, AUDIENCES);
  if (kind) query.kind = kind;
  if (district) query.district = district;
  if (audience) query.audience = audience;
  if (presets.series) query.series = presets.series;
  if (presets.available || choices.available) query.available = true;
  return query;
}

/** A stable cache key for a query. */
export function queryKey(query: ActivityQuery): string {
  return JSON.stringify([query.kind, query.district, query.audience, query.series, query.available ?? false]);
}

/** Whether an activity passes a query, the way the platform filters (for activities given without the network). */
export function matchesQuery(activity: Activity, query: ActivityQuery): boolean {
  if (query.series && activity.series?.id !== query.series) return false;
  if (query.kind && !query.kind.includes(activity.kind)) return false;
  if (query.district && !query.district.some((code) => activity.place.divisionCode.startsWith(code)))
    return false;
  if (query.audience && !query.audience.some((audience) => activity.audiences.includes(audience)))
    return false;
  if (query.available && !(activity.seatsLeft > 0 || activity.waitlistOpen)) return false;
  return true;
}
