// The append-only ledger of the credit bank: its rows, appending entries, and revoking with a reversing entry.
import type { LedgerEntry } from '@learning-city/core';
import type { SandboxContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { HttpProblem, notFound } from '../http/problem.js';
import { newId } from '../ids.js';
import { toTimestamp } from '../time.js';
import { num } from './sql.js';

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

/** Appends one entry (the only way anything enters the ledger) with a new ID, recorded at `recordedAt`. */
export async function appendLedgerEntry(
  tx: Queryable,
  entry: Omit<LedgerEntry, 'id' | 'recordedAt'>,
  recordedAt = new Date(),
): Promise<void> {
  await tx.query(
    `INSERT INTO ledger_entries (id, learner_id, submission_id, kind, outcome_type, title, issuer, achieved_on,
       hours, credits, related_entry_id, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      newId('ledgerEntry'),
      entry.learnerId,
      entry.submissionId,
      entry.kind,
      entry.outcomeType,
      entry.title,
      entry.issuer,
      entry.achievedOn,
      entry.hours,
      entry.credits,
      entry.relatedEntryId,
      recordedAt,
    ],
  );
}

/**
 * Revokes a recognised submission (sandbox test helper): appends a `revocation` entry with negated hours and
 * credits and `relatedEntryId` pointing at the recognition. The original entry is never changed, and the
 * submission stays `recognized`: the ledger, not the status, records the revocation.
 */
export async function revokeSubmission(sandbox: SandboxContext, submissionId: string): Promise<void> {
  await sandbox.db.transaction(async (tx) => {
    const locked = await tx.query('SELECT 1 FROM credit_submissions WHERE id = $1 FOR UPDATE', [
      submissionId,
    ]);
    if (locked.length === 0) throw notFound('credit submission', submissionId);
    const [recognition] = await tx.query<LedgerRow>(
      `SELECT ${LEDGER_COLUMNS} FROM ledger_entries e WHERE submission_id = $1 AND kind = 'recognition'
       AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.related_entry_id = e.id AND r.kind = 'revocation')
       ORDER BY seq DESC LIMIT 1`,
      [submissionId],
    );
    if (recognition === undefined) {
      throw new HttpProblem(409, 'invalid_state', 'This submission has no recognition left to revoke.');
    }
    const entry = toLedgerEntry(recognition);
    await appendLedgerEntry(tx, {
      ...entry,
      kind: 'revocation',
      hours: -entry.hours,
      credits: -entry.credits,
      relatedEntryId: entry.id,
    });
  });
}
