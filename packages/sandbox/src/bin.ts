#!/usr/bin/env node
// The `learning-city-sandbox` command: starts the sandbox and prints its URL and test keys.
import { parseArgs } from 'node:util';
import { startSandbox } from './index.js';

const USAGE = `Usage: learning-city-sandbox [--port 4010] [--host 127.0.0.1] [--seed 1] [--data-dir DIR] [--database-url URL]

Serves the Learning City platform API (v1) with seeded test data.
  --port           TCP port (0 picks a free one); also PORT. Default 4010.
  --host           Interface to listen on. Default 127.0.0.1 (loopback only).
  --seed           Seed of the generated data and keys. Default 1.
  --data-dir       Keep the embedded database (PGlite) in this directory between runs.
  --database-url   Use this PostgreSQL server instead; also DATABASE_URL.
  --schema         With a server, the schema to use. Default public.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      schema: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port ?? process.env.PORT ?? 4010);
  const seed = Number(values.seed ?? 1);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0 to 65535\n\n${USAGE}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer\n\n${USAGE}`);
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;

  const started = Date.now();
  const sandbox = await startSandbox({
    port,
    seed,
    ...(values.host === undefined ? {} : { host: values.host }),
    ...(values['data-dir'] === undefined ? {} : { dataDir: values['data-dir'] }),
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(values.schema === undefined ? {} : { schema: values.schema }),
  });
  console.log(
    `Learning City sandbox ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${sandbox.database})`,
  );
  console.log(`  URL              ${sandbox.url}   (the client adds /v1)`);
  console.log(`  Publishable key  ${sandbox.keys.publishable}`);
  console.log(`  Secret key       ${sandbox.keys.secret}   (servers only)`);
  console.log(`  Docs             ${sandbox.url}/v1/openapi.json`);
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
