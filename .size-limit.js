// Size budgets, checked by `npm run size` (in `npm test`, after the build; it fails when one is exceeded).
// Minified + gzip, in KiB as the benches print them (size-limit reports in kB: 30 KiB shows as 30.72 kB).
// The budgets are the issues':
// - learning-city.js, the CDN file as built: every widget, the registration form and the lazy parts inlined,
//   Lit and core, each counted once;
// - each widget entry with Lit and the core it uses inlined, without what it loads on first use (the
//   registration form, the .ics writer), as scripts/size-bundles.ts bundles it into dist/size/;
// - the core client with every model, and the courses + registrations entry.
import { existsSync, readdirSync } from 'node:fs';

const cdnFile = 'packages/widgets/dist/cdn/learning-city.js';
if (!existsSync(cdnFile) || !existsSync('dist/size/core-client.js')) {
  throw new Error(
    'Build first: `npm run build` writes the CDN file, then `npm run size` bundles the entries.',
  );
}
const widgets = readdirSync('dist/size')
  .filter((file) => file.startsWith('widget-'))
  .sort();

/** @type {import('size-limit').SizeLimitConfig} */
export default [
  { name: 'CDN learning-city.js (every widget, Lit and core once)', path: cdnFile, limit: '50 KiB' },
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
