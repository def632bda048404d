// The credit bank (学分银行), secret key only: submissions one by one or in batches, and learners' records.
import {
  CreditSubmission,
  CreditSubmissionBatchResult,
  CreditSubmissionCreate,
  CreditSubmissionListParams,
  EmptyLearnerRecordError,
  LearnerRecord,
  learnerRecordToClr,
  listPage,
  MAX_BATCH_SIZE,
  toFieldIssues,
  type BatchItemResult,
} from '@learning-city/core';
import { Hono } from 'hono';
import type { SandboxContext } from '../../context.js';
import {
  getSubmission,
  insertSubmissions,
  listSubmissions,
  resubmit,
  type PreparedSubmission,
} from '../../store/credit-submissions.js';
import { learnerRecord, prepareLearner } from '../../store/learners.js';
import { requireKey } from '../auth.js';
import type { AppEnv } from '../env.js';
import { idempotent } from '../idempotency.js';
import { HttpProblem, issue, notFound, validationFailed } from '../problem.js';
import { parseBody, parseQuery, readJson, send } from '../validation.js';

const SubmissionPage = listPage(CreditSubmission);

/** `/credit-submissions` and its batch, read and resubmit routes (secret key). */
export function creditSubmissionRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requireKey(sandbox, 'secret'));
  const prepare = async (body: CreditSubmissionCreate): Promise<PreparedSubmission> => ({
    body,
    learner: await prepareLearner(body.learner, sandbox.salt),
  });
  app.post('/', idempotent(sandbox), async (c) => {
    const prepared = await prepare(await parseBody(c, CreditSubmissionCreate));
    const [submission] = await sandbox.db.transaction((tx) => insertSubmissions(tx, [prepared]));
    return send(c, 201, CreditSubmission, submission!);
  });
  app.post('/batch', idempotent(sandbox), async (c) => {
    // The envelope is checked here and each row once, by itself: a bad row fails alone.
    const items = batchItems(await readJson(c));
    const results: (BatchItemResult | PreparedSubmission)[] = await Promise.all(
      items.map(async (item, index) => {
        const row = CreditSubmissionCreate.safeParse(item);
        if (row.success) return prepare(row.data);
        const problem = validationFailed(toFieldIssues(row.error.issues, item), `Row ${index} is invalid.`);
        return { index, ok: false as const, error: problem.toBody(c.get('requestId')) };
      }),
    );
    const valid = results.filter((result): result is PreparedSubmission => !('ok' in result));
    const submissions = await sandbox.db.transaction((tx) => insertSubmissions(tx, valid));
    let next = 0;
    const stored = results.map((result, index): BatchItemResult =>
      'ok' in result ? result : { index, ok: true, submission: submissions[next++]! },
    );
    const succeeded = stored.filter((result) => result.ok).length;
    return send(c, 200, CreditSubmissionBatchResult, {
      results: stored,
      succeeded,
      failed: stored.length - succeeded,
    });
  });
  app.get('/', async (c) =>
    send(
      c,
      200,
      SubmissionPage,
      await listSubmissions(sandbox.db, parseQuery(c, CreditSubmissionListParams)),
    ),
  );
  app.get('/:id', async (c) =>
    send(c, 200, CreditSubmission, await getSubmission(sandbox.db, c.req.param('id'))),
  );
  app.post('/:id/resubmit', idempotent(sandbox), async (c) => {
    await readJson(c);
    return send(c, 200, CreditSubmission, await resubmit(sandbox, c.req.param('id')));
  });
  return app;
}

/** The `items` of a batch body: 422 on `items` unless it is a list of 1 to {@link MAX_BATCH_SIZE} rows. */
function batchItems(body: unknown): unknown[] {
  const items = (body as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) {
    throw validationFailed([issue('items', 'invalid_type', 'Send `{ items: [...] }`')]);
  }
  if (items.length < 1) throw validationFailed([issue('items', 'too_small', 'Send at least 1 row')]);
  if (items.length > MAX_BATCH_SIZE) {
    throw validationFailed([issue('items', 'too_big', `Send at most ${MAX_BATCH_SIZE} rows per batch`)]);
  }
  return items;
}

/** `GET /learners/{id}/record`, or with `?format=clr` the CLR 2.0 / Open Badges 3.0 export (secret key). */
export function learnerRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requireKey(sandbox, 'secret'));
  app.get('/:id/record', async (c) => {
    const record = await learnerRecord(sandbox.db, c.req.param('id'));
    if (record === undefined) throw notFound('learner', c.req.param('id'));
    const format = c.req.query('format') ?? 'json';
    if (format === 'json') return send(c, 200, LearnerRecord, record);
    if (format !== 'clr') {
      throw validationFailed([{ path: 'format', code: 'invalid_value', message: 'Use `json` or `clr`' }]);
    }
    const origin = new URL(c.req.url).origin;
    try {
      const clr = await learnerRecordToClr(record, {
        salt: sandbox.salt,
        issuer: { id: `${origin}/v1/issuer`, name: '学习型城市学分银行（沙箱）' },
      });
      return c.json(clr);
    } catch (error) {
      if (!(error instanceof EmptyLearnerRecordError)) throw error;
      throw new HttpProblem(
        409,
        'invalid_state',
        'This learner has no recognised outcome yet: a CLR needs one.',
      );
    }
  });
  return app;
}
