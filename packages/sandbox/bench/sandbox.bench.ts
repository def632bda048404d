// Measures the sandbox against its budgets: start-to-ready, search p95, registrations/s, oversold seats.
// Run: node --import tsx --conditions=@learning-city/source packages/sandbox/bench/sandbox.bench.ts
// (BENCH_DATABASE_URL=postgres://… measures a server instead, in a throwaway schema.)
import { pathToFileURL } from 'node:url';
import { dropSchema } from '../src/db/postgres.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../src/index.js';

/** The budgets of the issue, to print beside the numbers. */
export const BUDGETS = {
  startToReadyMs: 8000,
  courseSearchP95Ms: 30,
  registrationsPerSecond: 200,
  registrationsOversold: 0,
} as const;

const SEARCHES = ['太极', '书法', '手机', '养生', '河洛', '英语', '摄影', '烹饪', '舞蹈', '电商'];
const CATEGORIES = ['health', 'arts', 'practical_skills', 'heluo_culture', 'sports'];

/** The `p`-th percentile (0–100) of `values`. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** p50/p95 of `GET /v1/courses?q=…&category=…` over `requests` sequential requests. */
export async function benchCourseSearch(
  sandbox: Sandbox,
  requests = 500,
): Promise<{ p50: number; p95: number }> {
  const headers = { authorization: `Bearer ${sandbox.keys.publishable}` };
  const timings: number[] = [];
  for (let i = 0; i < requests + 20; i++) {
    const q = encodeURIComponent(SEARCHES[i % SEARCHES.length] ?? '');
    const category = CATEGORIES[i % CATEGORIES.length] ?? 'health';
    const started = performance.now();
    const response = await fetch(`${sandbox.url}/v1/courses?q=${q}&category=${category}&limit=20`, {
      headers,
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`search answered ${response.status}`);
    if (i >= 20) timings.push(performance.now() - started); // The first 20 warm the caches.
  }
  return { p50: percentile(timings, 50), p95: percentile(timings, 95) };
}

/**
 * Registrations per second with `concurrency` clients for `seconds`, on a fresh activity whose seats run out
 * midway; then counts the confirmed registrations stored and reports how many exceed the capacity (the
 * budget is zero: it is reported, not asserted).
 */
export async function benchRegistrations(
  sandbox: Sandbox,
  { concurrency = 50, seconds = 4, capacity = 300 } = {},
): Promise<{ perSecond: number; total: number; confirmed: number; oversold: number }> {
  const secret = { authorization: `Bearer ${sandbox.keys.secret}`, 'content-type': 'application/json' };
  const created = await fetch(`${sandbox.url}/v1/test-helpers/activities`, {
    method: 'POST',
    headers: secret,
    body: JSON.stringify({ capacity, waitlistCapacity: 100_000 }),
  });
  const activityId = ((await created.json()) as { id: string }).id;
  let total = 0;
  let failures = 0;
  let sent = 0; // Numbers each request's mobile, so no two share one.
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const n = sent++;
        const response = await fetch(`${sandbox.url}/v1/activities/${activityId}/registrations`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${sandbox.keys.publishable}`,
            'content-type': 'application/json',
            'idempotency-key': crypto.randomUUID(),
          },
          body: JSON.stringify({
            name: '王芳',
            mobile: `137${String(n).padStart(8, '0')}`,
            consents: { privacyNotice: true },
          }),
        });
        await response.arrayBuffer();
        if (response.status === 201) total += 1;
        else failures += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const list = await fetch(`${sandbox.url}/v1/test-helpers/activities/${activityId}/registrations`, {
    headers: secret,
  });
  const stored = ((await list.json()) as { data: { status: string }[] }).data;
  const confirmed = stored.filter((registration) => registration.status === 'confirmed').length;
  if (failures > 0) throw new Error(`${failures} registrations failed`);
  return { perSecond: total / elapsed, total, confirmed, oversold: Math.max(0, confirmed - capacity) };
}

/**
 * Runs every measurement on a fresh sandbox with the full seed (in-memory PGlite unless `options` say
 * otherwise); the numbers for `npm run bench`.
 */
export async function benchSandbox(options: SandboxOptions = {}): Promise<Record<string, number>> {
  const started = performance.now();
  const sandbox = await startSandbox({ ...options, port: 0 });
  const startToReadyMs = performance.now() - started;
  try {
    const search = await benchCourseSearch(sandbox);
    const registrations = await benchRegistrations(sandbox);
    return {
      startToReadyMs: Math.round(startToReadyMs),
      courseSearchP50Ms: round(search.p50),
      courseSearchP95Ms: round(search.p95),
      registrationsPerSecond: Math.round(registrations.perSecond),
      registrationsTotal: registrations.total,
      registrationsConfirmed: registrations.confirmed,
      registrationsOversold: registrations.oversold,
    };
  } finally {
    await sandbox.close();
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = process.env.BENCH_DATABASE_URL;
  const schema = `lc_bench_${process.pid}`;
  const results = await benchSandbox(url ? { databaseUrl: url, schema } : {});
  if (url) await dropSchema(url, schema);
  const lines = Object.entries(results).map(([name, value]) => {
    const budget = (BUDGETS as Record<string, number>)[name];
    return `${name.padEnd(24)} ${String(value).padStart(8)}${budget === undefined ? '' : `   (budget ${budget})`}`;
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}
