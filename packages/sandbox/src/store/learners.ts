// Learners of the credit bank, found by a salted hash of the ID number, and their record (学习成果档案).
import {
  hashIdentity,
  maskName,
  maskResidentId,
  type LearnerIdentity,
  type LearnerRecord,
  type LedgerEntry,
} from '@learning-city/core';
import type { Queryable } from '../db/database.js';
import { newId } from '../ids.js';
import { toTimestamp } from '../time.js';
import { LEDGER_COLUMNS, toLedgerEntry, type LedgerRow } from './ledger.js';

/** A learner's identity prepared outside a transaction (hashing is async WebCrypto work). */
export interface PreparedLearner {
  nameMasked: string;
  residentIdMasked: string;
  residentIdHash: string;
}

/** Masks and hashes what an institution sent about a learner; the plain ID number goes no further. */
export async function prepareLearner(identity: LearnerIdentity, salt: string): Promise<PreparedLearner> {
  return {
    nameMasked: maskName(identity.name),
    residentIdMasked: maskResidentId(identity.residentId),
    residentIdHash: await hashIdentity(identity.residentId, salt),
  };
}

/**
 * The learner ID for each ID-number hash, creating learners on first sight (race-free on the unique hash).
 * New learners are inserted in hash order, so concurrent batches lock them in one order and cannot deadlock.
 */
export async function findOrCreateLearners(
  tx: Queryable,
  learners: readonly PreparedLearner[],
): Promise<Map<string, string>> {
  const firstSeen = new Map<string, PreparedLearner>();
  for (const learner of learners) {
    if (!firstSeen.has(learner.residentIdHash)) firstSeen.set(learner.residentIdHash, learner);
  }
  const hashes = [...firstSeen.keys()].sort();
  if (hashes.length === 0) return new Map();
  await tx.query(
    `INSERT INTO learners (id, name_masked, resident_id_masked, resident_id_hash)
     SELECT x->>'id', x->>'nameMasked', x->>'residentIdMasked', x->>'residentIdHash'
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t (x, n) ORDER BY n
     ON CONFLICT (resident_id_hash) DO NOTHING`,
    [JSON.stringify(hashes.map((hash) => ({ id: newId('learner'), ...firstSeen.get(hash) })))],
  );
  const rows = await tx.query<{ id: string; resident_id_hash: string }>(
    'SELECT id, resident_id_hash FROM learners WHERE resident_id_hash = ANY($1::text[])',
    [hashes],
  );
  return new Map(rows.map((row) => [row.resident_id_hash, row.id]));
}

type Sums = { hours: number; credits: number };

/** Sums hours and credits exactly: the ledger keeps two decimals, so they are added in hundredths. */
function sumOf(entries: readonly LedgerEntry[]): Sums {
  let hours = 0;
  let credits = 0;
  for (const entry of entries) {
    hours += Math.round(entry.hours * 100);
    credits += Math.round(entry.credits * 100);
  }
  return { hours: hours / 100, credits: credits / 100 };
}

/** The learner's ledger and its sums (computed from the same rows, never stored), or `undefined`. */
export async function learnerRecord(db: Queryable, learnerId: string): Promise<LearnerRecord | undefined> {
  const [learner] = await db.query<{
    id: string;
    name_masked: string;
    resident_id_masked: string;
    resident_id_hash: string;
  }>('SELECT id, name_masked, resident_id_masked, resident_id_hash FROM learners WHERE id = $1', [learnerId]);
  if (learner === undefined) return undefined;
  const rows = await db.query<LedgerRow>(
    `SELECT ${LEDGER_COLUMNS} FROM ledger_entries WHERE learner_id = $1 ORDER BY seq`,
    [learnerId],
  );
  const entries = rows.map(toLedgerEntry);
  const ofType = (type: LedgerEntry['outcomeType']) => sumOf(entries.filter((e) => e.outcomeType === type));
  return {
    learner: {
      id: learner.id,
      nameMasked: learner.name_masked,
      residentIdMasked: learner.resident_id_masked,
      residentIdHash: learner.resident_id_hash,
    },
    totals: sumOf(entries),
    byOutcomeType: {
      academic: ofType('academic'),
      non_academic: ofType('non_academic'),
      informal: ofType('informal'),
    },
    entries,
    generatedAt: toTimestamp(new Date()),
  };
}
