// Loads SeedData into an empty database: one bulk `INSERT … SELECT … FROM jsonb_array_elements($1)` per table.
import { hashIdentity, maskMobile, maskName, maskResidentId } from '@learning-city/core';
import type { SandboxKeys } from '../context.js';
import type { SeedData } from '../seed/types.js';
import { defaultWaitlistCapacity } from '../waitlist.js';
import type { Queryable } from './database.js';

/** What the database remembers about the sandbox it holds, so a persisted data directory reopens as itself. */
export interface SandboxMeta {
  seed: number;
  salt: string;
  keys: SandboxKeys;
  generatedAt: string;
}

/** The stored meta, or `undefined` for a database that holds no seed yet. */
export async function readMeta(db: Queryable): Promise<SandboxMeta | undefined> {
  const [row] = await db.query<{ value: SandboxMeta }>(
    `SELECT value FROM sandbox_meta WHERE key = 'sandbox'`,
  );
  return row?.value;
}

const json = (value: unknown) => JSON.stringify(value);

/** Inserts every table of `seed` and the meta row, inside the caller's transaction `tx`. */
export async function loadSeed(tx: Queryable, seed: SeedData, meta: SandboxMeta): Promise<void> {
  const learners = await Promise.all(
    seed.learners.map(async (learner) => ({
      id: learner.id,
      nameMasked: maskName(learner.name),
      residentIdMasked: maskResidentId(learner.residentId),
      residentIdHash: await hashIdentity(learner.residentId, meta.salt),
    })),
  );
  // Only masked and hashed values go to the database, not even as statement parameters.
  const registrations = await Promise.all(
    seed.registrations.map(async ({ id, activityId, status, sequence, createdAt, name, mobile }) => ({
      id,
      activityId,
      status,
      sequence,
      createdAt,
      nameMasked: maskName(name),
      mobileMasked: maskMobile(mobile),
      mobileHash: await hashIdentity(mobile, meta.salt),
    })),
  );
  const waitlist = (id: string, capacity: number) =>
    seed.waitlistCapacity[id] ?? defaultWaitlistCapacity(capacity);
  await tx.query(
    `INSERT INTO institutions (id, name, kind, division_code, doc)
     SELECT x->>'id', x->>'name', x->>'kind', x->>'divisionCode', x FROM jsonb_array_elements($1::jsonb) AS x`,
    [json(seed.institutions)],
  );
  await tx.query(
    `INSERT INTO courses (id, doc, title, category, audiences, mode, district_code, district, fee, starts_on, ends_on,
       search_text)
     SELECT x->>'id', x, x->>'title', x->>'category', ARRAY(SELECT jsonb_array_elements_text(x->'audiences')),
       x->>'mode', left(x->>'divisionCode', 6), x->>'district', (x->>'fee')::numeric, (x->>'startsOn')::date,
       (x->>'endsOn')::date, lower(concat_ws(' ', x->>'title', x->>'summary', x#>>'{institution,name}'))
     FROM jsonb_array_elements($1::jsonb) AS x`,
    [json(seed.courses)],
  );
  await tx.query(
    `INSERT INTO offerings (id, course_id, doc, capacity, seed_taken, waitlist_capacity, status, starts_on)
     SELECT x->>'id', x->>'courseId', x - 'waitlistCapacity', (x->>'capacity')::int,
       greatest(0, (x->>'capacity')::int - (x->>'seatsLeft')::int), (x->>'waitlistCapacity')::int, x->>'status',
       (x->>'startsOn')::date
     FROM jsonb_array_elements($1::jsonb) AS x`,
    [
      json(
        seed.offerings.map((offering) => ({
          ...offering,
          waitlistCapacity: waitlist(offering.id, offering.capacity),
        })),
      ),
    ],
  );
  await tx.query(
    `INSERT INTO series (id, doc) SELECT x->>'id', x FROM jsonb_array_elements($1::jsonb) AS x`,
    [json(seed.series)],
  );
  await tx.query(
    `INSERT INTO activities (id, doc, kind, status, series_id, district_code, audiences, starts_at, ends_at, capacity,
       waitlist_capacity, registration_open, requires_resident_id)
     SELECT x->>'id', x - 'waitlistCapacity', x->>'kind', x->>'status', x#>>'{series,id}',
       left(x#>>'{place,divisionCode}', 6), ARRAY(SELECT jsonb_array_elements_text(x->'audiences')),
       (x->>'startsAt')::timestamptz, (x->>'endsAt')::timestamptz, (x->>'capacity')::int,
       (x->>'waitlistCapacity')::int, (x->>'registrationOpen')::boolean, (x->>'requiresResidentId')::boolean
     FROM jsonb_array_elements($1::jsonb) AS x`,
    [
      json(
        seed.activities.map((activity) => ({
          ...activity,
          waitlistCapacity: waitlist(activity.id, activity.capacity),
        })),
      ),
    ],
  );
  await tx.query(
    `INSERT INTO registrations (id, activity_id, status, sequence, name_masked, mobile_masked, mobile_hash, consents,
       created_at, updated_at)
     SELECT x->>'id', x->>'activityId', x->>'status', (x->>'sequence')::bigint, x->>'nameMasked', x->>'mobileMasked',
       x->>'mobileHash', '{"privacyNotice": true}', (x->>'createdAt')::timestamptz, (x->>'createdAt')::timestamptz
     FROM jsonb_array_elements($1::jsonb) AS x`,
    [json(registrations)],
  );
  await tx.query(
    `SELECT setval('registration_sequence', (SELECT coalesce(max(sequence), 0) + 1 FROM registrations))`,
  );
  await tx.query(
    `INSERT INTO learners (id, name_masked, resident_id_masked, resident_id_hash, created_at)
     SELECT x->>'id', x->>'nameMasked', x->>'residentIdMasked', x->>'residentIdHash', $2::timestamptz
     FROM jsonb_array_elements($1::jsonb) AS x`,
    [json(learners), seed.generatedAt],
  );
  await tx.query(
    `INSERT INTO nomination_campaigns (id, doc, status, year, opens_at)
     SELECT x->>'id', x, x->>'status', (x->>'year')::int, (x->>'opensAt')::timestamptz
     FROM jsonb_array_elements($1::jsonb) AS x`,
    [json(seed.campaigns)],
  );
  await tx.query(`INSERT INTO sandbox_meta (key, value) VALUES ('sandbox', $1::jsonb)`, [json(meta)]);
}
