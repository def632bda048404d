// Serves installed packages' ES modules to a browser as they are: an import map sends bare specifiers
// (`lit`, `@learning-city/core`, `zod/mini`) to URLs under /_lc/modules/, which map back to package folders.
// No bundler needed, so the demo page runs the very files a partner's bundler would pick up.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Export conditions a browser build resolves, in order of preference. */
const CONDITIONS = ['browser', 'import', 'module', 'default'];

export interface ModuleMap {
  /** The import map's `imports`: specifier (or prefix ending in `/`) → URL path. */
  imports: Record<string, string>;
  /** URL prefix (`/_lc/modules/lit@3.3.3/`) → the package's folder on disk. */
  roots: Map<string, string>;
}

interface PackageJson {
  name: string;
  version: string;
  exports?: unknown;
  module?: string;
  main?: string;
  dependencies?: Record<string, string>;
}

/** The folder of package `name` as Node would find it from `fromDir` (walking up node_modules). */
export function findPackageDir(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new Error(`Cannot find the package ${name} from ${fromDir}.`);
  }
}

/** The file an export target points to for a browser, following nested condition objects. */
function resolveTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const item of target) {
      const found = resolveTarget(item);
      if (found) return found;
    }
    return undefined;
  }
  if (target && typeof target === 'object') {
    for (const [condition, value] of Object.entries(target)) {
      if (CONDITIONS.includes(condition)) {
        const found = resolveTarget(value);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** Import-map entries for one package: each export (and `./x/*` pattern as a prefix), or its main file. */
function entriesFor(pkg: PackageJson, base: string): [string, string][] {
  const url = (file: string) => base + file.replace(/^\.\//, '');
  const exports = pkg.exports;
  if (exports === undefined) {
    const main = pkg.module ?? pkg.main ?? 'index.js';
    return [
      [pkg.name, url(main)],
      [`${pkg.name}/`, base],
    ];
  }
  const map =
    typeof exports === 'string' ||
    Array.isArray(exports) ||
    !Object.keys(exports as object).every((k) => k.startsWith('.'))
      ? { '.': exports }
      : (exports as Record<string, unknown>);
  const entries: [string, string][] = [];
  for (const [subpath, target] of Object.entries(map)) {
    const file = resolveTarget(target);
    if (!file || !/\.m?js$|\/\*$|\*\.m?js$/.test(file)) continue;
    const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    if (subpath.includes('*')) {
      // Only `./dir/*` → `./target/*` translates to an import-map prefix.
      if (subpath.endsWith('/*') && file.endsWith('/*'))
        entries.push([specifier.slice(0, -1), url(file.slice(0, -1))]);
      continue;
    }
    entries.push([specifier, url(file)]);
  }
  return entries;
}

/**
 * The import map for `rootPackage` and everything it depends on (not its peers), found from `fromDir`.
 * @example buildModuleMap('@learning-city/widgets', cliDir).imports['lit'] // '/_lc/modules/lit@3.3.3/index.js'
 */
export function buildModuleMap(rootPackage: string, fromDir: string): ModuleMap {
  const imports: Record<string, string> = {};
  const roots = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (name: string, from: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const dir = findPackageDir(name, from);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
    const base = `/_lc/modules/${pkg.name}@${pkg.version}/`;
    roots.set(base, dir);
    for (const [specifier, url] of entriesFor(pkg, base)) imports[specifier] ??= url;
    for (const dependency of Object.keys(pkg.dependencies ?? {})) visit(dependency, dir);
  };
  visit(rootPackage, fromDir);
  return { imports, roots };
}
