// Measures <lc-course-finder> against its budgets: entry size; in headless Chromium against a real sandbox, the
// paint of a page of 20 results after its response, and re-renders with 1,000 results loaded.
// Run: node --import tsx --conditions=@learning-city/source packages/widgets/bench/course-finder.bench.ts
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startSandbox } from '@learning-city/sandbox';
import { bundleEntry } from '../../../scripts/browser-bundle.js';
import { closeChromium, launchChromium } from '../../../scripts/chromium.js';
import { median } from '../../../scripts/stats.js';

const ENTRY = new URL('../src/course-finder/define.ts', import.meta.url).pathname;

/** The budgets of the issue, to print beside the numbers. */
export const BUDGETS = { entryGzipKb: 30, pagePaintMs: 50, rerenderMedianMs: 16 } as const;

/**
 * The finder's entry module (`define.ts`: the element and `<lc-provider>`) bundled for the browser with Lit
 * and the core it uses inlined, minified: `code` is what a page loads first, `lazy` the chunks loaded on
 * first use (the registration dialog, the JSON-LD writer). With `inlineDynamicImports`, one file.
 */
export function bundleCourseFinder(
  options: { inlineDynamicImports?: boolean } = {},
): Promise<{ code: string; lazy: string[] }> {
  return bundleEntry(ENTRY, new URL('..', import.meta.url).pathname, options);
}

/**
 * Runs in the page (a string: tsx would otherwise add helpers the page lacks).
 * 1. Paint after response: for each query, submit the search, then watch every animation frame; in the
 *    first frame whose DOM shows the new results, a task queued from requestAnimationFrame runs after that
 *    frame is painted. Paint minus the later `responseEnd` of the list and facets requests (Resource Timing)
 *    is the number.
 * 2. With 1,000 results loaded (10 pages of 100 through "load more"): 20 keystrokes in the search box and
 *    20 facet toggles, each timed from the event until `updateComplete`, and again until style and layout
 *    are done (forced by reading the list's size). A keystroke re-renders nothing until the debounced search
 *    starts (the input keeps its own text); a facet change re-renders the 1,000 dimmed results, the facets
 *    and the chips while the new results load.
 */
const MEASURE = `(async ({ url, key }) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const finder = document.createElement('lc-course-finder');
  finder.setAttribute('api-base', url);
  finder.setAttribute('publishable-key', key);
  finder.style.width = '1100px';
  document.body.append(finder);
  const root = () => finder.shadowRoot;
  const settle = async () => {
    for (;;) {
      await finder.updateComplete;
      if (!root().querySelector('.spinner, [aria-busy="true"]') && finder.state) {
        if (root().querySelector('.result, [data-state]')) return;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  await settle();
  const input = root().querySelector('#q');
  const form = root().querySelector('form');
  const paints = [];
  for (const q of ['太极', '书法', '手机', '养生', '河洛', '英语', '摄影', '烹饪', '舞蹈', '绘画', '剪纸', '茶艺']) {
    performance.clearResourceTimings();
    input.value = q;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    form.requestSubmit();
    let painted = 0;
    for (;;) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      // A Resource Timing entry exists once its response has fully arrived.
      const arrived = performance.getEntriesByType('resource').filter((e) => e.name.includes('/v1/courses')).length >= 2;
      if (arrived && finder.state.q === q && !root().querySelector('[aria-busy="true"], .spinner')) {
        await new Promise((resolve) => setTimeout(resolve)); // runs after this frame's paint
        painted = performance.now();
        break;
      }
    }
    const responses = performance.getEntriesByType('resource').filter((e) => e.name.includes('/v1/courses'));
    paints.push(painted - Math.max(...responses.map((e) => e.responseEnd)));
  }
  input.value = '';
  form.requestSubmit();
  await settle();
  finder.setAttribute('page-size', '100');
  await finder.updateComplete;
  await settle();
  while (root().querySelectorAll('.result').length < 1000) {
    const more = root().querySelector('[data-more]');
    if (!more) throw new Error('no "load more" after ' + root().querySelectorAll('.result').length + ' results: ' + root().querySelector('.main').textContent.replace(/\\s+/g, ' ').slice(0, 300));
    more.click();
    await finder.updateComplete;
    while (root().querySelector('[data-more][aria-disabled="true"]')) await new Promise((r) => setTimeout(r, 10));
    await finder.updateComplete;
  }
  const loaded = root().querySelectorAll('.result').length;
  const list = () => root().querySelector('.results').getBoundingClientRect();
  await frame();
  const keystrokes = [], keystrokesWithLayout = [];
  input.focus();
  for (let i = 0; i < 20; i++) {
    input.value += 'x';
    const started = performance.now();
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'x' }));
    await finder.updateComplete;
    keystrokes.push(performance.now() - started);
    list();
    keystrokesWithLayout.push(performance.now() - started);
    await frame();
  }
  await new Promise((r) => setTimeout(r, 400)); // the debounced search of the keystrokes runs…
  await settle();
  input.value = ''; // …then back to no query and 1,000 results
  form.requestSubmit();
  await settle();
  while (root().querySelectorAll('.result').length < 1000) {
    const more = root().querySelector('[data-more]');
    if (!more) throw new Error('no "load more" after ' + root().querySelectorAll('.result').length + ' results: ' + root().querySelector('.main').textContent.replace(/\\s+/g, ' ').slice(0, 300));
    more.click();
    await finder.updateComplete;
    while (root().querySelector('[data-more][aria-disabled="true"]')) await new Promise((r) => setTimeout(r, 10));
    await finder.updateComplete;
  }
  const filters = [], filtersWithLayout = [];
  for (let i = 0; i < 20; i++) {
    const box = root().querySelector('input[name="mode"][value="online"]');
    const started = performance.now();
    box.click(); // a facet change: the visible 1,000 stay (dimmed) while the new results load
    await finder.updateComplete;
    filters.push(performance.now() - started);
    list();
    filtersWithLayout.push(performance.now() - started);
    await frame();
  }
  const stillShown = root().querySelectorAll('.result').length;
  finder.remove();
  return { paints, loaded, stillShown, keystrokes, keystrokesWithLayout, filters, filtersWithLayout };
})`;

interface Timings {
  paints: number[];
  loaded: number;
  stillShown: number;
  keystrokes: number[];
  keystrokesWithLayout: number[];
  filters: number[];
  filtersWithLayout: number[];
}

async function benchRendering(bundle: { code: string }): Promise<Timings> {
  const sandbox = await startSandbox({ port: 0 });
  const browser = await launchChromium({ protocolTimeout: 600_000 });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (error) => console.error('[bench page]', error));
    await page.setContent(
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>',
    );
    await page.addScriptTag({ content: bundle.code, type: 'module' });
    await page.waitForFunction(() => customElements.get('lc-course-finder') !== undefined);
    return (await page.evaluate(
      `${MEASURE}(${JSON.stringify({ url: sandbox.url, key: sandbox.keys.publishable })})`,
    )) as Timings;
  } finally {
    await closeChromium(browser);
    await sandbox.close();
  }
}

/** Every number the finder's budgets name. */
export async function benchCourseFinder(): Promise<Record<string, number>> {
  const entry = await bundleCourseFinder();
  const all = await bundleCourseFinder({ inlineDynamicImports: true });
  const timings = await benchRendering(all);
  const kb = (bytes: number) => +(bytes / 1024).toFixed(2);
  const gzip = (code: string) => gzipSync(code, { level: 9 }).byteLength;
  const ms = (value: number) => +value.toFixed(1);
  return {
    'entry (define.ts with Lit and core inlined) — min KB': kb(Buffer.byteLength(entry.code)),
    [`entry — gzip KB (budget ≤ ${BUDGETS.entryGzipKb})`]: kb(gzip(entry.code)),
    'loaded on first use (registration dialog, JSON-LD) — gzip KB': kb(
      entry.lazy.reduce((sum, c) => sum + gzip(c), 0),
    ),
    'everything in one file — gzip KB': kb(gzip(all.code)),
    [`page of 20 paints after its response, median of ${timings.paints.length} — ms (budget ≤ ${BUDGETS.pagePaintMs})`]:
      ms(median(timings.paints)),
    'page of 20 paints after its response, slowest — ms': ms(Math.max(...timings.paints)),
    'results loaded for the re-render timings': timings.loaded,
    [`keystroke with 1,000 results, median of 20 — ms (budget ≤ ${BUDGETS.rerenderMedianMs})`]: ms(
      median(timings.keystrokes),
    ),
    'keystroke with style and layout, median — ms': ms(median(timings.keystrokesWithLayout)),
    [`facet change with 1,000 results, median of 20 — ms (budget ≤ ${BUDGETS.rerenderMedianMs})`]: ms(
      median(timings.filters),
    ),
    'facet change with style and layout, median — ms': ms(median(timings.filtersWithLayout)),
    'facet change with style and layout, slowest — ms': ms(Math.max(...timings.filtersWithLayout)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, value] of Object.entries(await benchCourseFinder()))
    console.log(`${name.padEnd(80)} ${value}`);
}
