// Limits that protect the sandbox from a client's mistakes or abuse.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { describe, it } from 'node:test';
import { TEST_DATABASE, useSandbox } from './harness.js';

const t = useSandbox();

describe(`request limits (${TEST_DATABASE})`, () => {
  it('refuses a chunked body (no Content-Length) as soon as it passes 15 MB, without waiting for its end', async () => {
    // 16 MB of a JSON string is written, then the request stays open: only a server that counts bytes as they
    // arrive can answer now; one that reads the whole body first would wait (and, sent on, run out of memory).
    const url = new URL(`${t().url}/v1/media`);
    const req = request(url, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${t().sandbox.keys.publishable}`,
        'content-type': 'application/json',
        'transfer-encoding': 'chunked',
      },
    });
    const answered = new Promise<{ status: number; body: string }>((resolve, reject) => {
      req.on('response', (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      req.on('error', reject);
    });
    req.write('{"data":"');
    const megabyte = 'A'.repeat(1024 * 1024);
    for (let i = 0; i < 16; i++) req.write(megabyte);
    const timeout = setTimeout(
      () => req.destroy(new Error('no answer while the body was still open')),
      20_000,
    );
    try {
      const { status, body } = await answered;
      assert.equal(status, 413);
      assert.equal((JSON.parse(body) as { code: string }).code, 'payload_too_large');
    } finally {
      clearTimeout(timeout);
      req.destroy();
    }
  });
});
