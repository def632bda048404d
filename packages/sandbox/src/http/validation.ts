// Reads requests and writes responses through core's schemas: 422 with field paths in, a checked body out.
import { toFieldIssues } from '@learning-city/core';
import type { AppContext } from './env.js';
import { HttpProblem, validationFailed } from './problem.js';

type Issues = Parameters<typeof toFieldIssues>[0];

/** The part of a core (zod/mini) schema the sandbox uses, without importing zod itself. */
export interface Schema<Output = unknown> {
  _zod: { output: Output; def: unknown };
  safeParse(data: unknown): { success: true; data: Output } | { success: false; error: { issues: Issues } };
}

/** The type a schema produces, like `z.infer`. */
export type Output<S extends Schema> = S['_zod']['output'];

/** Largest request body accepted (a 10 MB photo in base64 fits). */
const MAX_BODY_BYTES = 15_000_000;

/** The request body as text, read once and kept for the handler after the idempotency check. */
export async function readBodyText(c: AppContext): Promise<string> {
  const cached = c.get('rawBody') as string | undefined;
  if (cached !== undefined) return cached;
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) throw tooLarge();
  const text = await readLimited(c.req.raw.body);
  c.set('rawBody', text);
  return text;
}

/**
 * Reads a body, counting bytes as they arrive: a body sent without Content-Length (chunked) is refused as
 * soon as it passes the limit, not read whole into memory first.
 */
async function readLimited(body: ReadableStream<Uint8Array> | null): Promise<string> {
  if (body === null) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(): HttpProblem {
  return new HttpProblem(413, 'payload_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes.`);
}

/** The body parsed as JSON; 400 `bad_request` when it is not JSON. An empty body is `undefined`. */
export async function readJson(c: AppContext): Promise<unknown> {
  const text = await readBodyText(c);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpProblem(
      400,
      'bad_request',
      'The body is not valid JSON. Send `Content-Type: application/json`.',
    );
  }
}

/** The body checked against `schema`; 422 `validation_failed` with dotted field paths when it does not match. */
export async function parseBody<S extends Schema>(c: AppContext, schema: S): Promise<Output<S>> {
  return check(schema, await readJson(c));
}

/** Checks a value against a schema, answering 422 with the issues' paths. */
export function check<S extends Schema>(schema: S, value: unknown): Output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // With the value, a wrong type names what came (its type only: never the value, which may be personal data).
  throw validationFailed(toFieldIssues(parsed.error.issues, value));
}

type Def = {
  type: string;
  innerType?: { _zod: { def: Def } };
  shape?: Record<string, { _zod: { def: Def } }>;
};

/** What a query parameter holds, read from the schema: comma lists, numbers and booleans need converting. */
function fieldType(def: Def): string {
  let current = def;
  while ((current.type === 'optional' || current.type === 'nullable') && current.innerType) {
    current = current.innerType._zod.def;
  }
  return current.type;
}

/**
 * The query string checked against `schema` (an object schema from core). Arrays are comma-joined on the
 * wire (`category=arts,health`, or repeated keys), numbers and booleans are converted; unknown keys are ignored.
 */
export function parseQuery<S extends Schema>(c: AppContext, schema: S): Output<S> {
  const shape = (schema._zod.def as Def).shape ?? {};
  const params = new URL(c.req.url).searchParams;
  const raw: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(shape)) {
    const values = params.getAll(name);
    if (values.length === 0) continue;
    const value = values.join(',');
    const type = fieldType(field._zod.def);
    if (type === 'array') raw[name] = value.split(',').filter((part) => part !== '');
    else if (type === 'number' && /^-?\d+(\.\d+)?$/.test(value)) raw[name] = Number(value);
    else if (type === 'boolean' && /^(true|1|false|0)$/.test(value))
      raw[name] = value === 'true' || value === '1';
    else raw[name] = value;
  }
  return check(schema, raw);
}

/**
 * Answers `body` as JSON after checking it against core's schema. A body that fails its own model is a
 * sandbox bug: it is logged and answered as 500, never sent.
 */
export function send<S extends Schema>(
  c: AppContext,
  status: 200 | 201,
  schema: S,
  body: Output<S>,
): Response {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error.issues);
    throw new ResponseContractError(
      `${c.req.method} ${c.req.path} built a response that fails its model`,
      issues,
    );
  }
  return c.json(parsed.data as object, status);
}

/** A response that does not match its model: a bug in the sandbox, answered as 500 and logged. */
export class ResponseContractError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(message: string, issues: { path: string; message: string }[]) {
    super(`${message}: ${issues.map((item) => `${item.path || '(root)'} ${item.message}`).join('; ')}`);
    this.name = 'ResponseContractError';
    this.issues = issues;
  }
}
