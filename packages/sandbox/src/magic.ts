// Magic values that force each path in the sandbox, in the spirit of test card numbers. Listed in the README.
export const MAGIC = {
  /** An activity seeded with every seat and waitlist place taken: registering answers 409 `activity_full`. */
  fullActivityId: 'act_magicFull0001',
  /** An activity with 2 seats and a waitlist of 3: fills up in a few calls, for demos. */
  tinyActivityId: 'act_magicTiny0001',
  /** An activity that requires a resident ID number (with its purpose shown). */
  residentIdActivityId: 'act_magicIdCheck01',
  /** `GET /v1/courses/{id}` answers 503 (with `Retry-After: 1`) on the first request per sandbox run, then 200. */
  flakyCourseId: 'crs_magicFlaky503',
  /**
   * Credit submissions for this (fictional, checksum-valid) resident ID number are always rejected on
   * review: `POST /v1/test-helpers/credit-submissions/{id}/review` turns any decision into `rejected`.
   */
  rejectedLearnerResidentId: '110105199003070017',
  /** A publishable key that is always rate limited: 429 with `Retry-After: 1`. */
  rateLimitedKey: 'lc_pk_test_ratelimited',
  /** A publishable key whose every request waits 10 s before it is answered: a widget's loading state. */
  slowKey: 'lc_pk_test_slow',
  /**
   * A publishable key whose successful JSON responses carry a malformed field: the first item's `title` (or
   * the object's own `title`) is the number 42. A client must reject the response and name `data.0.title`.
   */
  malformedKey: 'lc_pk_test_malformed',
  /**
   * Send `Sandbox-Latency: <ms>` (≤ 10000) on any request to delay the response; with an `Idempotency-Key`
   * the delay starts once the key is claimed.
   */
  latencyHeader: 'sandbox-latency',
  /** Send `Sandbox-Fail: 503` (or 500, 502, 504) to force that status once per Idempotency-Key/request. */
  failHeader: 'sandbox-fail',
  /** Send `Sandbox-Drop-After-Commit: 1` to have the connection cut after the work is stored, once per key. */
  dropAfterCommitHeader: 'sandbox-drop-after-commit',
} as const;
