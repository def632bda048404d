// `learning-city init` without building anything: options, refusals, dry runs and what lands on disk.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CliError } from '../src/cli-error.js';
import { scaffold, type InitOptions } from '../src/init/scaffold.js';
import { TEMPLATE_NAMES } from '../src/init/templates.js';
import { SANDBOX_PUBLISHABLE_KEY } from '../src/init/values.js';
import { VERSION } from '../src/version.js';
import { CLI_ROOT, REPO_ROOT, removeScratch, runCli, scratchPath } from './helpers/cli.js';

const made: string[] = [];
const scratch = (prefix: string) => {
  const path = scratchPath(prefix);
  made.push(path);
  return path;
};
after(() => made.forEach(removeScratch));

/** Every file under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

interface PackageJson {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;

describe('learning-city init', () => {
  it('exits 2 on a command line it cannot parse, with a pointer to --help', async () => {
    for (const args of [['init', '--bogus'], ['init', 'a', 'b'], ['nope'], []]) {
      const { code, stderr } = await runCli(args);
      assert.equal(code, 2, args.join(' '));
      assert.ok(stderr.length > 0, args.join(' '));
    }
    const unknown = await runCli(['init', '--bogus']);
    assert.match(unknown.stderr, /unknown option '--bogus'\n\(add --help for usage and examples\)/);
  });

  it('describes every command with a capitalised sentence in --help', async () => {
    const listed: string[] = [];
    for (const args of [['--help'], ['credits', '--help']]) {
      const { stdout } = await runCli(args);
      const commands = stdout.split(/^Commands:\n/m)[1]!.split(/\n\n/)[0]!;
      for (const [, name, description] of commands.matchAll(/^ {2}(\S+)(?: \S+)* {2,}(\S.*)$/gm)) {
        listed.push(name!);
        assert.match(description!, /^[A-Z]/, `${name}: ${description}`);
      }
    }
    assert.deepEqual(listed.sort(), ['credits', 'dev', 'help', 'help', 'init', 'qr', 'submit', 'validate']);
  });

  it('explains every option with examples in --help', async () => {
    const { code, stdout } = await runCli(['init', '--help']);
    assert.equal(code, 0);
    for (const flag of [
      '--template',
      '--name',
      '--api-base',
      '--publishable-key',
      '--install',
      '--no-install',
      '--yes',
      '--force',
      '--dry-run',
      '--json',
    ]) {
      assert.match(stdout, new RegExp(`${flag}\\b`), flag);
    }
    for (const name of TEMPLATE_NAMES) assert.match(stdout, new RegExp(`^  ${name} `, 'm'), name);
    assert.match(stdout, /Examples:\n {2}\$ learning-city init/);
  });

  it('lists the files with --dry-run and writes nothing', async () => {
    const dir = scratch('dry');
    const { code, stdout } = await runCli(['init', dir, '--template', 'vue', '--dry-run', '--json']);
    assert.equal(code, 0);
    const result = JSON.parse(stdout) as {
      dryRun: boolean;
      files: { path: string; bytes: number }[];
      installed: boolean;
    };
    assert.equal(result.dryRun, true);
    assert.equal(result.installed, false);
    const paths = result.files.map((file) => file.path);
    for (const path of [
      'package.json',
      'index.html',
      'vite.config.ts',
      'src/App.vue',
      '.gitignore',
      '.env',
    ]) {
      assert.ok(paths.includes(path), path);
    }
    assert.ok(result.files.every((file) => file.bytes > 0));
    assert.equal(existsSync(dir), false, 'the folder was not even created');

    const human = await runCli(['init', dir, '--template', 'html', '--dry-run']);
    assert.equal(human.code, 0);
    assert.match(human.stdout, /Would create 3 files .*nothing was written/);
    assert.match(human.stdout, /index\.html/);
    assert.equal(existsSync(dir), false);
  });

  it('names a project in a folder called like a dependency of the template <name>-app, and says so', async () => {
    const dir = join(scratch('dep-name'), 'react');
    const json = await runCli(['init', dir, '--template', 'react', '--dry-run', '--json']);
    assert.equal(json.code, 0, json.stderr);
    const result = JSON.parse(json.stdout) as { packageName: string; packageNameFrom: string | null };
    assert.deepEqual([result.packageName, result.packageNameFrom], ['react-app', 'react']);
    const human = await runCli(['init', dir, '--template', 'react', '--dry-run']);
    assert.match(
      human.stdout,
      /Package name: react-app \(not "react": the template depends on a package of that name/,
    );
    // The html template has no dependencies: its folder name stands.
    const html = await runCli(['init', dir, '--template', 'html', '--dry-run', '--json']);
    assert.equal((JSON.parse(html.stdout) as { packageName: string }).packageName, 'react');
    // Written, the package.json carries the new name.
    const written = await runCli([
      'init',
      join(scratch('dep-name-vite'), 'vite'),
      '--template',
      'vue',
      '--yes',
      '--no-install',
      '--json',
    ]);
    assert.equal(written.code, 0, written.stderr);
    const { dir: viteDir } = JSON.parse(written.stdout) as { dir: string };
    assert.equal(readJson(join(viteDir, 'package.json')).name, 'vite-app');
    // Asked for by name, it is refused (exit 2), nothing written.
    const named = await runCli([
      'init',
      scratch('dep-named'),
      '--template',
      'react',
      '--name',
      'react-dom',
      '--yes',
    ]);
    assert.equal(named.code, 2);
    assert.match(named.stderr, /--name: "react-dom" is a dependency of the template/);
  });

  it('refuses a non-empty folder without --force, and leaves it as it was', async () => {
    const dir = scratch('full');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'mine');
    const refused = await runCli(['init', dir, '--template', 'html', '--yes', '--json']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /is not empty \(index\.html\)\. .*--force/);
    assert.equal(JSON.parse(refused.stdout).error.code, 'directory_not_empty');
    assert.deepEqual(tree(dir), ['index.html']);
    assert.equal(readFileSync(join(dir, 'index.html'), 'utf8'), 'mine', 'the existing file is untouched');

    writeFileSync(join(dir, 'notes.txt'), 'keep me');
    const forced = await runCli(['init', dir, '--template', 'html', '--yes', '--force', '--json']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.deepEqual(JSON.parse(forced.stdout).overwritten, ['index.html']);
    assert.match(readFileSync(join(dir, 'index.html'), 'utf8'), /<lc-event-calendar>/);
    assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'keep me', 'files not in the template stay');
  });

  it('takes the defaults with --yes and asks nothing (stdin is not a terminal)', async () => {
    const dir = scratch('yes');
    const { code, stdout, stderr } = await runCli(['init', dir, '--yes', '--no-install'], {
      timeout: 20_000,
    });
    assert.equal(code, 0, stderr);
    assert.match(stdout, /from the html template/);
    const page = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.match(page, /api-base="http:\/\/127\.0\.0\.1:4010"/);
    assert.ok(page.includes(`publishable-key="${SANDBOX_PUBLISHABLE_KEY}"`));
    assert.match(
      page,
      new RegExp(`<p class="brand">${dir.split('/').pop()}</p>`),
      'the package name comes from the folder',
    );
  });

  it('needs --template without a terminal when --yes is absent, and writes nothing', async () => {
    const dir = scratch('notty');
    const { code, stderr } = await runCli(['init', dir], { timeout: 20_000 });
    assert.equal(code, 2);
    assert.match(stderr, /--template is required without a terminal/);
    assert.equal(existsSync(dir), false);
  });

  it('refuses a secret key, a wrong template and an API base with a path (exit 2, nothing written)', async () => {
    const dir = scratch('bad');
    const { code, stderr } = await runCli(['init', dir, '--yes', '--publishable-key', 'lc_sk_test_abc']);
    assert.equal(code, 2);
    assert.equal(stderr.trim().split('\n').length, 1, 'one line, no stack trace');
    assert.match(stderr, /^learning-city: --publishable-key: That is a secret key/);

    // The same checks, in-process (spawning the bin for each would only repeat the line above).
    const cases: [InitOptions, RegExp][] = [
      [{ publishableKey: 'pk_live_123' }, /looks like lc_pk_test_/],
      [{ template: 'angular' }, /"angular" is not a template; choose html, react, vue, node-service/],
      [{ apiBase: 'https://api.example.cn/v1' }, /origin only \(https:\/\/api\.example\.cn\)/],
      [{ apiBase: 'ftp://example.cn' }, /http\(s\)/],
      [{ name: 'My App' }, /not a valid npm package name/],
    ];
    for (const [options, message] of cases) {
      await assert.rejects(
        scaffold(dir, { template: 'react', install: false, ...options }, false),
        (error) => {
          assert.ok(error instanceof CliError);
          assert.equal(error.exitCode, 2);
          assert.match(error.message, message);
          return true;
        },
      );
    }
    assert.equal(existsSync(dir), false);
  });

  it('fills every placeholder, renames _gitignore, and never writes a secret key', async () => {
    for (const template of TEMPLATE_NAMES) {
      const dir = scratch(template);
      await scaffold(
        dir,
        {
          template,
          install: false,
          name: 'partner-site',
          apiBase: 'https://api.example.cn/',
          publishableKey: 'lc_pk_live_abc123',
        },
        false,
      );
      for (const file of tree(dir)) {
        const text = readFileSync(join(dir, file), 'utf8');
        assert.doesNotMatch(text, /__LC_[A-Z_]+__/, `${template}/${file}`);
        assert.doesNotMatch(text, /lc_sk_[a-z]+_[A-Za-z0-9]/, `${template}/${file} holds no secret key`);
      }
      assert.ok(!tree(dir).some((file) => file.split('/').some((part) => part.startsWith('_'))), template);
      const all = tree(dir)
        .map((file) => readFileSync(join(dir, file), 'utf8'))
        .join('\n');
      assert.ok(
        all.includes('https://api.example.cn') && !all.includes('https://api.example.cn/v1'),
        template,
      );
      if (template === 'node-service') {
        assert.ok(!all.includes('lc_pk_live_abc123'), 'a server template takes no publishable key');
        assert.ok(tree(dir).includes('.env.example') && !tree(dir).includes('.env'));
      } else {
        assert.ok(all.includes('lc_pk_live_abc123'), template);
      }
      if (template !== 'html') assert.equal(readJson(join(dir, 'package.json')).name, 'partner-site');
      assert.equal(readFileSync(join(dir, 'README.md'), 'utf8').split('\n')[0], '# partner-site', template);
    }
  });

  it('installs with the package manager that ran it (--yes), and keeps the files when that fails', async () => {
    // A stand-in `npm` / `pnpm` on PATH records where and how it ran; FAIL makes it exit 1.
    const bin = scratch('fake-pm');
    mkdirSync(bin, { recursive: true });
    for (const pm of ['npm', 'pnpm']) {
      const script = join(bin, pm);
      writeFileSync(script, `#!/bin/sh\necho "${pm} $* in $PWD" >> "${bin}/calls.log"\n[ -z "$FAIL" ]\n`);
      chmodSync(script, 0o755);
    }
    const env = { PATH: `${bin}:${process.env.PATH}` };
    const calls = () => readFileSync(join(bin, 'calls.log'), 'utf8').trim().split('\n');

    const dir = scratch('install');
    const ok = await runCli(['init', dir, '--template', 'vue', '--yes', '--json'], { env });
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).installed, true);
    assert.deepEqual(calls(), [`npm install in ${dir}`]);

    const viaPnpm = scratch('install-pnpm');
    const failed = await runCli(['init', viaPnpm, '--template', 'react', '--install'], {
      env: { ...env, FAIL: '1', npm_config_user_agent: 'pnpm/10.0.0 npm/? node/v20.20.2 linux x64' },
    });
    assert.equal(failed.code, 1);
    assert.deepEqual(calls().slice(1), [`pnpm install in ${viaPnpm}`]);
    assert.match(
      failed.stdout,
      /Installing dependencies failed; the files are in place\. Run `pnpm install`/,
    );
    assert.ok(existsSync(join(viaPnpm, 'package.json')), 'the project was written all the same');

    const html = scratch('install-html');
    const none = await runCli(['init', html, '--template', 'html', '--install'], { env });
    assert.equal(none.code, 0);
    assert.equal(calls().length, 2, 'the html template has nothing to install');
  });

  it('lists the real dependencies with ranges the workspace packages satisfy', () => {
    const workspace = (name: string) =>
      readJson(join(REPO_ROOT, 'packages', name, 'package.json')).version as string;
    const root = readJson(join(REPO_ROOT, 'package.json')).devDependencies as Record<string, string>;
    const major = (range: string) => range.replace(/^[\^~]/, '').split('.')[0];
    for (const template of ['react', 'vue', 'node-service']) {
      const pkg = readJson(join(CLI_ROOT, 'templates', template, 'package.json'));
      for (const [name, range] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) {
        if (name.startsWith('@learning-city/')) {
          assert.equal(range, `^${workspace(name.slice('@learning-city/'.length))}`, `${template}: ${name}`);
        } else if (root[name]) {
          assert.equal(
            major(range),
            major(root[name]),
            `${template}: ${name} ${range} vs the repo's ${root[name]}`,
          );
        } else {
          assert.match(range, /^[\^~]\d+\.\d+\.\d+$/, `${template}: ${name}`);
        }
      }
    }
    const cli = readJson(join(CLI_ROOT, 'package.json')) as {
      version: string;
      dependencies: Record<string, string>;
    };
    assert.equal(cli.version, VERSION, 'src/version.ts follows package.json');
    for (const name of ['core', 'sandbox', 'widgets']) {
      assert.equal(cli.dependencies?.[`@learning-city/${name}`], `^${workspace(name)}`);
    }
  });
});
