// The committed openapi.json is what the models generate, and it covers every path of the contract.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildOpenApiDocument } from './document.js';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
const committed = readFileSync(new URL('openapi.json', root), 'utf8');
const doc = buildOpenApiDocument(pkg.version) as {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
};

describe('OpenAPI document', () => {
  it('matches the committed packages/core/openapi.json (run `npm run openapi` when this fails)', () => {
    assert.equal(JSON.stringify(doc, null, 2) + '\n', committed);
  });

  it('is OpenAPI 3.1 and covers every path of the v1 contract in DESIGN.md', () => {
    assert.equal(doc.openapi, '3.1.0');
    const required = [
      'get /courses',
      'get /courses/facets',
      'get /courses/{id}',
      'get /activities',
      'get /activities/{id}',
      'get /activities/{id}/calendar.ics',
      'get /activities.ics',
      'post /activities/{id}/registrations',
      'get /registrations/{id}',
      'post /registrations/{id}/cancel',
      'post /credit-submissions',
      'post /credit-submissions/batch',
      'get /credit-submissions',
      'get /credit-submissions/{id}',
      'get /learners/{id}/record',
      'get /nomination-campaigns',
      'post /nominations',
      'get /openapi.json',
    ];
    const present = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method} ${path}`),
    );
    for (const operation of required) assert.ok(present.includes(operation), `missing ${operation}`);
  });

  it('describes errors as problem+json and POSTs with an Idempotency-Key header', () => {
    const post = doc.paths['/activities/{id}/registrations']!.post as {
      parameters: { name: string }[];
      responses: Record<string, { content: Record<string, unknown> }>;
    };
    assert.ok(post.parameters.some((p) => p.name === 'Idempotency-Key'));
    assert.ok(post.responses['409']!.content['application/problem+json']);
    assert.ok(post.responses['201']);
  });
});
