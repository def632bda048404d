// Learners (学习者) as the credit bank knows them, with the consents they gave.
import * as z from 'zod/mini';
import { ResidentIdNumber, resourceId, text, TEXT_LIMITS, Timestamp } from './common.js';

/** What a consent was given for. */
export const CONSENT_PURPOSES = [
  'privacy_notice', // 隐私政策告知
  'resident_id', // 处理身份证号（敏感个人信息）
  'guardian', // 监护人同意（不满十四周岁）
  'publicity', // 公示与宣传
  'credit_bank', // 学分银行建档
] as const;
export const ConsentPurpose = z.enum(CONSENT_PURPOSES);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

/** One consent, recorded with the notice version it answered and who gave it. */
export const ConsentRecord = z.object({
  purpose: ConsentPurpose,
  granted: z.boolean(),
  /** Version of the notice shown, e.g. `2026-01`. */
  noticeVersion: text(20),
  grantedBy: z.enum(['self', 'guardian', 'institution']),
  recordedAt: Timestamp,
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

/** A learner. The ID number is never returned: only its mask and a salted hash. */
export const Learner = z.object({
  id: resourceId('learner'),
  nameMasked: z.string(),
  residentIdMasked: z.string(),
  /** `sha256$…` of the normalised ID number with the platform's salt (Open Badges `identityHash`). */
  residentIdHash: /* @__PURE__ */ z.string().check(z.regex(/^sha256\$[0-9a-f]{64}$/)),
  consents: z.array(ConsentRecord),
  createdAt: Timestamp,
});
export type Learner = z.infer<typeof Learner>;

/** Who a credit submission is for, as the submitting institution sends it. */
export const LearnerIdentity = z.object({
  name: text(TEXT_LIMITS.name),
  /** 18-character resident ID number (GB 11643); stored hashed and masked. */
  residentId: ResidentIdNumber,
});
export type LearnerIdentity = z.infer<typeof LearnerIdentity>;
