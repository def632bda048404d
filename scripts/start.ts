// `npm start`, the main job: the sandbox API on the embedded database, plus a demo partner page that uses it.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox } from '@learning-city/sandbox';

const host = '127.0.0.1';
const apiPort = Number(process.env.API_PORT ?? 4010);
const demoPort = Number(process.env.DEMO_PORT ?? 4000);
const dataDir = process.env.LC_DATA_DIR; // unset: in memory, fresh each start

/** Monday 09:00 of this week in Asia/Shanghai: the seed's week of activities then lies just ahead. */
function startOfThisWeek(): Date {
  const shanghai = new Date(Date.now() + 8 * 3600_000);
  const daysSinceMonday = (shanghai.getUTCDay() + 6) % 7;
  const monday = Date.UTC(
    shanghai.getUTCFullYear(),
    shanghai.getUTCMonth(),
    shanghai.getUTCDate() - daysSinceMonday,
  );
  return new Date(monday + 1 * 3600_000); // 09:00 +08:00
}

const started = Date.now();
const sandbox = await startSandbox({
  port: apiPort,
  seedNow: startOfThisWeek(),
  ...(dataDir ? { dataDir } : {}),
});

const demoDir = new URL('../demo/', import.meta.url);
const bundle = await build({
  entryPoints: [new URL('demo.js', demoDir).pathname],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['@learning-city/source'],
  write: false,
  minify: true,
});
const files: Record<string, [string, string | Uint8Array]> = {
  '/': [
    'text/html; charset=utf-8',
    readFileSync(new URL('index.html', demoDir), 'utf8')
      .replace(
        '<body>',
        `<body data-api-base="${sandbox.url}" data-publishable-key="${sandbox.keys.publishable}">`,
      )
      // One <lc-provider> configures every widget inside it.
      .replace(
        '<lc-provider id="lc"',
        `<lc-provider id="lc" api-base="${sandbox.url}" publishable-key="${sandbox.keys.publishable}"`,
      ),
  ],
  '/demo.css': ['text/css; charset=utf-8', readFileSync(new URL('demo.css', demoDir))],
  '/demo.bundle.js': ['text/javascript; charset=utf-8', bundle.outputFiles[0]!.contents],
};

const demo = createServer((req, res) => {
  const pathname = new URL(req.url ?? '/', 'http://x').pathname;
  // Browsers ask for one; no content keeps the page's console free of a 404.
  if (pathname === '/favicon.ico') return void res.writeHead(204).end();
  const file = files[pathname];
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': file[0],
    // The page works under a strict policy: no inline script or style.
    'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${sandbox.url}`,
  });
  res.end(file[1]);
});
await new Promise<void>((resolve) => demo.listen(demoPort, host, resolve));
const demoUrl = `http://${host}:${(demo.address() as AddressInfo).port}/`;

console.log(`
Learning City sandbox is ready in ${((Date.now() - started) / 1000).toFixed(1)} s

  Demo partner page   ${demoUrl}
  API (base URL)      ${sandbox.url}/v1
  OpenAPI             ${sandbox.url}/v1/openapi.json
  Publishable key     ${sandbox.keys.publishable}
  Secret key          ${sandbox.keys.secret}   (servers only)
  Database            ${dataDir ? `PGlite in ${dataDir}` : 'PGlite in memory (set LC_DATA_DIR to keep data)'}

Press Ctrl+C to stop.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    demo.close();
    void sandbox.close().then(() => process.exit(0));
  });
}
