// The framework typings as a partner's project sees them (the built package): a React file and a Vue file that
// use every element, attribute and event type-check, and each deliberate misuse in them is rejected; and in
// Chromium, React 19 and the @lit/react wrapper pass rich properties and deliver events as the types say.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { syntheticMonth } from '../../packages/widgets/bench/event-calendar.bench.js';
import { closeChromium, launchChromium, serveSite, until } from './cdn-page.js';

const root = new URL('../../', import.meta.url).pathname;
const run = promisify(execFile);
const manifestPath = `${root}packages/widgets/custom-elements.json`;
const reactFile = readFileSync(`${root}test/types/react-app.tsx`, 'utf8');
const vueFile = readFileSync(`${root}test/types/vue-app.vue`, 'utf8');

interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      customElement?: boolean;
      summary?: string;
      description?: string;
      attributes?: { name: string; fieldName?: string; description?: string }[];
      members?: { name: string; kind: string; static?: boolean; readonly?: boolean; description?: string }[];
      events?: { name: string; description?: string; type?: { text: string } }[];
      cssParts?: { name: string }[];
    }[];
  }[];
}

function requireBuild(): void {
  for (const file of [manifestPath, `${root}packages/widgets/dist/frameworks/jsx.d.ts`]) {
    if (!existsSync(file)) assert.fail(`${file} is missing: run \`npm run build\` first.`);
  }
}

/** `lc-activity-select` → `ActivitySelect` (the wrappers' `on…` prop without `Lc`). */
const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());

/** Exit code and output of a type checker run over test/types. */
async function check(binary: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(`${root}node_modules/.bin/${binary}`, ['-p', 'test/types'], {
      cwd: root,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('framework typings', () => {
  it('the React and Vue examples use every element, attribute, property and event of the manifest', () => {
    requireBuild();
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    assert.ok(elements.length >= 3, 'the manifest lists the elements');
    const missing: string[] = [];
    const wrappers = readFileSync(`${root}packages/widgets/src/react.ts`, 'utf8');
    for (const element of elements) {
      const tag = element.tagName!;
      const attributes = (element.attributes ?? []).map((a) => a.name);
      const properties = (element.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && !m.readonly)
        .map((m) => m.name)
        .filter((name) => !(element.attributes ?? []).some((a) => a.name === name || a.name === kebab(name)));
      if (!reactFile.includes(`<${tag}`)) missing.push(`React: <${tag}>`);
      if (!vueFile.includes(`<${tag}`)) missing.push(`Vue: <${tag}>`);
      if (!reactFile.includes(`createElement('${tag}')`)) missing.push(`HTMLElementTagNameMap: <${tag}>`);
      if (!wrappers.includes(`tagName: '${tag}'`)) missing.push(`React wrapper for <${tag}> in src/react.ts`);
      for (const name of attributes) {
        if (!new RegExp(`\\s${name}(=|\\s|/?>)`).test(reactFile)) missing.push(`React: ${tag} ${name}`);
        if (!new RegExp(`\\s:?${name}(=|\\s|/?>)`).test(vueFile)) missing.push(`Vue: ${tag} ${name}`);
      }
      for (const name of properties) {
        if (!reactFile.includes(` ${name}={`)) missing.push(`React: ${tag} .${name}`);
        if (!vueFile.includes(`:${name}="`)) missing.push(`Vue: ${tag} .${name}`);
      }
      for (const { name } of element.events ?? []) {
        if (!reactFile.includes(`onlc-${name.slice(3)}=`)) missing.push(`React 19: ${tag} ${name}`);
        if (!reactFile.includes(`on${pascal(name.slice(3))}=`)) missing.push(`React wrapper: ${tag} ${name}`);
        if (!vueFile.includes(`@${name}=`)) missing.push(`Vue: ${tag} @${name}`);
      }
    }
    assert.deepEqual(missing, [], 'test/types/react-app.tsx and vue-app.vue cover the whole manifest');
  });

  it('the manifest documents every element: summary, attributes, properties, methods, typed events, CSS parts', () => {
    requireBuild();
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const undocumented: string[] = [];
    for (const element of manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName)) {
      const tag = element.tagName!;
      if (!element.summary) undocumented.push(`${tag}: @summary`);
      if (!element.description) undocumented.push(`${tag}: description`);
      for (const attribute of element.attributes ?? []) {
        const field = element.members?.find((m) => m.name === attribute.fieldName);
        if (!attribute.description && !field?.description)
          undocumented.push(`${tag}: attribute ${attribute.name}`);
      }
      for (const member of element.members ?? []) {
        if (!member.description) undocumented.push(`${tag}: ${member.kind} ${member.name}`);
      }
      for (const event of element.events ?? []) {
        if (!event.description) undocumented.push(`${tag}: event ${event.name}`);
        if (!event.type?.text) undocumented.push(`${tag}: type of event ${event.name}`);
      }
      // Shadow-DOM widgets are themed through parts; <lc-provider> renders no shadow root.
      if (tag !== 'lc-provider' && !element.cssParts?.length) undocumented.push(`${tag}: @csspart`);
    }
    assert.deepEqual(undocumented, [], 'JSDoc on the element classes (packages/widgets/src/**)');
  });

  it('tsc accepts the React file, and every @ts-expect-error in it is a real type error', async () => {
    requireBuild();
    const { code, output } = await check('tsc');
    assert.equal(output.trim(), '', output);
    assert.equal(code, 0);
    assert.ok((reactFile.match(/@ts-expect-error/g) ?? []).length >= 5, 'the misuses are still there');
  });

  it('vue-tsc accepts the Vue file, and every @vue-expect-error in it is a real type error', async () => {
    requireBuild();
    const { code, output } = await check('vue-tsc');
    assert.equal(output.trim(), '', output);
    assert.equal(code, 0);
    assert.ok((vueFile.match(/@vue-expect-error/g) ?? []).length >= 4, 'the misuses are still there');
  });

  it('in Chromium, React 19 sets rich properties and hears lc- events, directly and through the wrapper', async () => {
    requireBuild();
    const bundle = await build({
      entryPoints: [`${root}test/types/react-runtime.tsx`],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
      logLevel: 'error',
    });
    const site = await serveSite({
      '/': '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><div id="root"></div><script type="module" src="/app.js"></script>',
      '/app.js': bundle.outputFiles[0]!.text,
    });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const activities = syntheticMonth('2026-05', 3);
      await page.evaluateOnNewDocument((list) => {
        Object.assign(window, { __activities: list, __opened: [] });
      }, activities);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(site.url);
      for (const id of ['direct', 'wrapped']) {
        await until(
          page,
          `#${id} lists the activities it was given as a property`,
          (host) => document.getElementById(host)?.shadowRoot?.querySelector('[data-activity]'),
          id,
        );
        await page.evaluate(
          (host) =>
            document.getElementById(host)!.shadowRoot!.querySelector<HTMLElement>('[data-activity]')!.click(),
          id,
        );
      }
      const opened = await page.evaluate(() => (window as unknown as { __opened: string[] }).__opened);
      assert.deepEqual(opened, [`direct ${activities[0]!.id}`, `wrapped ${activities[0]!.id}`]);
      assert.deepEqual(errors, []);
    } finally {
      await closeChromium(browser);
      await site.close();
    }
  });
});

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
