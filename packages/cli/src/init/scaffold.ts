// `learning-city init`: gathers the answers (flags, then prompts on a TTY, then defaults), renders the template
// and writes it, refusing a non-empty folder unless forced.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from '../cli-error.js';
import { detectPackageManager, installDependencies, type PackageManager } from './install.js';
import { ask } from './prompts.js';
import {
  isTemplateName,
  renderTemplate,
  templateDependencies,
  TEMPLATE_NAMES,
  TEMPLATES,
  WIDGETS_CDN_SCRIPT,
  type TemplateName,
} from './templates.js';
import {
  checkApiBase,
  checkNotDependency,
  checkPackageName,
  checkPublishableKey,
  DEFAULT_API_BASE,
  DEFAULT_DIR,
  ensure,
  normaliseApiBase,
  packageNameFor,
  SANDBOX_PUBLISHABLE_KEY,
} from './values.js';

/** The flags of `init`; each answers one question. */
export interface InitOptions {
  template?: string;
  name?: string;
  apiBase?: string;
  publishableKey?: string;
  /** `--install` / `--no-install`; undefined asks (TTY) or installs (otherwise). */
  install?: boolean;
  yes?: boolean;
  force?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

export interface InitResult {
  /** The project folder, absolute. */
  dir: string;
  template: TemplateName;
  packageName: string;
  /** Set when the name derived from the folder was a dependency of the template: the name it would have had. */
  packageNameFrom: string | null;
  apiBase: string;
  dryRun: boolean;
  /** Every file of the project, relative to `dir`, with its size in bytes. */
  files: { path: string; bytes: number }[];
  /** Files that existed and were written over (with `--force`). */
  overwritten: string[];
  /** Whether dependencies were installed. */
  installed: boolean;
  /** Whether installing was tried and failed (the files are written all the same). */
  installFailed: boolean;
  /** The command to install them, when they were not. */
  installCommand: string | null;
  packageManager: PackageManager;
}

/** The entries of `dir` that make it "not empty" (a lone .git does not). */
function existingEntries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) {
    throw new CliError(`${dir} exists and is not a folder.`, { code: 'not_a_directory' });
  }
  return readdirSync(dir).filter((name) => name !== '.git');
}

/**
 * Creates a project from a template.
 * @param interactive whether questions may be asked (stdin and stdout are a TTY, no `--yes`, no `--json`)
 */
export async function scaffold(
  dirArg: string | undefined,
  options: InitOptions,
  interactive: boolean,
): Promise<InitResult> {
  if (options.template !== undefined && !isTemplateName(options.template)) {
    throw new CliError(
      `--template: "${options.template}" is not a template; choose ${TEMPLATE_NAMES.join(', ')}.`,
      {
        code: 'invalid_option',
        exitCode: 2,
      },
    );
  }
  if (options.name !== undefined) ensure(checkPackageName(options.name), '--name');
  if (options.apiBase !== undefined) ensure(checkApiBase(options.apiBase), '--api-base');
  if (options.publishableKey !== undefined)
    ensure(checkPublishableKey(options.publishableKey), '--publishable-key');
  if (!interactive && !options.yes && options.template === undefined) {
    throw new CliError(
      `--template is required without a terminal: ${TEMPLATE_NAMES.join(', ')} (or --yes for html).`,
      { code: 'missing_option', exitCode: 2 },
    );
  }

  if (interactive) ask.intro();
  const dirName =
    dirArg ??
    (interactive
      ? await ask.text('Project folder', DEFAULT_DIR, (v) => (v.trim() ? undefined : 'Give a folder.'))
      : DEFAULT_DIR);
  const dir = resolve(dirName);

  const existing = existingEntries(dir);
  let force = options.force ?? false;
  if (existing.length > 0 && !force && interactive) {
    force = await ask.confirm(
      `${dirName} is not empty (${existing.length} entries). Write the template into it anyway?`,
      false,
    );
  }
  if (existing.length > 0 && !force) {
    throw new CliError(
      `${dir} is not empty (${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}). ` +
        'Choose another folder, or pass --force to write into it (files with the same names are replaced).',
      { code: 'directory_not_empty' },
    );
  }

  const template: TemplateName =
    (options.template as TemplateName | undefined) ?? (interactive ? await ask.template() : 'html');
  const info = TEMPLATES[template];
  const dependencies = templateDependencies(template);
  if (options.name !== undefined) ensure(checkNotDependency(options.name, dependencies), '--name');
  const derived = packageNameFor(dir, dependencies);
  const packageName =
    options.name ??
    (interactive
      ? await ask.text(
          'Package name',
          derived,
          (name) => checkPackageName(name) ?? checkNotDependency(name, dependencies),
        )
      : derived);
  const plain = packageNameFor(dir);
  const packageNameFrom = packageName === derived && derived !== plain ? plain : null;
  const apiBase = normaliseApiBase(
    options.apiBase ??
      (interactive
        ? await ask.text('API base (the platform’s origin)', DEFAULT_API_BASE, checkApiBase)
        : DEFAULT_API_BASE),
  );
  const publishableKey =
    info.runsIn === 'browser'
      ? (options.publishableKey ??
        (interactive
          ? await ask.text(
              'Publishable key (lc_pk_…; the default is the local sandbox’s)',
              SANDBOX_PUBLISHABLE_KEY,
              checkPublishableKey,
            )
          : SANDBOX_PUBLISHABLE_KEY))
      : '';
  const packageManager = detectPackageManager();
  const wantInstall =
    info.installable &&
    !options.dryRun &&
    (options.install ??
      (interactive ? await ask.confirm(`Install dependencies with ${packageManager}?`, true) : true));

  const rendered = renderTemplate(template, {
    packageName,
    apiBase,
    publishableKey,
    widgetsScript: WIDGETS_CDN_SCRIPT,
  });
  const overwritten = rendered.map((file) => file.path).filter((path) => existsSync(join(dir, path)));
  if (!options.dryRun) {
    for (const file of rendered) {
      const target = join(dir, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    }
  }
  const installed = wantInstall ? await installDependencies(dir, packageManager) : false;
  return {
    dir,
    template,
    packageName,
    packageNameFrom,
    apiBase,
    dryRun: options.dryRun ?? false,
    files: rendered.map((file) => ({ path: file.path, bytes: file.contents.length })),
    overwritten,
    installed,
    installFailed: wantInstall && !installed,
    installCommand: info.installable && !installed ? `${packageManager} install` : null,
    packageManager,
  };
}
