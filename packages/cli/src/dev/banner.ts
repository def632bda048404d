// What `learning-city dev` prints once ready: where everything is, and which key goes where.
import type { DevServer } from './dev-server.js';

export function readyBanner(dev: Omit<DevServer, 'close'>, startedInMs: number): string {
  return `
Learning City sandbox is ready in ${(startedInMs / 1000).toFixed(1)} s

  Demo page           ${dev.demoUrl}
  API base            ${dev.apiBase}   (api-base / baseUrl; the SDK adds /v1)
  OpenAPI             ${dev.openapiUrl}
  Publishable key     ${dev.keys.publishable}   (pages: api-base + publishable-key)
  Secret key          ${dev.keys.secret}   (servers only: never in a page)
  Database            ${dev.database}

Press Ctrl+C to stop.`;
}
