// Credit-bank ledger entries as Open Badges 3.0 credentials, and a learner's record as a CLR 2.0 credential.
import type { LearnerRecord, LedgerEntry, OutcomeType } from '../models/credit.js';
import { hashIdentity, sha256Hex } from '../validators/index.js';
import type {
  AchievementCredential,
  ClrCredential,
  ObAchievement,
  ObIdentityObject,
  ObProfile,
} from './open-badges-types.js';

/** `@context` of an Open Badges 3.0 credential (VC 2.0 first, then OB 3.0.3). */
export const OB3_CONTEXT: readonly string[] = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
];

/** `@context` of a CLR 2.0 credential (VC 2.0, CLR 2.0.1, OB 3.0.3). */
export const CLR2_CONTEXT: readonly string[] = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
];

/** The published JSON Schema of an OB 3.0 `AchievementCredential`. */
export const OB3_SCHEMA_URL =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

/** The published JSON Schema of a CLR 2.0 `ClrCredential`. */
export const CLR2_SCHEMA_URL =
  'https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json';

const SCHEMA_VALIDATOR = '1EdTechJsonSchemaValidator2019';

const IDENTITY_HASH = /^sha256\$[0-9a-f]{64}$/i;

/** OB 3.0 `achievementType` per outcome type; `ext:` values are the spec's extension mechanism. */
const ACHIEVEMENT_TYPES: Record<OutcomeType, string> = {
  academic: 'Course', // 学历教育: course credits of a degree programme
  non_academic: 'Certificate', // 非学历教育: training, 1+X and vocational skill certificates
  informal: 'ext:InformalLearning', // 无一定形式学习: activities, volunteering, reading
};

const OUTCOME_LABELS: Record<OutcomeType, string> = {
  academic: '学历教育',
  non_academic: '非学历教育',
  informal: '无一定形式学习',
};

/**
 * Who a credential is about. Give the raw `residentId` (hashed here with `salt`) or a
 * `residentIdHash` already made with that salt. Neither the raw ID nor `name` is ever written:
 * not even hashed, since a salted hash of a name published next to its salt is reversed from a
 * list of common names.
 *
 * @example
 * const learner: CredentialLearner = { residentId: '11010519491231002X', salt: createSalt() };
 */
export interface CredentialLearner {
  residentId?: string;
  residentIdHash?: string;
  salt: string;
  name?: string;
}

/**
 * The issuing organisation: its profile URL and name.
 *
 * @example
 * const issuer: CredentialIssuer = { id: 'https://credit.example.cn/issuer', name: '北京市学分银行' };
 */
export interface CredentialIssuer {
  id: string;
  name: string;
}

/** Options for {@link ledgerEntryToAchievementCredential}. */
export interface AchievementCredentialOptions {
  /** Written as `validFrom`; defaults to the current time. */
  now?: Date;
  /**
   * The credential's `id`; defaults to a `urn:uuid:` derived from the issuer and the entry, so a
   * re-issue keeps its ID (OB 3.0 tells versions apart by `validFrom`).
   */
  credentialId?: string;
}

/** Options for {@link learnerRecordToClr}. */
export interface ClrOptions {
  /** The salt `record.learner.residentIdHash` was made with; written beside the hash. */
  salt: string;
  issuer: CredentialIssuer;
  /** Written as `validFrom` of the CLR and of every credential in it; defaults to the current time. */
  now?: Date;
}

/**
 * A recognition ledger entry as an unsigned Open Badges 3.0 `AchievementCredential`. The learner is
 * identified only by a salted SHA-256 of the resident ID (`identityType: 'nationalIdentityNumber'`);
 * `creditsEarned` is the entry's credits. Sign it before handing it to a wallet.
 *
 * @throws {RangeError} When the entry is not a recognition with non-negative hours and credits.
 * @throws {Error} When neither `residentId` nor a well-formed `residentIdHash` is given, or the salt is empty.
 * @example
 * const credential = await ledgerEntryToAchievementCredential(
 *   entry,
 *   { residentId: '11010519491231002X', salt: createSalt() },
 *   { id: 'https://credit.example.cn/issuer', name: '北京市学分银行' },
 * );
 */
export async function ledgerEntryToAchievementCredential(
  entry: LedgerEntry,
  learner: CredentialLearner,
  issuer: CredentialIssuer,
  options: AchievementCredentialOptions = {},
): Promise<AchievementCredential> {
  if (entry.kind !== 'recognition' || entry.credits < 0 || entry.hours < 0) {
    throw new RangeError(
      `Only a recognition with non-negative hours and credits is an achievement; ledger entry ${entry.id} is a ` +
        `${entry.kind} of ${entry.credits} credits`,
    );
  }
  const identity = await identityObject(learner);
  const achievement = await achievementFor(entry, issuer);
  return {
    '@context': [...OB3_CONTEXT],
    id: options.credentialId ?? (await derivedUrn('credential', issuer.id, entry.id)),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: profile(issuer),
    validFrom: isoInstant(options.now ?? new Date()),
    awardedDate: entry.recordedAt,
    name: entry.title,
    description:
      `${entry.issuer}，${entry.achievedOn} 取得；经学分银行认定为${OUTCOME_LABELS[entry.outcomeType]}成果，` +
      `学时 ${formatNumber(entry.hours)}，学分 ${formatNumber(entry.credits)}。`,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [identity],
      achievement,
      creditsEarned: entry.credits,
    },
    credentialSchema: [{ id: OB3_SCHEMA_URL, type: SCHEMA_VALIDATOR }],
  };
}

/** A learner record with no recognised, unrevoked outcome: there is nothing to put in a CLR. */
export class EmptyLearnerRecordError extends RangeError {
  override name = 'EmptyLearnerRecordError';
}

/**
 * A learner's credit record as an unsigned CLR 2.0 `ClrCredential`: one `AchievementCredential` per
 * recognition that no revocation reversed (revocations and conversions are not credentials), their
 * achievements, the hashed learner, and the hour and credit totals in `description`.
 *
 * @throws {EmptyLearnerRecordError} When no recognised, unrevoked outcome is left: a CLR needs at least one credential.
 * @example
 * const clr = await learnerRecordToClr(await client.learners.record('lrn_8fK2mQ1x'), {
 *   salt: platformSalt,
 *   issuer: { id: 'https://credit.example.cn/issuer', name: '北京市学分银行' },
 * });
 */
export async function learnerRecordToClr(record: LearnerRecord, options: ClrOptions): Promise<ClrCredential> {
  const now = options.now ?? new Date();
  const issuedAt = isoInstant(now);
  const learner: CredentialLearner = { residentIdHash: record.learner.residentIdHash, salt: options.salt };
  const credentials = await Promise.all(
    standingRecognitions(record.entries).map(async (entry) => ({
      ...(await ledgerEntryToAchievementCredential(entry, learner, options.issuer, { now })),
      issuanceDate: issuedAt,
    })),
  );
  if (credentials.length === 0) {
    throw new EmptyLearnerRecordError(
      `Learner ${record.learner.id} has no recognised, unrevoked outcome; a CLR needs at least one credential`,
    );
  }
  const achievements = new Map<string, ObAchievement>();
  for (const credential of credentials) {
    const { achievement } = credential.credentialSubject;
    achievements.set(achievement.id, achievement);
  }
  return {
    '@context': [...CLR2_CONTEXT],
    id: await derivedUrn('clr', options.issuer.id, record.learner.id, record.generatedAt),
    type: ['VerifiableCredential', 'ClrCredential'],
    issuer: profile(options.issuer),
    validFrom: issuedAt,
    issuanceDate: issuedAt,
    name: '学习成果档案',
    description: totalsDescription(record),
    partial: false,
    credentialSubject: {
      type: ['ClrSubject'],
      identifier: [await identityObject(learner)],
      verifiableCredential: credentials,
      achievement: [...achievements.values()],
    },
    credentialSchema: [{ id: CLR2_SCHEMA_URL, type: SCHEMA_VALIDATOR }],
  };
}

/** Recognitions with non-negative values that no revocation points back at. */
function standingRecognitions(entries: readonly LedgerEntry[]): LedgerEntry[] {
  const revoked = new Set(
    entries.flatMap((entry) =>
      entry.kind === 'revocation' && entry.relatedEntryId !== null ? [entry.relatedEntryId] : [],
    ),
  );
  return entries.filter(
    (entry) =>
      entry.kind === 'recognition' && entry.credits >= 0 && entry.hours >= 0 && !revoked.has(entry.id),
  );
}

async function identityObject(learner: CredentialLearner): Promise<ObIdentityObject> {
  let identityHash: string;
  if (learner.residentId !== undefined) {
    identityHash = await hashIdentity(learner.residentId, learner.salt);
  } else if (learner.residentIdHash !== undefined) {
    if (!IDENTITY_HASH.test(learner.residentIdHash)) {
      throw new Error('residentIdHash must be sha256$ and 64 hex digits, as hashIdentity() makes it');
    }
    if (learner.salt === '') throw new Error('A residentIdHash needs the non-empty salt it was made with');
    identityHash = learner.residentIdHash;
  } else {
    throw new Error('A credential needs the learner’s residentId or residentIdHash');
  }
  return {
    type: 'IdentityObject',
    identityType: 'nationalIdentityNumber',
    hashed: true,
    identityHash,
    salt: learner.salt,
  };
}

/** The achievement is the same for every learner with the same outcome from the same issuer. */
async function achievementFor(entry: LedgerEntry, issuer: CredentialIssuer): Promise<ObAchievement> {
  return {
    id: await derivedUrn('achievement', issuer.id, entry.outcomeType, entry.issuer, entry.title),
    type: ['Achievement'],
    name: entry.title,
    description: `${OUTCOME_LABELS[entry.outcomeType]}成果「${entry.title}」，颁发机构：${entry.issuer}。`,
    criteria: { narrative: criteriaNarrative(entry) },
    achievementType: ACHIEVEMENT_TYPES[entry.outcomeType],
    creditsAvailable: entry.credits,
    inLanguage: 'zh-CN',
    tag: [OUTCOME_LABELS[entry.outcomeType]],
  };
}

function criteriaNarrative(entry: LedgerEntry): string {
  switch (entry.outcomeType) {
    case 'academic':
      return `完成「${entry.issuer}」的学历教育课程「${entry.title}」，成绩合格，经学分银行认定。`;
    case 'non_academic':
      return `取得「${entry.issuer}」颁发的「${entry.title}」（培训、1+X 或职业技能等级证书），经学分银行认定。`;
    case 'informal':
      return `参加「${entry.issuer}」组织的「${entry.title}」（活动、志愿服务或阅读等），经学分银行认定。`;
  }
}

function totalsDescription(record: LearnerRecord): string {
  const part = (label: string, totals: { hours: number; credits: number }) =>
    `${label}学时 ${formatNumber(totals.hours)}，学分 ${formatNumber(totals.credits)}`;
  const byType = (Object.keys(OUTCOME_LABELS) as OutcomeType[])
    .map((type) => part(`${OUTCOME_LABELS[type]}：`, record.byOutcomeType[type]))
    .join('；');
  return `${part('累计', record.totals)}（${byType}）。`;
}

function profile(issuer: CredentialIssuer): ObProfile {
  return { id: issuer.id, type: ['Profile'], name: issuer.name };
}

/** An instant as ISO 8601 UTC without milliseconds, e.g. `2026-05-16T01:30:00Z`. */
function isoInstant(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date');
  return `${instant.toISOString().slice(0, 19)}Z`;
}

/** At most two decimals, without trailing zeros: `2`, `0.5`, `1.33`. */
function formatNumber(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** A name-based `urn:uuid:` (version 8, from SHA-256), so the same inputs always give the same ID. */
async function derivedUrn(...parts: string[]): Promise<string> {
  const hex = (await sha256Hex(parts.join('\u0000'))).slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
