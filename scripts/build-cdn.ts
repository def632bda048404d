// Builds the CDN files of @learning-city/widgets into packages/widgets/dist/cdn/ (run by the widgets build):
// - learning-city.js: one ES module that registers every element (every element entry below, the provider),
//   so one <script type="module" src="…/learning-city.js"> works on any static host. What widgets load on
//   first use (the registration form, the .ics and JSON-LD writers, English strings, later form steps)
//   waits in chunks/all-*.js beside it and is fetched relative to the file. `npm run size` checks the
//   file against the 50 KiB budget; the lazy chunks are listed in entries.json.
// - <widget>.js: one entry per element (every `./<widget>` export whose source is src/<widget>/define.ts),
//   built together so they share chunks (chunks/): a page that loads two of them loads Lit and core once;
// - entries.json: which chunks each entry imports (for <link rel="modulepreload">, and the size budgets);
// - learning-city.css: the styles for before the elements are defined (src/not-defined.css).
// Sources are bundled through the `@learning-city/source` condition, as the size benches do.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserPlugin from '@rollup/plugin-terser';
import {
  rollup,
  type OutputChunk,
  type OutputOptions,
  type Plugin,
  type RollupCache,
  type RollupOptions,
} from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './minify-css-literals.js';
import { squeezeHtmlLiterals } from './squeeze-html-literals.js';

// The plugin's types are CommonJS-shaped; under NodeNext its default export needs this cast.
const terser = terserPlugin as unknown as (options?: object) => Plugin;

const widgetsDir = fileURLToPath(new URL('../packages/widgets/', import.meta.url));
const outDir = join(widgetsDir, 'dist/cdn');
const SOURCE = '@learning-city/source';

interface PackageJson {
  version: string;
  exports: Record<string, string | Record<string, string>>;
}

/** What one CDN entry loads: its own file, the chunks it imports at once, and those it loads on first use. */
export interface CdnEntry {
  file: string;
  imports: string[];
  dynamicImports: string[];
}

/** `event-calendar` → `./src/event-calendar/define.ts`, for every element entry in the exports map. */
export function elementEntries(pkg: PackageJson): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const target of Object.values(pkg.exports)) {
    const source = typeof target === 'object' ? target[SOURCE] : undefined;
    const match = source?.match(/^\.\/src\/([a-z-]+)\/define\.ts$/);
    if (match) entries[match[1]!] = join(widgetsDir, source!);
  }
  return entries;
}

const ALL_ENTRY = '\0learning-city-all.ts';

/**
 * The all-in-one entry: every element's define module (which registers it and exports its class), the
 * provider and the configuration helpers. Not src/index.ts: it imports <lc-registration-dialog> statically,
 * which the widgets load on first use (a register click), so the CDN file leaves it to a lazy chunk too.
 */
function allEntry(elements: Record<string, string>): Plugin {
  const source = [
    ...Object.values(elements).map((file) => `export * from ${JSON.stringify(file)};`),
    `export { LcProvider } from ${JSON.stringify(join(widgetsDir, 'src/provider/lc-provider.ts'))};`,
    `export { CONFIG_ATTRIBUTES, readConfig } from ${JSON.stringify(join(widgetsDir, 'src/shared/config.ts'))};`,
  ].join('\n');
  return {
    name: 'learning-city-all',
    resolveId: (id) => (id === ALL_ENTRY ? id : null),
    load: (id) => (id === ALL_ENTRY ? source : null),
  };
}

function inputOptions(input: RollupOptions['input'], cache: RollupCache | undefined): RollupOptions {
  return {
    input,
    cache,
    // Chunks loaded later may import shared code straight from an entry, so an entry is not split into a
    // tiny facade plus a chunk: learning-city.js holds the code itself.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      nodeResolve({
        rootDir: widgetsDir,
        exportConditions: [SOURCE, 'browser', 'import', 'default'],
        extensions: ['.ts', '.js'],
      }),
      minifyCssLiterals(),
      esbuild({ target: 'es2022', include: /\.[jt]s$/, exclude: [] }),
      squeezeHtmlLiterals(), // after esbuild: it reads JavaScript
    ],
    onwarn(warning, warn) {
      // Lit's and zod's `this` at module level and pure annotations are expected; anything else is shown.
      if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'INVALID_ANNOTATION') return;
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('/node_modules/')))
        return;
      warn(warning);
    },
  };
}

/** Shared by both builds: the second skips parsing and transforming what the first did. */
let cache: RollupCache | undefined;

async function write(
  input: RollupOptions['input'],
  output: OutputOptions,
  entry?: Plugin,
): Promise<OutputChunk[]> {
  const options = inputOptions(input, cache);
  if (entry) options.plugins = [entry, ...(options.plugins as Plugin[])];
  const bundle = await rollup(options);
  cache = bundle.cache;
  try {
    const { output: files } = await bundle.write({
      dir: outDir,
      format: 'es',
      sourcemap: true,
      // The maps point at the package's own src/ (shipped beside dist/) instead of embedding every source.
      sourcemapExcludeSources: true,
      // Keeps our banner and the `@license` notices of Lit (BSD-3-Clause asks binaries to carry them). Later
      // compress passes find what the first one's output allows (0.25 KiB off learning-city.js, gzip).
      plugins: [terser({ compress: { passes: 3 }, format: { comments: /^!|@license/ } })],
      ...output,
    });
    return files.filter((file): file is OutputChunk => file.type === 'chunk');
  } finally {
    await bundle.close();
  }
}

/** Builds every CDN file; returns what each entry loads. */
export async function buildCdn(): Promise<Record<string, CdnEntry>> {
  const pkg = JSON.parse(readFileSync(join(widgetsDir, 'package.json'), 'utf8')) as PackageJson;
  const banner = `/*! @learning-city/widgets ${pkg.version} | MIT */`;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const elements = elementEntries(pkg);
  // What a page needs to show every widget is in the file; what a widget loads on first use (the
  // registration form, the .ics and JSON-LD writers, English strings, later form steps) waits in chunks/.
  const all = await write(
    { 'learning-city': ALL_ENTRY },
    { entryFileNames: '[name].js', chunkFileNames: 'chunks/all-[name]-[hash].js', banner },
    allEntry(elements),
  );
  const perElement = await write(elements, {
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    banner,
  });

  const entries: Record<string, CdnEntry> = {};
  const byName = new Map([...all, ...perElement].map((chunk) => [chunk.fileName, chunk]));
  /** Every chunk `fileName` imports statically, transitively (what the browser fetches before running it). */
  const eager = (fileName: string, seen = new Set<string>()): Set<string> => {
    for (const dep of byName.get(fileName)?.imports ?? []) {
      if (!seen.has(dep)) eager(dep, seen.add(dep));
    }
    return seen;
  };
  for (const chunk of [...all, ...perElement].filter((c) => c.isEntry)) {
    const imports = [...eager(chunk.fileName)].sort();
    // Everything that may load later: chunks imported dynamically, what they import, and so on.
    const dynamicImports = new Set<string>();
    const pending = [chunk.fileName, ...imports];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      const chunkOf = byName.get(file);
      for (const dep of [
        ...(chunkOf?.dynamicImports ?? []),
        ...(dynamicImports.has(file) ? (chunkOf?.imports ?? []) : []),
      ]) {
        if (dep === chunk.fileName || imports.includes(dep) || dynamicImports.has(dep)) continue;
        dynamicImports.add(dep);
        pending.push(dep);
      }
    }
    entries[chunk.name] = { file: chunk.fileName, imports, dynamicImports: [...dynamicImports].sort() };
  }
  copyFileSync(join(widgetsDir, 'src/not-defined.css'), join(outDir, 'learning-city.css'));
  writeFileSync(join(outDir, 'entries.json'), `${JSON.stringify(entries, null, 2)}\n`);
  return entries;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const entries = await buildCdn();
  const names = Object.values(entries).map((entry) => entry.file);
  console.log(`CDN build: ${names.join(', ')} → ${outDir} (${Date.now() - started} ms)`);
}
