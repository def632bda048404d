// `learning-city init` on a terminal: the questions, answered through a pseudo-terminal (util-linux `script`),
// each keystroke sent only once its question is on screen.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BIN_SOURCE, CLI_ROOT, removeScratch, scratchPath } from './helpers/cli.js';

const made: string[] = [];
after(() => made.forEach(removeScratch));

const ENTER = '\r';
const DOWN = '\x1b[B';
const CTRL_C = '\x03';

/** Runs `learning-city <args>` on a pseudo-terminal; for each [question, keys], waits for the question, then types. */
function onTerminal(
  args: string[],
  script: [RegExp, string][],
): Promise<{ code: number | null; screen: string }> {
  const command = ['node', '--import', 'tsx', '--conditions=@learning-city/source', BIN_SOURCE, ...args]
    .map((part) => `'${part}'`)
    .join(' ');
  // A new pseudo-terminal is 0×0, which makes the prompts wrap after every character: give it a size.
  const child = spawn('script', ['-qfec', `stty cols 120 rows 40; ${command}`, '/dev/null'], {
    cwd: CLI_ROOT,
    env: { ...process.env, TERM: 'xterm' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let screen = '';
  let step = 0;
  let seenUpTo = 0;
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    screen += chunk;
    const next = script[step];
    if (next && next[0].test(screen.slice(seenUpTo))) {
      seenUpTo = screen.length;
      step += 1;
      child.stdin.write(next[1]);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (screen += chunk));
  return new Promise((resolve) => {
    child.once('close', (code) => {
      clearTimeout(timer);
      assert.equal(step, script.length, `every question was asked; the screen:\n${screen}`);
      resolve({ code, screen });
    });
  });
}

describe('learning-city init on a terminal', () => {
  it('asks for the folder, template, name, API base, key and install, and uses the answers', async () => {
    const dir = scratchPath('tty');
    made.push(dir);
    const { code, screen } = await onTerminal(
      ['init'],
      [
        [/Project folder/, `${dir}${ENTER}`],
        [/Template/, DOWN + ENTER], // html → react
        [/Package name/, `my-react-site${ENTER}`],
        [/API base/, ENTER], // the default
        [/Publishable key/, ENTER],
        [/Install dependencies with npm\?/, `n${ENTER}`],
      ],
    );
    assert.equal(code, 0, screen);
    assert.match(screen, /Created .* from the react template/);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string };
    assert.equal(pkg.name, 'my-react-site');
    assert.match(readFileSync(join(dir, '.env'), 'utf8'), /VITE_LC_API_BASE=http:\/\/127\.0\.0\.1:4010/);
    assert.equal(existsSync(join(dir, 'node_modules')), false, 'installing was declined');
  });

  it('asks before writing into a non-empty folder; "no" leaves it as it was', async () => {
    const dir = scratchPath('tty-full');
    made.push(dir);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'mine');
    const { code, screen } = await onTerminal(['init', dir, '--template', 'html'], [[/is not empty/, ENTER]]);
    assert.equal(code, 1, screen);
    assert.deepEqual(readdirSync(dir), ['index.html']);
    assert.equal(readFileSync(join(dir, 'index.html'), 'utf8'), 'mine');
  });

  it('writes nothing when cancelled with Ctrl+C', async () => {
    const dir = scratchPath('tty-cancel');
    made.push(dir);
    const { code, screen } = await onTerminal(['init', dir], [[/Template/, CTRL_C]]);
    assert.equal(code, 130, screen);
    assert.match(screen, /Cancelled: nothing was written/);
    assert.equal(existsSync(dir), false);
  });
});
