// `npm run storybook`: a sandbox (seed 1, embedded database) on 127.0.0.1:4010 plus Storybook's dev server on
// 6006, with the stories pointed at that sandbox. `npm run build-storybook`: the static Storybook in
// storybook-static/, whose stories call http://127.0.0.1:4010 (start one with `npx learning-city-sandbox`).
import { spawn, spawnSync } from 'node:child_process';
import { startSandbox } from '@learning-city/sandbox';

const mode = process.argv[2];
if (mode !== 'dev' && mode !== 'build') {
  console.error('Usage: tsx scripts/storybook.ts dev|build [storybook options…]');
  process.exit(2);
}
const extra = process.argv.slice(3);

function storybook(args: string[], env: Record<string, string>): Promise<number> {
  const child = spawn('npx', ['storybook', ...args, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', ...env },
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

// The docs pages read packages/widgets/custom-elements.json, generated from the sources' JSDoc (not committed).
const analyzed = spawnSync('npm', ['run', 'analyze', '--silent'], { stdio: 'inherit' });
if (analyzed.status !== 0) process.exit(analyzed.status ?? 1);

if (mode === 'build') {
  process.exit(await storybook(['build', '--output-dir', 'storybook-static', '--quiet'], {}));
}

const port = Number(process.env.API_PORT ?? 4010);
const sandbox = await startSandbox({ port });
console.log(`Sandbox for the stories: ${sandbox.url} (publishable key ${sandbox.keys.publishable})`);
const code = await storybook(
  ['dev', '--port', process.env.STORYBOOK_PORT ?? '6006', '--host', '127.0.0.1', '--ci'],
  {
    STORYBOOK_LC_SANDBOX_URL: sandbox.url,
    STORYBOOK_LC_SANDBOX_KEY: sandbox.keys.publishable,
  },
);
await sandbox.close();
process.exit(code);
