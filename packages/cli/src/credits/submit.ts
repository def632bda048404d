// `credits submit`: validates a credits file, then submits its rows in batches so that no row is ever created twice.
//
// How re-runs stay safe: each row's reference (`externalRef`, `lc2-…`) is a keyed hash of its content, and each
// batch's Idempotency-Key a hash of its rows' references. A batch is written to the journal before it is sent
// and marked answered after its results are on disk. A later run skips rows the results file records as
// submitted, and sends each batch the journal holds unanswered again exactly as it was, with the same key: the
// platform answers a key it has seen from its record instead of creating the rows again. Where that cannot
// work (the file changed under the batch, or the key is older than the platform's 24 h), each of its rows is
// looked up by `externalRef` before anything is sent again.
import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  LearningCityError,
  redactText,
  type CreditSubmissionCreate,
  type LearningCityClient,
  type Problem,
} from '@learning-city/core';
import { CliError } from '../cli-error.js';
import { Journal, readPending, type PendingBatch } from './journal.js';
import type { SubmitCounts } from './messages.js';
import { readCredits, type CheckedRow, type ReadCreditsOptions } from './records.js';
import { readSubmitted, ResultsFile, type ResultLine } from './results-file.js';
import { validateCreditsFile, type ValidationSummary } from './validate.js';

/** A pending batch older than this is checked row by row instead of replayed (the platform keeps keys 24 h). */
const REPLAY_WINDOW_MS = 23 * 3600_000;

export interface SubmitOptions extends Omit<ReadCreditsOptions, 'onEncoding' | 'refKey'> {
  client: LearningCityClient;
  /** The key of the rows' references: the secret API key (required, so every pass of a run agrees on them). */
  refKey: string;
  resultsPath: string;
  batchSize: number;
  concurrency: number;
  /** Submit the valid rows of a file that also has invalid ones (recorded as `invalid`). */
  skipInvalid: boolean;
  /** Once aborted, no further batch is started; batches in flight finish and are recorded. */
  stop?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /**
   * A fingerprint of the API key (see {@link apiKeyFingerprint}), journaled with each batch: a batch sent with
   * another key is looked up rather than replayed, since the platform scopes Idempotency-Keys per API key.
   */
  credential?: string;
  /** Heard when batches of an interrupted run are being checked, with their row count. */
  onRecovering?: (rows: number) => void;
  now?: () => Date;
}

export type SubmitOutcome =
  | { status: 'invalid'; validation: ValidationSummary }
  | { status: 'done' | 'interrupted' | 'failed'; counts: SubmitCounts; error?: unknown };

type ValidRow = Extract<CheckedRow, { ok: true }>;

/** The journal that goes with a results file. */
export const journalPath = (resultsPath: string) => `${resultsPath}.journal`;

/** The Idempotency-Key of a batch: a hash of its rows' references, in order. */
export function batchKey(refs: readonly string[]): string {
  return 'lc-batch-' + createHash('sha256').update(refs.join('\n')).digest('hex');
}

/** A short, one-way fingerprint of an API key, for the journal (never the key itself). */
export function apiKeyFingerprint(apiKey: string): string {
  return createHash('sha256').update(apiKey).digest('hex').slice(0, 16);
}

/** Validates, then submits; see the module comment for how a re-run avoids duplicates. */
export async function submitCredits(path: string, options: SubmitOptions): Promise<SubmitOutcome> {
  const validation = await validateCreditsFile(path, options);
  if (validation.fatal || (validation.badRows > 0 && !options.skipInvalid))
    return { status: 'invalid', validation };

  await mkdir(dirname(options.resultsPath), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(
      `Cannot create the folder for the results file (${dirname(options.resultsPath)}): ${error.code ?? error.message}`,
      {
        code: 'results_unwritable',
      },
    );
  });
  const release = await lock(`${options.resultsPath}.lock`);
  try {
    return await new Submission(path, options, validation.valid).run();
  } finally {
    await release();
  }
}

class Submission {
  readonly counts: SubmitCounts = { submitted: 0, alreadySubmitted: 0, rejected: 0, invalid: 0, pending: 0 };
  /** References created on the platform (by this run or an earlier one). */
  private readonly done = new Set<string>();
  /** References the platform refused in this run: recorded once, never sent again by this run. */
  private readonly refused = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown;
  private results!: ResultsFile;
  private journal!: Journal;
  private progress = 0;
  private reported = 0;

  constructor(
    private readonly path: string,
    private readonly options: SubmitOptions,
    private readonly total: number,
  ) {}

  async run(): Promise<SubmitOutcome> {
    const { resultsPath } = this.options;
    const earlier = await readSubmitted(resultsPath);
    for (const ref of earlier.keys()) this.done.add(ref);
    const pending = (await readPending(journalPath(resultsPath))).filter((batch) =>
      batch.refs.some((ref) => !this.done.has(ref)),
    );
    this.results = await ResultsFile.open(resultsPath, earlier);
    this.journal = await Journal.open(journalPath(resultsPath), pending);
    try {
      const recovered = await this.recover(pending);
      if (this.failure === undefined) await this.submitRows(recovered);
      await Promise.all(this.inFlight);
    } finally {
      await this.results.close();
      await this.journal.close();
    }
    if (this.progress !== this.reported) this.options.onProgress?.(this.progress, this.total);
    if (this.failure !== undefined) return { status: 'failed', counts: this.counts, error: this.failure };
    if (this.options.stop?.aborted) return { status: 'interrupted', counts: this.counts };
    await rm(journalPath(resultsPath), { force: true });
    return { status: 'done', counts: this.counts };
  }

  /** Settles the batches an interrupted run left unanswered; answers the references it settled. */
  private async recover(pending: readonly PendingBatch[]): Promise<Set<string>> {
    const settled = new Set<string>();
    if (pending.length === 0) return settled;
    const wanted = new Set(pending.flatMap((batch) => batch.refs));
    this.options.onRecovering?.(wanted.size);
    const rows = new Map<string, ValidRow>();
    for await (const row of readCredits(this.path, this.options)) {
      if (row.ok && wanted.has(row.ref)) rows.set(row.ref, row);
    }
    const now = (this.options.now ?? (() => new Date()))().getTime();
    for (const batch of pending) {
      if (this.failure !== undefined || this.options.stop?.aborted) break;
      const batchRows = batch.refs.map((ref) => rows.get(ref));
      const replayable =
        batchRows.every((row) => row !== undefined) &&
        now - Date.parse(batch.sentAt) < REPLAY_WINDOW_MS &&
        batch.by === this.options.credential;
      if (replayable) {
        await this.send(batch.key, batchRows as ValidRow[], { replay: true });
      } else {
        await this.lookUp(batch, rows);
      }
      // A row created or refused is settled (counted and given its line here); any other is sent in the main pass.
      for (const ref of batch.refs) if (this.done.has(ref) || this.refused.has(ref)) settled.add(ref);
    }
    return settled;
  }

  /** Finds each row of a batch that cannot be replayed by its `externalRef`, and records what exists. */
  private async lookUp(batch: PendingBatch, rows: Map<string, ValidRow>): Promise<void> {
    try {
      const found: ResultLine[] = [];
      for (const ref of batch.refs) {
        if (this.done.has(ref)) continue;
        const page = await this.options.client.creditSubmissions.list({ externalRef: ref, limit: 1 });
        const submission = page.data[0];
        if (!submission) continue;
        const row = rows.get(ref);
        found.push({
          row: row?.row ?? 0,
          ref,
          status: 'submitted',
          submissionId: submission.id,
          display: row?.display ?? {
            nameMasked: submission.learner.nameMasked,
            residentIdMasked: submission.learner.residentIdMasked,
            title: submission.outcome.title,
          },
        });
      }
      await this.results.append(found);
      for (const line of found) this.done.add(line.ref);
      this.counts.submitted += found.length;
      this.progress += found.length;
      await this.journal.answered(batch.key);
    } catch (error) {
      this.failure ??= error;
    }
  }

  /** The main pass: every valid row not yet created goes into a batch; invalid rows are recorded. */
  private async submitRows(recovered: Set<string>): Promise<void> {
    let batch: ValidRow[] = [];
    /** Invalid rows' lines, written in groups rather than one flush each. */
    const invalid: ResultLine[] = [];
    for await (const row of readCredits(this.path, this.options)) {
      if (this.options.stop?.aborted || this.failure !== undefined) break;
      if (!row.ok) {
        const message = row.errors.map((error) => `${error.column}: ${error.message}`).join('; ');
        invalid.push({ row: row.row, ref: '', status: 'invalid', display: row.display, message });
        this.counts.invalid += 1;
        if (invalid.length >= this.options.batchSize) await this.results.append(invalid.splice(0));
        continue;
      }
      // Rows settled while recovering were counted (and their progress added) then.
      if (recovered.has(row.ref)) continue;
      if (this.done.has(row.ref)) {
        this.counts.alreadySubmitted += 1;
        this.progress += 1;
        continue;
      }
      batch.push(row);
      if (batch.length === this.options.batchSize) {
        await this.dispatch(batch);
        batch = [];
      }
    }
    await this.results.append(invalid);
    if (batch.length > 0 && !this.options.stop?.aborted && this.failure === undefined)
      await this.dispatch(batch);
  }

  /** Journals a batch, then sends it, keeping at most `concurrency` batches in flight. */
  private async dispatch(rows: ValidRow[]): Promise<void> {
    const refs = rows.map((row) => row.ref);
    const key = batchKey(refs);
    const sentAt = (this.options.now ?? (() => new Date()))().toISOString();
    await this.journal.sent({ key, sentAt, refs, by: this.options.credential });
    const sending: Promise<void> = this.send(key, rows).finally(() => this.inFlight.delete(sending));
    this.inFlight.add(sending);
    while (this.inFlight.size >= this.options.concurrency) await Promise.race(this.inFlight);
  }

  /**
   * Sends one batch with its key and records the answer. A failure stops the run: with the batch in doubt when
   * no answer came (or the server failed), or as refused when the platform answered 4xx (nothing was created).
   */
  private async send(key: string, rows: readonly ValidRow[], { replay = false } = {}): Promise<void> {
    try {
      const items: CreditSubmissionCreate[] = rows.map((row) => ({ ...row.body, externalRef: row.ref }));
      const answer = await this.options.client.creditSubmissions.createBatch(items, { idempotencyKey: key });
      if (answer.results.length !== rows.length) {
        throw new CliError(`The platform answered ${answer.results.length} results for ${rows.length} rows`, {
          code: 'batch_mismatch',
        });
      }
      const lines: ResultLine[] = answer.results.map((result) => {
        const row = rows[result.index]!;
        return result.ok
          ? {
              row: row.row,
              ref: row.ref,
              status: 'submitted',
              submissionId: result.submission.id,
              display: row.display,
            }
          : {
              row: row.row,
              ref: row.ref,
              status: 'rejected',
              display: row.display,
              message: problemText(result.error),
            };
      });
      const fresh = lines.filter((line) => !this.done.has(line.ref));
      await this.results.append(fresh);
      for (const line of fresh) {
        if (line.status === 'submitted') {
          this.done.add(line.ref);
          this.counts.submitted += 1;
        } else {
          this.refused.add(line.ref);
          this.counts.rejected += 1;
        }
      }
      await this.journal.answered(key);
      this.progress += rows.length;
      this.reported = this.progress;
      this.options.onProgress?.(this.progress, this.total);
    } catch (error) {
      if (isRefusal(error)) {
        // A 4xx answer means the platform created nothing from this request. A fresh batch is closed in the
        // journal; a replayed one stays (an earlier attempt may have been committed), for the next run to check.
        this.failure ??= new CliError(refusalText(error), { code: error.code ?? 'api_error' });
        if (!replay) await this.journal.answered(key).catch(() => undefined);
        return;
      }
      this.failure ??= error;
      this.counts.pending += rows.length;
    }
  }
}

/** A 4xx answer (not a timeout or rate limit given up on): a definite refusal of the whole request. */
function isRefusal(error: unknown): error is LearningCityError {
  const status = error instanceof LearningCityError ? error.status : undefined;
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** The server's message for a refused batch, masked, with its status and Request-Id. */
function refusalText(error: LearningCityError): string {
  const request =
    error.requestId && !error.message.includes(error.requestId) ? ` (Request-Id ${error.requestId})` : '';
  return `${redactText(error.message)}${request}`;
}

/** A row's problem as one line, with any ID or mobile number in it masked. */
function problemText(problem: Problem): string {
  const fields = (problem.errors ?? []).map((issue) => `${issue.path}: ${issue.message}`).join('; ');
  return redactText(fields || problem.detail || problem.title);
}

/**
 * Takes `<results>.lock` so two runs cannot submit from one results file at once; a lock left by a process
 * that no longer runs (a crash) is taken over.
 */
async function lock(path: string): Promise<() => Promise<void>> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.write(String(process.pid));
      await handle.close();
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
        throw new CliError(`Another credits submit (pid ${pid}) is using this results file (${path}).`, {
          code: 'results_locked',
        });
      }
      await rm(path, { force: true });
    }
  }
  throw new CliError(`Could not take the lock ${path}`, { code: 'results_locked' });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
