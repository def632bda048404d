// `learning-city dev`: the sandbox API (from @learning-city/sandbox) and a demo page that embeds the widgets.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox, type Sandbox } from '@learning-city/sandbox';
import { CliError } from '../cli-error.js';
import { renderDemoPage, widgetsEntrySource, WIDGETS_ENTRY_PATH } from './demo-page.js';
import { buildModuleMap, type ModuleMap } from './module-map.js';

export interface DevOptions {
  /** The sandbox API's port; `0` picks a free one. @default 4010 */
  port?: number;
  /** The demo page's port; `0` picks a free one. @default 4000 */
  demoPort?: number;
  /** Keep the sandbox's database here between runs; in memory without it. */
  dataDir?: string;
  /** The seed of the sandbox's data and keys. @default 1 */
  seed?: number;
}

export interface DevServer {
  /** The demo page, e.g. `http://127.0.0.1:4000/`. */
  demoUrl: string;
  /** The API server's origin, for `api-base` and the client's `baseUrl`. */
  apiBase: string;
  /** The OpenAPI document. */
  openapiUrl: string;
  keys: { publishable: string; secret: string };
  database: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
const MODULE_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Monday 09:00 of this week in Asia/Shanghai: the seeded lifelong-learning week then lies just ahead. */
export function startOfThisWeek(now = Date.now()): Date {
  const shanghai = new Date(now + 8 * 3600_000);
  const daysSinceMonday = (shanghai.getUTCDay() + 6) % 7;
  const monday = Date.UTC(
    shanghai.getUTCFullYear(),
    shanghai.getUTCMonth(),
    shanghai.getUTCDate() - daysSinceMonday,
  );
  return new Date(monday + 1 * 3600_000); // 09:00 +08:00
}

/** The file under one of the module roots that `pathname` names, or undefined (never outside a root). */
function moduleFile(modules: ModuleMap, pathname: string): string | undefined {
  for (const [prefix, dir] of modules.roots) {
    if (!pathname.startsWith(prefix)) continue;
    let rest: string;
    try {
      rest = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return undefined; // A malformed %-escape is a 404, not a crash of both servers.
    }
    const file = resolve(dir, rest);
    return file.startsWith(dir + sep) && MODULE_TYPES[extname(file)] && existsSync(file) ? file : undefined;
  }
  return undefined;
}

function listen(server: Server, port: number, what: string): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      fail(
        error.code === 'EADDRINUSE'
          ? new CliError(`Port ${port} (${what}) is in use: pass another, or 0 for a free one.`, {
              code: 'port_in_use',
            })
          : error,
      ),
    );
    server.listen(port, HOST, () => done((server.address() as AddressInfo).port));
  });
}

/** Starts the sandbox and the demo page; resolves once both answer. */
export async function startDev(options: DevOptions = {}): Promise<DevServer> {
  const modules = buildModuleMap('@learning-city/widgets', fileURLToPath(new URL('.', import.meta.url)));
  const widgetsEntry = widgetsEntrySource(modules);
  const unbuilt = Object.entries(modules.imports).find(
    ([specifier, url]) => specifier.startsWith('@learning-city/') && !moduleFile(modules, url),
  );
  if (!widgetsEntry || unbuilt) {
    // Only in a checkout of the SDK itself: a published package always carries its dist/.
    throw new CliError(
      `The widgets' modules are not built (${unbuilt?.[1] ?? 'no element entries'}): run \`npm run build\` first.`,
      { code: 'widgets_not_built' },
    );
  }
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox({
      port: options.port ?? 4010,
      seedNow: startOfThisWeek(),
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CliError(
        `Port ${options.port ?? 4010} (sandbox API) is in use: pass --port with another, or 0.`,
        {
          code: 'port_in_use',
        },
      );
    }
    throw error;
  }
  const page = renderDemoPage({ apiBase: sandbox.url, publishableKey: sandbox.keys.publishable, modules });

  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const send = (type: string, body: string | Buffer, headers: Record<string, string> = {}) =>
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache', ...headers }).end(body);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (pathname === '/' || pathname === '/index.html') {
      send('text/html; charset=utf-8', page.html, { 'content-security-policy': page.contentSecurityPolicy });
    } else if (pathname === '/styles.css') {
      send('text/css; charset=utf-8', page.css);
    } else if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
    } else if (pathname === WIDGETS_ENTRY_PATH) {
      send(MODULE_TYPES['.js']!, widgetsEntry);
    } else {
      const file = moduleFile(modules, pathname);
      const notFound = () =>
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      if (!file) return notFound();
      readFile(file).then((body) => send(MODULE_TYPES[extname(file)]!, body), notFound);
    }
  });
  let demoPort: number;
  try {
    demoPort = await listen(server, options.demoPort ?? 4000, 'demo page');
  } catch (error) {
    await sandbox.close();
    throw error;
  }
  return {
    demoUrl: `http://${HOST}:${demoPort}/`,
    apiBase: sandbox.url,
    openapiUrl: `${sandbox.url}/v1/openapi.json`,
    keys: sandbox.keys,
    database: options.dataDir ? `PGlite in ${options.dataDir}` : 'PGlite in memory',
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await sandbox.close();
    },
  };
}
