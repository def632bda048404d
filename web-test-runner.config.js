// Browser tests in headless Chromium: `*.browser.test.ts` beside the code, and test/browser/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { startSandbox } from '@learning-city/sandbox';
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/chromium-options.js';

let executablePath;
try {
  executablePath = chromiumPath();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const userDataDir = mkdtempSync(join(tmpdir(), 'lc-chromium-'));
process.on('exit', () => rmSync(userDataDir, { recursive: true, force: true }));

// One sandbox (PGlite, seeded) for every browser test. Pages read its URL and publishable key from
// window.__LC_SANDBOX__; what needs the secret key (test helpers) goes through /__sandbox/… on the test
// server, so the secret key never reaches the browser.
let sandbox;
const sandboxPlugin = {
  name: 'learning-city-sandbox',
  async serverStart() {
    sandbox = await startSandbox({ port: 0 });
  },
  async serverStop() {
    await sandbox?.close();
  },
};

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** `/__sandbox/v1/…` → the sandbox with the secret key, keeping the status and the Idempotency-Key. */
async function sandboxProxy(context, next) {
  if (!context.path.startsWith('/__sandbox/')) return next();
  const body = context.method === 'POST' ? await readBody(context.req) : undefined;
  const idempotencyKey = context.get('idempotency-key');
  const response = await fetch(
    sandbox.url +
      context.path.slice('/__sandbox'.length) +
      (context.querystring ? `?${context.querystring}` : ''),
    {
      method: context.method,
      headers: {
        authorization: `Bearer ${sandbox.keys.secret}`,
        'content-type': 'application/json',
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body,
    },
  );
  context.status = response.status;
  context.type = response.headers.get('content-type') ?? 'application/json';
  context.body = await response.text();
}

export default {
  middleware: [sandboxProxy],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"></head><body>
<script>window.__LC_SANDBOX__ = ${JSON.stringify({ url: sandbox.url, publishableKey: sandbox.keys.publishable })};</script>
<script type="module">
  // mocha-setup.ts right after the framework, in one module graph: it patches mocha before any test runs.
  // Without it, a failed assertion on a DOM node hangs the page for 120 s instead of failing.
  import ${JSON.stringify(testFramework)};
  import '/test/browser/mocha-setup.ts';
</script>
</body></html>`,
  files: ['packages/*/src/**/*.browser.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@learning-city/source', 'browser', 'development'] },
  plugins: [sandboxPlugin, esbuildPlugin({ ts: true, target: 'es2022' })],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      // Each test page in a window of its own. As tabs of one window, only the newest tab is visible: the
      // others (with `concurrency: 2`, one of the two files running) are hidden, and a hidden page runs no
      // requestAnimationFrame, so open-wc's fixture() of a plain root (<lc-provider>, <form>), which waits
      // for a frame, never returns and its test times out.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath,
        headless: true,
        args: [...CHROMIUM_FLAGS, `--user-data-dir=${userDataDir}`],
      },
    }),
  ],
};
