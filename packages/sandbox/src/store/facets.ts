// Disjunctive facet counts for the course finder: each dimension counted under every filter but its own.
import {
  AUDIENCE_LABELS,
  CATEGORY_LABELS,
  FREE_LABELS,
  MODE_LABELS,
  AUDIENCES,
  COURSE_CATEGORIES,
  DELIVERY_MODES,
  type CourseFacets,
  type CourseFilters,
  type FacetBucket,
} from '@learning-city/core';
import type { Queryable } from '../db/database.js';
import { courseConditions, type CourseDimension } from './courses.js';
import { Params } from './sql.js';

/** How each dimension's value is read from a course row `c` (audiences are an array: one row per value). */
const VALUE_OF: Record<CourseDimension, { from: string; value: string }> = {
  category: { from: 'facet_base c', value: 'c.category' },
  audience: { from: 'facet_base c CROSS JOIN LATERAL unnest(c.audiences) AS a(value)', value: 'a.value' },
  district: { from: 'facet_base c', value: 'c.district_code' },
  mode: { from: 'facet_base c', value: 'c.mode' },
  free: { from: 'facet_base c', value: '(c.fee = 0)::text' },
};
const DIMENSIONS = Object.keys(VALUE_OF) as CourseDimension[];

/** A district code with its name, as the district facet lists it. */
export interface DistrictLabel {
  code: string;
  name: string;
}

/** Every district that has courses, with its name: read once per sandbox (courses never change). */
export async function districtLabels(db: Queryable): Promise<DistrictLabel[]> {
  return db.query<DistrictLabel>(
    'SELECT DISTINCT ON (district_code) district_code AS code, district AS name FROM courses ORDER BY district_code',
  );
}

/**
 * Counts per category, audience, district, mode and free/paid, in one round trip. A dimension's counts use
 * every filter except that dimension's own, so they tell what choosing another value there would give;
 * `total` uses every filter. `districts` labels the district buckets (see {@link districtLabels}).
 */
export async function courseFacets(
  db: Queryable,
  filters: CourseFilters,
  districts: readonly DistrictLabel[],
): Promise<CourseFacets> {
  const params = new Params();
  const where = (except?: CourseDimension) => {
    const conditions = courseConditions(filters, params, except);
    return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  };
  const parts = DIMENSIONS.map(
    (dimension) =>
      `SELECT '${dimension}' AS dimension, ${VALUE_OF[dimension].value} AS value, count(*)::int AS count
       FROM ${VALUE_OF[dimension].from} ${where(dimension)} GROUP BY 2`,
  );
  parts.push(`SELECT 'total', '', count(*)::int FROM facet_base c ${where()}`);
  const rows = await db.query<{ dimension: CourseDimension | 'total'; value: string; count: number }>(
    `WITH facet_base AS MATERIALIZED (SELECT id, category, audiences, district_code, mode, fee, starts_on, ends_on,
       search_text FROM courses)
     ${parts.join('\nUNION ALL\n')}`,
    params.values,
  );
  const counts = (dimension: CourseDimension) =>
    new Map(rows.filter((row) => row.dimension === dimension).map((row) => [row.value, row.count]));
  const buckets = (
    dimension: CourseDimension,
    values: readonly { value: string; label: string }[],
  ): FacetBucket[] => {
    const found = counts(dimension);
    const known = values.map((entry) => ({ ...entry, count: found.get(entry.value) ?? 0 }));
    // Values outside the default taxonomy (a configured category) still show, labelled by their code.
    const extra = [...found.entries()]
      .filter(([value]) => !values.some((entry) => entry.value === value))
      .map(([value, count]) => ({ value, label: value, count }));
    return [...known, ...extra];
  };
  return {
    total: rows.find((row) => row.dimension === 'total')?.count ?? 0,
    category: buckets(
      'category',
      COURSE_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABELS[value] })),
    ),
    audience: buckets(
      'audience',
      AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] })),
    ),
    district: buckets(
      'district',
      districts.map((row) => ({ value: row.code, label: row.name })),
    ),
    mode: buckets(
      'mode',
      DELIVERY_MODES.map((value) => ({ value, label: MODE_LABELS[value] })),
    ),
    free: buckets('free', [
      { value: 'true', label: FREE_LABELS.true },
      { value: 'false', label: FREE_LABELS.false },
    ]),
  };
}
