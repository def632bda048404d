// Submits learning outcomes (学习成果) to the credit bank (学分银行) and prints each submission's id and status.
// Usage: node dist/submit-outcomes.js [outcomes.json]
// Reads LC_API_BASE and LC_SECRET_KEY from the environment, or from a .env file beside package.json.
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import {
  createClient,
  LearningCityError,
  ValidationError,
  type CreditSubmissionCreate,
} from '@learning-city/core';

if (existsSync('.env')) process.loadEnvFile('.env');

const apiBase = process.env.LC_API_BASE;
const secretKey = process.env.LC_SECRET_KEY;
if (!apiBase || !secretKey) {
  console.error(
    'Set LC_API_BASE and LC_SECRET_KEY (see .env.example; `npx @learning-city/cli dev` prints both).',
  );
  process.exit(2);
}
if (!secretKey.startsWith('lc_sk_')) {
  console.error('LC_SECRET_KEY must be a secret key (lc_sk_…): the credit bank refuses publishable keys.');
  process.exit(2);
}

const file = process.argv[2] ?? 'outcomes.json';
const outcomes = JSON.parse(readFileSync(file, 'utf8')) as CreditSubmissionCreate[];
const client = createClient({ baseUrl: apiBase, apiKey: secretKey });

let failed = 0;
for (const [index, outcome] of outcomes.entries()) {
  const row = outcome.externalRef ?? `#${index + 1}`;
  try {
    // The Idempotency-Key comes from the row's content: running the file again (within the platform's 24 h
    // idempotency window) answers the first submission instead of making a second, while a row corrected
    // after a rejection is a new request (a key reused with another body is refused with 409). Keyed with the
    // secret key: a plain hash of a row holding an ID number could be reversed by trying ID numbers.
    const digest = createHmac('sha256', secretKey).update(JSON.stringify(outcome)).digest('hex').slice(0, 32);
    const submission = await client.creditSubmissions.create(outcome, {
      idempotencyKey: `outcome-${digest}`,
    });
    console.log(`${row}\t${submission.id}\t${submission.status}`);
  } catch (error) {
    failed += 1;
    if (error instanceof ValidationError) {
      const fields = error.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      console.error(`${row}\trejected\t${fields} (request ${error.requestId})`);
    } else if (error instanceof LearningCityError) {
      // The message names the request's Request-Id, for the platform's support.
      console.error(`${row}\tfailed\t${error.code ?? error.status ?? ''} ${error.message}`);
    } else {
      throw error;
    }
  }
}
process.exitCode = failed > 0 ? 1 : 0;
