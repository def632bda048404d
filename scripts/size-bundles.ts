// Writes the bundles that `npm run size` checks against the issues' budgets into dist/size/, bundled as the
// benches do (scripts/browser-bundle.ts: rollup + terser, sources through the `@learning-city/source` condition):
// - each widget entry (`@learning-city/widgets/<name>`) with Lit and the core it uses inlined, as a partner's
//   bundler makes it: the code a page runs at once, without the chunks it loads on first use;
// - the core entries of the core bench (packages/core/bench/core.bench.ts).
// The CDN file (learning-city.js) is measured as built. Budgets: .size-limit.js.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { SIZE_ENTRIES } from '../packages/core/bench/core.bench.js';
import { bundleForBrowser } from './browser-bundle.js';
import { elementEntries } from './build-cdn.js';

/** File name in dist/size/ → the core bench entry it bundles. */
const CORE_FILES: Record<string, string> = {
  'core-client.js': 'createClient with all models',
  'core-courses-registrations.js': 'courses + registrations entry (course finder)',
};

const outDir = new URL('../dist/size/', import.meta.url);
const widgetsDir = new URL('../packages/widgets/', import.meta.url).pathname;
const coreDir = new URL('../packages/core/', import.meta.url).pathname;
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

/** The entry chunk and every chunk it imports statically: what loads before the entry runs. */
async function eagerCode(input: string): Promise<string> {
  const chunks = await bundleForBrowser({ input, rootDir: widgetsDir });
  const eager = new Set<string>();
  const visit = (name: string): void => {
    if (eager.has(name)) return;
    eager.add(name);
    chunks.find((chunk) => chunk.fileName === name)?.imports.forEach(visit);
  };
  visit(chunks.find((chunk) => chunk.isEntry)!.fileName);
  return chunks
    .filter((chunk) => eager.has(chunk.fileName))
    .map((chunk) => chunk.code)
    .join('\n');
}

const pkg = JSON.parse(readFileSync(`${widgetsDir}package.json`, 'utf8'));
for (const [name, input] of Object.entries(elementEntries(pkg))) {
  writeFileSync(new URL(`widget-${name}.js`, outDir), await eagerCode(input));
}
for (const [file, name] of Object.entries(CORE_FILES)) {
  const source = SIZE_ENTRIES[name];
  if (!source) throw new Error(`packages/core/bench/core.bench.ts has no size entry "${name}"`);
  const [chunk] = await bundleForBrowser({ source, rootDir: coreDir });
  writeFileSync(new URL(file, outDir), chunk!.code);
}
