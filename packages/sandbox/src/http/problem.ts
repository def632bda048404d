// RFC 9457 problem details: the error the handlers throw and the `application/problem+json` body it becomes.
import type { FieldIssue, Problem, ProblemCode } from '@learning-city/core';

const TITLES: Record<ProblemCode, string> = {
  bad_request: 'Bad request',
  validation_failed: 'The request has invalid fields',
  unauthenticated: 'Missing or unknown API key',
  forbidden: 'This key may not do that',
  secret_key_in_browser: 'Secret key sent from a browser',
  not_found: 'Not found',
  activity_full: 'Activity full',
  registration_closed: 'Registration closed',
  idempotency_key_reused: 'Idempotency-Key reused for another request',
  invalid_state: 'Not allowed in the current state',
  rate_limited: 'Too many requests',
  server_error: 'Server error',
  unavailable: 'Service unavailable',
  payload_too_large: 'Request body too large',
};

/**
 * An error answered as a problem. Throw it from a handler or middleware; the app turns it into the body.
 * @example throw new HttpProblem(409, 'activity_full', 'Every seat and waitlist place is taken.');
 */
export class HttpProblem extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly detail: string | undefined;
  readonly errors: FieldIssue[] | undefined;
  /** Extra response headers, e.g. `Retry-After`. */
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: ProblemCode,
    detail?: string,
    options: { errors?: FieldIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? TITLES[code]);
    this.name = 'HttpProblem';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }

  /** The problem+json body for a response with this `Request-Id`. */
  toBody(requestId: string): Problem {
    return {
      type: `https://learning-city.dev/problems/${this.code}`,
      title: TITLES[this.code],
      status: this.status,
      ...(this.detail === undefined ? {} : { detail: this.detail }),
      requestId,
      code: this.code,
      ...(this.errors === undefined ? {} : { errors: this.errors }),
    };
  }
}

/** 404 for a resource that does not exist (or that the caller may not know exists). */
export function notFound(what: string, id: string): HttpProblem {
  return new HttpProblem(404, 'not_found', `No ${what} with id ${id}.`);
}

/** 422 with field issues. */
export function validationFailed(errors: FieldIssue[], detail?: string): HttpProblem {
  const first = errors[0];
  return new HttpProblem(
    422,
    'validation_failed',
    detail ?? (first ? `${first.path || '(body)'}: ${first.message}` : 'The request is invalid.'),
    { errors },
  );
}

/** One field issue, e.g. `issue('residentId', 'required', 'This activity needs a resident ID number')`. */
export function issue(path: string, code: string, message: string): FieldIssue {
  return { path, code, message };
}
