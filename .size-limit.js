// Size budgets, checked by `npm run size` (in `npm test`, after the build; it fails when one is exceeded).
// Minified + gzip, in KiB as the benches print them (size-limit reports in kB: 30 KiB shows as 30.72 kB).
// The budgets are the issues':
// - learning-city.js, the CDN file as built: what a page needs to show every widget, Lit and core counted
//   once; what the widgets load on first use waits in chunks beside it (entries.json) and is reported, not
//   budgeted, in the line after it;
// - each widget entry with Lit and the core it uses inlined, without what it loads on first use (the
//   registration form, the .ics writer), as scripts/size-bundles.ts bundles it into dist/size/;
// - the core client with every model, and the courses + registrations entry.
// What a page showing all three widgets fetches before any interaction (the file and the chunks the widgets load
// to render their data) is measured in Chromium by test/node/cdn.test.ts against the same 50 KiB.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const cdnFile = 'packages/widgets/dist/cdn/learning-city.js';
if (!existsSync(cdnFile) || !existsSync('dist/size/core-client.js')) {
  throw new Error(
    'Build first: `npm run build` writes the CDN file, then `npm run size` bundles the entries.',
  );
}
/** @type {string[]} */
const firstUse = JSON.parse(readFileSync('packages/widgets/dist/cdn/entries.json', 'utf8'))['learning-city']
  .dynamicImports;
const widgets = readdirSync('dist/size')
  .filter((file) => file.startsWith('widget-'))
  .sort();

/** @type {import('size-limit').SizeLimitConfig} */
export default [
  { name: 'CDN learning-city.js (every widget, Lit and core once)', path: cdnFile, limit: '50 KiB' },
  {
    name: 'CDN learning-city.js and everything it loads on first use (no budget)',
    path: [cdnFile, ...firstUse.map((file) => `packages/widgets/dist/cdn/${file}`)],
  },
  ...widgets.map((file) => ({
    name: `@learning-city/widgets/${file.slice('widget-'.length, -'.js'.length)} (with Lit and core)`,
    path: `dist/size/${file}`,
    limit: '30 KiB',
  })),
  { name: 'core: createClient with every model', path: 'dist/size/core-client.js', limit: '16 KiB' },
  {
    name: 'core: courses + registrations entry',
    path: 'dist/size/core-courses-registrations.js',
    limit: '11 KiB',
  },
].map((check) => ({ ...check, gzip: true }));
