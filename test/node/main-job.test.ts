// `npm start`, the README's main job, as a new user runs it: the sandbox on the embedded database and the demo
// partner page. Started as a child process on free ports; the page is opened in Chromium and each widget must
// show the seed's data, under the page's strict CSP, with nothing in the console; Ctrl+C (SIGINT) stops both.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { startNode, type RunningProcess } from '../../packages/cli/test/helpers/cli.js';
import { closeChromium, launchChromium, until, watch } from './cdn-page.js';

const root = new URL('../..', import.meta.url).pathname;

let main: RunningProcess;
let output = '';
let browser: Browser;

/** The URL printed after `label`. */
function printed(label: string): string {
  const url = new RegExp(`${label}\\s+(http://\\S+)`).exec(output)?.[1];
  assert.ok(url, `npm start printed the ${label} URL:\n${output}`);
  return url;
}

before(async () => {
  // As `npm start` runs it; port 0: free ports, so a developer's own `npm start` on 4000/4010 does not collide.
  main = startNode(['--import', 'tsx', '--conditions=@learning-city/source', 'scripts/start.ts'], {
    cwd: root,
    env: { API_PORT: '0', DEMO_PORT: '0' },
    timeout: 120_000,
  });
  output = await main.waitForStdout(/Press Ctrl\+C to stop\./);
  browser = await launchChromium();
});

after(async () => {
  await closeChromium(browser);
  if (main.child.exitCode === null) main.child.kill('SIGKILL');
});

describe('npm start (the main job)', () => {
  it('prints the demo page, the API and the keys; the secret key is marked for servers only', () => {
    assert.match(output, /Publishable key\s+lc_pk_test_\w+/);
    assert.match(output, /Secret key\s+lc_sk_test_\w+\s+\(servers only\)/);
    assert.match(printed('API \\(base URL\\)'), /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
  });

  it('serves a demo page where every widget shows the seed, under a strict CSP, with a clean console', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const report = await watch(page);
    const response = await page.goto(printed('Demo partner page'), { waitUntil: 'load' });
    const policy = response?.headers()['content-security-policy'] ?? '';
    assert.match(policy, /script-src 'self'/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);

    await until(page, 'the finder lists courses', () =>
      document.querySelector('lc-course-finder')?.shadowRoot?.querySelector('[part~=result]'),
    );
    // The seed's lifelong-learning week starts this week, so this month's grid holds activities.
    await until(page, 'the calendar shows activities in its month grid', () =>
      document
        .querySelector('lc-event-calendar')
        ?.shadowRoot?.querySelector('[role=gridcell] [data-activity]'),
    );
    await until(page, 'the nomination form shows its first step', () =>
      document.querySelector('lc-star-nomination')?.shadowRoot?.querySelector('form [part~=next]'),
    );
    const settled = await page.evaluate(() =>
      ['lc-course-finder', 'lc-event-calendar', 'lc-star-nomination'].map((tag) =>
        document.querySelector(tag)!.matches(':state(settled)'),
      ),
    );
    assert.deepEqual(settled, [true, true, true], 'every widget has settled on its data');
    // The page only carries the publishable key.
    const html = await page.content();
    assert.doesNotMatch(html, /lc_sk_/);

    assert.deepEqual(report.violations, [], 'no CSP violation');
    assert.deepEqual(report.errors, [], 'no console error (a missing favicon counts)');
    await page.close();
  });

  it('stops both servers on Ctrl+C', async () => {
    const api = printed('API \\(base URL\\)');
    main.child.kill('SIGINT');
    assert.equal((await main.done).code, 0);
    await assert.rejects(fetch(`${api}/openapi.json`), 'the API port is closed');
  });
});
