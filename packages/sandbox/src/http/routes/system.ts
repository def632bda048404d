// Routes that need no key: the health check and the OpenAPI document generated in core.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import type { SandboxContext } from '../../context.js';
import type { AppEnv } from '../env.js';
import { HttpProblem } from '../problem.js';

/** Reads core's committed `openapi.json`, or `undefined` while it does not exist yet. */
async function readOpenApi(): Promise<string | undefined> {
  try {
    const require = createRequire(import.meta.url);
    return await readFile(require.resolve('@learning-city/core/openapi.json'), 'utf8');
  } catch {
    return undefined;
  }
}

/** `GET /v1/health` and `GET /v1/openapi.json`. */
export function systemRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/health', (c) => c.json({ ok: true, database: sandbox.db.kind }));
  let openApi: Promise<string | undefined> | undefined;
  app.get('/openapi.json', async (c) => {
    openApi ??= readOpenApi();
    const document = await openApi;
    if (document === undefined) {
      openApi = undefined;
      throw new HttpProblem(
        503,
        'unavailable',
        'The OpenAPI document has not been generated (npm run openapi).',
      );
    }
    return c.body(document, 200, { 'content-type': 'application/json; charset=utf-8' });
  });
  return app;
}
