// The credit bank (学分银行): submissions of learning outcomes, their review, and the append-only ledger.
import * as z from 'zod/mini';
import { CalendarDate, multilineText, resourceId, text, TEXT_LIMITS, Timestamp, WebUrl } from './common.js';
import { PageParams } from './list.js';
import { LearnerIdentity } from './learner.js';
import { Problem } from './problem.js';
import { validateResidentId } from '../validators/resident-id.js';

/** Kinds of learning outcome: 学历教育, 非学历教育 (training, 1+X and skill certificates), 无一定形式学习. */
export const OUTCOME_TYPES = ['academic', 'non_academic', 'informal'] as const;
export const OutcomeType = z.enum(OUTCOME_TYPES);
export type OutcomeType = z.infer<typeof OutcomeType>;

/** 认定 → 积累 → 转换: `submitted → under_review → recognized | rejected | needs_info (→ submitted)`. */
export const CREDIT_SUBMISSION_STATUSES = [
  'submitted',
  'under_review',
  'recognized',
  'rejected',
  'needs_info',
] as const;
export const CreditSubmissionStatus = z.enum(CREDIT_SUBMISSION_STATUSES);
export type CreditSubmissionStatus = z.infer<typeof CreditSubmissionStatus>;

/** The most hours (学时) and credits (学分) one outcome may carry. */
export const OUTCOME_LIMITS = { hours: 5000, credits: 200 } as const;

/** A learning outcome: a certificate, a course completed, an activity attended. */
export const LearningOutcome = z.object({
  type: OutcomeType,
  /** 证书名称 / 成果名称. */
  title: text(TEXT_LIMITS.title),
  /** 发证机构 / 颁发机构. */
  issuer: text(TEXT_LIMITS.title),
  /** 取得日期. */
  achievedOn: CalendarDate,
  hours: /* @__PURE__ */ z.number().check(z.gte(0), z.lte(OUTCOME_LIMITS.hours)),
  credits: /* @__PURE__ */ z.number().check(z.gte(0), z.lte(OUTCOME_LIMITS.credits)),
  certificateNumber: z.optional(text(64)),
  /** e.g. 初级 / 中级 / 高级 for a 1+X certificate. */
  level: z.optional(text(20)),
});
export type LearningOutcome = z.infer<typeof LearningOutcome>;

/** Evidence attached to a submission: a scanned certificate, a transcript, a link. */
export const Evidence = z.object({
  kind: z.enum(['certificate', 'transcript', 'attendance', 'photo', 'link']),
  name: text(TEXT_LIMITS.title),
  url: WebUrl,
  /** Hex SHA-256 of the file, so the reviewer can check it is unchanged. */
  sha256: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^[0-9a-f]{64}$/))),
});
export type Evidence = z.infer<typeof Evidence>;

/**
 * The body of `POST /credit-submissions`, and one item of a batch. An outcome cannot be achieved before the
 * learner was born (the date of birth is read from the ID number). Whether it lies in the future is left to the
 * server's clock: a schema that read the clock would disagree with the platform's around midnight.
 */
export const CreditSubmissionCreate = /* @__PURE__ */ z
  .object({
    learner: LearnerIdentity,
    outcome: LearningOutcome,
    evidence: z.optional(/* @__PURE__ */ z.array(Evidence).check(z.maxLength(10))),
    /** The submitting institution's own reference for this row (e.g. a student number). */
    externalRef: z.optional(text(64)),
  })
  .check((ctx) => {
    const identity = validateResidentId(ctx.value.learner.residentId);
    // ISO dates compare as strings.
    if (identity.ok && ctx.value.outcome.achievedOn < identity.birthDate) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value.outcome.achievedOn,
        path: ['outcome', 'achievedOn'],
        // Not the date itself: a date of birth is personal data, and error messages get logged.
        message: "is before the learner's date of birth (read from the ID number)",
      });
    }
  });
export type CreditSubmissionCreate = z.infer<typeof CreditSubmissionCreate>;

/** Largest batch `POST /credit-submissions/batch` accepts. */
export const MAX_BATCH_SIZE = 500;

export const CreditSubmissionBatchCreate = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ z.array(CreditSubmissionCreate).check(z.minLength(1), z.maxLength(MAX_BATCH_SIZE)),
});
export type CreditSubmissionBatchCreate = z.infer<typeof CreditSubmissionBatchCreate>;

/** A reviewer's decision on a submission. */
export const ReviewDecision = z.object({
  decision: z.enum(['recognized', 'rejected', 'needs_info']),
  reason: z.optional(multilineText(TEXT_LIMITS.note)),
  /** What was recognised, which may be less than what was claimed. */
  recognizedHours: z.optional(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(OUTCOME_LIMITS.hours))),
  recognizedCredits: z.optional(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(OUTCOME_LIMITS.credits))),
  decidedAt: Timestamp,
});
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/** A submission as the platform answers it. */
export const CreditSubmission = z.object({
  id: resourceId('creditSubmission'),
  status: CreditSubmissionStatus,
  learnerId: resourceId('learner'),
  learner: z.object({ nameMasked: z.string(), residentIdMasked: z.string() }),
  outcome: LearningOutcome,
  evidence: z.array(Evidence),
  externalRef: z.nullable(z.string()),
  review: z.nullable(ReviewDecision),
  submittedAt: Timestamp,
  updatedAt: Timestamp,
});
export type CreditSubmission = z.infer<typeof CreditSubmission>;

/** One row's result in a batch: the submission, or the problem that kept it out. */
export const BatchItemResult = z.union([
  z.object({ index: z.int(), ok: z.literal(true), submission: CreditSubmission }),
  z.object({ index: z.int(), ok: z.literal(false), error: Problem }),
]);
export type BatchItemResult = z.infer<typeof BatchItemResult>;

/** `POST /credit-submissions/batch`: one result per row, in order; valid rows are kept. */
export const CreditSubmissionBatchResult = z.object({
  results: z.array(BatchItemResult),
  succeeded: /* @__PURE__ */ z.int().check(z.gte(0)),
  failed: /* @__PURE__ */ z.int().check(z.gte(0)),
});
export type CreditSubmissionBatchResult = z.infer<typeof CreditSubmissionBatchResult>;

export const CreditSubmissionListParams = z.extend(PageParams, {
  status: z.optional(z.array(CreditSubmissionStatus)),
  learnerId: z.optional(resourceId('learner')),
  externalRef: z.optional(/* @__PURE__ */ z.string().check(z.maxLength(64))),
});
export type CreditSubmissionListParams = z.infer<typeof CreditSubmissionListParams>;

/** Ledger entries: a recognition adds, a conversion moves, a revocation reverses. Never edited. */
export const LEDGER_ENTRY_KINDS = ['recognition', 'conversion', 'revocation'] as const;

/** One append-only line of a learner's credit record (学习成果档案). */
export const LedgerEntry = z.object({
  id: resourceId('ledgerEntry'),
  learnerId: resourceId('learner'),
  submissionId: z.nullable(resourceId('creditSubmission')),
  kind: z.enum(LEDGER_ENTRY_KINDS),
  outcomeType: OutcomeType,
  title: z.string(),
  issuer: z.string(),
  achievedOn: CalendarDate,
  /** Signed: a revocation carries negative hours and credits. */
  hours: z.number(),
  credits: z.number(),
  /** The entry this one reverses or converts, if any. */
  relatedEntryId: z.nullable(resourceId('ledgerEntry')),
  recordedAt: Timestamp,
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

const Totals = z.object({ hours: z.number(), credits: z.number() });

/** `GET /learners/{id}/record`: the ledger and its sums. Balances are sums, never stored. */
export const LearnerRecord = z.object({
  learner: z.object({
    id: resourceId('learner'),
    nameMasked: z.string(),
    residentIdMasked: z.string(),
    residentIdHash: z.string(),
  }),
  totals: Totals,
  byOutcomeType: z.object({ academic: Totals, non_academic: Totals, informal: Totals }),
  entries: z.array(LedgerEntry),
  generatedAt: Timestamp,
});
export type LearnerRecord = z.infer<typeof LearnerRecord>;

/** `POST /test-helpers/credit-submissions/{id}/review` (sandbox only). */
export const ReviewRequest = z.object({
  decision: z.enum(['under_review', 'recognized', 'rejected', 'needs_info']),
  reason: z.optional(multilineText(TEXT_LIMITS.note)),
  recognizedHours: z.optional(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(OUTCOME_LIMITS.hours))),
  recognizedCredits: z.optional(/* @__PURE__ */ z.number().check(z.gte(0), z.lte(OUTCOME_LIMITS.credits))),
});
export type ReviewRequest = z.infer<typeof ReviewRequest>;
