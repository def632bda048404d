// The terminal side of `credits submit`: options, progress on stderr, Ctrl+C, the summary and the exit code.
import { dirname, basename, extname, join } from 'node:path';
import { createClient, type OutcomeType } from '@learning-city/core';
import { CliError } from '../cli-error.js';
import { asCliErrors, toCliError } from './cli-errors.js';
import { errorTable } from './table.js';
import type { FileEncoding } from './decode.js';
import { commandMessages, resolveLocale } from './messages.js';
import { apiKeyFingerprint, submitCredits } from './submit.js';

export interface SubmitCommandOptions {
  apiKey: string;
  baseUrl: string;
  results?: string;
  batchSize: number;
  concurrency: number;
  skipInvalid?: boolean;
  encoding?: FileEncoding;
  type?: OutcomeType;
  lang?: string;
  json?: boolean;
}

/** `credits.csv` → `credits.results.csv`, beside it. */
export function defaultResultsPath(file: string): string {
  return join(dirname(file), `${basename(file, extname(file))}.results.csv`);
}

export async function runSubmit(file: string, options: SubmitCommandOptions): Promise<void> {
  const locale = resolveLocale(options.lang);
  const say = commandMessages(locale);
  const resultsPath = options.results ?? defaultResultsPath(file);
  // The credit bank takes secret keys only: any other key would be refused (401/403) with nothing created.
  if (!options.apiKey.startsWith('lc_sk_')) {
    throw new CliError(say.notSecretKey, { code: 'secret_key_required', exitCode: 2 });
  }
  const client = await asCliErrors(
    async () => createClient({ baseUrl: options.baseUrl, apiKey: options.apiKey, timeout: 120_000 }),
    locale,
  );
  const progress = progressReporter(say.progress);

  // The first Ctrl+C lets the batches in flight finish and be recorded; a second quits at once (the journal
  // makes even that safe to resume).
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    progress.clear();
    console.error(say.stopping);
  };
  process.on('SIGINT', onSigint);
  try {
    const outcome = await asCliErrors(
      () =>
        submitCredits(file, {
          client,
          credential: apiKeyFingerprint(options.apiKey),
          // Rows' references are keyed with the secret key: stable for this institution, unguessable to others.
          refKey: options.apiKey,
          resultsPath,
          batchSize: options.batchSize,
          concurrency: options.concurrency,
          skipInvalid: options.skipInvalid ?? false,
          locale,
          encoding: options.encoding,
          defaultType: options.type,
          stop: stop.signal,
          onProgress: progress.update,
          onRecovering: (rows) => console.error(say.recovering(rows)),
        }),
      locale,
      file,
    );
    progress.clear();
    if (outcome.status === 'invalid') {
      const { validation } = outcome;
      if (options.json) {
        console.log(
          JSON.stringify({ status: 'invalid', valid: validation.valid, errors: validation.errors }, null, 2),
        );
      } else {
        console.log(errorTable(validation.errors, locale) + '\n');
        console.log(say.refuseInvalid(validation.badRows));
      }
      process.exitCode = 1;
      return;
    }
    const { counts } = outcome;
    // A failed run (the connection lost for good, a refused key) still reports what it recorded.
    const failure = outcome.status === 'failed' ? toCliError(outcome.error, locale, file) : undefined;
    if (outcome.status === 'failed' && failure === undefined) throw outcome.error;
    if (options.json) {
      const error = failure ? { error: { code: failure.code, message: failure.message } } : {};
      console.log(
        JSON.stringify({ status: outcome.status, ...counts, results: resultsPath, ...error }, null, 2),
      );
    } else {
      // One summary: an interrupted run is not "done", a failed one neither.
      const summary =
        outcome.status === 'interrupted' ? say.interrupted : failure ? say.failed : say.submitted;
      console.log(summary(counts, resultsPath));
      if (counts.pending > 0) console.error(say.inDoubt(counts.pending));
    }
    if (failure) {
      console.error(`learning-city: ${failure.message}`);
      process.exitCode = failure.exitCode;
      return;
    }
    if (outcome.status === 'interrupted') process.exitCode = 130;
    else if (counts.rejected > 0 || counts.invalid > 0) process.exitCode = 1;
  } catch (error) {
    if (error instanceof CliError) progress.clear();
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

/** A bar redrawn in place on a terminal; on a pipe or file, one line per answered batch. */
function progressReporter(describe: (done: number, total: number) => string) {
  const tty = process.stderr.isTTY === true;
  let drawn = false;
  let last = 0;
  return {
    update(done: number, total: number) {
      if (!tty) {
        console.error(describe(done, total));
        return;
      }
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 30;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      process.stderr.write(
        `\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${percent}% ${describe(done, total)}`,
      );
      drawn = true;
    },
    clear() {
      if (drawn) process.stderr.write('\n');
      drawn = false;
    },
  };
}
