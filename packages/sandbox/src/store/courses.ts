// The course catalogue: search with filters and keyset pages, and one course with its live offerings.
import type {
  Course,
  CourseDetail,
  CourseFilters,
  CourseListParams,
  CourseSort,
  Offering,
} from '@learning-city/core';
import type { Queryable } from '../db/database.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, page } from '../http/cursor.js';
import { containsPattern, Params, searchTerms } from './sql.js';

/** The filter dimensions that facets count; each can be left out of the WHERE clause for its own facet. */
export type CourseDimension = 'category' | 'audience' | 'district' | 'mode' | 'free';

/** Seats still free across a course's open offerings, live. */
const COURSE_SEATS_LEFT = `(SELECT coalesce(sum(greatest(0, o.capacity - o.seed_taken - (
    SELECT count(*) FROM registrations r WHERE r.target_id = o.id AND r.status IN ('confirmed', 'attended')
  ))), 0)::int FROM offerings o WHERE o.course_id = c.id AND o.status IN ('open', 'full'))`;

/** The WHERE conditions for `filters` (on alias `c`), leaving out the dimension `except`. */
export function courseConditions(filters: CourseFilters, params: Params, except?: CourseDimension): string[] {
  const where: string[] = [];
  for (const term of searchTerms(filters.q)) {
    where.push(`c.search_text LIKE ${params.add(containsPattern(term))}`);
  }
  if (filters.category?.length && except !== 'category') {
    where.push(`c.category = ANY(${params.add(filters.category)}::text[])`);
  }
  if (filters.audience?.length && except !== 'audience') {
    where.push(`c.audiences && ${params.add(filters.audience)}::text[]`);
  }
  if (filters.district?.length && except !== 'district') {
    where.push(
      `c.district_code = ANY(${params.add(filters.district.map((code) => code.slice(0, 6)))}::text[])`,
    );
  }
  if (filters.mode?.length && except !== 'mode')
    where.push(`c.mode = ANY(${params.add(filters.mode)}::text[])`);
  if (filters.free !== undefined && except !== 'free') where.push(filters.free ? 'c.fee = 0' : 'c.fee > 0');
  if (filters.from !== undefined) where.push(`c.ends_on >= ${params.add(filters.from)}::date`);
  if (filters.to !== undefined) where.push(`c.starts_on <= ${params.add(filters.to)}::date`);
  return where;
}

const NO_DATE = "'9999-12-31'::date";

/** Sort keys per sort, each with the cast its cursor value needs; `c.id` breaks ties. */
function sortKeys(
  sort: CourseSort,
  filters: CourseFilters,
  params: Params,
): { expr: string; cast: string }[] {
  const startsOn = { expr: `coalesce(c.starts_on, ${NO_DATE})`, cast: 'date' };
  const id = { expr: 'c.id', cast: 'text' };
  const terms = searchTerms(filters.q);
  switch (sort) {
    case 'title':
      return [{ expr: 'c.title COLLATE "C"', cast: 'text COLLATE "C"' }, id];
    case 'fee':
      return [{ expr: 'c.fee', cast: 'numeric' }, id];
    case 'starts_on':
      return [startsOn, id];
    case 'relevance': {
      if (terms.length === 0) return [startsOn, id];
      // Title matches first, then institution matches, then summary-only matches.
      const inTitle = terms
        .map((term) => `lower(c.title) LIKE ${params.add(containsPattern(term))}`)
        .join(' AND ');
      const inInstitution = terms
        .map((term) => `lower(c.doc #>> '{institution,name}') LIKE ${params.add(containsPattern(term))}`)
        .join(' AND ');
      const rank = `(CASE WHEN ${inTitle} THEN 0 WHEN ${inInstitution} THEN 1 ELSE 2 END)`;
      return [{ expr: rank, cast: 'int' }, startsOn, id];
    }
  }
}

interface CourseRow {
  doc: Course;
  seats_left: number;
  [key: `k${number}`]: string;
}

/** One page of courses matching the filters, in the requested order. */
export async function listCourses(db: Queryable, query: CourseListParams) {
  const params = new Params();
  const sort = query.sort ?? 'relevance';
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const keys = sortKeys(sort, query, params);
  const where = courseConditions(query, params);
  const after = decodeCursor(query.cursor, sort, keys.length);
  if (after !== undefined) {
    const left = keys.map((key) => key.expr).join(', ');
    const right = keys.map((key, i) => `${params.add(after[i])}::${key.cast}`).join(', ');
    where.push(`ROW(${left}) > ROW(${right})`);
  }
  const rows = await db.query<CourseRow>(
    `SELECT c.doc, ${COURSE_SEATS_LEFT} AS seats_left, ${keys.map((key, i) => `(${key.expr})::text AS k${i}`).join(', ')}
     FROM courses c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${keys.map((key) => key.expr).join(', ')} LIMIT ${limit + 1}`,
    params.values,
  );
  return page(
    rows,
    limit,
    (row) => ({ ...row.doc, seatsLeft: row.seats_left }),
    (row) =>
      encodeCursor(
        sort,
        keys.map((_key, i) => row[`k${i}`] ?? null),
      ),
  );
}

interface OfferingRow {
  doc: Offering;
  capacity: number;
  seed_taken: number;
  status: Offering['status'];
  taken: number;
}

/** Live seats and status of an offering: registrations taken here plus the seed's earlier enrolments. */
function toOffering(row: OfferingRow): Offering {
  const seatsLeft = Math.max(0, row.capacity - row.seed_taken - row.taken);
  const status =
    row.status === 'open' || row.status === 'full' ? (seatsLeft === 0 ? 'full' : 'open') : row.status;
  return { ...row.doc, seatsLeft, status };
}

/** Selects offerings (alias `o`) with the columns {@link toOffering} needs. */
const OFFERING_COLUMNS = `o.doc, o.capacity, o.seed_taken, o.status, (
  SELECT count(*) FROM registrations r WHERE r.target_id = o.id AND r.status IN ('confirmed', 'attended')
)::int AS taken`;

/** One course with its offerings, or `undefined`. */
export async function getCourse(db: Queryable, id: string): Promise<CourseDetail | undefined> {
  const [course] = await db.query<CourseRow>(
    `SELECT c.doc, ${COURSE_SEATS_LEFT} AS seats_left FROM courses c WHERE c.id = $1`,
    [id],
  );
  if (course === undefined) return undefined;
  const offerings = await db.query<OfferingRow>(
    `SELECT ${OFFERING_COLUMNS} FROM offerings o WHERE o.course_id = $1 ORDER BY o.starts_on, o.id`,
    [id],
  );
  return { ...course.doc, seatsLeft: course.seats_left, offerings: offerings.map(toOffering) };
}

/** An offering to insert, with the waitlist it keeps (not part of the public model). */
export interface NewOffering {
  offering: Offering;
  waitlistCapacity: number;
}

/**
 * Inserts a course and its offerings, with the columns filters and search read copied out of the
 * models as the seed loader does; `offering.seatsLeft` below `capacity` counts as earlier enrolments.
 */
export async function insertCourse(
  db: Queryable,
  course: Course,
  offerings: readonly NewOffering[],
): Promise<void> {
  await db.query(
    `INSERT INTO courses (id, doc, title, category, audiences, mode, district_code, district, fee, starts_on, ends_on,
       search_text)
     SELECT x->>'id', x, x->>'title', x->>'category', ARRAY(SELECT jsonb_array_elements_text(x->'audiences')),
       x->>'mode', left(x->>'divisionCode', 6), x->>'district', (x->>'fee')::numeric, (x->>'startsOn')::date,
       (x->>'endsOn')::date, lower(concat_ws(' ', x->>'title', x->>'summary', x#>>'{institution,name}'))
     FROM (SELECT $1::jsonb AS x) AS input`,
    [JSON.stringify(course)],
  );
  for (const { offering, waitlistCapacity } of offerings) {
    await db.query(
      `INSERT INTO offerings (id, course_id, doc, capacity, seed_taken, waitlist_capacity, status, starts_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        offering.id,
        offering.courseId,
        JSON.stringify(offering),
        offering.capacity,
        Math.max(0, offering.capacity - offering.seatsLeft),
        waitlistCapacity,
        offering.status,
        offering.startsOn,
      ],
    );
  }
}
