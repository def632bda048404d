// The registration state machine (editing → sending → registered → cancelled) with its idempotency key.
import {
  ConflictError,
  ConnectionError,
  LearningCityError,
  newIdempotencyKey,
  RateLimitError,
  ServerError,
  ValidationError,
  type FieldIssue,
  type Registration,
  type RegistrationCreate,
  type RegistrationsResource,
} from '@learning-city/core';
import type { ReactiveControllerHost } from 'lit';

export type RegistrationPhase = 'editing' | 'sending' | 'registered' | 'cancelling' | 'cancelled';

/** Why the last call failed, in the words the form shows. */
export type FailureKind =
  'full' | 'closed' | 'connection' | 'server' | 'keyReused' | 'validation' | 'config' | 'unknown' | 'cancel';

export interface Failure {
  kind: FailureKind;
  requestId?: string;
  /** Field issues of a 422, dotted paths into the request body. */
  issues?: FieldIssue[];
}

/**
 * What the host hears. Each callback runs after the controller's own state has changed, so the host can finish
 * its part (field messages, focus) before it fires its event. `current` is false when the answer belongs to a
 * form that was reset meanwhile (a new target): the host should then only report it.
 */
export interface RegistrationControllerOptions<Target> {
  /** The registrations resource to call; may throw when the widget is not configured. */
  resource(): RegistrationsResource;
  onComplete(registration: Registration, target: Target, current: boolean): void;
  onError(error: Error, target: Target, failure: Failure, current: boolean): void;
  onCancel(registration: Registration, current: boolean): void;
}

/** The widget cannot call the platform: no `api-base` or `publishable-key`. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** Failures after which nobody knows whether the platform stored the registration: resend the same request. */
function outcomeUnknown(kind: FailureKind): boolean {
  return kind === 'connection' || kind === 'server' || kind === 'keyReused';
}

function classify(error: unknown): Failure {
  const requestId = error instanceof LearningCityError ? error.requestId : undefined;
  const withId = (kind: FailureKind): Failure => (requestId ? { kind, requestId } : { kind });
  if (error instanceof ValidationError) return { ...withId('validation'), issues: error.issues };
  if (error instanceof ConflictError) {
    if (error.code === 'activity_full') return withId('full');
    if (error.code === 'registration_closed') return withId('closed');
    if (error.code === 'idempotency_key_reused') return withId('keyReused');
  }
  if (error instanceof ConnectionError) return withId('connection'); // TimeoutError included
  if (error instanceof ServerError || error instanceof RateLimitError) return withId('server');
  if (error instanceof ConfigurationError) return { kind: 'config' };
  return withId('unknown');
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

interface PendingRequest<Target> {
  targetId: string;
  body: RegistrationCreate;
  target: Target;
}

/**
 * Sends a registration once, whatever happens on the way: one `Idempotency-Key` per form, kept across double
 * clicks and retries while the outcome is unknown, renewed once the platform has answered for certain (a
 * success, or a 4xx it stored under that key — reusing the key with a corrected body would be refused).
 * It needs no lifecycle hooks, only the host's `requestUpdate()`.
 */
export class RegistrationController<Target> {
  phase: RegistrationPhase = 'editing';
  registration: Registration | null = null;
  failure: Failure | null = null;
  /** Whether the cancellation is awaiting the person's confirmation. */
  confirmingCancel = false;

  private idempotencyKey = newIdempotencyKey();
  private cancelKey = newIdempotencyKey();
  /** The last request whose outcome is unknown: "retry" resends exactly this, with the same key. */
  private pending: PendingRequest<Target> | null = null;
  /** Bumped by `reset()`, so an answer for an abandoned form changes nothing on screen. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RegistrationControllerOptions<Target>,
  ) {}

  /** True while a registration or cancellation is in flight. */
  get busy(): boolean {
    return this.phase === 'sending' || this.phase === 'cancelling';
  }

  /** Whether "retry" can resend the last request. */
  get canRetry(): boolean {
    return this.pending !== null && this.failure !== null && outcomeUnknown(this.failure.kind);
  }

  /** Starts a fresh form: new key, no result, no failure. */
  reset(): void {
    this.generation++;
    this.phase = 'editing';
    this.registration = null;
    this.failure = null;
    this.pending = null;
    this.confirmingCancel = false;
    this.idempotencyKey = newIdempotencyKey();
    this.host.requestUpdate();
  }

  /** Sends the registration. A call while one is in flight does nothing (synchronously: a double click). */
  async submit(targetId: string, body: RegistrationCreate, target: Target): Promise<void> {
    if (this.busy) return;
    await this.send({ targetId, body, target });
  }

  /** Resends the request whose outcome is unknown, with the same key and body. */
  async retry(): Promise<void> {
    if (this.busy || this.pending === null) return;
    await this.send(this.pending);
  }

  private async send(request: PendingRequest<Target>): Promise<void> {
    const generation = this.generation;
    this.phase = 'sending';
    this.failure = null;
    this.host.requestUpdate();
    try {
      const registration = await this.resource().create(request.targetId, request.body, {
        idempotencyKey: this.idempotencyKey,
      });
      const current = generation === this.generation;
      if (current) {
        this.idempotencyKey = newIdempotencyKey();
        this.cancelKey = newIdempotencyKey();
        this.pending = null;
        this.registration = registration;
        this.phase = 'registered';
        this.host.requestUpdate();
      }
      this.options.onComplete(registration, request.target, current);
    } catch (error) {
      const failure = classify(error);
      const current = generation === this.generation;
      if (current) {
        if (outcomeUnknown(failure.kind)) {
          // After "key reused" the stored request is the earlier one: keep it, so "retry" resends that.
          if (failure.kind !== 'keyReused' || this.pending === null) this.pending = request;
        } else {
          this.pending = null;
          // The platform answered for certain (and stored that answer under the key): the next try is new.
          if (failure.kind !== 'config') this.idempotencyKey = newIdempotencyKey();
        }
        this.failure = failure;
        this.phase = 'editing';
        this.host.requestUpdate();
      }
      this.options.onError(asError(error), request.target, failure, current);
    }
  }

  /** The resource, or a `ConfigurationError` when the widget has no API base or key. */
  private resource(): RegistrationsResource {
    try {
      return this.options.resource();
    } catch (cause) {
      throw new ConfigurationError(cause instanceof Error ? cause.message : String(cause), { cause });
    }
  }

  /** Asks for confirmation before cancelling (no pop-up: the question is shown in place). */
  askCancel(confirming: boolean): void {
    this.confirmingCancel = confirming;
    this.failure = null;
    this.host.requestUpdate();
  }

  /** Cancels the registration with its token; the freed seat goes to the head of the waitlist. */
  async cancel(target: Target): Promise<void> {
    const registration = this.registration;
    if (this.busy || registration === null || registration.token === undefined) return;
    const generation = this.generation;
    this.phase = 'cancelling';
    this.failure = null;
    this.host.requestUpdate();
    try {
      const cancelled = await this.resource().cancel(registration.id, registration.token, {
        idempotencyKey: this.cancelKey,
      });
      const current = generation === this.generation;
      if (current) {
        this.registration = { ...cancelled, token: registration.token };
        this.phase = 'cancelled';
        this.confirmingCancel = false;
        this.host.requestUpdate();
      }
      this.options.onCancel(cancelled, current);
    } catch (error) {
      const { requestId } = classify(error);
      const failure: Failure = requestId ? { kind: 'cancel', requestId } : { kind: 'cancel' };
      const current = generation === this.generation;
      if (current) {
        this.failure = failure;
        this.phase = 'registered';
        this.host.requestUpdate();
      }
      this.options.onError(asError(error), target, failure, current);
    }
  }
}
