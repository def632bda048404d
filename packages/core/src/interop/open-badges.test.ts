// Tests for Open Badges 3.0 and CLR 2.0 output, validated against 1EdTech's JSON Schemas with Ajv.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import formats from 'ajv-formats';

import { LearnerRecord, LedgerEntry } from '../models/credit.js';
import { hashIdentity } from '../validators/index.js';
import {
  EmptyLearnerRecordError,
  learnerRecordToClr,
  ledgerEntryToAchievementCredential,
} from './open-badges.js';

const RESIDENT_ID = '11010519491231002X';
const NAME = '张三丰';
const SALT = '9f86d081884c7d65';
const ISSUER = { id: 'https://credit.example.cn/issuer', name: '北京市学分银行' };
const NOW = new Date('2026-05-16T01:30:00.250Z');

/** ajv-formats is CommonJS: its default import is the plugin itself at runtime. */
const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats) as unknown as (
  ajv: Ajv,
) => Ajv;

function fixture(name: string): AnySchemaObject {
  return JSON.parse(
    readFileSync(new URL(`../../test-fixtures/${name}`, import.meta.url), 'utf8'),
  ) as AnySchemaObject;
}

/** The OB 3.0 AchievementCredential schema, draft 2019-09. */
function ob3Validator(): ValidateFunction {
  // strictTuples only objects to the open-ended `@context` tuple (two fixed items, then any contexts).
  const ajv = new Ajv2019({ allErrors: true, strictTuples: false });
  addFormats(ajv as unknown as Ajv);
  return ajv.compile(fixture('ob3_achievementcredential.schema.json'));
}

/**
 * The CLR 2.0 schema declares draft-04, which Ajv 8 does not implement (and ajv-draft-04 is not
 * installed). Every keyword it uses means the same in draft-04 and draft-07 (checked below), so it
 * is compiled by draft-07 Ajv with the draft-07 meta-schema registered under the draft-04 URI.
 */
function clrValidator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  const draft07 = ajv.getSchema('http://json-schema.org/draft-07/schema')?.schema as AnySchemaObject;
  ajv.addMetaSchema({ ...draft07, $id: 'http://json-schema.org/draft-04/schema' });
  return ajv.compile(fixture('clr2_schema_draft4.json'));
}

/** Keywords whose meaning is the same in draft-04 and draft-07 (or that only annotate or name). */
const PORTABLE_KEYWORDS = new Set([
  '$schema',
  '$id',
  '$ref',
  '$defs',
  '$comment',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'oneOf',
  'anyOf',
  'enum',
  'pattern',
  'format',
]);

/** Every keyword used in a schema, skipping the names under `properties` and `$defs`. */
function keywords(schema: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) {
    for (const item of schema) keywords(item, found);
  } else if (schema !== null && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      found.add(key);
      if (key === 'properties' || key === '$defs' || key === 'definitions') {
        for (const sub of Object.values(value as object)) keywords(sub, found);
      } else if (key !== 'enum') {
        keywords(value, found);
      }
    }
  }
  return found;
}

function assertValid(validate: ValidateFunction, data: unknown): void {
  const ok = validate(data);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
}

function entry(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return LedgerEntry.parse({
    id: 'led_Rec00001',
    learnerId: 'lrn_Zs3f0001',
    submissionId: 'sub_Sub00001',
    kind: 'recognition',
    outcomeType: 'non_academic',
    title: '育婴员职业技能等级证书（中级）',
    issuer: '北京市职业技能鉴定指导中心',
    achievedOn: '2026-03-01',
    hours: 36,
    credits: 2,
    relatedEntryId: null,
    recordedAt: '2026-04-02T10:15:00+08:00',
    ...overrides,
  });
}

async function record(): Promise<LearnerRecord> {
  const entries = [
    entry({ id: 'led_Rec00001' }),
    entry({
      id: 'led_Rec00002',
      outcomeType: 'academic',
      title: '学前教育学',
      issuer: '北京开放大学',
      hours: 64,
      credits: 4,
    }),
    entry({
      id: 'led_Rec00003',
      outcomeType: 'informal',
      title: '全民终身学习活动周志愿服务',
      issuer: '海淀区社区学院',
      hours: 8,
      credits: 0.5,
    }),
    entry({
      id: 'led_Rev00001',
      submissionId: null,
      kind: 'revocation',
      outcomeType: 'informal',
      title: '全民终身学习活动周志愿服务',
      issuer: '海淀区社区学院',
      hours: -8,
      credits: -0.5,
      relatedEntryId: 'led_Rec00003',
    }),
    entry({
      id: 'led_Cnv00001',
      submissionId: null,
      kind: 'conversion',
      outcomeType: 'academic',
      title: '育婴员证书转换为学前教育专业学分',
      hours: 0,
      credits: 1,
      relatedEntryId: 'led_Rec00001',
    }),
  ];
  return LearnerRecord.parse({
    learner: {
      id: 'lrn_Zs3f0001',
      nameMasked: '张**',
      residentIdMasked: '1101**********002X',
      residentIdHash: await hashIdentity(RESIDENT_ID, SALT),
    },
    totals: { hours: 100, credits: 7 },
    byOutcomeType: {
      academic: { hours: 64, credits: 5 },
      non_academic: { hours: 36, credits: 2 },
      informal: { hours: 0, credits: 0 },
    },
    entries,
    generatedAt: '2026-05-16T09:30:00+08:00',
  });
}

const LEARNER = { residentId: RESIDENT_ID, salt: SALT, name: NAME };

describe('ledgerEntryToAchievementCredential', () => {
  it('is valid against the Open Badges 3.0 AchievementCredential schema for every outcome type', async () => {
    const validate = ob3Validator();
    for (const outcomeType of ['academic', 'non_academic', 'informal'] as const) {
      assertValid(
        validate,
        await ledgerEntryToAchievementCredential(entry({ outcomeType }), LEARNER, ISSUER),
      );
    }
  });

  it('is checked by a schema that rejects a credential without validFrom or with a bad achievementType', async () => {
    const validate = ob3Validator();
    const credential = await ledgerEntryToAchievementCredential(entry(), LEARNER, ISSUER);
    const { validFrom: _validFrom, ...withoutValidFrom } = credential;
    assert.equal(validate(withoutValidFrom), false);
    const badType = structuredClone(credential);
    badType.credentialSubject.achievement.achievementType = 'Diplom';
    assert.equal(validate(badType), false);
  });

  it('writes the VC 2.0 envelope: context, type, id, issuer, validFrom, awardedDate, name', async () => {
    const credential = await ledgerEntryToAchievementCredential(entry(), LEARNER, ISSUER, { now: NOW });
    assert.deepEqual(credential['@context'], [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
    assert.deepEqual(credential.type, ['VerifiableCredential', 'OpenBadgeCredential']);
    assert.match(
      credential.id,
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    assert.deepEqual(credential.issuer, { id: ISSUER.id, type: ['Profile'], name: ISSUER.name });
    assert.equal(credential.validFrom, '2026-05-16T01:30:00Z');
    assert.equal(credential.awardedDate, '2026-04-02T10:15:00+08:00');
    assert.equal(credential.name, '育婴员职业技能等级证书（中级）');
    assert.equal(credential.issuanceDate, undefined);
  });

  it('writes creditsEarned and the achievement from the entry', async () => {
    const credential = await ledgerEntryToAchievementCredential(entry(), LEARNER, ISSUER);
    const subject = credential.credentialSubject;
    assert.deepEqual(subject.type, ['AchievementSubject']);
    assert.equal(subject.creditsEarned, 2);
    assert.equal(subject.achievement.name, '育婴员职业技能等级证书（中级）');
    assert.equal(subject.achievement.achievementType, 'Certificate');
    assert.equal(subject.achievement.creditsAvailable, 2);
    assert.ok(subject.achievement.criteria.narrative?.includes('北京市职业技能鉴定指导中心'));
    const academic = await ledgerEntryToAchievementCredential(
      entry({ outcomeType: 'academic' }),
      LEARNER,
      ISSUER,
    );
    assert.equal(academic.credentialSubject.achievement.achievementType, 'Course');
    const informal = await ledgerEntryToAchievementCredential(
      entry({ outcomeType: 'informal' }),
      LEARNER,
      ISSUER,
    );
    assert.equal(informal.credentialSubject.achievement.achievementType, 'ext:InformalLearning');
  });

  it('identifies the learner only by hashIdentity(residentId, salt)', async () => {
    const credential = await ledgerEntryToAchievementCredential(entry(), LEARNER, ISSUER);
    assert.deepEqual(credential.credentialSubject.identifier, [
      {
        type: 'IdentityObject',
        identityType: 'nationalIdentityNumber',
        hashed: true,
        identityHash: await hashIdentity(RESIDENT_ID, SALT),
        salt: SALT,
      },
    ]);
  });

  it('never contains the raw ID number or the name', async () => {
    const credential = await ledgerEntryToAchievementCredential(entry(), LEARNER, ISSUER);
    const json = JSON.stringify(credential);
    assert.equal(json.includes(RESIDENT_ID), false);
    assert.equal(json.includes(RESIDENT_ID.slice(0, 17)), false);
    assert.equal(json.includes(NAME), false);
  });

  it('uses a residentIdHash as given, and refuses one that is not a hash', async () => {
    const residentIdHash = await hashIdentity(RESIDENT_ID, SALT);
    const credential = await ledgerEntryToAchievementCredential(
      entry(),
      { residentIdHash, salt: SALT },
      ISSUER,
    );
    assert.equal(credential.credentialSubject.identifier[0]?.identityHash, residentIdHash);
    await assert.rejects(
      ledgerEntryToAchievementCredential(entry(), { residentIdHash: RESIDENT_ID, salt: SALT }, ISSUER),
      /sha256/,
    );
    await assert.rejects(ledgerEntryToAchievementCredential(entry(), { salt: SALT }, ISSUER), /residentId/);
    await assert.rejects(
      ledgerEntryToAchievementCredential(entry(), { residentId: RESIDENT_ID, salt: '' }, ISSUER),
    );
  });

  it('gives the same entry the same credential ID, and honours credentialId', async () => {
    const first = await ledgerEntryToAchievementCredential(entry(), LEARNER, ISSUER);
    const again = await ledgerEntryToAchievementCredential(entry(), LEARNER, ISSUER);
    const other = await ledgerEntryToAchievementCredential(entry({ id: 'led_Rec00009' }), LEARNER, ISSUER);
    assert.equal(first.id, again.id);
    assert.notEqual(first.id, other.id);
    assert.equal(first.credentialSubject.achievement.id, other.credentialSubject.achievement.id);
    const named = await ledgerEntryToAchievementCredential(entry(), LEARNER, ISSUER, {
      credentialId: 'https://credit.example.cn/credentials/1',
    });
    assert.equal(named.id, 'https://credit.example.cn/credentials/1');
  });

  it('refuses a revocation', async () => {
    const revocation = entry({ kind: 'revocation', hours: -36, credits: -2, relatedEntryId: 'led_Rec00001' });
    await assert.rejects(ledgerEntryToAchievementCredential(revocation, LEARNER, ISSUER), RangeError);
  });
});

describe('learnerRecordToClr', () => {
  it('uses only keywords that mean the same in draft-04 and draft-07 (so the Ajv shim is exact)', () => {
    const schema = fixture('clr2_schema_draft4.json');
    assert.equal(schema.$schema, 'http://json-schema.org/draft-04/schema#');
    const unexpected = [...keywords(schema)].filter((keyword) => !PORTABLE_KEYWORDS.has(keyword));
    assert.deepEqual(unexpected, []);
  });

  it('is valid against the CLR 2.0 schema, and each credential in it against the OB 3.0 schema', async () => {
    const clr = await learnerRecordToClr(await record(), { salt: SALT, issuer: ISSUER, now: NOW });
    assertValid(clrValidator(), clr);
    const validateOb3 = ob3Validator();
    for (const credential of clr.credentialSubject.verifiableCredential) assertValid(validateOb3, credential);
  });

  it('is checked by a schema that rejects a CLR without issuanceDate or without credentials', async () => {
    const validate = clrValidator();
    const clr = await learnerRecordToClr(await record(), { salt: SALT, issuer: ISSUER, now: NOW });
    const { issuanceDate: _issuanceDate, ...withoutIssuanceDate } = clr;
    assert.equal(validate(withoutIssuanceDate), false);
    const empty = structuredClone(clr);
    empty.credentialSubject.verifiableCredential = [];
    assert.equal(validate(empty), false);
  });

  it('writes the ClrCredential envelope and the hashed learner', async () => {
    const clr = await learnerRecordToClr(await record(), { salt: SALT, issuer: ISSUER, now: NOW });
    assert.deepEqual(clr.type, ['VerifiableCredential', 'ClrCredential']);
    assert.equal(clr['@context'][0], 'https://www.w3.org/ns/credentials/v2');
    assert.equal(clr.validFrom, '2026-05-16T01:30:00Z');
    assert.equal(clr.issuanceDate, clr.validFrom);
    assert.deepEqual(clr.credentialSubject.type, ['ClrSubject']);
    assert.equal(clr.credentialSubject.identifier[0]?.identityHash, await hashIdentity(RESIDENT_ID, SALT));
    assert.equal(clr.credentialSubject.identifier[0]?.salt, SALT);
  });

  it('emits standing recognitions only: no revocation, no revoked recognition, no conversion', async () => {
    const clr = await learnerRecordToClr(await record(), { salt: SALT, issuer: ISSUER, now: NOW });
    const credentials = clr.credentialSubject.verifiableCredential;
    assert.deepEqual(
      credentials.map((credential) => [credential.name, credential.credentialSubject.creditsEarned]),
      [
        ['育婴员职业技能等级证书（中级）', 2],
        ['学前教育学', 4],
      ],
    );
    assert.ok(credentials.every((credential) => credential.credentialSubject.creditsEarned >= 0));
    assert.deepEqual(
      clr.credentialSubject.achievement.map((achievement) => achievement.name),
      ['育婴员职业技能等级证书（中级）', '学前教育学'],
    );
    assert.equal(JSON.stringify(clr).includes('全民终身学习活动周志愿服务'), false);
  });

  it('states the hour and credit totals in the description', async () => {
    const clr = await learnerRecordToClr(await record(), { salt: SALT, issuer: ISSUER, now: NOW });
    assert.equal(
      clr.description,
      '累计学时 100，学分 7（学历教育：学时 64，学分 5；非学历教育：学时 36，学分 2；无一定形式学习：学时 0，学分 0）。',
    );
  });

  it('never contains the raw ID number or the name', async () => {
    const json = JSON.stringify(await learnerRecordToClr(await record(), { salt: SALT, issuer: ISSUER }));
    assert.equal(json.includes(RESIDENT_ID), false);
    assert.equal(json.includes(NAME), false);
  });

  it('refuses a record with nothing left to attest', async () => {
    const full = await record();
    const empty = {
      ...full,
      entries: full.entries.filter((e) => e.kind === 'revocation' || e.id === 'led_Rec00003'),
    };
    await assert.rejects(learnerRecordToClr(empty, { salt: SALT, issuer: ISSUER }), EmptyLearnerRecordError);
  });
});
