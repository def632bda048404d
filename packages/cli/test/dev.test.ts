// `learning-city dev`: the sandbox and the demo page from one command, checked over HTTP and in Chromium.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readyBanner } from '../src/dev/banner.js';
import { widgetsEntrySource } from '../src/dev/demo-page.js';
import { buildModuleMap } from '../src/dev/module-map.js';
import { CLI_ROOT, REPO_ROOT, runCli, startCli, type RunningProcess } from './helpers/cli.js';
import { withChromium } from './helpers/chromium.js';

const AXE = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
/** The part of axe-core's API the test uses (its global, once the script ran). */
interface AxeRunner {
  run(
    context: object,
    options: object,
  ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
}

interface Ready {
  demoUrl: string;
  apiBase: string;
  openapiUrl: string;
  keys: { publishable: string; secret: string };
  database: string;
}

describe('learning-city dev', () => {
  let dev: RunningProcess;
  let ready: Ready;
  before(async () => {
    dev = startCli(['dev', '--port', '0', '--demo-port', '0', '--json'], { timeout: 120_000 });
    const stdout = await dev.waitForStdout(/^\{.*\}\n/m);
    ready = JSON.parse(stdout.trim().split('\n')[0]!) as Ready;
  });
  after(() => {
    if (dev.child.exitCode === null) dev.child.kill('SIGKILL');
  });

  it('prints the demo URL, API base, OpenAPI URL and both test keys as one JSON line', () => {
    assert.match(ready.demoUrl, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.match(ready.apiBase, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(ready.openapiUrl, `${ready.apiBase}/v1/openapi.json`);
    assert.match(ready.keys.publishable, /^lc_pk_test_/);
    assert.match(ready.keys.secret, /^lc_sk_test_/);
    assert.equal(ready.database, 'PGlite in memory');
  });

  it('prints the same facts for people, the secret key marked for servers only', () => {
    const lines = readyBanner(ready, 4200).split('\n');
    const line = (label: string) => lines.find((l) => l.trimStart().startsWith(label)) ?? '';
    assert.match(lines[1] ?? '', /ready in 4\.2 s/);
    assert.ok(line('Demo page').endsWith(ready.demoUrl));
    assert.ok(line('API base').includes(ready.apiBase));
    assert.ok(line('OpenAPI').endsWith(ready.openapiUrl));
    assert.ok(line('Publishable key').includes(ready.keys.publishable));
    assert.match(
      line('Secret key'),
      new RegExp(`${ready.keys.secret} +\\(servers only: never in a page\\)$`),
    );
    assert.match(lines.at(-1) ?? '', /Ctrl\+C/);
  });

  it('serves the sandbox API: the publishable key reads the catalogue, the secret key the credit bank', async () => {
    const get = (path: string, key?: string) =>
      fetch(`${ready.apiBase}/v1${path}`, key ? { headers: { authorization: `Bearer ${key}` } } : {});
    assert.equal((await get('/health')).status, 200);
    const courses = await get('/courses?limit=1', ready.keys.publishable);
    assert.equal(courses.status, 200);
    assert.equal(((await courses.json()) as { data: unknown[] }).data.length, 1);
    assert.equal((await get('/credit-submissions', ready.keys.publishable)).status, 403);
    assert.equal((await get('/credit-submissions', ready.keys.secret)).status, 200);
  });

  it('serves the demo page under a strict CSP that allows only its own import map inline', async () => {
    const response = await fetch(ready.demoUrl);
    assert.equal(response.status, 200);
    const page = await response.text();
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const importMap = /<script type="importmap">(.*?)<\/script>/s.exec(page)?.[1];
    assert.ok(importMap, 'the page has an import map');
    const hash = createHash('sha256').update(importMap).digest('base64');
    assert.ok(csp.includes(`script-src 'self' 'sha256-${hash}'`), csp);
    assert.ok(csp.includes(`connect-src 'self' ${ready.apiBase}`), csp);
    assert.ok(page.includes(`api-base="${ready.apiBase}" publishable-key="${ready.keys.publishable}"`));
    assert.ok(!page.includes(ready.keys.secret), 'the secret key never reaches the page');

    // Every module the import map names is served as JavaScript.
    const urls = Object.values((JSON.parse(importMap) as { imports: Record<string, string> }).imports);
    assert.ok(urls.length > 10);
    for (const url of urls.filter((u) => !u.endsWith('/'))) {
      const module = await fetch(new URL(url, ready.demoUrl));
      assert.equal(module.status, 200, url);
      assert.match(module.headers.get('content-type') ?? '', /^text\/javascript/, url);
      await module.arrayBuffer();
    }
  });

  it('serves only JavaScript from inside the packages it maps', async () => {
    const page = await (await fetch(ready.demoUrl)).text();
    const widgets = /"@learning-city\/widgets":"(\/_lc\/modules\/[^"]+?\/)dist\/index\.js"/.exec(page)?.[1];
    assert.ok(widgets, 'the widgets are mapped');
    for (const path of [
      `${widgets}package.json`,
      `${widgets}src/index.ts`,
      `${widgets}dist/..%2F..%2F..%2Fpackage.json`,
      // A JavaScript file of another package, reached by climbing out of this one.
      `${widgets}dist/..%2F..%2Fcore%2Fdist%2Findex.js`,
      '/_lc/modules/unknown@1.0.0/index.js',
      // A malformed %-escape is a 404 too, not a crash of both servers.
      `${widgets}dist/%E0%A4%A`,
    ]) {
      const response = await fetch(new URL(path, ready.demoUrl));
      assert.equal(response.status, 404, path);
      await response.arrayBuffer();
    }
  });

  it('renders the widgets with the sandbox’s data in Chromium: no CSP violation, no error, no axe violation on the page', async () => {
    await withChromium(async (browser) => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(String(error)));
      await page.evaluateOnNewDocument(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      await page.goto(ready.demoUrl, { waitUntil: 'load' });
      const heading = await page.waitForFunction(
        () => {
          const calendar = document.querySelector('lc-event-calendar');
          const text = calendar?.shadowRoot?.textContent ?? '';
          return /共\s*\d+\s*项活动/.exec(text)?.[0];
        },
        { timeout: 30_000 },
      );
      assert.match(
        String(await heading.jsonValue()),
        /共\s*[1-9]\d*\s*项活动/,
        'activities were loaded from the API',
      );
      // The course finder lists courses from the API; every element is registered.
      await page.waitForFunction(
        () => (document.querySelector('lc-course-finder')?.shadowRoot?.textContent ?? '').includes('门课程'),
        { timeout: 30_000 },
      );
      const defined = await page.evaluate(() =>
        ['lc-provider', 'lc-course-finder', 'lc-event-calendar', 'lc-star-nomination'].filter(
          (tag) => customElements.get(tag) !== undefined,
        ),
      );
      assert.deepEqual(defined, [
        'lc-provider',
        'lc-course-finder',
        'lc-event-calendar',
        'lc-star-nomination',
      ]);
      assert.deepEqual(problems, []);

      // The page's own markup (the html template) passes axe's WCAG 2.2 AA rules; the widgets test their own.
      await page.evaluate(readFileSync(AXE, 'utf8'));
      const violations = await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: AxeRunner }).axe;
        const result = await axe.run(
          { exclude: [['lc-course-finder'], ['lc-event-calendar'], ['lc-star-nomination']] },
          { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        );
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, []);
    });
  });

  it('refuses a port in use with a one-line hint, and exits 1', async () => {
    const apiPort = new URL(ready.apiBase).port;
    const second = await runCli(['dev', '--port', apiPort, '--demo-port', '0'], { timeout: 120_000 });
    assert.equal(second.code, 1, second.stderr);
    assert.equal(
      second.stderr.trim(),
      `learning-city: Port ${apiPort} (sandbox API) is in use: pass --port with another, or 0.`,
    );
    assert.equal(second.stdout, '', 'no banner: nothing started');
  });

  it('stops cleanly on SIGTERM', async () => {
    dev.child.kill('SIGTERM');
    const result = await dev.done;
    assert.equal(result.code, 0, result.stderr);
    await assert.rejects(fetch(`${ready.apiBase}/v1/health`), 'the API port is closed');
  });
});

describe('learning-city dev --help', () => {
  it('names every option and gives examples', async () => {
    const { code, stdout } = await runCli(['dev', '--help']);
    assert.equal(code, 0);
    for (const flag of ['--port', '--demo-port', '--data-dir', '--seed', '--json'])
      assert.ok(stdout.includes(flag), flag);
    assert.match(stdout, /Examples:\n {2}\$ learning-city dev/);
    assert.match(stdout, /servers only/);
  });

  it('rejects a port that is not one, before starting anything', async () => {
    const { code, stderr } = await runCli(['dev', '--port', '70000']);
    assert.equal(code, 2, 'a usage error');
    assert.match(stderr, /a port is 0–65535/);
  });
});

describe('the demo page’s import map', () => {
  const { imports, roots } = buildModuleMap('@learning-city/widgets', join(CLI_ROOT, 'src/dev'));

  it('maps the widgets’ element entries to their built files, and every dependency to its browser build', () => {
    assert.match(
      imports['@learning-city/widgets/event-calendar'] ?? '',
      /\/dist\/event-calendar\/define\.js$/,
    );
    assert.match(imports['@learning-city/core'] ?? '', /\/dist\/index\.js$/);
    assert.match(imports['lit'] ?? '', /^\/_lc\/modules\/lit@\d+\.\d+\.\d+\/index\.js$/);
    assert.match(imports['zod/mini'] ?? '', /^\/_lc\/modules\/zod@[^/]+\/mini\//);
    // Production builds, never the `development` condition or the `node` one.
    assert.ok(Object.values(imports).every((url) => !/\/development\/|\/node\//.test(url)));
    assert.ok(
      Object.keys(imports).every((specifier) => !specifier.includes('@learning-city/source')),
      'no source condition',
    );
    for (const url of Object.values(imports)) {
      assert.ok(
        [...roots.keys()].some((prefix) => url.startsWith(prefix)),
        `${url} is under a served root`,
      );
    }
  });

  it('imports each element entry once from the page’s module', () => {
    const source = widgetsEntrySource({ imports, roots });
    for (const element of ['course-finder', 'event-calendar', 'star-nomination']) {
      assert.ok(source.includes(`import '@learning-city/widgets/${element}';`), element);
    }
    assert.doesNotMatch(source, /widgets\/(react|jsx|vue)'/, 'framework helpers are not element entries');
  });
});
