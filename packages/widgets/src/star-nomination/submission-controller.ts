// Sending a nomination exactly once: one Idempotency-Key per draft, kept across double clicks, retries and
// reloads (it is saved with the draft), renewed only once the platform has answered for certain.
import {
  ConflictError,
  ConnectionError,
  LearningCityError,
  newIdempotencyKey,
  RateLimitError,
  ServerError,
  ValidationError,
  type FieldIssue,
  type Nomination,
  type NominationCreate,
  type NominationsResource,
} from '@learning-city/core';
import type { ReactiveControllerHost } from 'lit';
import { ConfigurationError } from '../shared/registration/registration-controller.js';

export type SubmissionPhase = 'editing' | 'sending' | 'submitted';

/** Why the last submission failed, in the words the form shows. */
export type FailureKind =
  'connection' | 'server' | 'keyReused' | 'validation' | 'closed' | 'config' | 'unknown';

export interface Failure {
  kind: FailureKind;
  requestId?: string;
  /** Field issues of a 422, dotted paths into the request body. */
  issues?: FieldIssue[];
}

/** Failures after which nobody knows whether the platform stored the nomination: resend the same request. */
export function outcomeUnknown(kind: FailureKind): boolean {
  return kind === 'connection' || kind === 'server' || kind === 'keyReused';
}

/** Sorts an error from the client into what the form tells the person. */
export function classify(error: unknown): Failure {
  const requestId = error instanceof LearningCityError ? error.requestId : undefined;
  const withId = (kind: FailureKind): Failure => (requestId ? { kind, requestId } : { kind });
  if (error instanceof ValidationError) return { ...withId('validation'), issues: error.issues };
  if (error instanceof ConflictError) {
    if (error.code === 'idempotency_key_reused') return withId('keyReused');
    if (error.code === 'invalid_state') return withId('closed');
  }
  if (error instanceof ConnectionError) return withId('connection'); // TimeoutError included
  if (error instanceof ServerError || error instanceof RateLimitError) return withId('server');
  if (error instanceof ConfigurationError) return { kind: 'config' };
  return withId('unknown');
}

export interface SubmissionControllerOptions {
  /** The nominations resource; may throw when the widget has no API base or key. */
  resource(): NominationsResource;
  /** After the key changed (to save it with the draft). */
  onKeyChange(key: string): void;
  onComplete(nomination: Nomination): void;
  onError(error: Error, failure: Failure): void;
}

/** The submission state machine: `editing → sending → submitted`, back to `editing` on a failure. */
export class SubmissionController {
  phase: SubmissionPhase = 'editing';
  nomination: Nomination | null = null;
  failure: Failure | null = null;
  #key = newIdempotencyKey();
  /** The last body whose outcome is unknown: "retry" resends exactly this, with the same key. */
  #pending: NominationCreate | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SubmissionControllerOptions,
  ) {}

  /** The Idempotency-Key the next submission sends. */
  get idempotencyKey(): string {
    return this.#key;
  }

  get busy(): boolean {
    return this.phase === 'sending';
  }

  /** Whether "retry" can resend the last request. */
  get canRetry(): boolean {
    return this.#pending !== null && this.failure !== null && outcomeUnknown(this.failure.kind);
  }

  /** Takes the key saved with a restored draft (an attempt before the reload may have reached the platform). */
  restoreKey(key: string): void {
    if (key !== '' && this.phase === 'editing') this.#key = key;
  }

  /** A fresh form: new key, no result, no failure. */
  reset(): void {
    this.phase = 'editing';
    this.nomination = null;
    this.failure = null;
    this.#pending = null;
    this.#renewKey();
    this.host.requestUpdate();
  }

  /** Sends the nomination. A call while one is in flight does nothing (a double click). */
  async submit(body: NominationCreate): Promise<void> {
    if (this.busy || this.phase === 'submitted') return;
    await this.#send(body);
  }

  /** Resends the request whose outcome is unknown, with the same key and body. */
  async retry(): Promise<void> {
    if (this.busy || this.#pending === null) return;
    await this.#send(this.#pending);
  }

  #renewKey(): void {
    this.#key = newIdempotencyKey();
    this.options.onKeyChange(this.#key);
  }

  async #send(body: NominationCreate): Promise<void> {
    this.phase = 'sending';
    this.failure = null;
    this.host.requestUpdate();
    let resource: NominationsResource;
    try {
      resource = this.options.resource();
    } catch (cause) {
      this.#fail(
        new ConfigurationError(cause instanceof Error ? cause.message : String(cause), { cause }),
        body,
      );
      return;
    }
    try {
      const nomination = await resource.create(body, { idempotencyKey: this.#key });
      this.#pending = null;
      this.nomination = nomination;
      this.phase = 'submitted';
      this.#renewKey();
      this.host.requestUpdate();
      this.options.onComplete(nomination);
    } catch (error) {
      this.#fail(error, body);
    }
  }

  #fail(error: unknown, body: NominationCreate): void {
    const failure = classify(error);
    if (outcomeUnknown(failure.kind)) {
      // After "key reused" the stored request is the earlier one: keep it, so "retry" resends that.
      if (failure.kind !== 'keyReused' || this.#pending === null) this.#pending = body;
    } else {
      this.#pending = null;
      // The platform answered for certain (and stored that answer under the key): the next try is new.
      if (failure.kind !== 'config') this.#renewKey();
    }
    this.failure = failure;
    this.phase = 'editing';
    this.host.requestUpdate();
    this.options.onError(error instanceof Error ? error : new Error(String(error)), failure);
  }
}
