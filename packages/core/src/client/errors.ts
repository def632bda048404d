// One error class per way a call can fail, all under LearningCityError (the stripe-node / openai-node shape).
import type { FieldIssue, Problem } from '../models/problem.js';

export interface LearningCityErrorOptions {
  status?: number;
  requestId?: string;
  problem?: Problem;
  cause?: unknown;
}

/**
 * The base of every error the SDK throws.
 * @example
 * try { await client.registrations.create(id, body); }
 * catch (error) { if (error instanceof ConflictError && error.code === 'activity_full') showFull(); }
 */
export class LearningCityError extends Error {
  /** The HTTP status, when a response arrived. */
  readonly status: number | undefined;
  /** The response's `Request-Id`: quote it when asking for support. */
  readonly requestId: string | undefined;
  /** The RFC 9457 problem body, when the server sent one. */
  readonly problem: Problem | undefined;

  constructor(message: string, options: LearningCityErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.status = options.status;
    this.requestId = options.requestId;
    this.problem = options.problem;
  }

  /** The problem's machine-readable code, e.g. `activity_full`. */
  get code(): string | undefined {
    return this.problem?.code;
  }
}

/** The server answered with an error status. */
export class APIError extends LearningCityError {}
/** 400: the request was malformed. */
export class BadRequestError extends APIError {}
/** 401: the key is missing or unknown. */
export class AuthenticationError extends APIError {}
/** 403: the key lacks the scope (e.g. a publishable key on the credit bank). */
export class PermissionError extends APIError {}
/** 404 */
export class NotFoundError extends APIError {}
/** 409: e.g. `activity_full`, `idempotency_key_reused`, `invalid_state`. Never retried. */
export class ConflictError extends APIError {}

/** 422: the body failed validation; {@link ValidationError.issues} names each field. */
export class ValidationError extends APIError {
  get issues(): FieldIssue[] {
    return this.problem?.errors ?? [];
  }
}

/** 429: too many requests; retried automatically, thrown once retries are spent. */
export class RateLimitError extends APIError {
  /** Seconds the server asked to wait, from `Retry-After`. */
  readonly retryAfter: number | undefined;
  constructor(message: string, options: LearningCityErrorOptions & { retryAfter?: number } = {}) {
    super(message, options);
    this.retryAfter = options.retryAfter;
  }
}

/** 5xx: the server failed; retried automatically, thrown once retries are spent. */
export class ServerError extends APIError {}

/** No response: DNS, refused or dropped connection. A POST that fails so is retried with its idempotency key. */
export class ConnectionError extends LearningCityError {}

/** No response within `timeout`. */
export class TimeoutError extends ConnectionError {}

/** The caller's `AbortSignal` fired. */
export class AbortError extends LearningCityError {}

/**
 * A response arrived but did not match the model: the server and SDK disagree on the contract.
 * {@link ResponseValidationError.path} names the first failing field, e.g. `data.3.title`.
 */
export class ResponseValidationError extends LearningCityError {
  readonly path: string;
  readonly issues: FieldIssue[];
  constructor(message: string, options: LearningCityErrorOptions & { path: string; issues: FieldIssue[] }) {
    super(message, options);
    this.path = options.path;
    this.issues = options.issues;
  }
}

/** The class for an error status. */
export function errorClassForStatus(status: number): typeof APIError {
  if (status === 400) return BadRequestError;
  if (status === 401) return AuthenticationError;
  if (status === 403) return PermissionError;
  if (status === 404) return NotFoundError;
  if (status === 409) return ConflictError;
  if (status === 422) return ValidationError;
  if (status === 429) return RateLimitError;
  if (status >= 500) return ServerError;
  return APIError;
}
