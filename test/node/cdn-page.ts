// Shared by the CDN and strict-CSP tests: headless Chromium, a static file server for partner pages that
// serves the built CDN files, and a watch on what a page reports (CSP violations, errors, warnings).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { EvaluateFunc, Page } from 'puppeteer-core';

const root = new URL('../../', import.meta.url).pathname;
/** The built CDN folder, packages/widgets/dist/cdn. */
export const cdnDir = join(root, 'packages/widgets/dist/cdn');

/** Fails with a one-line explanation unless the CDN files are built. */
export function requireCdnBuild(): void {
  if (!existsSync(join(cdnDir, 'learning-city.js'))) {
    throw new Error(`${cdnDir}/learning-city.js is missing: run \`npm run build\` first.`);
  }
}

/** What each CDN entry loads (written by scripts/build-cdn.ts). */
export function cdnEntries(): Record<string, { file: string; imports: string[]; dynamicImports: string[] }> {
  return JSON.parse(readFileSync(join(cdnDir, 'entries.json'), 'utf8'));
}

export { closeChromium, launchChromium } from '../../scripts/chromium.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface StaticSite {
  url: string;
  /** Every path requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A static host: `pages` (path → body) first, then `/cdn/…` (and `/copy/cdn/…`, a second copy of the bundle
 * at another URL) from the built CDN folder. `headers` go on every response.
 */
export async function serveSite(
  pages: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<StaticSite> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    let body: string | Buffer | undefined = pages[path];
    const cdnPath = path.replace(/^\/copy\//, '/');
    if (body === undefined && cdnPath.startsWith('/cdn/')) {
      const file = normalize(join(cdnDir, cdnPath.slice('/cdn/'.length)));
      if (file.startsWith(cdnDir) && existsSync(file)) body = readFileSync(file);
    }
    if (body === undefined && path === '/favicon.ico') {
      res.writeHead(204, headers).end();
      return;
    }
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path) || '.html'] ?? 'text/plain', ...headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface PageReport {
  /** `securitypolicyviolation` events: the directive and what was blocked. */
  violations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
  warnings: string[];
}

/** Records what the page reports from its very first script on. */
export async function watch(page: Page): Promise<PageReport> {
  const report: PageReport = { violations: [], errors: [], warnings: [] };
  await page.exposeFunction('__lcViolation', (text: string) => report.violations.push(text));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __lcViolation(text: string): void }).__lcViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') report.errors.push(`${message.text()} (${message.location().url ?? ''})`);
    if (message.type() === 'warn') report.warnings.push(message.text());
  });
  page.on('pageerror', (error) => report.errors.push(String(error)));
  return report;
}

/** Polls `probe(...args)` in the page until it answers something truthy; fails naming `what` after 15 s. */
export async function until<Args extends unknown[]>(
  page: Page,
  what: string,
  probe: EvaluateFunc<Args>,
  ...args: Args
): Promise<void> {
  try {
    await page.waitForFunction(probe, { timeout: 15_000, polling: 50 }, ...args);
  } catch {
    throw new Error(`timed out waiting until ${what}`);
  }
}

/** One script a page fetched, with its gzip size (level 9, as the budgets count). */
export interface FetchedScript {
  path: string;
  gzipBytes: number;
}

const CDN_SCRIPT = /^\/(copy\/)?cdn\/.*\.js$/;

/**
 * Every script `site` served from the CDN folder (each file once, in the order first fetched; the page's own
 * scripts are not counted), with the gzip size of the file as built: what a browser downloads for it from a
 * host that compresses.
 */
export function fetchedScripts(site: StaticSite): FetchedScript[] {
  const paths = [...new Set(site.requests.filter((path) => CDN_SCRIPT.test(path)))];
  return paths.map((path) => {
    const file = normalize(join(cdnDir, path.replace(/^\/(copy\/)?cdn\//, '')));
    if (!file.startsWith(cdnDir) || !existsSync(file)) throw new Error(`${path} is not a built CDN file`);
    return { path, gzipBytes: gzipSync(readFileSync(file), { level: 9 }).length };
  });
}

/** `44.1 KiB`. */
export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** The scripts as a table for a failure message: each path and size, then the total. */
export function scriptTable(scripts: readonly FetchedScript[]): string {
  const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  return [
    ...scripts.map((script) => `  ${kib(script.gzipBytes).padStart(9)}  ${script.path}`),
    `  ${kib(total).padStart(9)}  total (${total} bytes gzip -9)`,
  ].join('\n');
}
