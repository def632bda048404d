// Each template generated into a scratch folder inside the repository (so its imports resolve from the
// repository's node_modules, offline, with --no-install) and built with the tools its package.json names;
// the node-service program is run against a real sandbox.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startSandbox } from '@learning-city/sandbox';
import { WIDGETS_CDN_SCRIPT } from '../src/init/templates.js';
import { SANDBOX_PUBLISHABLE_KEY } from '../src/init/values.js';
import { REPO_ROOT, removeScratch, runCli, runNode, scratchPath, TOOLS } from './helpers/cli.js';

const made: string[] = [];
after(() => made.forEach(removeScratch));

/** Generates `template` into a fresh scratch folder and answers its path. */
async function generate(template: string, ...flags: string[]): Promise<string> {
  const dir = scratchPath(template);
  made.push(dir);
  const { code, stderr } = await runCli(['init', dir, '--template', template, '--no-install', ...flags]);
  assert.equal(code, 0, stderr);
  return dir;
}

/** Runs one of the repository's tools in `dir`; answers its exit code and output. */
async function tool(path: string, args: string[], dir: string) {
  const result = await runNode([path, ...args], { cwd: dir, timeout: 120_000 });
  return { code: result.code, output: result.stdout + result.stderr };
}

/** Replaces `from` in a generated file (asserting it was there): a deliberate mistake for the type-checker. */
function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes(from), `${file} contains ${from}`);
  writeFileSync(path, text.replace(from, to));
}

describe('init --template html', () => {
  it('writes a static page that loads the widgets and configures them through <lc-provider>', async () => {
    const dir = await generate(
      'html',
      '--publishable-key',
      'lc_pk_live_partner1',
      '--api-base',
      'https://api.example.cn',
    );
    assert.deepEqual(readdirSync(dir).sort(), ['README.md', 'index.html', 'styles.css']);
    const page = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.ok(page.includes(`<script type="module" src="${WIDGETS_CDN_SCRIPT}"></script>`));
    assert.match(
      page,
      /<lc-provider api-base="https:\/\/api\.example\.cn" publishable-key="lc_pk_live_partner1"[^>]*>[\s\S]*<lc-event-calendar>[\s\S]*<\/lc-provider>/,
    );
    assert.match(page, /<link rel="stylesheet" href="\.\/styles\.css" \/>/);
    for (const tag of ['lc-course-finder', 'lc-event-calendar', 'lc-star-nomination']) {
      assert.match(page, new RegExp(`<lc-provider [^>]*>[\\s\\S]*<${tag}[ >][\\s\\S]*</lc-provider>`), tag);
    }
    assert.doesNotMatch(
      page,
      /<script(?![^>]*\bsrc=)[^>]*>|style="/,
      'no inline script or style: it works under a strict CSP',
    );
    // The CDN path is the widgets package's own CDN file, at the major.minor of its version.
    const widgets = JSON.parse(readFileSync(join(REPO_ROOT, 'packages/widgets/package.json'), 'utf8')) as {
      version: string;
      jsdelivr: string;
    };
    const majorMinor = widgets.version.split('.').slice(0, 2).join('.');
    assert.equal(
      WIDGETS_CDN_SCRIPT,
      `https://cdn.jsdelivr.net/npm/@learning-city/widgets@${majorMinor}/${widgets.jsdelivr.replace(/^\.\//, '')}`,
    );
  });
});

describe('init --template react', () => {
  it('type-checks and builds with Vite', async () => {
    const dir = await generate('react');
    const check = await tool(TOOLS.tsc, ['-p', '.'], dir);
    assert.equal(check.code, 0, check.output);
    const build = await tool(TOOLS.vite, ['build', '--logLevel', 'warn'], dir);
    assert.equal(build.code, 0, build.output);
    const html = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    const script = /src="\/(assets\/index-[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(script, html);
    const bundle = readFileSync(join(dir, 'dist', script), 'utf8');
    assert.ok(
      bundle.includes('lc-event-calendar') && bundle.includes(SANDBOX_PUBLISHABLE_KEY),
      'the element and the .env key are in the bundle',
    );

    // A wrong attribute value and a handler for another event are type errors (one error per element).
    edit(dir, 'src/App.tsx', 'locale="zh-CN"', 'locale="fr"');
    edit(dir, 'src/App.tsx', 'onlc-activity-select={onSelect}', 'onlc-activity-select={onRegistered}');
    const wrong = await tool(TOOLS.tsc, ['-p', '.'], dir);
    assert.equal(wrong.code, 2);
    assert.match(wrong.output, /Type '"fr"' is not assignable to type 'Locale/);
    assert.match(wrong.output, /Types of property '"onlc-activity-select"' are incompatible/);
  });
});

describe('init --template vue', () => {
  it('type-checks with vue-tsc and builds with Vite', async () => {
    const dir = await generate('vue');
    const check = await tool(TOOLS.vueTsc, ['--noEmit', '-p', '.'], dir);
    assert.equal(check.code, 0, check.output);
    const build = await tool(TOOLS.vite, ['build', '--logLevel', 'warn'], dir);
    assert.equal(build.code, 0, build.output);
    assert.doesNotMatch(build.output, /Failed to resolve component/, 'Vue treats lc-* as custom elements');
    const html = readFileSync(join(dir, 'dist/index.html'), 'utf8');
    const script = /src="\/(assets\/index-[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(script, html);
    const bundle = readFileSync(join(dir, 'dist', script), 'utf8');
    assert.ok(bundle.includes('lc-event-calendar') && bundle.includes(SANDBOX_PUBLISHABLE_KEY));

    edit(dir, 'src/App.vue', 'view="month"', 'view="year"');
    edit(dir, 'src/App.vue', '@lc-activity-select="onSelect"', '@lc-activity-select="onRegistered"');
    const wrong = await tool(TOOLS.vueTsc, ['--noEmit', '-p', '.'], dir);
    assert.equal(wrong.code, 2);
    assert.match(wrong.output, /'"year"' is not assignable/);
    assert.match(wrong.output, /is not assignable to type 'Listener<"lc-activity-select">'/);
  });
});

describe('init --template node-service', () => {
  type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
  let sandbox: Sandbox;
  let dir: string;
  before(async () => {
    [sandbox, dir] = await Promise.all([startSandbox({ port: 0 }), generate('node-service')]);
    const build = await tool(TOOLS.tsc, ['-p', '.'], dir);
    assert.equal(build.code, 0, build.output);
  });
  after(() => sandbox?.close());

  const run = (env: NodeJS.ProcessEnv) =>
    runNode(['dist/submit-outcomes.js', 'outcomes.json'], { cwd: dir, env, timeout: 30_000 });

  it("defaults page templates to this sandbox's publishable key", () => {
    assert.equal(sandbox.keys.publishable, SANDBOX_PUBLISHABLE_KEY);
  });

  it('submits the sample outcome with the secret key and prints its id and status', async () => {
    const { code, stdout, stderr } = await run({
      LC_API_BASE: sandbox.url,
      LC_SECRET_KEY: sandbox.keys.secret,
    });
    assert.equal(code, 0, stderr);
    const [ref, id, status] = stdout.trim().split('\t');
    assert.equal(ref, 'DEMO-2026-0001');
    assert.match(id ?? '', /^sub_/);
    assert.equal(status, 'submitted');
    assert.doesNotMatch(stdout + stderr, /11010519491231002X|李强/, 'no personal data in the output');

    const response = await fetch(`${sandbox.url}/v1/credit-submissions/${id}`, {
      headers: { authorization: `Bearer ${sandbox.keys.secret}` },
    });
    assert.equal(response.status, 200);
    const stored = (await response.json()) as {
      externalRef: string;
      outcome: { title: string; credits: number };
    };
    assert.equal(stored.externalRef, 'DEMO-2026-0001');
    assert.equal(stored.outcome.credits, 4);

    // Run again: the Idempotency-Key comes from the row, so the same submission answers, not a second one.
    const again = await run({ LC_API_BASE: sandbox.url, LC_SECRET_KEY: sandbox.keys.secret });
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout.trim().split('\t')[1], id);
    const list = await fetch(`${sandbox.url}/v1/credit-submissions?externalRef=DEMO-2026-0001`, {
      headers: { authorization: `Bearer ${sandbox.keys.secret}` },
    });
    assert.equal(
      ((await list.json()) as { data: unknown[] }).data.length,
      1,
      'one submission in the credit bank',
    );
  });

  it('reports a row the platform refuses by field and request id, without the personal data, and exits 1', async () => {
    const rows = JSON.parse(readFileSync(join(dir, 'outcomes.json'), 'utf8')) as {
      externalRef: string;
      learner: { residentId: string };
    }[];
    const bad = {
      ...rows[0]!,
      externalRef: 'DEMO-BAD-0001',
      learner: { ...rows[0]!.learner, residentId: '110105194912310021' },
    };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([bad]));
    const result = await runNode(['dist/submit-outcomes.js', 'bad.json'], {
      cwd: dir,
      env: { LC_API_BASE: sandbox.url, LC_SECRET_KEY: sandbox.keys.secret },
    });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^DEMO-BAD-0001\trejected\tlearner\.residentId: .+ \(request req_[\w-]+\)$/m);
    assert.doesNotMatch(result.stdout + result.stderr, /110105194912310021|李强/);
    const list = await fetch(`${sandbox.url}/v1/credit-submissions?externalRef=DEMO-BAD-0001`, {
      headers: { authorization: `Bearer ${sandbox.keys.secret}` },
    });
    assert.equal(((await list.json()) as { data: unknown[] }).data.length, 0, 'nothing was stored');

    // The institution corrects the ID number and runs the file again: a new request, not a reused key (409).
    writeFileSync(join(dir, 'bad.json'), JSON.stringify([{ ...bad, learner: rows[0]!.learner }]));
    const corrected = await runNode(['dist/submit-outcomes.js', 'bad.json'], {
      cwd: dir,
      env: { LC_API_BASE: sandbox.url, LC_SECRET_KEY: sandbox.keys.secret },
    });
    assert.equal(corrected.code, 0, corrected.stderr);
    assert.match(corrected.stdout, /^DEMO-BAD-0001\tsub_\w+\tsubmitted$/m);
  });

  it('refuses to start without a secret key, or with a publishable one, and submits nothing', async () => {
    const missing = await run({ LC_API_BASE: sandbox.url });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Set LC_API_BASE and LC_SECRET_KEY/);
    const publishable = await run({ LC_API_BASE: sandbox.url, LC_SECRET_KEY: sandbox.keys.publishable });
    assert.equal(publishable.code, 2);
    assert.match(publishable.stderr, /must be a secret key/);
  });
});
