// The append-only ledger of the credit bank: revocations reverse an entry with a second, negative one.
import type { CreditSubmission } from '@learning-city/core';
import type { SandboxContext } from '../context.js';
import { HttpProblem } from '../http/problem.js';
import { newId } from '../ids.js';
import { getSubmission } from './credit-submissions.js';
import { LEDGER_COLUMNS, toLedgerEntry, type LedgerRow } from './learners.js';

/**
 * Revokes a recognised submission (sandbox test helper): appends a `revocation` entry with negated hours and
 * credits and `relatedEntryId` pointing at the recognition. The original entry is never changed. Answers the
 * submission (still `recognized`: the ledger, not the status, records the revocation).
 */
export async function revokeSubmission(
  sandbox: SandboxContext,
  submissionId: string,
): Promise<CreditSubmission> {
  return sandbox.db.transaction(async (tx) => {
    await getSubmission(tx, submissionId, true);
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
    await tx.query(
      `INSERT INTO ledger_entries (id, learner_id, submission_id, kind, outcome_type, title, issuer, achieved_on,
         hours, credits, related_entry_id) VALUES ($1, $2, $3, 'revocation', $4, $5, $6, $7, $8, $9, $10)`,
      [
        newId('ledgerEntry'),
        entry.learnerId,
        submissionId,
        entry.outcomeType,
        entry.title,
        entry.issuer,
        entry.achievedOn,
        -entry.hours,
        -entry.credits,
        entry.id,
      ],
    );
    return getSubmission(tx, submissionId);
  });
}
