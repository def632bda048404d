// `learning-city init [dir]`: scaffolds a working integration from a template shipped in the package.
import { relative } from 'node:path';
import type { Command } from 'commander';
import { scaffold, type InitOptions, type InitResult } from '../init/scaffold.js';
import { TEMPLATE_NAMES, TEMPLATES } from '../init/templates.js';
import { DEFAULT_API_BASE, DEFAULT_DIR } from '../init/values.js';

const EXAMPLES = `
Templates:
${TEMPLATE_NAMES.map((name) => `  ${name.padEnd(14)}${TEMPLATES[name].summary}`).join('\n')}

Examples:
  $ learning-city init                                    # asks on a terminal
  $ learning-city init my-page --template html --yes
  $ learning-city init web --template react --api-base https://api.example.cn --publishable-key lc_pk_live_…
  $ learning-city init credits-job --template node-service --no-install
  $ learning-city init web --template vue --dry-run       # lists the files, writes nothing
  $ learning-city init web --template vue --yes --json    # machine-readable result

Without --yes, a terminal asks each question; without a terminal, --template is required and the
rest take their defaults. Templates ship inside the package: no network is needed unless you install.`;

/** Registers `init` on the program. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('Create a working integration from a template (html, react, vue, node-service)')
    .argument('[dir]', `project folder (default: ${DEFAULT_DIR})`)
    .option('-t, --template <name>', `template: ${TEMPLATE_NAMES.join(' | ')}`)
    .option('--name <package-name>', 'package name (default: from the folder name)')
    .option('--api-base <url>', `the platform API's origin (default: ${DEFAULT_API_BASE}, the local sandbox)`)
    .option(
      '--publishable-key <key>',
      "publishable key lc_pk_… for page templates (default: the local sandbox's)",
    )
    .option(
      '--install',
      'install dependencies after creating the files (default: asked on a terminal, else yes)',
    )
    .option('--no-install', 'do not install dependencies')
    .option('-y, --yes', 'ask nothing; take the defaults')
    .option('-f, --force', 'write into a non-empty folder (files with the same names are replaced)')
    .option('--dry-run', 'list the files that would be created; write nothing')
    .option('--json', 'print the result as JSON (implies no questions)')
    .addHelpText('after', EXAMPLES)
    .action(async (dir: string | undefined, options: InitOptions) => {
      const interactive =
        Boolean(process.stdin.isTTY && process.stdout.isTTY) && !options.yes && !options.json;
      const result = await scaffold(dir, options, interactive);
      if (options.json) {
        console.log(JSON.stringify(result, null, 2));
      } else {
        console.log(report(result));
      }
      if (result.installFailed) process.exitCode = 1;
    });
}

function report(result: InitResult): string {
  const where = relative(process.cwd(), result.dir) || '.';
  const lines: string[] = [];
  if (result.dryRun) {
    lines.push(
      `Would create ${result.files.length} files in ${where} (${result.template} template); nothing was written:`,
    );
  } else {
    lines.push(`Created ${where} from the ${result.template} template (${result.files.length} files):`);
  }
  if (result.packageNameFrom) {
    lines.push(
      `  Package name: ${result.packageName} (not "${result.packageNameFrom}": the template depends on a package of that name, and npm would refuse to install it)`,
    );
  }
  for (const file of result.files) {
    const note = result.overwritten.includes(file.path) ? '  (replaced)' : '';
    lines.push(`  ${file.path.padEnd(36)} ${String(file.bytes).padStart(6)} B${note}`);
  }
  if (result.dryRun) return lines.join('\n');
  if (result.installFailed) {
    lines.push(
      '',
      `Installing dependencies failed; the files are in place. Run \`${result.installCommand}\` in ${where}.`,
    );
  }
  const cd = where === '.' ? [] : [`cd ${/^[\w./-]+$/.test(where) ? where : JSON.stringify(where)}`];
  const install = result.installCommand ? [result.installCommand] : [];
  const run = `${result.packageManager} run`;
  const steps: Record<InitResult['template'], string[]> = {
    html: [...cd, 'npx serve .    # or any static server; then open the page it prints'],
    react: [...cd, ...install, `${run} dev`],
    vue: [...cd, ...install, `${run} dev`],
    'node-service': [
      ...cd,
      ...install,
      'cp .env.example .env    # then set LC_SECRET_KEY (npx @learning-city/cli dev prints the sandbox’s)',
      `${run} build && ${run} start`,
    ],
  };
  lines.push('', 'Next:', ...steps[result.template].map((step) => `  ${step}`));
  if (result.template !== 'node-service' && result.apiBase === DEFAULT_API_BASE) {
    lines.push('', 'The page talks to the local sandbox: start it with `npx @learning-city/cli dev`.');
  }
  return lines.join('\n');
}
