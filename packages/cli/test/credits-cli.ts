// Runs the real `learning-city` bin from sources in a child process, for the credits and qr tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const CLI_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = fileURLToPath(new URL('../src/bin.ts', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the bin with `args`; the caller may signal the child before it ends. */
export function startCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): {
  child: ChildProcess;
  done: Promise<CliResult>;
  /** Resolves with stderr so far once it matches `pattern`. */
  waitForStderr(pattern: RegExp): Promise<string>;
} {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@learning-city/source', BIN, ...args],
    {
      cwd: CLI_ROOT,
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_SECRET_KEY: '', LC_BASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  const watchers: { pattern: RegExp; resolve: (text: string) => void }[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    for (const watcher of [...watchers]) {
      if (watcher.pattern.test(stderr)) {
        watchers.splice(watchers.indexOf(watcher), 1);
        watcher.resolve(stderr);
      }
    }
  });
  const done = new Promise<CliResult>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return {
    child,
    done,
    waitForStderr: (pattern) =>
      pattern.test(stderr)
        ? Promise.resolve(stderr)
        : new Promise((resolve, reject) => {
            watchers.push({ pattern, resolve });
            void done.then((result) =>
              reject(new Error(`the CLI ended before ${pattern}: ${result.stderr}`)),
            );
          }),
  };
}

/** Runs the bin to its end. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return startCli(args, env).done;
}
