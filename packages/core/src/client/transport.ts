// The HTTP layer every resource shares: fetch with retries, idempotency keys, error mapping and response validation.
import * as z from 'zod/mini';
import { Problem } from '../models/problem.js';
import {
  AbortError,
  ConnectionError,
  errorClassForStatus,
  LearningCityError,
  RateLimitError,
  ResponseValidationError,
  TimeoutError,
} from './errors.js';
import { redactText } from './redact.js';

/** Where the client reports what it does. Messages are already redacted. */
export interface Logger {
  debug?(message: string, fields?: Record<string, unknown>): void;
  warn?(message: string, fields?: Record<string, unknown>): void;
}

export interface ClientOptions {
  /**
   * The API server's origin, e.g. `https://api.example.cn` or a sandbox's `url`. The client adds `/v1`; a URL
   * that already ends in `/v1` (as `npm start` prints it) is accepted too. Credentials in the URL are refused.
   */
  baseUrl: string;
  /**
   * `lc_pk_…` (publishable: catalogue, activities, registrations, nominations; safe in a page) or
   * `lc_sk_…` (secret: everything, including the credit bank; servers only — refused in a browser).
   */
  apiKey: string;
  /** Milliseconds before one attempt is abandoned. @default 30000 */
  timeout?: number;
  /** Retries after the first attempt for 408, 429, 5xx, timeouts and dropped connections. @default 2 */
  maxRetries?: number;
  /** Longest wait honoured from a `Retry-After` header, in milliseconds. @default 60000 */
  maxRetryAfter?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
  /**
   * Receives one line per request (`debug`) and per retry (`warn`), each `(message, fields?)`; keys and
   * personal data are redacted. Both methods are optional, so `console` works as is.
   * @example createClient({ baseUrl, apiKey, logger: { warn: (message, fields) => log.warn(fields, message) } })
   */
  logger?: Logger;
}

/** Per-call options every method accepts as its last argument. */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Overrides the generated `Idempotency-Key` of a POST (e.g. one derived from a CSV row). */
  idempotencyKey?: string;
  /** Extra headers, e.g. `Registration-Token`. */
  headers?: Record<string, string>;
  /** Overrides the client's timeout for this call. */
  timeout?: number;
}

type QueryValue = string | number | boolean | readonly (string | number)[] | undefined | null;

export interface RequestSpec<S extends z.ZodMiniType> {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, QueryValue> | undefined;
  body?: unknown;
  schema: S;
  options?: RequestOptions | undefined;
}

/** Sends requests for the resource modules. Build one with {@link createTransport}. */
export interface Transport {
  request<S extends z.ZodMiniType>(spec: RequestSpec<S>): Promise<z.infer<S>>;
  /** Fetches a non-JSON body (e.g. `text/calendar`) with the same retries and errors. */
  requestText(spec: Omit<RequestSpec<z.ZodMiniType>, 'schema'>): Promise<string>;
}

const SECRET_KEY = /^lc_sk_/;

/** True where a page can read the key: a window with a document, and not a server-side DOM shim. */
function inBrowser(): boolean {
  return typeof window !== 'undefined' && typeof document !== 'undefined' && typeof navigator !== 'undefined';
}

/**
 * A random UUID v4, from WebCrypto (browsers and Node alike). Pages served over plain `http://` have no
 * `crypto.randomUUID` (secure contexts only), so it is then built from `crypto.getRandomValues`, which every page has.
 */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Serialises filters: arrays become comma lists, `undefined`/`null` are left out. */
export function toSearchParams(query: Record<string, QueryValue> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  return params;
}

/** A value's type as an issue names it: `null`, `array`, `string`, `number`… (also used by field-issues.ts). */
export function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/**
 * A response's issues as `{ path, code, message }`. zod/mini leaves the offending value out of its issues, so a
 * wrong type is named from the body at the issue's path. (Request bodies get fuller messages: `toFieldIssues`.)
 */
function responseIssues(issues: readonly z.core.$ZodIssue[], body: unknown) {
  return issues.map((issue) => {
    let value = body;
    for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | null)?.[key];
    return {
      path: issue.path.join('.'),
      code: issue.code,
      message:
        issue.code === 'invalid_type'
          ? `expected ${issue.expected}, received ${typeName(value)}`
          : issue.message,
    };
  });
}

/** Statuses worth another attempt. 409 is not: here it means "full" or "key reused", which a retry cannot change. */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), or `undefined`. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  const ms = Number.isNaN(seconds) ? Date.parse(header) - Date.now() : seconds * 1000;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/** Exponential backoff with jitter: ~300 ms, 600 ms, 1.2 s … capped at 8 s, each scaled by 0.5–1. */
function backoffMs(retry: number): number {
  return Math.min(8_000, 300 * 2 ** (retry - 1)) * (0.5 + Math.random() / 2);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** What one attempt ended in: a response worth keeping, or an error worth retrying. */
type Attempt = { response: Response } | { error: LearningCityError; retryable: boolean; waitMs?: number };

/**
 * Creates the HTTP layer. Most code wants {@link createClient}; a page that needs only a few resources
 * combines a transport with those resource factories so the rest is tree-shaken away.
 * @example
 * const transport = createTransport({ baseUrl: 'https://api.example.cn', apiKey: 'lc_pk_live_…' });
 * const page = await courses(transport).list({ q: '书法' });
 */
export function createTransport(options: ClientOptions): Transport {
  if (!options || typeof options.baseUrl !== 'string' || !/^https?:\/\//.test(options.baseUrl)) {
    throw new LearningCityError('`baseUrl` must be the API origin, e.g. https://api.example.cn');
  }
  if (/^https?:\/\/[^/?#]*@/.test(options.baseUrl)) {
    // Never echo the URL: its userinfo is a password. fetch refuses such URLs anyway.
    throw new LearningCityError('`baseUrl` must not hold a user name or password');
  }
  if (typeof options.apiKey !== 'string' || !/^lc_(pk|sk)_(test|live)_\w+$/.test(options.apiKey)) {
    throw new LearningCityError('`apiKey` must be a key like lc_pk_test_… or lc_sk_test_…');
  }
  if (SECRET_KEY.test(options.apiKey) && inBrowser()) {
    throw new LearningCityError(
      'A secret key (lc_sk_…) was given to the client in a browser, where anyone can read it. ' +
        'Use a publishable key (lc_pk_…) in pages, and call credit-bank endpoints from your server.',
    );
  }
  const { logger, apiKey } = options;
  // Accept `…/v1` as printed by `npm start` and the sandbox, rather than calling `/v1/v1/…`.
  const base = options.baseUrl.replace(/\/+$/, '').replace(/\/v1$/, '') + '/v1';
  const maxRetries = options.maxRetries ?? 2;
  const maxRetryAfter = options.maxRetryAfter ?? 60_000;
  const doFetch =
    options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));

  /** One attempt, with its own timeout; never throws. */
  async function attempt(
    url: string,
    init: RequestInit,
    what: string,
    call: RequestOptions,
  ): Promise<Attempt> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), call.timeout ?? options.timeout ?? 30_000);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout.signal]) : timeout.signal;
    try {
      const response = await doFetch(url, { ...init, signal });
      if (response.ok) return { response };
      const error = await httpError(response, what);
      const retryable = RETRY_STATUSES.has(response.status);
      const wait = retryAfterMs(response.headers.get('retry-after'));
      return { error, retryable, ...(wait === undefined ? {} : { waitMs: Math.min(wait, maxRetryAfter) }) };
    } catch (cause) {
      if (call.signal?.aborted)
        return { error: new AbortError(`${what} was aborted`, { cause }), retryable: false };
      if (timeout.signal.aborted)
        return { error: new TimeoutError(`${what} timed out`, { cause }), retryable: true };
      const reason = cause instanceof Error ? cause.message : String(cause);
      return {
        error: new ConnectionError(redactText(`${what} could not reach the server: ${reason}`), { cause }),
        retryable: true,
      };
    } finally {
      clearTimeout(timer);
    }
  }

  async function send(spec: Omit<RequestSpec<z.ZodMiniType>, 'schema'>): Promise<Response> {
    const { method, path, query, body, options: call = {} } = spec;
    const what = `${method} /v1${path}`;
    const search = toSearchParams(query).toString();
    const url = `${base}${path}${search ? `?${search}` : ''}`;
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...call.headers,
      authorization: `Bearer ${apiKey}`,
    };
    // The key is fixed before the first attempt, so every retry of this call carries the same one.
    if (method === 'POST') headers['idempotency-key'] = call.idempotencyKey ?? newIdempotencyKey();
    if (body !== undefined) headers['content-type'] = 'application/json';
    const init: RequestInit = {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    };
    for (let retry = 0; ; retry++) {
      const started = Date.now();
      const result = await attempt(url, init, what, call);
      if ('response' in result) {
        logger?.debug?.(`${what} ${result.response.status}`, {
          requestId: result.response.headers.get('request-id'),
          ms: Date.now() - started,
          retries: retry,
        });
        return result.response;
      }
      if (!result.retryable || retry >= maxRetries) throw result.error;
      const wait = result.waitMs ?? backoffMs(retry + 1);
      logger?.warn?.(`retry ${retry + 1} of ${what} in ${Math.round(wait)} ms`, {
        reason: redactText(result.error.message),
      });
      try {
        await sleep(wait, call.signal);
      } catch (cause) {
        throw new AbortError(`${what} was aborted`, { cause });
      }
    }
  }

  return {
    async request(spec) {
      const response = await send(spec);
      const requestId = response.headers.get('request-id') ?? undefined;
      let json: unknown;
      try {
        json = response.status === 204 ? undefined : await response.json();
      } catch (cause) {
        throw new ResponseValidationError(`${spec.method} /v1${spec.path} answered a body that is not JSON`, {
          status: response.status,
          requestId,
          path: '',
          issues: [],
          cause,
        });
      }
      const parsed = spec.schema.safeParse(json);
      if (parsed.success) return parsed.data;
      const issues = responseIssues(parsed.error.issues, json);
      const first = issues[0];
      throw new ResponseValidationError(
        `${spec.method} /v1${spec.path} answered a response that does not match the model at \`${first?.path || '(root)'}\`: ${first?.message ?? 'invalid'}`,
        { status: response.status, requestId, path: first?.path ?? '', issues, cause: parsed.error },
      );
    },
    async requestText(spec) {
      return (await send(spec)).text();
    },
  };
}

/** The error class for an HTTP error response, with its problem body when it has one. */
async function httpError(response: Response, what: string): Promise<LearningCityError> {
  const requestId = response.headers.get('request-id') ?? undefined;
  let problem: Problem | undefined;
  try {
    const parsed = Problem.safeParse(await response.json());
    if (parsed.success) problem = parsed.data;
  } catch {
    // Not a problem+json body (a proxy's HTML page, say): the status still tells the class.
  }
  const ErrorClass = errorClassForStatus(response.status);
  const message = redactText(
    `${what} failed with ${response.status}: ${problem?.detail ?? problem?.title ?? response.statusText}` +
      (requestId ? ` (Request-Id ${requestId})` : ''),
  );
  const cause = { status: response.status, statusText: response.statusText, url: response.url };
  const common = { status: response.status, requestId, problem, cause };
  if (ErrorClass === RateLimitError) {
    const wait = retryAfterMs(response.headers.get('retry-after'));
    return new RateLimitError(message, {
      ...common,
      ...(wait === undefined ? {} : { retryAfter: wait / 1000 }),
    });
  }
  return new ErrorClass(message, common);
}
