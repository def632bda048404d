// The answers `init` needs, checked the same way whether they come from a flag, a prompt or a default.
import { basename, resolve } from 'node:path';
import { CliError } from '../cli-error.js';

/** The local sandbox `learning-city dev` starts: its API origin… */
export const DEFAULT_API_BASE = 'http://127.0.0.1:4010';
/**
 * …and its publishable key with the default seed (1). The sandbox derives keys from the seed, so this is public
 * test data, not a secret; the init test checks it against a real sandbox.
 */
export const SANDBOX_PUBLISHABLE_KEY = 'lc_pk_test_sbx1_8a4c9957a6062b17c5f4df08';
export const DEFAULT_DIR = 'learning-city-app';

const NPM_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/** An error message for an unusable npm package name, or undefined. */
export function checkPackageName(name: string): string | undefined {
  if (name.length === 0) return 'The package name is empty.';
  if (name.length > 214) return 'The package name is longer than 214 characters.';
  if (!NPM_NAME.test(name)) {
    return `"${name}" is not a valid npm package name (lowercase letters, digits, "-", "." and "_").`;
  }
  return undefined;
}

/**
 * A package name made from a folder name: `My App` → `my-app`; a name with no usable letters gets the default.
 * A name one of the template's dependencies has (`react`) gets `-app`: npm refuses to install a package into a
 * project of the same name.
 */
export function packageNameFor(dir: string, dependencies: readonly string[] = []): string {
  const name = basename(resolve(dir))
    .toLowerCase()
    .replace(/[^a-z0-9-._~]+/g, '-')
    .replace(/^[-._]+|[-.]+$/g, '');
  const usable = name && !checkPackageName(name) ? name : DEFAULT_DIR;
  return dependencies.includes(usable) ? `${usable}-app` : usable;
}

/** An error message for a package name that is one of the template's dependencies, or undefined. */
export function checkNotDependency(name: string, dependencies: readonly string[]): string | undefined {
  return dependencies.includes(name)
    ? `"${name}" is a dependency of the template, and npm refuses to install a package into a project of the same name; choose another (e.g. ${name}-app).`
    : undefined;
}

/** An error message for an unusable API origin, or undefined. */
export function checkApiBase(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a URL; give the API server's origin, e.g. https://api.example.cn.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The API base must be an http(s) URL.';
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    return `Give the API server's origin only (${url.origin}): the SDK adds /v1 itself.`;
  }
  return undefined;
}

/** The origin without a trailing slash, as the widgets and the client expect. */
export function normaliseApiBase(value: string): string {
  return new URL(value).origin;
}

/** An error message for a key that may not go into a page, or undefined. */
export function checkPublishableKey(key: string): string | undefined {
  if (key.startsWith('lc_sk_')) {
    return 'That is a secret key (lc_sk_…). A page can be read by anyone: give the publishable key (lc_pk_…).';
  }
  if (!/^lc_pk_(test|live)_[A-Za-z0-9_]+$/.test(key)) {
    return 'A publishable key looks like lc_pk_test_… or lc_pk_live_….';
  }
  return undefined;
}

/** Throws a usage error (exit code 2) when `problem` is set. */
export function ensure(problem: string | undefined, flag: string): void {
  if (problem) throw new CliError(`${flag}: ${problem}`, { code: 'invalid_option', exitCode: 2 });
}
