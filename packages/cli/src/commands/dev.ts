// `learning-city dev`: the local sandbox API and a demo page, with the URLs and test keys printed.
import { InvalidArgumentError, type Command } from 'commander';
import { readyBanner } from '../dev/banner.js';
import type { DevServer } from '../dev/dev-server.js';

const EXAMPLES = `
Examples:
  $ learning-city dev                              # API on :4010, demo page on :4000, data in memory
  $ learning-city dev --data-dir .lc-data          # keep registrations and submissions between runs
  $ learning-city dev --port 0 --demo-port 0 --json  # free ports; one JSON line once ready

The sandbox's keys are test keys. The publishable key (lc_pk_…) goes in pages; the secret key (lc_sk_…)
is for servers only (e.g. the node-service template's LC_SECRET_KEY). Stop with Ctrl+C.`;

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError('a port is 0–65535 (0: any free port).');
  return n;
}

function seed(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError('the seed is a whole number.');
  return n;
}

interface DevFlags {
  port: number;
  demoPort: number;
  dataDir?: string;
  seed?: number;
  json?: boolean;
}

/** Registers `dev` on the program. */
export function registerDev(program: Command): void {
  program
    .command('dev')
    .description(
      'Start the local sandbox API and a demo page embedding the widgets; print the URLs and test keys',
    )
    .option('-p, --port <port>', 'port of the sandbox API (0: any free port)', port, 4010)
    .option('--demo-port <port>', 'port of the demo page (0: any free port)', port, 4000)
    .option(
      '--data-dir <dir>',
      'keep the sandbox database in this folder (default: in memory, fresh each start)',
    )
    .option('--seed <n>', 'seed of the generated data and keys (default: 1)', seed)
    .option('--json', 'print one JSON line with the URLs and keys once ready')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: DevFlags) => {
      const started = Date.now();
      // Loaded on use: the sandbox (and its embedded database) is heavy, and other commands never need it.
      const { startDev } = await import('../dev/dev-server.js');
      const dev = await startDev({
        port: flags.port,
        demoPort: flags.demoPort,
        ...(flags.dataDir ? { dataDir: flags.dataDir } : {}),
        ...(flags.seed === undefined ? {} : { seed: flags.seed }),
      });
      if (flags.json) {
        const { close: _close, ...ready } = dev;
        console.log(JSON.stringify(ready));
      } else {
        console.log(readyBanner(dev, Date.now() - started));
      }
      await stopOnSignal(dev);
    });
}

/** Resolves after SIGINT or SIGTERM has closed both servers. */
function stopOnSignal(dev: DevServer): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      void dev.close().then(done);
    };
    process.on('SIGINT', stop).on('SIGTERM', stop);
  });
}
