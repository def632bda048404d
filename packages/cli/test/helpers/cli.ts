// Shared by the CLI's tests: run the real `learning-city` bin (from sources) in a child process, make scratch
// folders inside the repository (so generated projects resolve packages from its node_modules, offline), and
// run the repository's own tsc / vue-tsc / vite on them. Kept stable: the credits and qr tests may use it.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** packages/cli/ */
export const CLI_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The repository's root. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** The bin's source; run with tsx and the `@learning-city/source` condition. */
export const BIN_SOURCE = join(CLI_ROOT, 'src/bin.ts');
/** Where scratch folders go (git-ignored). */
export const TMP_ROOT = join(CLI_ROOT, '.tmp-test');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Added to the environment (which loses LC_* variables, so a developer's own keys never leak in). */
  env?: NodeJS.ProcessEnv;
  /** Killed (SIGKILL) after this long, so a hang fails the test instead of stalling it. @default 60000 */
  timeout?: number;
}

function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('LC_')) delete env[name];
  return { ...env, NO_COLOR: '1', ...extra };
}

/** A running child process with its output so far. */
export interface RunningProcess {
  child: ChildProcess;
  readonly stdout: string;
  readonly stderr: string;
  /** Resolves with stdout so far once it matches `pattern` (rejects if the process ends first). */
  waitForStdout(pattern: RegExp): Promise<string>;
  /** Resolves when the process has ended. */
  done: Promise<RunResult>;
}

/** Starts `node <args>` with stdin closed (so never a TTY), stdout and stderr captured. */
export function startNode(args: readonly string[], options: RunOptions = {}): RunningProcess {
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? CLI_ROOT,
    env: cleanEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const watchers = new Set<() => void>();
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    for (const check of watchers) check();
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 60_000);
  const done = new Promise<RunResult>((resolve) => {
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      for (const check of watchers) check();
      resolve({ code, signal, stdout, stderr });
    });
  });
  return {
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    waitForStdout(pattern) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(stdout)) {
            watchers.delete(check);
            resolve(stdout);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            watchers.delete(check);
            reject(
              new Error(
                `The process ended before printing ${pattern}.\nstdout: ${stdout}\nstderr: ${stderr}`,
              ),
            );
          }
        };
        watchers.add(check);
        check();
      });
    },
    done,
  };
}

/** Runs `node <args>` to the end. */
export function runNode(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return startNode(args, options).done;
}

/** Starts `learning-city <args>` from sources. */
export function startCli(args: readonly string[], options: RunOptions = {}): RunningProcess {
  return startNode(['--import', 'tsx', '--conditions=@learning-city/source', BIN_SOURCE, ...args], options);
}

/** Runs `learning-city <args>` from sources to the end. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return startCli(args, options).done;
}

/** A fresh, empty path under packages/cli/.tmp-test/ (not created), and a way to remove it. */
export function scratchPath(prefix: string): string {
  mkdirSync(TMP_ROOT, { recursive: true });
  return join(TMP_ROOT, `${prefix}-${randomBytes(4).toString('hex')}`);
}

export function removeScratch(path: string): void {
  rmSync(path, { recursive: true, force: true });
}

/** The repository's installed tools, run with node (no npx, no network). */
export const TOOLS = {
  tsc: join(REPO_ROOT, 'node_modules/typescript/bin/tsc'),
  vueTsc: join(REPO_ROOT, 'node_modules/vue-tsc/bin/vue-tsc.js'),
  vite: join(REPO_ROOT, 'node_modules/vite/bin/vite.js'),
} as const;
