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
import { num } from './sql.js';

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

/** The learner's ID, creating the learner on first sight (race-free on the unique hash). */
export async function findOrCreateLearner(tx: Queryable, learner: PreparedLearner): Promise<string> {
  await tx.query(
    `INSERT INTO learners (id, name_masked, resident_id_masked, resident_id_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT (resident_id_hash) DO NOTHING`,
    [newId('learner'), learner.nameMasked, learner.residentIdMasked, learner.residentIdHash],
  );
  const [row] = await tx.query<{ id: string }>('SELECT id FROM learners WHERE resident_id_hash = $1', [
    learner.residentIdHash,
  ]);
  if (row === undefined) throw new Error('learner vanished after INSERT … ON CONFLICT');
  return row.id;
}

export interface LedgerRow {
  id: string;
  learner_id: string;
  submission_id: string | null;
  kind: LedgerEntry['kind'];
  outcome_type: LedgerEntry['outcomeType'];
  title: string;
  issuer: string;
  achieved_on: string;
  hours: number | string;
  credits: number | string;
  related_entry_id: string | null;
  recorded_at: Date | string;
}

/** Selects ledger entries with dates as text and amounts as numbers. */
export const LEDGER_COLUMNS = `id, learner_id, submission_id, kind, outcome_type, title, issuer,
  achieved_on::text AS achieved_on, hours::float8 AS hours, credits::float8 AS credits, related_entry_id, recorded_at`;

export function toLedgerEntry(row: LedgerRow): LedgerEntry {
  return {
    id: row.id,
    learnerId: row.learner_id,
    submissionId: row.submission_id,
    kind: row.kind,
    outcomeType: row.outcome_type,
    title: row.title,
    issuer: row.issuer,
    achievedOn: row.achieved_on,
    hours: num(row.hours),
    credits: num(row.credits),
    relatedEntryId: row.related_entry_id,
    recordedAt: toTimestamp(row.recorded_at),
  };
}

/** The learner's ledger and its sums (computed here, never stored), or `undefined` for an unknown learner. */
export async function learnerRecord(db: Queryable, learnerId: string): Promise<LearnerRecord | undefined> {
  const [learner] = await db.query<{
    id: string;
    name_masked: string;
    resident_id_masked: string;
    resident_id_hash: string;
  }>('SELECT id, name_masked, resident_id_masked, resident_id_hash FROM learners WHERE id = $1', [learnerId]);
  if (learner === undefined) return undefined;
  const entries = await db.query<LedgerRow>(
    `SELECT ${LEDGER_COLUMNS} FROM ledger_entries WHERE learner_id = $1 ORDER BY seq`,
    [learnerId],
  );
  // One row per outcome type plus the ROLLUP row (outcome_type NULL) with the grand totals.
  const sums = await db.query<{
    outcome_type: LedgerEntry['outcomeType'] | null;
    hours: number;
    credits: number;
  }>(
    `SELECT outcome_type, sum(hours)::float8 AS hours, sum(credits)::float8 AS credits
     FROM ledger_entries WHERE learner_id = $1 GROUP BY ROLLUP (outcome_type)`,
    [learnerId],
  );
  const sumOf = (type: LedgerEntry['outcomeType'] | null) => {
    const row = sums.find((sum) => sum.outcome_type === type);
    return { hours: num(row?.hours ?? 0), credits: num(row?.credits ?? 0) };
  };
  return {
    learner: {
      id: learner.id,
      nameMasked: learner.name_masked,
      residentIdMasked: learner.resident_id_masked,
      residentIdHash: learner.resident_id_hash,
    },
    totals: sumOf(null),
    byOutcomeType: {
      academic: sumOf('academic'),
      non_academic: sumOf('non_academic'),
      informal: sumOf('informal'),
    },
    entries: entries.map(toLedgerEntry),
    generatedAt: toTimestamp(new Date()),
  };
}
