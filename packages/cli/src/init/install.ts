// Installs a generated project's dependencies with the package manager that ran the CLI (npm by default).
import { spawn } from 'node:child_process';

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'bun';

/** The package manager from `npm_config_user_agent` (`pnpm dlx`, `yarn dlx`, `bunx` set it), else npm. */
export function detectPackageManager(userAgent = process.env.npm_config_user_agent ?? ''): PackageManager {
  const name = userAgent.split('/')[0];
  return name === 'pnpm' || name === 'yarn' || name === 'bun' ? name : 'npm';
}

/**
 * Runs `<pm> install` in `dir`. Its output goes to stderr, so stdout stays clean for `--json`.
 * Resolves to whether it succeeded.
 */
export function installDependencies(dir: string, pm: PackageManager): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(pm, ['install'], {
      cwd: dir,
      stdio: ['ignore', process.stderr, process.stderr],
      shell: process.platform === 'win32',
    });
    child.once('error', () => resolve(false));
    child.once('exit', (code) => resolve(code === 0));
  });
}
