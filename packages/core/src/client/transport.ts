// The HTTP layer every resource shares: ky with retries, idempotency keys, error mapping and response validation.
import ky, { HTTPError, TimeoutError as KyTimeoutError, type KyInstance } from 'ky';
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
  /** The API server's origin, e.g. `https://api.example.cn` or a sandbox's `url`. The client adds `/v1`. */
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
  /** Receives one line per request and retry; keys and personal data are redacted. */
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

/** A random UUID v4, from WebCrypto (browsers and Node alike). */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
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

/** Turns zod issues into `{ path, code, message }`, paths dotted; zod/mini ships no messages, so say the type. */
export function toFieldIssues(issues: readonly z.core.$ZodIssue[]) {
  return issues.map((issue) => ({
    path: issue.path.join('.'),
    code: issue.code,
    message:
      issue.code === 'invalid_type'
        ? `expected ${issue.expected}, received ${issue.input === null ? 'null' : typeof issue.input}`
        : issue.message,
  }));
}

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
  if (typeof options.apiKey !== 'string' || !/^lc_(pk|sk)_(test|live)_\w+$/.test(options.apiKey)) {
    throw new LearningCityError('`apiKey` must be a key like lc_pk_test_… or lc_sk_test_…');
  }
  if (SECRET_KEY.test(options.apiKey) && inBrowser()) {
    throw new LearningCityError(
      'A secret key (lc_sk_…) was given to the client in a browser, where anyone can read it. ' +
        'Use a publishable key (lc_pk_…) in pages, and call credit-bank endpoints from your server.',
    );
  }
  const logger = options.logger;
  const base = options.baseUrl.replace(/\/+$/, '') + '/v1/';
  const http: KyInstance = ky.create({
    prefixUrl: base,
    timeout: options.timeout ?? 30_000,
    throwHttpErrors: true,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: { authorization: `Bearer ${options.apiKey}`, accept: 'application/json' },
    retry: {
      limit: options.maxRetries ?? 2,
      // POSTs are safe to retry: each carries an Idempotency-Key that stays the same across attempts.
      methods: ['get', 'post'],
      // 409 is never retried: here it means "full" or "key reused", which a retry cannot change.
      statusCodes: [408, 429, 500, 502, 503, 504],
      afterStatusCodes: [429, 503],
      maxRetryAfter: options.maxRetryAfter ?? 60_000,
      backoffLimit: 8_000,
      jitter: (delay) => delay * (0.5 + Math.random() / 2),
      retryOnTimeout: true,
      shouldRetry: ({ error }) => (error.name === 'AbortError' ? false : undefined),
    },
    hooks: {
      beforeRetry: [
        ({ request, error, retryCount }) => {
          logger?.warn?.(`retry ${retryCount} ${request.method} ${redactText(request.url)}`, {
            reason: redactText(String(error.message)),
          });
        },
      ],
    },
  });

  async function send(spec: Omit<RequestSpec<z.ZodMiniType>, 'schema'>): Promise<Response> {
    const { method, path, query, body, options: call = {} } = spec;
    const headers: Record<string, string> = { ...call.headers };
    if (method === 'POST') headers['idempotency-key'] = call.idempotencyKey ?? newIdempotencyKey();
    const started = Date.now();
    try {
      const response = await http(path.replace(/^\//, ''), {
        method,
        headers,
        searchParams: toSearchParams(query),
        ...(body === undefined ? {} : { json: body }),
        ...(call.signal ? { signal: call.signal } : {}),
        ...(call.timeout ? { timeout: call.timeout } : {}),
      });
      logger?.debug?.(`${method} /v1${redactText(path)} ${response.status}`, {
        requestId: response.headers.get('request-id'),
        ms: Date.now() - started,
      });
      return response;
    } catch (error) {
      throw await toLearningCityError(error, `${method} /v1${path}`, call.signal);
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
      const issues = toFieldIssues(parsed.error.issues);
      const first = issues[0];
      const where = first?.path || '(root)';
      throw new ResponseValidationError(
        `${spec.method} /v1${spec.path} answered a response that does not match the model at \`${where}\`: ${first?.message ?? 'invalid'}`,
        { status: response.status, requestId, path: first?.path ?? '', issues, cause: parsed.error },
      );
    },
    async requestText(spec) {
      return (await send(spec)).text();
    },
  };
}

async function toLearningCityError(
  error: unknown,
  what: string,
  signal: AbortSignal | undefined,
): Promise<LearningCityError> {
  if (error instanceof LearningCityError) return error;
  if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) {
    return new AbortError(`${what} was aborted`, { cause: error });
  }
  if (error instanceof KyTimeoutError) {
    return new TimeoutError(`${what} timed out`, { cause: error });
  }
  if (error instanceof HTTPError) {
    const { response } = error;
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
    const common = { status: response.status, requestId, problem, cause: error };
    if (ErrorClass === RateLimitError) {
      const header = response.headers.get('retry-after');
      const retryAfter = header === null ? Number.NaN : Number(header);
      return new RateLimitError(message, { ...common, ...(retryAfter >= 0 ? { retryAfter } : {}) });
    }
    return new ErrorClass(message, common);
  }
  return new ConnectionError(
    `${what} could not reach the server: ${error instanceof Error ? error.message : String(error)}`,
    { cause: error },
  );
}
