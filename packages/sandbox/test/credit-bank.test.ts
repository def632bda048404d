// The credit bank: review like a test clock, the append-only ledger, record sums, CLR, batches and magic.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CreditSubmission } from '@learning-city/core';
import { MAGIC } from '../src/magic.js';
import { submissionBody, TEST_DATABASE, useSandbox } from './harness.js';

const t = useSandbox();

async function review(id: string, body: Record<string, unknown>) {
  return t().call('POST', `/test-helpers/credit-submissions/${id}/review`, { body });
}

describe(`credit bank (${TEST_DATABASE})`, () => {
  it('recognises a submission into the ledger and sums the record', async () => {
    const first = await t().sk.creditSubmissions.create(
      submissionBody('41030519800101001', { hours: 64, credits: 4 }),
    );
    const second = await t().sk.creditSubmissions.create(
      submissionBody('41030519800101001', { hours: 20, credits: 1.5 }),
    );
    assert.equal(first.learnerId, second.learnerId);
    assert.equal((await review(first.id, { decision: 'under_review' })).status, 200);
    const recognized = await review(first.id, { decision: 'recognized', recognizedCredits: 3.5 });
    assert.equal(recognized.status, 200);
    const decided = recognized.body as CreditSubmission;
    assert.equal(decided.status, 'recognized');
    assert.deepEqual([decided.review?.recognizedHours, decided.review?.recognizedCredits], [64, 3.5]);
    assert.equal((await review(second.id, { decision: 'recognized' })).status, 200);

    const record = await t().sk.learners.record(first.learnerId);
    assert.deepEqual(record.totals, { hours: 84, credits: 5 });
    assert.deepEqual(record.byOutcomeType.non_academic, { hours: 84, credits: 5 });
    assert.deepEqual(record.byOutcomeType.academic, { hours: 0, credits: 0 });
    assert.deepEqual(
      record.entries.map((entry) => [entry.kind, entry.submissionId]),
      [
        ['recognition', first.id],
        ['recognition', second.id],
      ],
    );
    assert.match(record.learner.residentIdHash, /^sha256\$[0-9a-f]{64}$/);

    const clr = await t().sk.learners.clr(first.learnerId);
    assert.ok((clr.type as string[]).includes('ClrCredential'));
    assert.ok(!JSON.stringify(clr).includes('410305198001010'));
  });

  it('revokes with a reversing entry, and the database refuses to edit or delete ledger entries', async () => {
    const submission = await t().sk.creditSubmissions.create(
      submissionBody('41030519800101002', { hours: 10, credits: 1 }),
    );
    await review(submission.id, { decision: 'recognized' });
    const revoked = await t().call('POST', `/test-helpers/credit-submissions/${submission.id}/revoke`, {
      body: {},
    });
    assert.equal(revoked.status, 200);
    assert.equal((revoked.body as CreditSubmission).status, 'recognized');
    const record = await t().sk.learners.record(submission.learnerId);
    assert.deepEqual(record.totals, { hours: 0, credits: 0 });
    const [recognition, revocation] = record.entries;
    assert.deepEqual(
      [recognition?.kind, recognition?.hours, revocation?.kind, revocation?.hours, revocation?.credits],
      ['recognition', 10, 'revocation', -10, -1],
    );
    assert.equal(revocation?.relatedEntryId, recognition?.id);
    // The append-only trigger refuses any UPDATE or DELETE, whoever sends it.
    for (const sql of [
      'UPDATE ledger_entries SET hours = 0 WHERE id = $1',
      'DELETE FROM ledger_entries WHERE id = $1',
    ]) {
      await assert.rejects(t().db.query(sql, [recognition?.id]), /append-only/, sql);
    }
    assert.deepEqual((await t().sk.learners.record(submission.learnerId)).entries, record.entries);
    const again = await t().call('POST', `/test-helpers/credit-submissions/${submission.id}/revoke`, {
      body: {},
    });
    assert.equal(again.status, 409);
    const clr = await t().call('GET', `/learners/${submission.learnerId}/record?format=clr`);
    assert.equal(clr.status, 409);
  });

  it('follows needs_info back to submitted, and refuses transitions that do not exist', async () => {
    const submission = await t().sk.creditSubmissions.create(submissionBody('41030519800101003'));
    const asked = await review(submission.id, { decision: 'needs_info', reason: '请补充证书扫描件' });
    assert.equal((asked.body as CreditSubmission).review?.reason, '请补充证书扫描件');
    const twice = await review(submission.id, { decision: 'recognized' });
    assert.equal(twice.status, 409);
    assert.equal((twice.body as { code: string }).code, 'invalid_state');
    const resubmitted = await t().call('POST', `/credit-submissions/${submission.id}/resubmit`, { body: {} });
    assert.equal((resubmitted.body as CreditSubmission).status, 'submitted');
    await review(submission.id, { decision: 'rejected', reason: '证书无法核验' });
    assert.equal((await review(submission.id, { decision: 'under_review' })).status, 409);
    assert.equal((await t().sk.creditSubmissions.get(submission.id)).status, 'rejected');
  });

  it('never recognises more than was claimed', async () => {
    const submission = await t().sk.creditSubmissions.create(
      submissionBody('41030519800101004', { hours: 8, credits: 1 }),
    );
    const response = await review(submission.id, { decision: 'recognized', recognizedHours: 9 });
    assert.equal(response.status, 422);
    assert.equal((response.body as { errors: { path: string }[] }).errors[0]?.path, 'recognizedHours');
  });

  it('rejects every decision for the magic learner', async () => {
    const body = submissionBody('41030519800101005');
    for (const decision of ['under_review', 'needs_info', 'rejected', 'recognized'] as const) {
      const submission = await t().sk.creditSubmissions.create({
        ...body,
        learner: { name: '张宏旭', residentId: MAGIC.rejectedLearnerResidentId },
      });
      const response = await review(submission.id, { decision });
      assert.equal((response.body as CreditSubmission).status, 'rejected', decision);
      assert.match((response.body as CreditSubmission).review?.reason ?? '', /magic learner/, decision);
      assert.deepEqual((await t().sk.learners.record(submission.learnerId)).entries, []);
    }
  });

  it('keeps the valid rows of a batch and answers one result per row with field paths', async () => {
    const good = ['41030519800101006', '41030519800101007', '41030519800101008'].map((who, i) =>
      submissionBody(who, { externalRef: `batch-${i}` }),
    );
    const badId = {
      ...submissionBody('41030519800101009'),
      learner: { name: '周杰', residentId: '410305198001010090' },
    };
    const badHours = submissionBody('41030519800101010', { hours: -1 });
    const result = await t().sk.creditSubmissions.createBatch([
      good[0]!,
      badId,
      good[1]!,
      badHours,
      good[2]!,
    ]);
    assert.deepEqual([result.succeeded, result.failed], [3, 2]);
    assert.deepEqual(
      result.results.map((row) => [row.index, row.ok]),
      [
        [0, true],
        [1, false],
        [2, true],
        [3, false],
        [4, true],
      ],
    );
    const errors = result.results.flatMap((row) => (row.ok ? [] : [row.error]));
    assert.deepEqual(
      errors.map((problem) => problem.errors?.map((item) => item.path)),
      [['learner.residentId'], ['outcome.hours']],
    );
    assert.ok(errors.every((problem) => problem.status === 422 && problem.code === 'validation_failed'));
    for (let i = 0; i < 3; i++) {
      assert.equal((await t().sk.creditSubmissions.list({ externalRef: `batch-${i}` })).data.length, 1);
    }
  });

  it('answers 422 for a batch whose envelope is wrong', async () => {
    const empty = await t().call('POST', '/credit-submissions/batch', { body: { items: [] } });
    assert.equal(empty.status, 422);
    assert.equal((empty.body as { errors: { path: string }[] }).errors[0]?.path, 'items');
    const tooMany = await t().call('POST', '/credit-submissions/batch', {
      body: { items: Array.from({ length: 501 }, () => submissionBody('41030519800101011')) },
    });
    assert.equal(tooMany.status, 422);
  });

  it('lists submissions by status and learner, page by page', async () => {
    const made = [];
    for (let i = 0; i < 5; i++)
      made.push(await t().sk.creditSubmissions.create(submissionBody('41030519800101012')));
    const learnerId = made[0]!.learnerId;
    const ids: string[] = [];
    for await (const item of t().sk.creditSubmissions.list({ learnerId, status: ['submitted'], limit: 2 }))
      ids.push(item.id);
    assert.deepEqual(
      ids,
      made.map((item) => item.id),
    );
  });

  it('pages through submissions in arrival order past 9 → 10 and 99 → 100 (each once)', async () => {
    // 120 in one batch: wherever the sequence stood, they cross a change in its number of digits, where an
    // order by the sequence's text ("10" < "9") once repeated some rows and skipped others.
    const batch = await t().sk.creditSubmissions.createBatch(
      Array.from({ length: 120 }, (_, i) =>
        submissionBody('41030519800101013', { externalRef: `order-${i}` }),
      ),
    );
    const made = batch.results.map((result) => (result.ok ? result.submission.id : result.error.code));
    assert.equal(batch.succeeded, 120);
    const first = batch.results[0]!;
    assert.ok(first.ok);
    const learnerId = first.submission.learnerId;
    const listed: string[] = [];
    for await (const item of t().sk.creditSubmissions.list({ learnerId, limit: 7 })) listed.push(item.id);
    assert.deepEqual(listed, made);
  });
});
