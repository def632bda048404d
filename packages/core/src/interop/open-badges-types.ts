// TypeScript shapes of the Open Badges 3.0 and CLR 2.0 documents this SDK writes (unsigned W3C credentials).

/**
 * An Open Badges 3.0 `Profile`: the issuer of a credential.
 *
 * @example
 * const issuer: ObProfile = {
 *   id: 'https://credit.example.cn/issuer',
 *   type: ['Profile'],
 *   name: '北京市学分银行',
 * };
 */
export interface ObProfile {
  id: string;
  type: string[];
  name: string;
}

/**
 * An Open Badges 3.0 `IdentityObject`: the learner, known only by a salted SHA-256 of an identifier.
 *
 * @example
 * const identity: ObIdentityObject = {
 *   type: 'IdentityObject',
 *   identityType: 'nationalIdentityNumber',
 *   hashed: true,
 *   identityHash: await hashIdentity('11010519491231002X', salt),
 *   salt,
 * };
 */
export interface ObIdentityObject {
  type: 'IdentityObject';
  identityType: string;
  hashed: true;
  /** `sha256$` and the lowercase hex digest of the identifier followed by the salt. */
  identityHash: string;
  salt: string;
}

/**
 * An Open Badges 3.0 `Criteria`: what earning the achievement takes.
 *
 * @example
 * const criteria: ObCriteria = { narrative: '取得证书并经学分银行认定。' };
 */
export interface ObCriteria {
  id?: string;
  narrative?: string;
}

/**
 * An Open Badges 3.0 `Achievement`: what was accomplished, shared by every learner who earns it.
 *
 * @example
 * const achievementType: ObAchievement['achievementType'] = 'Certificate';
 */
export interface ObAchievement {
  id: string;
  type: string[];
  name: string;
  description: string;
  criteria: ObCriteria;
  /** One of the OB 3.0 `AchievementType` values, or an `ext:` extension. */
  achievementType: string;
  creditsAvailable?: number;
  inLanguage?: string;
  tag?: string[];
}

/**
 * An Open Badges 3.0 `AchievementSubject`: the hashed learner, the achievement and the credits earned.
 *
 * @example
 * const credits: ObAchievementSubject['creditsEarned'] = 2;
 */
export interface ObAchievementSubject {
  type: string[];
  identifier: ObIdentityObject[];
  achievement: ObAchievement;
  creditsEarned: number;
}

/**
 * A `credentialSchema` entry naming the JSON Schema a credential conforms to.
 *
 * @example
 * const schema: ObCredentialSchema = { id: OB3_SCHEMA_URL, type: '1EdTechJsonSchemaValidator2019' };
 */
export interface ObCredentialSchema {
  id: string;
  type: string;
}

/**
 * An Open Badges 3.0 `AchievementCredential` (W3C Verifiable Credential 2.0), unsigned.
 *
 * @example
 * const credential: AchievementCredential = await ledgerEntryToAchievementCredential(entry, learner, issuer);
 * credential.credentialSubject.creditsEarned; // entry.credits
 */
export interface AchievementCredential {
  '@context': string[];
  id: string;
  type: string[];
  issuer: ObProfile;
  /** When this version of the credential was issued. */
  validFrom: string;
  /** When the credit bank recognised the outcome, kept across re-issues. */
  awardedDate: string;
  /**
   * The VC 1.1 issue date, only on credentials embedded in a {@link ClrCredential}: the CLR 2.0
   * draft-04 JSON Schema still requires it of every embedded credential.
   */
  issuanceDate?: string;
  name: string;
  description: string;
  credentialSubject: ObAchievementSubject;
  credentialSchema: ObCredentialSchema[];
}

/**
 * A CLR 2.0 `ClrSubject`: the learner and their credentials.
 *
 * @example
 * const count = (clr.credentialSubject satisfies ClrSubject).verifiableCredential.length;
 */
export interface ClrSubject {
  type: string[];
  identifier: ObIdentityObject[];
  verifiableCredential: AchievementCredential[];
  achievement: ObAchievement[];
}

/**
 * A CLR 2.0 `ClrCredential`: a learner's whole credit record as one unsigned credential.
 *
 * @example
 * const clr: ClrCredential = await learnerRecordToClr(record, { salt, issuer });
 * clr.description; // '累计学时 …，学分 …'
 */
export interface ClrCredential {
  '@context': string[];
  id: string;
  type: string[];
  issuer: ObProfile;
  validFrom: string;
  /** Same instant as `validFrom`; required by the CLR 2.0 draft-04 JSON Schema (VC 1.1 naming). */
  issuanceDate: string;
  name: string;
  /** Human-readable totals: hours (学时) and credits (学分), overall and per outcome type. */
  description: string;
  /** `false`: every recognised, unrevoked outcome known at `validFrom` is included. */
  partial: boolean;
  credentialSubject: ClrSubject;
  credentialSchema: ObCredentialSchema[];
}
