import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createSealingKey,
  decodeDraft,
  encodeDraft,
  identifiersOf,
  openIdentifiers,
  sealIdentifiers,
  type Draft,
} from './nomination-draft.js';
import { emptyForm } from './nomination-form.js';

function draft(): Draft {
  return {
    campaignId: 'cmp_abcdef123',
    step: 2,
    values: {
      ...emptyForm(),
      nomineeName: '李秀英',
      nomineeMobile: '13912345678',
      contactName: '王老师',
      contactMobile: '13800001111',
      birthYear: '1956',
      deeds: '坚持学习十年。',
      group: 'senior',
      privacyNotice: true,
    },
    photos: [
      {
        mediaId: 'med_abcdef123',
        fileName: 'a.png',
        contentType: 'image/png',
        bytes: 1000,
        width: 10,
        height: 10,
        thumbnail: 'AAAA',
        caption: '上课',
        photographer: '张',
        copyrightHolder: '学院',
        licence: 'CC-BY-4.0',
        publicityConsent: true,
      },
    ],
    idempotencyKey: 'key-1',
    savedAt: '2026-05-10T01:00:00.000Z',
  };
}

describe('draft codec', () => {
  it('never writes names or mobile numbers in plain text', async () => {
    const key = await createSealingKey();
    const original = draft();
    const text = encodeDraft(original, await sealIdentifiers(key, identifiersOf(original.values)));
    for (const secret of ['李秀英', '13912345678', '王老师', '13800001111', '3912345678']) {
      assert.ok(!text.includes(secret), `${secret} is in the stored draft`);
    }
    assert.ok(text.includes('坚持学习十年。'));
  });

  it('gives back everything typed, identifiers once unsealed with the same key', async () => {
    const key = await createSealingKey();
    const original = draft();
    const sealed = await sealIdentifiers(key, identifiersOf(original.values));
    const decoded = decodeDraft(encodeDraft(original, sealed), original.campaignId);
    assert.ok(decoded);
    assert.deepEqual(decoded.sealed, sealed);
    assert.equal(decoded.draft.values.nomineeMobile, '');
    const identifiers = await openIdentifiers(key, decoded.sealed!);
    assert.deepEqual({ ...decoded.draft.values, ...identifiers }, original.values);
    assert.deepEqual(decoded.draft.photos, original.photos);
    assert.equal(decoded.draft.step, 2);
    assert.equal(decoded.draft.idempotencyKey, 'key-1');
  });

  it('cannot unseal with another key, or altered data', async () => {
    const sealed = await sealIdentifiers(await createSealingKey(), identifiersOf(draft().values));
    assert.equal(await openIdentifiers(await createSealingKey(), sealed), null);
    const key = await createSealingKey();
    const mine = await sealIdentifiers(key, identifiersOf(draft().values));
    const altered = { ...mine, data: (mine.data[0] === 'A' ? 'B' : 'A') + mine.data.slice(1) };
    assert.equal(await openIdentifiers(key, altered), null);
  });

  it('seals the same identifiers differently each time (a fresh IV)', async () => {
    const key = await createSealingKey();
    const identifiers = identifiersOf(draft().values);
    const [a, b] = [await sealIdentifiers(key, identifiers), await sealIdentifiers(key, identifiers)];
    assert.notEqual(a.iv, b.iv);
    assert.notEqual(a.data, b.data);
  });

  it('ignores a draft of another campaign, another version, or one that is not JSON', () => {
    const text = encodeDraft(draft(), null);
    assert.equal(decodeDraft(text, 'cmp_other12345'), null);
    assert.equal(decodeDraft(text.replace('"v":1', '"v":99'), 'cmp_abcdef123'), null);
    assert.equal(decodeDraft('{not json', 'cmp_abcdef123'), null);
    assert.equal(decodeDraft(null, 'cmp_abcdef123'), null);
  });

  it('falls back to empty for fields of the wrong type, and keeps the step in range', () => {
    const stored = JSON.parse(encodeDraft(draft(), null)) as Record<string, unknown>;
    stored['step'] = 42;
    stored['values'] = { deeds: 7, summary: '简介', privacyNotice: 'yes', nomineeMobile: '13912345678' };
    stored['photos'] = [{ caption: 'no media id' }, draft().photos[0]];
    const decoded = decodeDraft(JSON.stringify(stored), 'cmp_abcdef123')!;
    assert.equal(decoded.draft.step, 4);
    assert.equal(decoded.draft.values.deeds, '');
    assert.equal(decoded.draft.values.summary, '简介');
    assert.equal(decoded.draft.values.privacyNotice, false);
    // A plain identifier slipped into the stored values is not taken: identifiers come only sealed.
    assert.equal(decoded.draft.values.nomineeMobile, '');
    assert.equal(decoded.draft.photos.length, 1);
  });
});
