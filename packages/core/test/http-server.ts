// A real HTTP server on 127.0.0.1 for the client's tests: each test scripts the responses it needs.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (
  request: RecordedRequest,
  response: ServerResponse,
  attempt: number,
) => void | Promise<void>;

export interface TestServer {
  /** The origin, e.g. `http://127.0.0.1:54321`. */
  url: string;
  requests: RecordedRequest[];
  /** Replaces the handler and forgets recorded requests. */
  handle(handler: Handler): void;
  close(): Promise<void>;
}

/** Sends JSON with a status, a `Request-Id` and optional headers. */
export function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  response.writeHead(status, { 'content-type': type, 'request-id': `req_test${status}`, ...headers });
  response.end(JSON.stringify(body));
}

/** A problem+json body for `status`. */
export function problem(status: number, code: string, extra: Record<string, unknown> = {}) {
  return {
    type: `https://learning-city.dev/problems/${code}`,
    title: code,
    status,
    detail: `detail for ${code}`,
    requestId: `req_test${status}`,
    code,
    ...extra,
  };
}

export async function startTestServer(): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  let handler: Handler = (_request, response) => json(response, 404, problem(404, 'not_found'));
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      void Promise.resolve(handler(recorded, res, requests.length)).catch((error: unknown) => {
        res.destroy(error instanceof Error ? error : undefined);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      handler = next;
      requests.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
