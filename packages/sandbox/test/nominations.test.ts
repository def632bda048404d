// 百姓学习之星: photo uploads checked against the campaign, nominations with references and campaign rules.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Media, NominationCampaign } from '@learning-city/core';
import { OFFSET_TIMESTAMP } from './patterns.js';
import { nominationBody, TEST_DATABASE, TINY_PNG, useSandbox } from './harness.js';

const t = useSandbox();
let open: NominationCampaign;
let closed: NominationCampaign;

const pk = () => t().sandbox.keys.publishable;

async function upload(body: Record<string, unknown>) {
  return t().call('POST', '/media', { key: pk(), body });
}

describe(`nominations (${TEST_DATABASE})`, () => {
  before(async () => {
    const campaigns = (await t().pk.nominationCampaigns.list()).data;
    open = campaigns.find((campaign) => campaign.status === 'open')!;
    closed = campaigns.find((campaign) => campaign.status === 'closed')!;
  });

  it('uploads a photo, serves its bytes, and nominates with it', async () => {
    const uploaded = await upload({ contentType: 'image/png', data: TINY_PNG });
    assert.equal(uploaded.status, 201);
    const media = uploaded.body as Media;
    assert.equal(media.bytes, Buffer.from(TINY_PNG, 'base64').length);
    const bytes = await fetch(`${t().url}/v1/media/${media.id}`, {
      headers: { authorization: `Bearer ${pk()}` },
    });
    assert.equal(bytes.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await bytes.arrayBuffer()), Buffer.from(TINY_PNG, 'base64'));

    const first = await t().pk.nominations.create(nominationBody(open.id, [media.id]));
    const second = await t().pk.nominations.create(nominationBody(open.id));
    const number = (reference: string) => Number(reference.split('-')[2]);
    assert.equal(number(second.reference), number(first.reference) + 1);
    const read = await t().call('GET', `/nominations/${first.id}`);
    assert.equal(read.status, 200);
    assert.equal((read.body as { reference: string }).reference, first.reference);
    assert.equal((await t().call('GET', `/nominations/${first.id}`, { key: pk() })).status, 403);
  });

  it('records the consents given with a nomination, and when', async () => {
    const nomination = await t().pk.nominations.create(nominationBody(open.id));
    const [row] = await t().db.query<{ consents: Record<string, unknown> }>(
      'SELECT consents FROM nominations WHERE id = $1',
      [nomination.id],
    );
    const { recordedAt, ...given } = row?.consents ?? {};
    assert.deepEqual(given, nominationBody(open.id).consents);
    assert.equal(recordedAt, nomination.submittedAt);
    assert.match(String(recordedAt), OFFSET_TIMESTAMP);
  });

  it('checks the type, the bytes and the size of a photo', async () => {
    const gif = await upload({ contentType: 'image/gif', data: TINY_PNG });
    assert.equal(gif.status, 422);
    const lying = await upload({ contentType: 'image/jpeg', data: TINY_PNG });
    assert.equal((lying.body as { errors: { path: string }[] }).errors[0]?.path, 'data');
    const big = Buffer.alloc(open.limits.photoMaxBytes + 1);
    Buffer.from(TINY_PNG, 'base64').copy(big);
    const tooBig = await upload({ contentType: 'image/png', data: big.toString('base64') });
    assert.equal(tooBig.status, 422);
    assert.equal((tooBig.body as { errors: { code: string }[] }).errors[0]?.code, 'too_big');
  });

  it('applies the campaign limits, counted in characters', async () => {
    const short = await t().call('POST', '/nominations', {
      key: pk(),
      body: nominationBody(open.id, [], open.limits.deedsMinChars - 1),
    });
    assert.equal(short.status, 422);
    assert.equal((short.body as { errors: { path: string }[] }).errors[0]?.path, 'story.deeds');
    // 𠮷 is two UTF-16 code units but one character.
    const body = nominationBody(open.id);
    body.story.deeds = '𠮷'.repeat(open.limits.deedsMaxChars);
    assert.equal((await t().call('POST', '/nominations', { key: pk(), body })).status, 201);
    const missing = await t().call('POST', '/nominations', {
      key: pk(),
      body: nominationBody(open.id, ['med_doesnotexist']),
    });
    assert.equal((missing.body as { errors: { path: string }[] }).errors[0]?.path, 'media.0.mediaId');
  });

  it('answers 409 invalid_state for a closed campaign and 422 for an unknown one', async () => {
    const closedResponse = await t().call('POST', '/nominations', {
      key: pk(),
      body: nominationBody(closed.id),
    });
    assert.equal(closedResponse.status, 409);
    assert.equal((closedResponse.body as { code: string }).code, 'invalid_state');
    const unknown = await t().call('POST', '/nominations', {
      key: pk(),
      body: nominationBody('cmp_doesnotexist'),
    });
    assert.equal(unknown.status, 422);
    assert.equal((unknown.body as { errors: { path: string }[] }).errors[0]?.path, 'campaignId');
  });

  it('filters campaigns by status', async () => {
    const response = await t().call('GET', '/nomination-campaigns?status=nope', { key: pk() });
    assert.equal(response.status, 422);
    assert.equal((response.body as { errors: { path: string }[] }).errors[0]?.path, 'status');
    const closedOnly = await t().pk.nominationCampaigns.list({ status: 'closed' });
    assert.deepEqual(
      closedOnly.data.map((campaign) => campaign.id),
      [closed.id],
    );
  });
});
