// Activities with live seats and waitlists: the calendar list, one activity, and the iCalendar feed's rows.
import type { Activity, ActivityListParams } from '@learning-city/core';
import type { Queryable } from '../db/database.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, page } from '../http/cursor.js';
import { Params } from './sql.js';

/** Selects an activity (alias `a`) with its live seat counts. */
const ACTIVITY_COLUMNS = `a.doc, a.status, a.capacity, a.waitlist_capacity, a.registration_open,
  (SELECT count(*) FROM registrations r WHERE r.target_id = a.id AND r.status IN ('confirmed', 'attended'))::int AS taken,
  (SELECT count(*) FROM registrations r WHERE r.target_id = a.id AND r.status = 'waitlisted')::int AS waitlisted`;

interface ActivityRow {
  doc: Activity;
  status: Activity['status'];
  capacity: number;
  waitlist_capacity: number;
  registration_open: boolean;
  taken: number;
  waitlisted: number;
  starts_at_key?: string;
}

/** The activity as answered: the seeded model with `seatsLeft`, `waitlistOpen` and `waitlistCount` live. */
function toActivity(row: ActivityRow): Activity {
  const seatsLeft = Math.max(0, row.capacity - row.taken);
  const open = row.registration_open && row.status !== 'cancelled';
  const waitlistOpen = open && seatsLeft === 0 && row.waitlisted < row.waitlist_capacity;
  return {
    ...row.doc,
    status: row.status,
    capacity: row.capacity,
    registrationOpen: row.registration_open,
    seatsLeft,
    waitlistOpen,
    waitlistCount: row.waitlisted,
  };
}

function activityConditions(query: ActivityListParams, params: Params): string[] {
  const where: string[] = [];
  if (query.from !== undefined) where.push(`a.ends_at >= ${params.add(query.from)}::timestamptz`);
  if (query.to !== undefined) where.push(`a.starts_at < ${params.add(query.to)}::timestamptz`);
  if (query.kind?.length) where.push(`a.kind = ANY(${params.add(query.kind)}::text[])`);
  if (query.district?.length) {
    where.push(
      `a.district_code = ANY(${params.add(query.district.map((code) => code.slice(0, 6)))}::text[])`,
    );
  }
  if (query.audience?.length) where.push(`a.audiences && ${params.add(query.audience)}::text[]`);
  if (query.series !== undefined) where.push(`a.series_id = ${params.add(query.series)}`);
  return where;
}

/** One page of activities in start order. `available` keeps those with a free seat or an open waitlist. */
export async function listActivities(db: Queryable, query: ActivityListParams) {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const rows = await selectActivities(db, query, limit + 1);
  return page(rows, limit, toActivity, (row) =>
    encodeCursor('starts_at', [row.starts_at_key ?? '', row.doc.id]),
  );
}

/** Every activity matching the filters (for the .ics feed), at most `max`. */
export async function allActivities(
  db: Queryable,
  query: ActivityListParams,
  max = 1000,
): Promise<Activity[]> {
  return (await selectActivities(db, { ...query, cursor: undefined }, max)).map(toActivity);
}

async function selectActivities(db: Queryable, query: ActivityListParams, limit: number) {
  const params = new Params();
  const where = activityConditions(query, params);
  const after = decodeCursor(query.cursor, 'starts_at', 2);
  if (after !== undefined) {
    where.push(`(a.starts_at, a.id) > (${params.add(after[0])}::timestamptz, ${params.add(after[1])}::text)`);
  }
  const available = query.available
    ? `WHERE x.status <> 'cancelled' AND x.registration_open
       AND (x.taken < x.capacity OR x.waitlisted < x.waitlist_capacity)`
    : '';
  return db.query<ActivityRow>(
    `SELECT * FROM (
       SELECT a.id, a.starts_at, ${ACTIVITY_COLUMNS}, to_char(a.starts_at AT TIME ZONE 'UTC',
         'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS starts_at_key
       FROM activities a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ) x ${available}
     ORDER BY x.starts_at, x.id LIMIT ${limit}`,
    params.values,
  );
}

/** One activity with live seats, or `undefined`. */
export async function getActivity(db: Queryable, id: string): Promise<Activity | undefined> {
  const [row] = await db.query<ActivityRow>(`SELECT ${ACTIVITY_COLUMNS} FROM activities a WHERE a.id = $1`, [
    id,
  ]);
  return row === undefined ? undefined : toActivity(row);
}

/** Inserts one activity (test helper) with its waitlist capacity. */
export async function insertActivity(
  db: Queryable,
  activity: Activity,
  waitlistCapacity: number,
): Promise<void> {
  await db.query(
    `INSERT INTO activities (id, doc, kind, status, series_id, district_code, audiences, starts_at, ends_at, capacity,
       waitlist_capacity, registration_open, requires_resident_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      activity.id,
      JSON.stringify(activity),
      activity.kind,
      activity.status,
      activity.series?.id ?? null,
      activity.place.divisionCode.slice(0, 6),
      activity.audiences,
      activity.startsAt,
      activity.endsAt,
      activity.capacity,
      waitlistCapacity,
      activity.registrationOpen,
      activity.requiresResidentId,
    ],
  );
}
