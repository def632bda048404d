// `npm run bench` (core): browser bundle sizes (rollup + terser + gzip -9) and response validation speed.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { rollup, type Plugin } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { Course, listPage } from '../src/models/index.js';
import { coursePage } from '../test/fixtures.js';

// The plugin's types are CommonJS-shaped; under NodeNext its default export needs this cast.
const terser = terserPlugin as unknown as (options?: object) => Plugin;
const ENTRY = '\0bench-entry.ts';

/**
 * Minified and gzipped size in bytes of an entry module given as source, bundled for the browser the way
 * a partner's bundler (or our CDN build) does it: rollup honours zod's `@__NO_SIDE_EFFECTS__`
 * annotations, so unused schemas drop out (esbuild alone keeps them: +1.3 KB here).
 */
async function gzipSize(contents: string): Promise<{ min: number; gzip: number }> {
  const bundle = await rollup({
    input: ENTRY,
    plugins: [
      {
        name: 'bench-entry',
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? contents : null),
      },
      nodeResolve({
        rootDir: new URL('..', import.meta.url).pathname,
        exportConditions: ['@learning-city/source', 'browser', 'import', 'default'],
        extensions: ['.ts', '.js'],
      }),
      esbuild({ target: 'es2022', include: /\.[jt]s$/, exclude: [] }),
    ],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({
    format: 'es',
    plugins: [terser({ format: { comments: false } })],
  });
  await bundle.close();
  const code = output[0].code;
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
