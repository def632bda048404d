// Every widget renders and works from the CDN files on a page served under a strict Content-Security-Policy:
// no 'unsafe-inline', no 'unsafe-eval'. The policy is the issue's, plus one directive the widgets need:
// - connect-src: the widgets call the platform API on another origin (here the sandbox's), with fetch.
// No img-src beyond 'self' (default-src): the nomination form draws photo previews on a canvas, without
// data: or blob: URLs. Styles are Lit's constructable stylesheets, which style-src 'self' allows.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { startSandbox } from '@learning-city/sandbox';
import {
  cdnEntries,
  closeChromium,
  launchChromium,
  requireCdnBuild,
  serveSite,
  until,
  watch,
  type StaticSite,
} from './cdn-page.js';

/** The seed's clock: the 2026 lifelong-learning week is ahead and the nomination campaign open. */
const SEED_NOW = '2026-05-15T08:00:00+08:00';

/** A partner page with the three widgets, loading `scripts` and the page's own script (one draft per page). */
function partnerPage(scripts: string[]): string {
  const draftId = `csp-${scripts.length}`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>Learning City widgets under a strict CSP</title>
  <link rel="stylesheet" href="/page.css">
  <link rel="stylesheet" href="/cdn/learning-city.css">
  ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n  ')}
  <script type="module" src="/page.js"></script>
</head>
<body>
  <lc-provider api-base="${sandbox.url}" publishable-key="${sandbox.keys.publishable}">
    <lc-event-calendar view="agenda" date="2026-05-15"></lc-event-calendar>
    <lc-course-finder></lc-course-finder>
    <lc-star-nomination draft-id="${draftId}"></lc-star-nomination>
  </lc-provider>
</body>
</html>`;
}

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sandbox: Sandbox;
let site: StaticSite;
let browser: Browser;
let policy: string;

before(async () => {
  requireCdnBuild();
  sandbox = await startSandbox({ port: 0 });
  policy = `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${sandbox.url}`;
  site = await serveSite(
    {
      '/': partnerPage(['/cdn/learning-city.js']),
      // The per-element entries: each loads its shared chunks, and its lazy parts on first use, from 'self'.
      '/per-element.html': partnerPage(
        ['event-calendar', 'course-finder', 'star-nomination'].map((name) => `/cdn/${name}.js`),
      ),
      '/page.css': 'body { font-family: serif; margin: 2rem; }',
      // A page script from 'self' (inline scripts are refused) pins the clock to the seed's week.
      '/page.js': `for (const element of document.querySelectorAll('lc-event-calendar, lc-star-nomination')) {
  element.now = new Date('${SEED_NOW}');
}`,
    },
    { 'content-security-policy': policy },
  );
  browser = await launchChromium();
});

after(async () => {
  await closeChromium(browser);
  await site?.close();
  await sandbox?.close();
});

describe('the CDN files under a strict CSP', () => {
  it('learning-city.js renders and drives every widget with no CSP violation and no console error', async () => {
    await driveEveryWidget('/');
  });

  it('the per-element entries do too, loading their chunks and lazy parts from the same origin', async () => {
    await driveEveryWidget('/per-element.html');
    const lazy = cdnEntries()['event-calendar']!.dynamicImports.map((file) => `/cdn/${file}`);
    assert.ok(
      site.requests.some((path) => lazy.includes(path)),
      'the registration form came as a chunk loaded on first use',
    );
  });
});

/** Opens `path`, checks the policy, and drives each widget through its first interaction. */
async function driveEveryWidget(path: string): Promise<void> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const report = await watch(page);
  const response = await page.goto(site.url + path, { waitUntil: 'load' });
  assert.equal(response?.headers()['content-security-policy'], policy, 'the page is served with the policy');
  assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);

  // Styles apply (constructable stylesheets pass style-src 'self'): the hosts are blocks, not inline.
  await until(page, 'every element is defined', () =>
    ['lc-provider', 'lc-event-calendar', 'lc-course-finder', 'lc-star-nomination'].every((tag) =>
      customElements.get(tag),
    ),
  );
  const displays = await page.evaluate(() =>
    ['lc-event-calendar', 'lc-course-finder', 'lc-star-nomination'].map(
      (tag) => getComputedStyle(document.querySelector(tag)!).display,
    ),
  );
  assert.deepEqual(displays, ['block', 'block', 'block']);

  // The calendar lists the week's activities, opens one, and its registration form opens (loaded on first use).
  const calendar = 'document.querySelector("lc-event-calendar").shadowRoot';
  await until(page, 'the calendar lists activities', () =>
    document
      .querySelector('lc-event-calendar')!
      .shadowRoot!.querySelector('[data-activity]:has(.status-seats)'),
  );
  // An activity with free seats (the agenda also lists the month's earlier, ended ones).
  await page.evaluate(`${calendar}.querySelector('[data-activity]:has(.status-seats)').click()`);
  await until(page, 'the activity details show a register button', () =>
    document.querySelector('lc-event-calendar')!.shadowRoot!.querySelector('[part~=register]'),
  );
  await page.evaluate(`${calendar}.querySelector('[part~=register]').click()`);
  await until(page, 'the registration form opens', () =>
    document
      .querySelector('lc-event-calendar')!
      .shadowRoot!.querySelector('lc-registration-dialog')
      ?.shadowRoot?.querySelector('form input'),
  );

  // The course finder shows results from the catalogue and opens a course's details.
  await until(page, 'the finder lists courses', () =>
    document.querySelector('lc-course-finder')!.shadowRoot!.querySelector('[part~=result] button'),
  );
  await page.evaluate(() =>
    document
      .querySelector('lc-course-finder')!
      .shadowRoot!.querySelector<HTMLElement>('[part~=result] button')!
      .click(),
  );
  await until(page, 'the course details open', () =>
    document.querySelector('lc-course-finder')!.shadowRoot!.querySelector('[part~=detail]'),
  );

  // The nomination form shows its first step; "next" on empty fields shows the errors instead of moving on.
  await until(page, 'the nomination form shows its first step', () =>
    document.querySelector('lc-star-nomination')!.shadowRoot!.querySelector('form [part~=next]'),
  );
  await page.evaluate(() =>
    document
      .querySelector('lc-star-nomination')!
      .shadowRoot!.querySelector<HTMLElement>('[part~=next]')!
      .click(),
  );
  await until(page, 'the nomination form names the missing fields', () =>
    document.querySelector('lc-star-nomination')!.shadowRoot!.querySelector('[part~=field-error]'),
  );

  assert.deepEqual(report.violations, [], 'no CSP violation');
  assert.deepEqual(report.errors, [], 'no console error or uncaught exception');
  await page.close();
}
