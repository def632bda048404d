// The templates `learning-city init` copies: plain folders shipped in the package (templates/<name>/), so
// scaffolding works offline. Text files get a few `__LC_…__` placeholders replaced; see templates/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TEMPLATE_NAMES = ['html', 'react', 'vue', 'node-service'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

export interface TemplateInfo {
  name: TemplateName;
  /** One line for the prompt and `--help`. */
  summary: string;
  /** Whether the template runs in a page (and so takes a publishable key) or on a server. */
  runsIn: 'browser' | 'server';
  /** Whether it has a package.json whose dependencies `--install` installs. */
  installable: boolean;
}

export const TEMPLATES: Record<TemplateName, TemplateInfo> = {
  html: {
    name: 'html',
    summary: 'a static page embedding the widgets with one <script> tag',
    runsIn: 'browser',
    installable: false,
  },
  react: {
    name: 'react',
    summary: 'a Vite + React 19 app using the elements with typed props and events',
    runsIn: 'browser',
    installable: true,
  },
  vue: {
    name: 'vue',
    summary: 'a Vite + Vue 3 app using the elements with typed props and events',
    runsIn: 'browser',
    installable: true,
  },
  'node-service': {
    name: 'node-service',
    summary: 'a Node program that submits learning outcomes to the credit bank (学分银行)',
    runsIn: 'server',
    installable: true,
  },
};

export function isTemplateName(value: string): value is TemplateName {
  return (TEMPLATE_NAMES as readonly string[]).includes(value);
}

/** The values a template's placeholders take. */
export interface TemplateValues {
  /** The generated package's name (package.json, page titles). */
  packageName: string;
  /** The platform API's origin, e.g. `http://127.0.0.1:4010`. */
  apiBase: string;
  /** A publishable key (`lc_pk_…`) for templates that run in a page. */
  publishableKey: string;
  /** The `src` of the widgets' script in the html template. */
  widgetsScript: string;
}

/** The CDN copy of the widgets' one-file build; a page may self-host the same file instead. */
export const WIDGETS_CDN_SCRIPT =
  'https://cdn.jsdelivr.net/npm/@learning-city/widgets@0.1/dist/cdn/learning-city.js';

const PLACEHOLDERS: Record<string, keyof TemplateValues> = {
  __LC_PACKAGE_NAME__: 'packageName',
  __LC_API_BASE__: 'apiBase',
  __LC_PUBLISHABLE_KEY__: 'publishableKey',
  __LC_WIDGETS_SCRIPT__: 'widgetsScript',
};
const PLACEHOLDER = /__LC_[A-Z_]+?__/g;

/** Where the templates live: `<package>/templates/`, both from src/ (tests) and from dist/ (published). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

/** The packages a template's package.json depends on (none for a template without one). */
export function templateDependencies(name: TemplateName): string[] {
  const path = join(TEMPLATES_DIR, name, 'package.json');
  let manifest: { dependencies?: object; devDependencies?: object };
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as typeof manifest;
  } catch {
    return [];
  }
  return [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})];
}

/** A file to write: its path in the generated project, and its bytes. */
export interface RenderedFile {
  path: string;
  contents: Buffer;
}

const TEXT_EXTENSIONS = /\.(html|css|json|ts|tsx|vue|js|md|txt|example)$|(^|\/)_[a-z.]+$/;

/**
 * The name a template file gets in the project: a leading `_` becomes `.` (`_gitignore` → `.gitignore`),
 * because npm leaves dotfiles like .gitignore out of published packages.
 */
export function targetPath(templatePath: string): string {
  return templatePath
    .split('/')
    .map((part) => (part.startsWith('_') ? `.${part.slice(1)}` : part))
    .join('/');
}

/** Replaces every `__LC_…__` placeholder; an unknown one is a bug in the template, so it throws. */
export function fillPlaceholders(text: string, values: TemplateValues, file = 'template'): string {
  return text.replace(PLACEHOLDER, (token) => {
    const key = PLACEHOLDERS[token];
    if (!key) throw new Error(`${file}: unknown placeholder ${token}`);
    return values[key];
  });
}

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(join(dir, entry.name), root) : [relative(root, join(dir, entry.name))],
    )
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/** Every file of a template, renamed and with its placeholders filled, in a stable order. */
export function renderTemplate(name: TemplateName, values: TemplateValues): RenderedFile[] {
  const dir = join(TEMPLATES_DIR, name);
  const files = listFiles(dir).map((path) => {
    const bytes = readFileSync(join(dir, path));
    const contents = TEXT_EXTENSIONS.test(path)
      ? Buffer.from(fillPlaceholders(bytes.toString('utf8'), values, `${name}/${path}`), 'utf8')
      : bytes;
    return { path: targetPath(path), contents };
  });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
