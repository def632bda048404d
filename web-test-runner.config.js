// Browser tests in headless Chromium: `*.browser.test.ts` beside the code, and test/browser/.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROME_PATH.`,
  );
  process.exit(1);
}
const userDataDir = mkdtempSync(join(tmpdir(), 'lc-chromium-'));
process.on('exit', () => rmSync(userDataDir, { recursive: true, force: true }));

export default {
  files: ['packages/*/src/**/*.browser.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@learning-city/source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' })],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--user-data-dir=${userDataDir}`,
        ],
      },
    }),
  ],
};
