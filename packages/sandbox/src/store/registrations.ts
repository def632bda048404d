// Registrations (报名): a seat taken inside a transaction, then the waitlist, then 409; cancelling promotes.
import { timingSafeEqual } from 'node:crypto';
import {
  hashIdentity,
  maskMobile,
  maskName,
  maskResidentId,
  normalizeMobile,
  type Registration,
  type RegistrationCreate,
} from '@learning-city/core';
import type { SandboxContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { HttpProblem, issue, notFound, validationFailed } from '../http/problem.js';
import { newId, newToken, sha256 } from '../ids.js';
import { toTimestamp } from '../time.js';

/** What a registration is for: an activity (`act_…`) or a course offering (`off_…`). */
export interface RegistrationTarget {
  kind: 'activity' | 'offering';
  id: string;
}

interface LockedTarget {
  capacity: number;
  waitlist_capacity: number;
  seed_taken: number;
  open: boolean;
  requires_resident_id: boolean;
}

/** Locks the activity or offering row, so deciding confirmed / waitlisted / full is one at a time per target. */
async function lockTarget(tx: Queryable, target: RegistrationTarget): Promise<LockedTarget | undefined> {
  const sql =
    target.kind === 'activity'
      ? `SELECT capacity, waitlist_capacity, 0 AS seed_taken, requires_resident_id,
           (registration_open AND status <> 'cancelled') AS open FROM activities WHERE id = $1 FOR UPDATE`
      : `SELECT capacity, waitlist_capacity, seed_taken, false AS requires_resident_id,
           (status NOT IN ('closed', 'cancelled')) AS open FROM offerings WHERE id = $1 FOR UPDATE`;
  const [row] = await tx.query<LockedTarget>(sql, [target.id]);
  return row;
}

/** Counted after the lock is held, in a new statement, so it sees every registration committed before. */
async function countSeats(tx: Queryable, targetId: string): Promise<{ taken: number; waitlisted: number }> {
  const [row] = await tx.query<{ taken: number; waitlisted: number }>(
    `SELECT count(*) FILTER (WHERE status IN ('confirmed', 'attended'))::int AS taken,
            count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
     FROM registrations WHERE target_id = $1`,
    [targetId],
  );
  return row ?? { taken: 0, waitlisted: 0 };
}

/**
 * Registers: `confirmed` while seats remain, then `waitlisted` (position = arrival order among the
 * waitlisted), then 409 `activity_full`. Confirmed registrations never exceed capacity under any concurrency:
 * the target row is locked for the decision. Answers the registration with its `token` (only here).
 */
export async function createRegistration(
  sandbox: SandboxContext,
  target: RegistrationTarget,
  body: RegistrationCreate,
): Promise<Registration> {
  const token = newToken();
  const mobile = normalizeMobile(body.mobile) ?? body.mobile;
  const values = {
    nameMasked: maskName(body.name),
    mobileMasked: maskMobile(mobile),
    mobileHash: await hashIdentity(mobile, sandbox.salt),
    residentIdMasked: body.residentId === undefined ? null : maskResidentId(body.residentId),
    residentIdHash: body.residentId === undefined ? null : await hashIdentity(body.residentId, sandbox.salt),
    guardian:
      body.guardian === undefined
        ? null
        : {
            nameMasked: maskName(body.guardian.name),
            mobileMasked: maskMobile(body.guardian.mobile),
            relationship: body.guardian.relationship,
            consented: body.guardian.consented,
          },
  };
  const what = target.kind === 'activity' ? 'activity' : 'course offering';
  return sandbox.db.transaction(async (tx) => {
    const locked = await lockTarget(tx, target);
    if (locked === undefined) throw notFound(what, target.id);
    if (!locked.open) {
      throw new HttpProblem(409, 'registration_closed', `This ${what} does not take registrations.`);
    }
    if (locked.requires_resident_id && body.residentId === undefined) {
      throw validationFailed([
        issue(
          'residentId',
          'required',
          'This activity needs a resident ID number (with its separate consent)',
        ),
      ]);
    }
    // Counting, deciding and inserting in one statement that starts after the lock is held: its snapshot
    // includes every registration committed before, so the decision is never made on stale counts.
    const [row] = await tx.query<RegistrationRow>(
      `WITH seats AS (
         SELECT count(*) FILTER (WHERE status IN ('confirmed', 'attended')) AS taken,
                count(*) FILTER (WHERE status = 'waitlisted') AS waitlisted
         FROM registrations WHERE target_id = coalesce($2, $3)
       ), decision AS (
         SELECT waitlisted, CASE WHEN taken < $14::int THEN 'confirmed' WHEN waitlisted < $15::int THEN 'waitlisted' END
           AS status FROM seats
       ), inserted AS (
         INSERT INTO registrations (id, activity_id, offering_id, status, name_masked, mobile_masked, mobile_hash,
           age_group, resident_id_masked, resident_id_hash, guardian, note, consents, token_hash)
         SELECT $1::text, $2::text, $3::text, decision.status, $4::text, $5::text, $6::text, $7::text,
           $8::text, $9::text, $10::jsonb, $11::text, $12::jsonb, $13::text FROM decision
         WHERE decision.status IS NOT NULL
         RETURNING ${COLUMNS.join(', ')}
       )
       SELECT inserted.*, CASE WHEN inserted.status = 'waitlisted' THEN decision.waitlisted + 1 END::int
         AS waitlist_position FROM inserted, decision`,
      [
        newId('registration'),
        target.kind === 'activity' ? target.id : null,
        target.kind === 'offering' ? target.id : null,
        values.nameMasked,
        values.mobileMasked,
        values.mobileHash,
        body.ageGroup ?? null,
        values.residentIdMasked,
        values.residentIdHash,
        values.guardian === null ? null : JSON.stringify(values.guardian),
        body.note ?? null,
        JSON.stringify({ ...body.consents, recordedAt: toTimestamp(new Date()) }),
        sha256(token),
        locked.capacity - locked.seed_taken,
        locked.waitlist_capacity,
      ],
    );
    if (row === undefined) throw full(what);
    return { ...toRegistration(row), token };
  });
}

function full(what: string): HttpProblem {
  return new HttpProblem(409, 'activity_full', `Every seat and waitlist place of this ${what} is taken.`);
}

/** The columns a registration is answered from. */
const COLUMNS = [
  'id',
  'activity_id',
  'offering_id',
  'status',
  'name_masked',
  'mobile_masked',
  'created_at',
  'updated_at',
  'cancelled_at',
  'token_hash',
  'target_id',
];

/** Waitlist position computed for a row `r`: its rank by arrival among the still-waitlisted. */
const POSITION_OF_R = `CASE WHEN r.status = 'waitlisted' THEN (SELECT count(*) FROM registrations w
  WHERE w.target_id = r.target_id AND w.status = 'waitlisted' AND w.sequence <= r.sequence) END`;

interface RegistrationRow {
  id: string;
  activity_id: string | null;
  offering_id: string | null;
  status: Registration['status'];
  name_masked: string;
  mobile_masked: string;
  created_at: Date | string;
  updated_at: Date | string;
  cancelled_at: Date | string | null;
  token_hash: string | null;
  target_id: string;
  waitlist_position: number | null;
}

function toRegistration(row: RegistrationRow): Registration {
  return {
    id: row.id,
    status: row.status,
    waitlistPosition: row.status === 'waitlisted' ? row.waitlist_position : null,
    activityId: row.activity_id,
    offeringId: row.offering_id,
    nameMasked: row.name_masked,
    mobileMasked: row.mobile_masked,
    createdAt: toTimestamp(row.created_at),
    updatedAt: toTimestamp(row.updated_at),
    cancelledAt: row.cancelled_at === null ? null : toTimestamp(row.cancelled_at),
  };
}

const SELECT_REGISTRATION = `SELECT ${COLUMNS.map((column) => `r.${column}`).join(', ')},
  (${POSITION_OF_R})::int AS waitlist_position FROM registrations r`;

/** True when `token` is the registration's token (compared by digest, in constant time). */
function tokenMatches(row: RegistrationRow, token: string | undefined): boolean {
  if (token === undefined || row.token_hash === null) return false;
  return timingSafeEqual(Buffer.from(sha256(token)), Buffer.from(row.token_hash));
}

/** Reads a registration; a missing or wrong token answers 404, so IDs cannot be probed. */
export async function getRegistration(
  db: Queryable,
  id: string,
  token: string | undefined,
): Promise<Registration> {
  const [row] = await db.query<RegistrationRow>(`${SELECT_REGISTRATION} WHERE r.id = $1`, [id]);
  if (row === undefined || !tokenMatches(row, token)) throw notFound('registration', id);
  return toRegistration(row);
}

/**
 * Cancels; when a confirmed seat frees, the head of the waitlist is confirmed in the same transaction.
 * Cancelling twice answers the cancelled registration; an attended one is 409 `invalid_state`.
 */
export async function cancelRegistration(
  sandbox: SandboxContext,
  id: string,
  token: string | undefined,
): Promise<Registration> {
  return sandbox.db.transaction(async (tx) => {
    const [found] = await tx.query<RegistrationRow>(`${SELECT_REGISTRATION} WHERE r.id = $1`, [id]);
    if (found === undefined || !tokenMatches(found, token)) throw notFound('registration', id);
    if (found.status === 'cancelled') return toRegistration(found);
    if (found.status === 'attended') throw notCancellable();
    const target: RegistrationTarget =
      found.activity_id !== null
        ? { kind: 'activity', id: found.activity_id }
        : { kind: 'offering', id: found.target_id };
    // Lock order: target, then registration — the same order as registering, so the two never deadlock.
    const locked = await lockTarget(tx, target);
    if (locked === undefined) throw notFound('registration', id);
    // Cancels only what is still confirmed or waitlisted once locked, and tells which of the two it was.
    const [cancelled] = await tx.query<RegistrationRow & { previous_status: Registration['status'] }>(
      `WITH before AS (SELECT status FROM registrations WHERE id = $1 FOR UPDATE)
       UPDATE registrations r SET status = 'cancelled', cancelled_at = now(), updated_at = now()
       FROM before WHERE r.id = $1 AND before.status IN ('confirmed', 'waitlisted')
       RETURNING ${COLUMNS.map((column) => `r.${column}`).join(', ')}, NULL::int AS waitlist_position,
         before.status AS previous_status`,
      [id],
    );
    if (cancelled === undefined) {
      // Another request cancelled it or marked it attended since it was read.
      const [now] = await tx.query<RegistrationRow>(`${SELECT_REGISTRATION} WHERE r.id = $1`, [id]);
      if (now?.status === 'cancelled') return toRegistration(now);
      throw notCancellable();
    }
    if (cancelled.previous_status === 'confirmed') {
      const seats = await countSeats(tx, target.id);
      if (seats.taken + locked.seed_taken < locked.capacity) {
        await tx.query(
          `UPDATE registrations SET status = 'confirmed', updated_at = now() WHERE id = (
             SELECT id FROM registrations WHERE target_id = $1 AND status = 'waitlisted' ORDER BY sequence LIMIT 1
           )`,
          [target.id],
        );
      }
    }
    return toRegistration(cancelled);
  });
}

function notCancellable(): HttpProblem {
  return new HttpProblem(409, 'invalid_state', 'An attended registration cannot be cancelled.');
}

/** Every registration of an activity or offering in arrival order (test helper; no tokens). */
export async function registrationsOf(db: Queryable, targetId: string): Promise<Registration[]> {
  const rows = await db.query<RegistrationRow>(
    `${SELECT_REGISTRATION} WHERE r.target_id = $1 ORDER BY r.sequence`,
    [targetId],
  );
  return rows.map(toRegistration);
}

/** Marks a confirmed registration attended (test helper). */
export async function markAttended(db: Queryable, id: string): Promise<Registration> {
  const rows = await db.query<{ id: string }>(
    `UPDATE registrations SET status = 'attended', updated_at = now() WHERE id = $1 AND status = 'confirmed'
     RETURNING id`,
    [id],
  );
  const [row] = await db.query<RegistrationRow>(`${SELECT_REGISTRATION} WHERE r.id = $1`, [id]);
  if (row === undefined) throw notFound('registration', id);
  if (rows.length === 0)
    throw new HttpProblem(409, 'invalid_state', `Only a confirmed registration can be attended.`);
  return toRegistration(row);
}
