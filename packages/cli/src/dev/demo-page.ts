// The page `learning-city dev` serves: the html template (what `init --template html` creates), with the
// widgets loaded from the installed @learning-city/widgets through an import map, under a strict CSP.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillPlaceholders, TEMPLATES_DIR } from '../init/templates.js';
import type { ModuleMap } from './module-map.js';

/** The module the page loads: it registers every Learning City element. */
export const WIDGETS_ENTRY_PATH = '/_lc/learning-city.js';

/** The source of that module: an import of each element entry (`@learning-city/widgets/<element>`). */
export function widgetsEntrySource(modules: ModuleMap): string {
  return Object.entries(modules.imports)
    .filter(
      ([specifier, url]) => specifier.startsWith('@learning-city/widgets/') && url.endsWith('/define.js'),
    )
    .map(([specifier]) => `import '${specifier}';\n`)
    .join('');
}

export interface DemoPage {
  html: string;
  css: Buffer;
  /** The Content-Security-Policy the page is served with: scripts from the page's origin and one import map. */
  contentSecurityPolicy: string;
}

export function renderDemoPage(options: {
  apiBase: string;
  publishableKey: string;
  modules: ModuleMap;
}): DemoPage {
  const dir = join(TEMPLATES_DIR, 'html');
  const importMap = JSON.stringify({ imports: options.modules.imports });
  const hash = createHash('sha256').update(importMap).digest('base64');
  const html = fillPlaceholders(
    readFileSync(join(dir, 'index.html'), 'utf8'),
    {
      packageName: 'Learning City · learning-city dev',
      apiBase: options.apiBase,
      publishableKey: options.publishableKey,
      widgetsScript: WIDGETS_ENTRY_PATH,
    },
    'html/index.html',
  ).replace(
    '<script type="module"',
    `<script type="importmap">${importMap}</script>\n    <script type="module"`,
  );
  const contentSecurityPolicy = [
    "default-src 'self'",
    // An inline import map is a script: allowed by its hash, nothing else inline.
    `script-src 'self' 'sha256-${hash}'`,
    "style-src 'self'",
    `img-src 'self' data: blob: ${options.apiBase}`,
    `connect-src 'self' ${options.apiBase}`,
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { html, css: readFileSync(join(dir, 'styles.css')), contentSecurityPolicy };
}
