// RFC 9457 problem details: the body of every error response.
import * as z from 'zod/mini';

/** One field-level issue inside a problem, e.g. `{ path: 'mobile', code: 'mobile.format', message }`. */
export const FieldIssue = z.object({
  /** Dotted path into the request body or query, e.g. `learner.residentId` or `items.3.hours`. */
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/** Machine-readable problem codes the platform answers with. */
export const PROBLEM_CODES = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'secret_key_in_browser',
  'not_found',
  'activity_full',
  'registration_closed',
  'idempotency_key_reused',
  'payload_too_large',
  'invalid_state',
  'rate_limited',
  'server_error',
  'unavailable',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** An `application/problem+json` body. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: /* @__PURE__ */ z.int().check(z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** The `Request-Id` of the response, for support. */
  requestId: z.string(),
  /** A stable, machine-readable code (see {@link PROBLEM_CODES}); newer servers may add codes. */
  code: z.optional(z.string()),
  errors: z.optional(z.array(FieldIssue)),
});
export type Problem = z.infer<typeof Problem>;
