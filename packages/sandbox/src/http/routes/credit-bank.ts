// The credit bank (学分银行), secret key only: submissions one by one or in batches, and learners' records.
import {
  CreditSubmission,
  CreditSubmissionBatchCreate,
  CreditSubmissionBatchResult,
  CreditSubmissionCreate,
  CreditSubmissionListParams,
  LearnerRecord,
  learnerRecordToClr,
  listPage,
  toFieldIssues,
  type BatchItemResult,
} from '@learning-city/core';
import { Hono } from 'hono';
import type { SandboxContext } from '../../context.js';
import {
  getSubmission,
  insertSubmission,
  listSubmissions,
  prepareSubmission,
  resubmit,
  type PreparedSubmission,
} from '../../store/credit-submissions.js';
import { learnerRecord } from '../../store/learners.js';
import { requireKey } from '../auth.js';
import type { AppEnv } from '../env.js';
import { idempotent } from '../idempotency.js';
import { HttpProblem, notFound, validationFailed } from '../problem.js';
import { parseBody, parseQuery, readJson, send } from '../validation.js';

const SubmissionPage = listPage(CreditSubmission);

/** `/credit-submissions` and its batch, read and resubmit routes (secret key). */
export function creditSubmissionRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requireKey(sandbox, 'secret'));
  app.post('/', idempotent(sandbox), async (c) => {
    const prepared = await prepareSubmission(await parseBody(c, CreditSubmissionCreate), sandbox.salt);
    const submission = await sandbox.db.transaction((tx) => insertSubmission(tx, prepared));
    return send(c, 201, CreditSubmission, submission);
  });
  app.post('/batch', idempotent(sandbox), async (c) => {
    const body = await readJson(c);
    const whole = CreditSubmissionBatchCreate.safeParse(body);
    // Issues inside rows are answered per row; anything wrong with the envelope fails the whole request.
    if (
      !whole.success &&
      !whole.error.issues.every((item) => item.path[0] === 'items' && typeof item.path[1] === 'number')
    ) {
      throw validationFailed(toFieldIssues(whole.error.issues));
    }
    const items = (body as { items: unknown[] }).items;
    const results: (BatchItemResult | PreparedSubmission)[] = await Promise.all(
      items.map(async (item, index) => {
        const row = CreditSubmissionCreate.safeParse(item);
        if (row.success) return prepareSubmission(row.data, sandbox.salt);
        const problem = validationFailed(toFieldIssues(row.error.issues), `Row ${index} is invalid.`);
        return { index, ok: false as const, error: problem.toBody(c.get('requestId')) };
      }),
    );
    const stored = await sandbox.db.transaction(async (tx) => {
      const out: BatchItemResult[] = [];
      for (const [index, result] of results.entries()) {
        out.push(
          'ok' in result ? result : { index, ok: true, submission: await insertSubmission(tx, result) },
        );
      }
      return out;
    });
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
      if (!(error instanceof RangeError)) throw error;
      throw new HttpProblem(
        409,
        'invalid_state',
        'This learner has no recognised outcome yet: a CLR needs one.',
      );
    }
  });
  return app;
}
