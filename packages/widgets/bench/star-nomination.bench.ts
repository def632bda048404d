// Measures <lc-star-nomination> against its budgets: entry size, and typing into a 3,000-character deeds field.
// Run: node --import tsx --conditions=@learning-city/source packages/widgets/bench/star-nomination.bench.ts
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startSandbox } from '@learning-city/sandbox';
import { bundleEntry } from '../../../scripts/browser-bundle.js';
import { closeChromium, launchChromium } from '../../../scripts/chromium.js';
import { percentile } from '../../../scripts/stats.js';

const ENTRY = new URL('../src/star-nomination/define.ts', import.meta.url).pathname;

/** The budgets of the issue, to print beside the numbers. */
export const BUDGETS = { entryGzipKb: 30, keystrokeMs: 16 } as const;

/**
 * The entry module (`define.ts`: the element and `<lc-provider>`) bundled for the browser with Lit and the core it
 * uses inlined, minified, as a partner's bundler produces it: `code` is what a page loads first, `lazy` the chunks
 * loaded later (the steps after the first, photo processing, the English strings). With `inlineDynamicImports`,
 * everything in one file, as the CDN build does.
 */
export function bundleStarNomination(
  options: { inlineDynamicImports?: boolean } = {},
): Promise<{ code: string; lazy: string[] }> {
  return bundleEntry(ENTRY, new URL('..', import.meta.url).pathname, options);
}

/**
 * Runs in the page (a string: tsx would otherwise add helpers the page lacks). The form is on its story step with
 * 3,000 characters of deeds (over the seeded campaign's 1,500 limit, so the counter is in its "over" state);
 * each keystroke appends one character and fires `input` as typing does, then waits for the render
 * (`updateComplete`), then forces style and layout by reading the counter's box.
 */
const MEASURE = `(async () => {
  await customElements.whenDefined('lc-star-nomination');
  const element = document.querySelector('lc-star-nomination');
  const until = async (probe) => { for (let i = 0; i < 800 && !probe(); i++) await new Promise((r) => setTimeout(r, 25)); return probe(); };
  if (!(await until(() => element.shadowRoot?.querySelector('form')))) throw new Error('the form did not load');
  const root = element.shadowRoot;
  // A visitor's first focus in the form loads the later steps (the deeds field is on the second).
  root.querySelector('form input').focus();
  element.step = 1;
  const deeds = await until(() => root.querySelector('textarea[name=deeds]'));
  deeds.value = '坚持学习带动他人，'.repeat(334).slice(0, 3000);
  deeds.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await element.updateComplete;
  const counter = () => root.querySelector('#deeds-count').getBoundingClientRect();
  counter();
  const render = [];
  const withLayout = [];
  for (let i = 0; i < 120; i++) {
    const started = performance.now();
    deeds.value += '学';
    deeds.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    render.push(performance.now() - started);
    counter();
    withLayout.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { render, withLayout, counter: root.querySelector('#deeds-count').textContent.replace(/\\s+/g, ' ').trim() };
})()`;

interface Timings {
  render: number[];
  withLayout: number[];
  counter: string;
}

async function benchTyping(code: string): Promise<Timings> {
  const sandbox = await startSandbox({ port: 0 });
  // A page served from 127.0.0.1: a secure context, as a partner's HTTPS page is (about:blank lacks
  // crypto.randomUUID). The bundle loads after the element is parsed, as a deferred module does.
  const server = createServer((req, res) => {
    if (req.url === '/star-nomination.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(code);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>
      <lc-star-nomination api-base="${sandbox.url}" publishable-key="${sandbox.keys.publishable}"
        draft-id="bench"></lc-star-nomination></body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const pageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    // The seeded campaign is open around the seed's clock (2026-05-10), so the form is given that `now`.
    await page.goto(pageUrl);
    await page.evaluate(() => {
      const element = document.querySelector('lc-star-nomination') as unknown as { now: Date };
      element.now = new Date('2026-05-10T09:00:00+08:00');
    });
    await page.addScriptTag({ url: `${pageUrl}star-nomination.js`, type: 'module' });
    return (await page.evaluate(MEASURE)) as Timings;
  } finally {
    await closeChromium(browser);
    server.close();
    await sandbox.close();
  }
}

/** Every number the nomination form's budgets name. */
export async function benchStarNomination(): Promise<Record<string, number>> {
  const entry = await bundleStarNomination();
  const all = await bundleStarNomination({ inlineDynamicImports: true });
  const timings = await benchTyping(all.code);
  const gzip = (code: string) => gzipSync(code, { level: 9 }).byteLength;
  const kb = (bytes: number) => +(bytes / 1024).toFixed(2);
  const ms = (value: number) => +value.toFixed(2);
  return {
    'entry (define.ts with Lit and core inlined) — min KB': kb(Buffer.byteLength(entry.code)),
    [`entry — gzip KB (budget ≤ ${BUDGETS.entryGzipKb})`]: kb(gzip(entry.code)),
    'loaded with the campaign (the form and its steps, photos, English) — gzip KB': kb(
      entry.lazy.reduce((sum, chunk) => sum + gzip(chunk), 0),
    ),
    'everything in one file (as the CDN build) — gzip KB': kb(gzip(all.code)),
    [`keystroke in a 3,000-character deeds field, median of 120 — ms (budget < ${BUDGETS.keystrokeMs})`]: ms(
      percentile(timings.render, 50),
    ),
    'keystroke, p95 — ms': ms(percentile(timings.render, 95)),
    'keystroke with style and layout, median — ms': ms(percentile(timings.withLayout, 50)),
    'keystroke with style and layout, p95 — ms': ms(percentile(timings.withLayout, 95)),
    'keystroke with style and layout, slowest — ms': ms(Math.max(...timings.withLayout)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, value] of Object.entries(await benchStarNomination()))
    console.log(`${name.padEnd(84)} ${value}`);
}
