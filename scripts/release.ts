// `npm run release`: everything a release needs, in order, stopping at the first failure:
// 0. `changeset status`: the versions the pending changesets will bump;
// 1. `npm test` (type-check, lint, format, build, size budgets, unit and browser tests);
// 2. for each publishable workspace package: `npm pack --dry-run` (what would be published: no test files,
//    no local data), then publint and @arethetypeswrong/cli on the real tarball;
// 3. only with `--publish`: `changeset publish` (versions come from `changeset version`, run and committed before).
// `--skip-test` reruns steps 2–3 after a green `npm test`; it cannot be combined with `--publish`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = new Set(process.argv.slice(2));
const publish = args.has('--publish');
const skipTest = args.has('--skip-test');
for (const arg of args) {
  if (!['--publish', '--skip-test'].includes(arg)) fail(`unknown option ${arg} (use --publish, --skip-test)`);
}
if (publish && skipTest) fail('--publish runs the whole test suite first: drop --skip-test.');

function fail(message: string): never {
  console.error(`release: ${message}`);
  process.exit(1);
}

/** Runs a command from the repository root, showing its output; answers its stdout when `capture` is set. */
function run(command: string, commandArgs: string[], options: { capture?: boolean } = {}): string {
  console.log(`\n$ ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) fail(`\`${command} ${commandArgs.join(' ')}\` failed (exit ${result.status})`);
  return result.stdout ?? '';
}

interface Workspace {
  name: string;
  version: string;
  private?: boolean;
  exports?: Record<string, unknown>;
  dir: string;
}

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string }[];
}

/** Files that must never reach the registry: tests, local data, environment files. */
const STRAY = /(\.test\.ts|\.browser\.test\.ts)$|(^|\/)(\.tmp[^/]*|\.lc-data|node_modules)\/|(^|\/)\.env/;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] };
const publishable: Workspace[] = rootPackage.workspaces
  .map((dir) => ({ ...JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')), dir }) as Workspace)
  .filter((workspace) => !workspace.private);

// What the pending changesets will bump (it fails when a changed package has no changeset).
run('npx', ['changeset', 'status']);
if (!skipTest) run('npm', ['test']);

const packDir = mkdtempSync(join(tmpdir(), 'lc-release-'));
try {
  for (const workspace of publishable) {
    console.log(`\n## ${workspace.name}@${workspace.version} (${workspace.dir})`);
    const [listing] = JSON.parse(
      run('npm', ['pack', '--dry-run', '--json', '--loglevel=error', '--workspace', workspace.name], {
        capture: true,
      }),
    ) as PackResult[];
    const stray = listing!.files.map((file) => file.path).filter((path) => STRAY.test(path));
    if (stray.length > 0) fail(`${workspace.name} would publish ${stray.join(', ')}`);
    console.log(
      `${listing!.entryCount} files, ${kb(listing!.size)} packed, ${kb(listing!.unpackedSize)} unpacked`,
    );
    const [packed] = JSON.parse(
      run(
        'npm',
        ['pack', '--json', '--loglevel=error', '--workspace', workspace.name, '--pack-destination', packDir],
        { capture: true },
      ),
    ) as PackResult[];
    const tarball = join(packDir, packed!.filename);
    run('npx', ['publint', 'run', tarball, '--strict']);
    // ESM-only packages: CommonJS `require` of them is not offered, so those resolutions are not checked.
    // Stylesheet exports have no types to check.
    const stylesheets = Object.keys(workspace.exports ?? {}).filter((key) => key.endsWith('.css'));
    const exclude = stylesheets.length > 0 ? ['--exclude-entrypoints', ...stylesheets] : [];
    run('npx', ['attw', tarball, '--profile', 'esm-only', ...exclude]);
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

if (publish) {
  run('npx', ['changeset', 'publish']);
} else {
  console.log(
    `\nrelease: ${publishable.map((w) => w.name).join(', ')} are ready. Nothing was published (pass --publish).`,
  );
}
