// `npm run bench` (core): browser bundle sizes (rollup + terser + gzip -9) and response validation speed.
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { bundleForBrowser } from '../../../scripts/browser-bundle.js';
import { Course, listPage } from '../src/models/index.js';
import { coursePage } from '../test/fixtures.js';

/** Minified and gzipped size in bytes of an entry module given as source. */
async function gzipSize(source: string): Promise<{ min: number; gzip: number }> {
  const [chunk] = await bundleForBrowser({ source, rootDir: new URL('..', import.meta.url).pathname });
  const code = chunk!.code;
  return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).byteLength };
}

export const SIZE_ENTRIES: Record<string, string> = {
  'zod/mini (one small object)': `import * as z from 'zod/mini'; export const S = z.object({ a: z.string().check(z.maxLength(3)), b: z.optional(z.number()) });`,
  'all models (zod/mini included)': `export * from '@learning-city/core/models';`,
  'createClient with all models': `export { createClient } from '@learning-city/core';`,
  'courses + registrations entry (course finder)': `import { createTransport, courses, registrations } from '@learning-city/core/courses';
    export function make(o) { const t = createTransport(o); return { courses: courses(t), registrations: registrations(t) }; }`,
  'activities + registrations entry (calendar)': `import { createTransport, activities, registrations } from '@learning-city/core/activities';
    export function make(o) { const t = createTransport(o); return { activities: activities(t), registrations: registrations(t) }; }`,
  'transport only (fetch, retries, errors; no resources)': `export { createTransport } from '@learning-city/core/courses';`,
  'validators only': `export * from '@learning-city/core/validators';`,
};

export async function benchCoreSizes(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, entry] of Object.entries(SIZE_ENTRIES)) {
    const { min, gzip } = await gzipSize(entry);
    out[`${name} — min KB`] = +(min / 1024).toFixed(2);
    out[`${name} — gzip KB`] = +(gzip / 1024).toFixed(2);
  }
  return out;
}

/** Median milliseconds to validate a page of 100 courses against the model. */
export function benchCourseValidation(runs = 2000): Record<string, number> {
  const page = coursePage(1, 100, 'abc');
  const schema = listPage(Course);
  for (let i = 0; i < 200; i++) schema.parse(page); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    schema.parse(page);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {
    'validate 100 courses — median ms': +times[Math.floor(runs / 2)]!.toFixed(3),
    'validate 100 courses — p95 ms': +times[Math.floor(runs * 0.95)]!.toFixed(3),
  };
}
