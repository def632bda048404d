#!/usr/bin/env node
// Runs every Node test file (`*.test.ts` under packages/*/src, packages/*/test and test/node) against sources.
// Usage: node scripts/run-node-tests.js [path-filter…]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const roots = ['packages', 'test/node'];
const skip = new Set(['node_modules', 'dist', 'templates', 'browser']);

function collect(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (skip.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.ts') && !name.endsWith('.browser.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const filters = process.argv.slice(2);
const files = roots
  .flatMap((dir) => collect(join(root, dir), []))
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();
if (files.length === 0) {
  console.error('No test files matched.');
  process.exit(1);
}
function run(list, env) {
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@learning-city/source',
      '--test',
      '--test-reporter=spec',
      `--test-concurrency=${process.env.TEST_CONCURRENCY ?? 2}`,
      ...list,
    ],
    { cwd: root, stdio: 'inherit', env },
  );
  return result.status ?? 1;
}

// First pass: everything, the sandbox on embedded PGlite.
const { TEST_DATABASE_URL, ...pgliteEnv } = process.env;
let status = run(files, pgliteEnv);

// Second pass: the sandbox's suite once more against a real PostgreSQL server, when one is configured.
const sandboxFiles = files.filter((file) => file.startsWith('packages/sandbox/test/'));
if (TEST_DATABASE_URL && sandboxFiles.length > 0) {
  console.log(`\n# sandbox suite again on PostgreSQL (${TEST_DATABASE_URL.replace(/:[^:@/]*@/, ':***@')})\n`);
  const second = run(sandboxFiles, { ...process.env, TEST_DATABASE_URL });
  status = status || second;
} else if (sandboxFiles.length > 0) {
  console.log(
    '\n# TEST_DATABASE_URL is not set: the sandbox suite ran on PGlite only (bash .ci/run sets it).\n',
  );
}
process.exit(status);
