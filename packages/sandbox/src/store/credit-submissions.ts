// Credit submissions (学习成果认定申请): create one or a batch, list, read, and move them through review.
import {
  type CreditSubmission,
  type CreditSubmissionCreate,
  type CreditSubmissionListParams,
  type ReviewDecision,
  type ReviewRequest,
} from '@learning-city/core';
import type { SandboxContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, page } from '../http/cursor.js';
import { HttpProblem, issue, notFound, validationFailed } from '../http/problem.js';
import { newId } from '../ids.js';
import { toTimestamp } from '../time.js';
import { findOrCreateLearners, type PreparedLearner } from './learners.js';
import { appendLedgerEntry } from './ledger.js';
import { Params } from './sql.js';

interface SubmissionRow {
  id: string;
  seq: string;
  learner_id: string;
  status: CreditSubmission['status'];
  name_masked: string;
  resident_id_masked: string;
  outcome: CreditSubmission['outcome'];
  evidence: CreditSubmission['evidence'];
  external_ref: string | null;
  review: ReviewDecision | null;
  submitted_at: Date | string;
  updated_at: Date | string;
}

// `seq` (bigint) is answered as text for the cursor; lists order by the column itself, not this text alias.
const SUBMISSION_COLUMNS = `id, seq::text AS seq, learner_id, status, name_masked, resident_id_masked, outcome, evidence,
  external_ref, review, submitted_at, updated_at`;

function toSubmission(row: SubmissionRow): CreditSubmission {
  return {
    id: row.id,
    status: row.status,
    learnerId: row.learner_id,
    learner: { nameMasked: row.name_masked, residentIdMasked: row.resident_id_masked },
    outcome: row.outcome,
    evidence: row.evidence,
    externalRef: row.external_ref,
    review: row.review,
    submittedAt: toTimestamp(row.submitted_at),
    updatedAt: toTimestamp(row.updated_at),
  };
}

/** A submission whose learner is already masked and hashed, ready to store. */
export interface PreparedSubmission {
  body: CreditSubmissionCreate;
  learner: PreparedLearner;
}

/**
 * Stores submissions as `submitted`, in order, after finding or creating all their learners at once (in a
 * stable order: see {@link findOrCreateLearners}).
 */
export async function insertSubmissions(
  tx: Queryable,
  prepared: readonly PreparedSubmission[],
): Promise<CreditSubmission[]> {
  const learnerIds = await findOrCreateLearners(
    tx,
    prepared.map((item) => item.learner),
  );
  const stored: CreditSubmission[] = [];
  for (const { body, learner } of prepared) {
    const [row] = await tx.query<SubmissionRow>(
      `INSERT INTO credit_submissions (id, learner_id, status, name_masked, resident_id_masked, outcome, evidence,
         external_ref) VALUES ($1, $2, 'submitted', $3, $4, $5, $6, $7) RETURNING ${SUBMISSION_COLUMNS}`,
      [
        newId('creditSubmission'),
        learnerIds.get(learner.residentIdHash),
        learner.nameMasked,
        learner.residentIdMasked,
        JSON.stringify(body.outcome),
        JSON.stringify(body.evidence ?? []),
        body.externalRef ?? null,
      ],
    );
    if (row === undefined) throw new Error('INSERT … RETURNING answered no row');
    stored.push(toSubmission(row));
  }
  return stored;
}

/** One submission, or 404. */
export async function getSubmission(db: Queryable, id: string, lock = false): Promise<CreditSubmission> {
  const [row] = await db.query<SubmissionRow>(
    `SELECT ${SUBMISSION_COLUMNS} FROM credit_submissions WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  if (row === undefined) throw notFound('credit submission', id);
  return toSubmission(row);
}

/** Submissions in the order they arrived, filtered by status, learner and the institution's reference. */
export async function listSubmissions(db: Queryable, query: CreditSubmissionListParams) {
  const params = new Params();
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const where: string[] = [];
  if (query.status?.length) where.push(`status = ANY(${params.add(query.status)}::text[])`);
  if (query.learnerId !== undefined) where.push(`learner_id = ${params.add(query.learnerId)}`);
  if (query.externalRef !== undefined) where.push(`external_ref = ${params.add(query.externalRef)}`);
  const after = decodeCursor(query.cursor, 'seq', 1);
  if (after !== undefined) where.push(`seq > ${params.add(after[0])}::bigint`);
  const rows = await db.query<SubmissionRow>(
    `SELECT ${SUBMISSION_COLUMNS} FROM credit_submissions ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY credit_submissions.seq LIMIT ${limit + 1}`,
    params.values,
  );
  return page(rows, limit, toSubmission, (row) => encodeCursor('seq', [row.seq]));
}

const MAGIC_REJECT_REASON = 'Sandbox magic learner: submissions for this ID number are always rejected.';

/** Where a review decision may move a submission from (认定: submitted → under_review → decided). */
const ALLOWED_FROM: Record<ReviewRequest['decision'], CreditSubmission['status'][]> = {
  under_review: ['submitted'],
  recognized: ['submitted', 'under_review'],
  rejected: ['submitted', 'under_review'],
  needs_info: ['submitted', 'under_review'],
};

/**
 * Applies a review decision (sandbox test helper). `recognized` appends a `recognition` ledger entry with the
 * recognised (or else claimed) hours and credits. The magic learner's submissions always end `rejected`.
 */
export async function reviewSubmission(
  sandbox: SandboxContext,
  id: string,
  request: ReviewRequest,
): Promise<CreditSubmission> {
  return sandbox.db.transaction(async (tx) => {
    const submission = await getSubmission(tx, id, true);
    const [learner] = await tx.query<{ resident_id_hash: string }>(
      'SELECT resident_id_hash FROM learners WHERE id = $1',
      [submission.learnerId],
    );
    const magicReject = learner?.resident_id_hash === sandbox.rejectedLearnerHash;
    const decision = magicReject ? 'rejected' : request.decision;
    if (!ALLOWED_FROM[decision].includes(submission.status)) {
      throw new HttpProblem(
        409,
        'invalid_state',
        `A ${submission.status} submission cannot become ${decision}.`,
      );
    }
    const claimed = submission.outcome;
    const problems = [];
    if (request.recognizedHours !== undefined && request.recognizedHours > claimed.hours) {
      problems.push(issue('recognizedHours', 'too_big', `At most the ${claimed.hours} hours claimed`));
    }
    if (request.recognizedCredits !== undefined && request.recognizedCredits > claimed.credits) {
      problems.push(issue('recognizedCredits', 'too_big', `At most the ${claimed.credits} credits claimed`));
    }
    if (problems.length > 0) throw validationFailed(problems);
    const now = new Date();
    const reason = magicReject ? MAGIC_REJECT_REASON : request.reason;
    const recognized =
      decision === 'recognized'
        ? {
            recognizedHours: request.recognizedHours ?? claimed.hours,
            recognizedCredits: request.recognizedCredits ?? claimed.credits,
          }
        : undefined;
    const review: ReviewDecision | null =
      decision === 'under_review'
        ? null
        : {
            decision,
            ...(reason === undefined ? {} : { reason }),
            ...recognized,
            decidedAt: toTimestamp(now),
          };
    await tx.query('UPDATE credit_submissions SET status = $2, review = $3, updated_at = $4 WHERE id = $1', [
      id,
      decision,
      review === null ? null : JSON.stringify(review),
      now,
    ]);
    if (recognized !== undefined) {
      await appendLedgerEntry(
        tx,
        {
          learnerId: submission.learnerId,
          submissionId: id,
          kind: 'recognition',
          outcomeType: claimed.type,
          title: claimed.title,
          issuer: claimed.issuer,
          achievedOn: claimed.achievedOn,
          hours: recognized.recognizedHours,
          credits: recognized.recognizedCredits,
          relatedEntryId: null,
        },
        now,
      );
    }
    return getSubmission(tx, id);
  });
}

/** `needs_info → submitted`: the institution answered the reviewer's question. */
export async function resubmit(sandbox: SandboxContext, id: string): Promise<CreditSubmission> {
  return sandbox.db.transaction(async (tx) => {
    const submission = await getSubmission(tx, id, true);
    if (submission.status !== 'needs_info') {
      throw new HttpProblem(
        409,
        'invalid_state',
        `Only a needs_info submission can be resubmitted, not ${submission.status}.`,
      );
    }
    await tx.query(`UPDATE credit_submissions SET status = 'submitted', updated_at = now() WHERE id = $1`, [
      id,
    ]);
    return getSubmission(tx, id);
  });
}
