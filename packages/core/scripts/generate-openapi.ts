// `npm run openapi`: writes packages/core/openapi.json from the models.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../src/openapi/document.js';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
const target = new URL('openapi.json', root);
writeFileSync(target, JSON.stringify(buildOpenApiDocument(version), null, 2) + '\n');
console.log(`wrote ${target.pathname}`);
