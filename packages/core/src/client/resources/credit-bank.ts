// The credit bank (学分银行), secret key only: submit outcomes, follow their review, read learners' records.
import * as z from 'zod/mini';
import {
  CreditSubmission,
  CreditSubmissionBatchResult,
  LearnerRecord,
  type CreditSubmissionCreate,
  type CreditSubmissionListParams,
} from '../../models/credit.js';
import { listPage } from '../../models/list.js';
import { PagedList } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';

const CreditSubmissionPage = listPage(CreditSubmission);
/** Only the envelope of a CLR document is checked; its content is 1EdTech's schema, not ours. */
const ClrDocument = z.looseObject({ '@context': z.array(z.unknown()), type: z.array(z.string()) });

/**
 * Credit submissions (学习成果认定申请).
 * @example
 * const sub = await creditSubmissions(transport).create({
 *   learner: { name: '李强', residentId: '11010519491231002X' },
 *   outcome: { type: 'non_academic', title: '1+X 网店运营推广（中级）', issuer: '…',
 *              achievedOn: '2026-06-30', hours: 64, credits: 4 },
 * });
 */
export function creditSubmissions(transport: Transport) {
  return {
    /** Submits one outcome; it starts `submitted`. */
    create(body: CreditSubmissionCreate, options?: RequestOptions): Promise<CreditSubmission> {
      return transport.request({
        method: 'POST',
        path: '/credit-submissions',
        body,
        schema: CreditSubmission,
        options,
      });
    },
    /** Up to 500 at once; one result per row, in order; valid rows are kept even when others fail. */
    createBatch(
      items: CreditSubmissionCreate[],
      options?: RequestOptions,
    ): Promise<CreditSubmissionBatchResult> {
      return transport.request({
        method: 'POST',
        path: '/credit-submissions/batch',
        body: { items },
        schema: CreditSubmissionBatchResult,
        options,
      });
    },
    get(id: string, options?: RequestOptions): Promise<CreditSubmission> {
      return transport.request({
        method: 'GET',
        path: `/credit-submissions/${encodeURIComponent(id)}`,
        schema: CreditSubmission,
        options,
      });
    },
    /**
     * Sends a `needs_info` submission back to review (`needs_info → submitted`) once the reviewer's question is
     * answered. Any other status answers `ConflictError` (`invalid_state`); an unknown ID `NotFoundError`.
     * Like every POST it carries an `Idempotency-Key`, so a retried or double-clicked call answers the first result.
     * @example
     * const sub = await lc.creditSubmissions.resubmit('sub_…'); // sub.status === 'submitted'
     */
    resubmit(id: string, options?: RequestOptions): Promise<CreditSubmission> {
      return transport.request({
        method: 'POST',
        path: `/credit-submissions/${encodeURIComponent(id)}/resubmit`,
        schema: CreditSubmission,
        options,
      });
    },
    list(params: CreditSubmissionListParams = {}, options?: RequestOptions): PagedList<CreditSubmission> {
      return new PagedList(
        (cursor) =>
          transport.request({
            method: 'GET',
            path: '/credit-submissions',
            query: { ...params, cursor },
            schema: CreditSubmissionPage,
            options,
          }),
        params.cursor,
      );
    },
  };
}
export type CreditSubmissionsResource = ReturnType<typeof creditSubmissions>;

/** Learners' credit records (学习成果档案). */
export function learners(transport: Transport) {
  return {
    /** The ledger and its sums. */
    record(learnerId: string, options?: RequestOptions): Promise<LearnerRecord> {
      return transport.request({
        method: 'GET',
        path: `/learners/${encodeURIComponent(learnerId)}/record`,
        schema: LearnerRecord,
        options,
      });
    },
    /** The record as a CLR 2.0 `ClrCredential` holding Open Badges 3.0 achievements (`?format=clr`). */
    clr(learnerId: string, options?: RequestOptions): Promise<Record<string, unknown>> {
      return transport.request({
        method: 'GET',
        path: `/learners/${encodeURIComponent(learnerId)}/record`,
        query: { format: 'clr' },
        schema: ClrDocument,
        options,
      });
    },
  };
}
export type LearnersResource = ReturnType<typeof learners>;
