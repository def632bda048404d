// `credits submit` against a real sandbox: interrupted (Ctrl+C, a crash with an answer lost on the way) and
// re-run, every row must exist exactly once on the platform.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createHash, createHmac } from 'node:crypto';
import { createClient, type CreditSubmissionCreate, type LearningCityClient } from '@learning-city/core';
import { startSandbox, type Sandbox } from '@learning-city/sandbox';
import { CsvParser } from '../src/credits/csv.js';
import { Journal, readPending } from '../src/credits/journal.js';
import { readCredits } from '../src/credits/records.js';
import { apiKeyFingerprint, batchKey, journalPath, submitCredits } from '../src/credits/submit.js';
import { fixture, runCli, startCli } from './credits-cli.js';
import {
  CREDITS_CSV_HEADER,
  creditsCsvRow,
  fictionalResidentId,
  writeCreditsCsv,
} from './fixtures/generate-credits.js';

let sandbox: Sandbox;
let client: LearningCityClient;
let dir: string;

before(async () => {
  [sandbox, dir] = await Promise.all([
    startSandbox({ port: 0 }),
    mkdtemp(join(tmpdir(), 'lc-credits-submit-')),
  ]);
  client = createClient({ baseUrl: sandbox.url, apiKey: sandbox.keys.secret });
});
after(async () => {
  await sandbox?.close();
  await rm(dir, { recursive: true, force: true });
});

interface ResultRow {
  row: string;
  externalRef: string;
  status: string;
  submissionId: string;
  residentId: string;
}

async function readResults(path: string): Promise<ResultRow[]> {
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const parser = new CsvParser();
  const [header, ...records] = [...parser.push(text), ...parser.end()].map((record) => record.fields);
  return records.map(
    (fields) => Object.fromEntries(header!.map((name, i) => [name, fields[i]])) as unknown as ResultRow,
  );
}

/** How many submissions the platform holds for each reference. */
async function copiesOnPlatform(refs: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await Promise.all(
    refs.map(async (ref) => {
      const page = await client.creditSubmissions.list({ externalRef: ref, limit: 10 });
      counts.set(ref, page.data.length);
    }),
  );
  return counts;
}

const args = (file: string, base = sandbox.url) => [
  'credits',
  'submit',
  file,
  '--api-key',
  sandbox.keys.secret,
  '--base-url',
  base,
  '--lang',
  'en',
];

describe('credits submit', () => {
  it('stops cleanly on Ctrl+C half way; the re-run submits the rest, and every row exists once', async () => {
    const file = join(dir, 'ctrl-c.csv');
    await writeCreditsCsv(file, 60);
    const run = startCli([...args(file), '--batch-size', '5', '--concurrency', '1']);
    await run.waitForStderr(/\b(1\d|[2-5]\d)\/60 rows/);
    run.child.kill('SIGINT');
    const first = await run.done;
    assert.equal(first.code, 130, first.stderr);
    // One summary, the interrupted one: not "Done" followed by "Interrupted".
    assert.match(first.stdout, /^Interrupted: \d+ submitted now, .*run the same command again to resume/);
    assert.doesNotMatch(first.stdout + first.stderr, /Done|提交完成/);
    assert.equal(first.stdout.trim().split('\n').length, 1, first.stdout);
    const results = join(dir, 'ctrl-c.results.csv');
    const partial = (await readResults(results)).filter((row) => row.status === 'submitted');
    assert.ok(partial.length >= 10 && partial.length < 60, `stopped half way (${partial.length} of 60)`);

    const second = await runCli([...args(file), '--batch-size', '5', '--json']);
    assert.equal(second.code, 0, second.stderr);
    const summary = JSON.parse(second.stdout) as { submitted: number; alreadySubmitted: number };
    assert.deepEqual([summary.submitted, summary.alreadySubmitted], [60 - partial.length, partial.length]);

    const rows = await readResults(results);
    assert.equal(rows.length, 60, 'one results line per row');
    assert.deepEqual(new Set(rows.map((row) => row.status)), new Set(['submitted']));
    const copies = await copiesOnPlatform(rows.map((row) => row.externalRef));
    assert.deepEqual([...new Set(copies.values())], [1], 'each row exists exactly once on the platform');
    await assert.rejects(stat(`${results}.journal`), 'the journal is removed after a complete run');
  });

  it('after a crash that lost a committed batch’s answer, the re-run (other batch size) replays it instead of creating it again', async () => {
    const file = join(dir, 'crash.csv');
    await writeCreditsCsv(file, 30, 1000);
    const proxy = await answerLosingProxy(sandbox.url, 3);
    const run = startCli([...args(file, proxy.url), '--batch-size', '5', '--concurrency', '1']);
    await proxy.committedButUnanswered;
    run.child.kill('SIGKILL');
    await run.done;
    await proxy.close();

    const results = join(dir, 'crash.results.csv');
    const recorded = await readResults(results);
    assert.equal(recorded.length, 10, 'two batches were answered and recorded before the crash');
    // What the lost answer held: rows 11–15 (file lines 12–16) exist on the platform but not in the results file.
    const generatedRefs = await refsOf(file);
    const lost = generatedRefs.slice(10, 15);
    assert.deepEqual([...new Set((await copiesOnPlatform(lost)).values())], [1]);

    const second = await runCli([...args(file), '--batch-size', '7']);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stderr, /5 rows in flight/);
    const rows = await readResults(results);
    assert.equal(rows.length, 30);
    const copies = await copiesOnPlatform(generatedRefs);
    assert.deepEqual([...new Set(copies.values())], [1], 'each row exists exactly once on the platform');
  });

  it('past the 24 h an Idempotency-Key lives, looks unanswered rows up by externalRef before sending them again', async () => {
    const file = join(dir, 'stale.csv');
    await writeCreditsCsv(file, 15, 2000);
    const proxy = await answerLosingProxy(sandbox.url, 2);
    const run = startCli([...args(file, proxy.url), '--batch-size', '5', '--concurrency', '1']);
    await proxy.committedButUnanswered;
    run.child.kill('SIGKILL');
    await run.done;
    await proxy.close();
    await rm(join(dir, 'stale.results.csv.lock'), { force: true });

    // The same engine the bin runs, with a clock 25 hours on, so the batch is not replayed but looked up.
    const outcome = await submitCredits(file, {
      client,
      credential: apiKeyFingerprint(sandbox.keys.secret), // the same key: only the clock differs
      refKey: sandbox.keys.secret,
      resultsPath: join(dir, 'stale.results.csv'),
      batchSize: 5,
      concurrency: 1,
      skipInvalid: false,
      locale: 'en',
      now: () => new Date(Date.now() + 25 * 3600_000),
    });
    assert.equal(outcome.status, 'done');
    assert.ok('counts' in outcome);
    // 5 answered before the crash; 5 found by lookup; 5 never sent.
    assert.deepEqual([outcome.counts.alreadySubmitted, outcome.counts.submitted], [5, 10]);
    const copies = await copiesOnPlatform(await refsOf(file));
    assert.deepEqual([...new Set(copies.values())], [1], 'each row exists exactly once on the platform');
  });

  it('when the network keeps failing after the platform committed a batch, stops with it in doubt; the re-run creates nothing twice', async () => {
    const file = join(dir, 'network.csv');
    await writeCreditsCsv(file, 15, 3000);
    const proxy = await answerLosingProxy(sandbox.url, 2, 'cut');
    const first = await runCli([
      ...args(file, proxy.url),
      '--batch-size',
      '5',
      '--concurrency',
      '1',
      '--json',
    ]);
    await proxy.close();
    // The client retried batch 2 with its Idempotency-Key (each retry answered from the platform's record, and
    // cut again), then gave up: the run fails with those rows in doubt and batch 3 never sent.
    assert.equal(first.code, 1, first.stderr);
    const summary = JSON.parse(first.stdout) as { status: string; submitted: number; pending: number };
    assert.deepEqual([summary.status, summary.submitted, summary.pending], ['failed', 5, 5]);
    assert.match(first.stderr, /could not reach the server/);
    const refs = await refsOf(file);
    assert.deepEqual([...(await copiesOnPlatform(refs.slice(5, 10))).values()], Array(5).fill(1));

    const second = await runCli([...args(file), '--batch-size', '5', '--json']);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(
      [...new Set((await copiesOnPlatform(refs)).values())],
      [1],
      'each row exists exactly once',
    );
    assert.equal((await readResults(join(dir, 'network.results.csv'))).length, 15);
  });

  it('refuses a file with bad rows unless --skip-invalid, which records them (masked) and submits the rest', async () => {
    const refused = await runCli([
      ...args(fixture('credits-mixed.csv')),
      '--results',
      join(dir, 'mixed.csv'),
    ]);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /nothing was submitted/);
    await assert.rejects(stat(join(dir, 'mixed.csv')), 'no results file: nothing was sent');

    const skipped = await runCli([
      ...args(fixture('credits-mixed.csv')),
      '--results',
      join(dir, 'mixed.csv'),
      '--skip-invalid',
    ]);
    assert.equal(skipped.code, 1, 'invalid rows still make the run fail');
    // Lines come in the order rows were answered (invalid ones at once, valid ones per batch): sort by row.
    const rows = (await readResults(join(dir, 'mixed.csv'))).sort((a, b) => Number(a.row) - Number(b.row));
    assert.deepEqual(
      rows.map((row) => [row.row, row.status]),
      [
        ['2', 'submitted'],
        ['3', 'submitted'],
        ['4', 'invalid'],
        ['5', 'submitted'],
        ['6', 'submitted'],
        ['8', 'invalid'],
        ['9', 'invalid'],
        ['10', 'invalid'],
        ['11', 'invalid'],
        ['12', 'invalid'],
        ['13', 'invalid'],
      ],
    );
    const text = await readFile(join(dir, 'mixed.csv'), 'utf8');
    assert.doesNotMatch(text, /\d{17}[\dXx]/, 'no full ID number in the results file');
    assert.equal(rows[0]!.residentId, '1101**********0016');
  });
});

describe('credits submit: refused keys, refused rows, results folder', () => {
  it('refuses a publishable key up front (exit 2) and sends nothing', async () => {
    const file = join(dir, 'pk.csv');
    await writeCreditsCsv(file, 3, 4000);
    const args = [
      'credits',
      'submit',
      file,
      '--api-key',
      sandbox.keys.publishable,
      '--base-url',
      sandbox.url,
    ];
    const run = await runCli(args);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /须为密钥（lc_sk_…）.*must be a secret key/);
    assert.doesNotMatch(run.stdout, /提交完成/);
    await assert.rejects(stat(join(dir, 'pk.results.csv')), 'no results file: nothing was sent');
    assert.deepEqual([...new Set((await copiesOnPlatform(await refsOf(file))).values())], [0]);
  });

  it('an unknown secret key (401) is a definite failure with the server’s message, not rows in doubt', async () => {
    const file = join(dir, 'unknown-key.csv');
    await writeCreditsCsv(file, 4, 4100);
    const unknownKey = 'lc_sk_test_nobody_knows_this_key_0000';
    const base = ['credits', 'submit', file, '--api-key', unknownKey, '--base-url', sandbox.url];
    const text = await runCli([...base, '--lang', 'en']);
    assert.equal(text.code, 1, text.stderr);
    assert.doesNotMatch(text.stdout, /^Done/);
    assert.match(text.stdout, /Stopped before the end: 0 submitted now/);
    assert.doesNotMatch(text.stderr, /unknown outcome/);
    assert.match(text.stderr, /learning-city: .*(key|auth)/i);
    assert.doesNotMatch(text.stderr, /\d{17}[\dXx]/, 'no ID number in the message');

    const json = await runCli([...base, '--json']);
    assert.equal(json.code, 1, json.stderr);
    const summary = JSON.parse(json.stdout) as { status: string; pending: number; error: { code: string } };
    assert.deepEqual([summary.status, summary.pending], ['failed', 0]);
    assert.doesNotMatch(json.stderr, /结果未知/);
    // The refused batch is closed in the journal: nothing to check on the next run.
    assert.deepEqual(await readPending(join(dir, 'unknown-key.results.csv.journal')), []);
    assert.deepEqual([...new Set((await copiesOnPlatform(await refsOf(file))).values())], [0]);
  });

  it('a resumed batch whose rows the platform rejects records each of them once and counts progress once per row', async () => {
    const file = join(dir, 'resume-rejected.csv');
    await writeCreditsCsv(file, 10, 4200);
    const refs = await refsOf(file);
    const resultsPath = join(dir, 'resume-rejected.results.csv');
    // What a crash leaves: the first five rows journaled as sent, never answered.
    const journal = await Journal.open(journalPath(resultsPath), []);
    const first = refs.slice(0, 5);
    await journal.sent({
      key: batchKey(first),
      sentAt: new Date().toISOString(),
      refs: first,
      by: apiKeyFingerprint(sandbox.keys.secret),
    });
    await journal.close();
    // The platform refuses rows 2 and 3 of that batch (the proxy spoils their ID number on the way).
    const proxy = await rowSpoilingProxy(sandbox.url, new Set([refs[1]!, refs[2]!]));
    const run = await runCli([...args(file, proxy.url), '--batch-size', '4', '--json']);
    await proxy.close();
    assert.equal(run.code, 1, run.stderr);
    const summary = JSON.parse(run.stdout) as { submitted: number; rejected: number };
    assert.deepEqual([summary.submitted, summary.rejected], [8, 2]);
    const rows = await readResults(resultsPath);
    assert.equal(rows.length, 10, 'one results line per row');
    assert.deepEqual(
      rows
        .filter((row) => row.status === 'rejected')
        .map((row) => row.externalRef)
        .sort(),
      [refs[1], refs[2]].sort(),
    );
    assert.equal(proxy.sent.filter((ref) => ref === refs[1]).length, 1, 'a refused row is sent once');
    const progress = [...run.stderr.matchAll(/(\d+)\/(\d+)/g)].map((match) => Number(match[1]));
    assert.ok(progress.length > 0, run.stderr);
    assert.ok(
      progress.every((done) => done <= 10),
      `progress never passes the total: ${progress.join(', ')}`,
    );
    assert.equal(progress.at(-1), 10);
  });

  it('keys each row’s externalRef with the secret key: not a plain hash of the row (ID number inside), another key gives other refs, the same key the same refs on every run', async () => {
    const file = join(dir, 'keyed-ref.csv');
    await writeCreditsCsv(file, 3, 4400);
    const first = await runCli([...args(file), '--results', join(dir, 'keyed-1.csv')]);
    assert.equal(first.code, 0, first.stderr);
    const refs = (await readResults(join(dir, 'keyed-1.csv')))
      .sort((a, b) => Number(a.row) - Number(b.row))
      .map((row) => row.externalRef);
    const bodies = await bodiesOf(file);
    assert.equal(refs.length, 3);
    for (const [i, ref] of refs.entries()) {
      const json = sortedJson(bodies[i]);
      // Anyone holding the ref could brute-force an unkeyed hash of name + ID number; this needs the secret key.
      assert.match(ref, /^lc2-[0-9a-f]{40}$/);
      assert.notEqual(ref.slice(4), createHash('sha256').update(json).digest('hex').slice(0, 40));
      assert.equal(
        ref.slice(4),
        createHmac('sha256', sandbox.keys.secret).update(json).digest('hex').slice(0, 40),
      );
    }
    // The refs the platform holds are these, one submission each.
    assert.deepEqual([...(await copiesOnPlatform(refs)).values()], [1, 1, 1]);

    // Another institution's key gives other refs for the same rows (read from the journal it writes before
    // sending; the sandbox refuses that key with 401, so nothing is created with them).
    const otherKey = 'lc_sk_test_another_institution_0000';
    const other = await runCli([
      'credits',
      'submit',
      file,
      '--api-key',
      otherKey,
      '--base-url',
      sandbox.url,
      '--results',
      join(dir, 'keyed-other.csv'),
    ]);
    assert.equal(other.code, 1, other.stderr);
    const journal = await readFile(join(dir, 'keyed-other.csv.journal'), 'utf8');
    const sent = JSON.parse(journal.split('\n')[0]!) as { refs: string[] };
    assert.equal(sent.refs.length, 3);
    assert.deepEqual(sent.refs, await refsOf(file, otherKey));
    for (const ref of sent.refs) assert.ok(!refs.includes(ref), 'another key, another ref');

    // A second run with the same key (fresh results file) computes the same refs: resuming and lookup by
    // externalRef after the 24 h idempotency window work.
    const again = await runCli([...args(file), '--results', join(dir, 'keyed-2.csv')]);
    assert.equal(again.code, 0, again.stderr);
    const refsAgain = (await readResults(join(dir, 'keyed-2.csv')))
      .sort((a, b) => Number(a.row) - Number(b.row))
      .map((row) => row.externalRef);
    assert.deepEqual(refsAgain, refs);
  });

  it('masks a full-width ID number (typed with a Chinese input method) in the results CSV like a half-width one', async () => {
    const file = join(dir, 'full-width.csv');
    const id = fictionalResidentId(4500);
    const fullWidth = id.replace(/[0-9X]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    assert.notEqual(fullWidth, id);
    const row = creditsCsvRow(4500).replace(id, fullWidth);
    await writeFile(file, `${CREDITS_CSV_HEADER}\n${row}\n`);
    const run = await runCli([...args(file), '--results', join(dir, 'full-width.results.csv')]);
    assert.equal(run.code, 0, run.stderr);
    const [line] = await readResults(join(dir, 'full-width.results.csv'));
    assert.equal(line!.status, 'submitted');
    assert.equal(line!.residentId, `${id.slice(0, 4)}**********${id.slice(14)}`);
  });

  it('creates a --results folder that does not exist yet', async () => {
    const file = join(dir, 'folder.csv');
    await writeCreditsCsv(file, 2, 4300);
    const results = join(dir, 'not', 'there', 'out.csv');
    const run = await runCli([...args(file), '--results', results]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal((await readResults(results)).length, 2);
  });
});

/**
 * The references the file's rows get with `refKey` (by default the sandbox's secret key, which the runs use), in
 * file order (via a validation-only pass of the same reader).
 */
async function refsOf(file: string, refKey: string = sandbox.keys.secret): Promise<string[]> {
  const refs: string[] = [];
  for await (const row of readCredits(file, { locale: 'en', refKey })) if (row.ok) refs.push(row.ref);
  return refs;
}

/** The bodies the file's valid rows submit, in file order. */
async function bodiesOf(file: string): Promise<CreditSubmissionCreate[]> {
  const bodies: CreditSubmissionCreate[] = [];
  for await (const row of readCredits(file, { locale: 'en' })) if (row.ok) bodies.push(row.body);
  return bodies;
}

/** A body as JSON with its keys sorted at every level (what a row's reference is computed over). */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/**
 * A proxy to the sandbox that passes everything through, except batch POSTs from the `nth` on: those reach the
 * sandbox (which commits them) but their answer never comes back — held forever (`hold`: what a crash looks
 * like from the server) or the connection cut (`cut`: a network that fails after the work is done).
 */
async function answerLosingProxy(target: string, nth: number, mode: 'hold' | 'cut' = 'hold') {
  let batches = 0;
  let lost!: () => void;
  const committedButUnanswered = new Promise<void>((resolve) => (lost = resolve));
  const server: Server = createServer((incoming, outgoing) => {
    const isBatch = incoming.method === 'POST' && incoming.url === '/v1/credit-submissions/batch';
    const drop = isBatch && ++batches >= nth && (mode === 'cut' || batches === nth);
    const upstream = request(new URL(incoming.url!, target), {
      method: incoming.method,
      headers: incoming.headers,
    });
    upstream.on('response', (response) => {
      if (drop) {
        response.resume();
        response.on('end', () => {
          if (mode === 'cut') outgoing.socket?.destroy();
          lost();
        });
        return;
      }
      outgoing.writeHead(response.statusCode!, response.headers);
      response.pipe(outgoing);
    });
    incoming.pipe(upstream);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    committedButUnanswered,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A proxy to the sandbox that spoils the ID number of the batch rows whose `externalRef` is in `spoil`, so the
 * platform rejects those rows; `sent` lists every reference that passed through in a batch.
 */
async function rowSpoilingProxy(target: string, spoil: ReadonlySet<string>) {
  const sent: string[] = [];
  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      let body = Buffer.concat(chunks);
      if (incoming.method === 'POST' && incoming.url === '/v1/credit-submissions/batch') {
        const items = JSON.parse(body.toString('utf8')) as {
          items: { externalRef: string; learner: { residentId: string } }[];
        };
        for (const item of items.items) {
          sent.push(item.externalRef);
          if (spoil.has(item.externalRef)) item.learner.residentId = 'not-an-id';
        }
        body = Buffer.from(JSON.stringify(items));
      }
      const headers = { ...incoming.headers, 'content-length': String(body.length) };
      const upstream = request(new URL(incoming.url!, target), { method: incoming.method, headers });
      upstream.on('response', (response) => {
        outgoing.writeHead(response.statusCode!, response.headers);
        response.pipe(outgoing);
      });
      upstream.end(body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
