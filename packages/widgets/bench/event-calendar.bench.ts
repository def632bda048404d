// Measures <lc-event-calendar> against its budgets: bundle size, first render of a 2,000-activity month, month switch.
// Run: node --import tsx --conditions=@learning-city/source packages/widgets/bench/event-calendar.bench.ts
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Activity } from '@learning-city/core';
import { bundleEntry } from '../../../scripts/browser-bundle.js';
import { closeChromium, launchChromium } from '../../../scripts/chromium.js';
import { median } from '../../../scripts/stats.js';

const ENTRY = new URL('../src/event-calendar/define.ts', import.meta.url).pathname;

/** The budgets of the issue, to print beside the numbers. */
export const BUDGETS = { entryGzipKb: 30, firstRenderMs: 60, monthSwitchMedianMs: 16 } as const;

/**
 * The calendar's entry module (`define.ts`: the element and `<lc-provider>`) bundled for the browser with
 * Lit and the core it uses inlined, minified, as a partner's bundler produces it: `code` is what a page
 * loads first, `lazy` the chunks loaded on first use (the registration dialog, the .ics writer). With
 * `inlineDynamicImports`, everything in one file, as the CDN build does.
 */
export function bundleEventCalendar(
  options: { inlineDynamicImports?: boolean } = {},
): Promise<{ code: string; lazy: string[] }> {
  return bundleEntry(ENTRY, new URL('..', import.meta.url).pathname, options);
}

const KINDS = ['lecture', 'reading', 'workshop', 'exhibition', 'open_day', 'performance'] as const;

/** `count` synthetic activities spread over the days of one month (`2026-05`), all valid per the model. */
export function syntheticMonth(month: string, count: number): Activity[] {
  const days = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => {
    const day = String((i % days) + 1).padStart(2, '0');
    const hour = String(8 + (i % 12)).padStart(2, '0');
    const seatsLeft = i % 7 === 0 ? 0 : (i * 13) % 60;
    return {
      id: `act_bench${month.replace('-', '')}${String(i).padStart(5, '0')}`,
      title: `市民大讲堂：终身学习第${i + 1}讲`,
      summary: '',
      kind: KINDS[i % KINDS.length]!,
      status: i % 50 === 0 ? 'cancelled' : i % 45 === 0 ? 'postponed' : 'scheduled',
      series: null,
      institution: { id: 'ins_bench00001', name: '北京市海淀区社区学院' },
      place: { name: '海淀区社区学院报告厅', divisionCode: '110108', district: '海淀区' },
      audiences: ['residents'],
      startsAt: `${month}-${day}T${hour}:00:00+08:00`,
      endsAt: `${month}-${day}T${hour}:45:00+08:00`,
      capacity: 60,
      seatsLeft,
      waitlistOpen: seatsLeft === 0 && i % 2 === 0,
      waitlistCount: seatsLeft === 0 ? 3 : 0,
      fee: 0,
      requiresResidentId: false,
      registrationOpen: true,
      updatedAt: '2026-05-01T09:00:00+08:00',
    } satisfies Activity;
  });
}

/**
 * Runs in the page (a string: tsx would otherwise add helpers the page lacks). Each element is on the page
 * and rendered without data; its first render is setting 2,000 activities of one month (day buckets, the
 * month's template) until \`updateComplete\`, for 7 fresh elements; then 60 switches between two months. Each is also timed
 * with the style and layout that follow (forced by reading the grid's size).
 */
const MEASURE = `(async () => {
  const SWITCHES = 60;
  const grid = (element) => element.shadowRoot.querySelector('[role=grid]').getBoundingClientRect();
  // First renders of 7 fresh elements: the first pays the page's one-time costs (JIT, the first CJK font
  // fallback); the median is what a page that already shows text pays.
  const firsts = [];
  const firstsWithLayout = [];
  let element;
  for (let run = 0; run < 7; run++) {
    element?.remove();
    element = document.createElement('lc-event-calendar');
    element.setAttribute('date', '2026-05-15');
    element.setAttribute('view', 'month');
    element.style.width = '1200px';
    element.now = new Date('2026-05-15T08:00:00+08:00');
    element.activities = [];
    document.body.append(element);
    await element.updateComplete;
    grid(element);
    const started = performance.now();
    element.activities = window.benchMay;
    await element.updateComplete;
    firsts.push(performance.now() - started);
    grid(element);
    firstsWithLayout.push(performance.now() - started);
  }
  element.activities = window.benchMayJune;
  await element.updateComplete;
  grid(element);
  const [previous, , next] = element.shadowRoot.querySelectorAll('.nav button');
  const switches = [];
  const switchesWithLayout = [];
  for (let i = 0; i < SWITCHES; i++) {
    const started = performance.now();
    (i % 2 === 0 ? next : previous).click();
    await element.updateComplete;
    switches.push(performance.now() - started);
    grid(element);
    switchesWithLayout.push(performance.now() - started);
  }
  return { firsts, firstsWithLayout, switches, switchesWithLayout };
})()`;

/** 20 more switches, for a trace: only the clicks and the forced style and layout, each between two marks. */
const SWITCH_ONLY = `(async () => {
  const element = document.querySelector('lc-event-calendar');
  const [previous, , next] = element.shadowRoot.querySelectorAll('.nav button');
  for (let i = 0; i < 20; i++) {
    performance.mark('lc-switch');
    (i % 2 === 0 ? next : previous).click();
    await element.updateComplete;
    element.shadowRoot.querySelector('[role=grid]').getBoundingClientRect();
    performance.mark('lc-switched');
  }
})()`;

interface Timings {
  firsts: number[];
  firstsWithLayout: number[];
  switches: number[];
  switchesWithLayout: number[];
  /** Per switch, the main thread's CPU time in style and layout (from a Chrome trace). */
  switchLayoutCpu: number[];
  /** Per switch, the main thread's CPU time from the click to the laid-out month: script, style and layout. */
  switchCpu: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  /** Wall time at the event, microseconds. */
  ts: number;
  /** Thread (CPU) time at the event and its CPU duration, microseconds. */
  tts?: number;
  tdur?: number;
}

/**
 * Per switch (between an `lc-switch` mark and the `lc-switched` after it), the main thread's CPU time in all
 * (script, style and layout) and in its style and layout passes: CPU time, not wall time, so other processes
 * on the machine do not count.
 */
function switchCpu(trace: Uint8Array): { total: number[]; styleAndLayout: number[] } {
  const events = (JSON.parse(Buffer.from(trace).toString('utf8')) as { traceEvents: TraceEvent[] })
    .traceEvents;
  const marks = (name: string) => events.filter((event) => event.name === name && event.tts !== undefined);
  const ends = marks('lc-switched');
  const windows = marks('lc-switch').map((start, i) => ({ start, end: ends[i]! }));
  const passes = events.filter(
    (event) => event.ph === 'X' && (event.name === 'Layout' || event.name === 'UpdateLayoutTree'),
  );
  return {
    total: windows.map(({ start, end }) => (end.tts! - start.tts!) / 1000),
    styleAndLayout: windows.map(
      ({ start, end }) =>
        passes
          .filter((pass) => pass.ts >= start.ts && pass.ts <= end.ts)
          .reduce((sum, pass) => sum + (pass.tdur ?? 0), 0) / 1000,
    ),
  };
}

/** Renders in headless Chromium: first render of a 2,000-activity month, then 60 month switches. */
async function benchRendering(bundle: { code: string }): Promise<Timings> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.setContent(
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>',
    );
    await page.addScriptTag({ content: bundle.code, type: 'module' });
    await page.waitForFunction(() => customElements.get('lc-event-calendar') !== undefined);
    const may = syntheticMonth('2026-05', 2000);
    const june = syntheticMonth('2026-06', 2000);
    await page.evaluate(
      (benchMay, benchMayJune) => void Object.assign(window, { benchMay, benchMayJune }),
      may,
      [...may, ...june],
    );
    const timings = (await page.evaluate(MEASURE)) as Omit<Timings, 'switchLayoutCpu'>;
    await page.tracing.start({ categories: ['devtools.timeline', 'blink.user_timing'] });
    await page.evaluate(SWITCH_ONLY);
    const trace = await page.tracing.stop();
    const cpu = trace ? switchCpu(trace) : { total: [], styleAndLayout: [] };
    return { ...timings, switchLayoutCpu: cpu.styleAndLayout, switchCpu: cpu.total };
  } finally {
    await closeChromium(browser);
  }
}

/** Every number the calendar's budgets name. */
export async function benchEventCalendar(): Promise<Record<string, number>> {
  const entry = await bundleEventCalendar();
  const all = await bundleEventCalendar({ inlineDynamicImports: true });
  const timings = await benchRendering(all);
  const kb = (bytes: number) => +(bytes / 1024).toFixed(2);
  const gzip = (code: string) => gzipSync(code, { level: 9 }).byteLength;
  return {
    'entry (define.ts with Lit and core inlined) — min KB': kb(Buffer.byteLength(entry.code)),
    [`entry — gzip KB (budget ≤ ${BUDGETS.entryGzipKb})`]: kb(gzip(entry.code)),
    'loaded on first use (registration dialog, .ics) — gzip KB': kb(
      entry.lazy.reduce((sum, c) => sum + gzip(c), 0),
    ),
    'everything in one file (as the CDN build) — gzip KB': kb(gzip(all.code)),
    'first render of a 2,000-activity month, script, median of 7 fresh elements — ms': +median(
      timings.firsts,
    ).toFixed(1),
    [`first render with the style and layout that follow, median — ms (budget ≤ ${BUDGETS.firstRenderMs})`]:
      +median(timings.firstsWithLayout).toFixed(1),
    "first render with style and layout, the page's very first (cold) — ms":
      +timings.firstsWithLayout[0]!.toFixed(1),
    'month switch, script until updateComplete, median of 60 — ms': +median(timings.switches).toFixed(1),
    // Until the new month is laid out: what the visitor waits for, and what the budget means.
    [`month switch with style and layout, median — ms (budget ≤ ${BUDGETS.monthSwitchMedianMs})`]: +median(
      timings.switchesWithLayout,
    ).toFixed(1),
    'month switch with style and layout, slowest — ms': +Math.max(...timings.switchesWithLayout).toFixed(1),
    'month switch with style and layout, the first (June never shown before) — ms':
      +timings.switchesWithLayout[0]!.toFixed(1),
    // Wall time above counts whatever else the machine runs; the trace's CPU time of the same work does not.
    'month switch, CPU time of its style and layout (Chrome trace), median — ms': +median(
      timings.switchLayoutCpu,
    ).toFixed(1),
    'month switch, main-thread CPU time from click to laid out (Chrome trace), median — ms': +median(
      timings.switchCpu,
    ).toFixed(1),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, value] of Object.entries(await benchEventCalendar()))
    console.log(`${name.padEnd(72)} ${value}`);
}
