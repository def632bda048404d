// Registrations (报名) for an activity or a course offering, with the consents they carry.
import * as z from 'zod/mini';
import {
  MobileNumber,
  multilineText,
  ResidentIdNumber,
  resourceId,
  text,
  TEXT_LIMITS,
  Timestamp,
} from './common.js';

/** `confirmed | waitlisted → cancelled`; `waitlisted → confirmed` FIFO; `confirmed → attended`. */
export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled', 'attended'] as const;
export const RegistrationStatus = z.enum(REGISTRATION_STATUSES);
export type RegistrationStatus = z.infer<typeof RegistrationStatus>;

/** Age groups asked at registration; `under_14` needs a guardian's consent (PIPL art. 31). */
export const AGE_GROUPS = ['under_14', '14_17', '18_59', '60_plus'] as const;
export const AgeGroup = z.enum(AGE_GROUPS);
export type AgeGroup = z.infer<typeof AgeGroup>;

/** A guardian who consents for a learner under 14. */
export const GuardianConsent = z.object({
  name: text(TEXT_LIMITS.name),
  mobile: MobileNumber,
  relationship: z.enum(['parent', 'grandparent', 'other_guardian']),
  consented: z.literal(true),
});
export type GuardianConsent = z.infer<typeof GuardianConsent>;

/** The body of `POST /activities/{id}/registrations` and `POST /offerings/{id}/registrations`. */
export const RegistrationCreate = /* @__PURE__ */ z
  .object({
    name: text(TEXT_LIMITS.name),
    mobile: MobileNumber,
    ageGroup: z.optional(AgeGroup),
    /** Only when the activity requires it, with `consents.residentId` ticked. Stored hashed and masked. */
    residentId: z.optional(ResidentIdNumber),
    guardian: z.optional(GuardianConsent),
    note: z.optional(multilineText(TEXT_LIMITS.note, 0)),
    consents: z.object({
      /** The privacy notice was shown and accepted. */
      privacyNotice: z.literal(true),
      /** Separate consent to process the ID number (sensitive personal information, PIPL art. 29). */
      residentId: z.optional(z.boolean()),
    }),
  })
  .check((ctx) => {
    const value = ctx.value;
    if (value.residentId !== undefined && value.consents.residentId !== true) {
      ctx.issues.push({
        code: 'custom',
        input: value.consents.residentId,
        path: ['consents', 'residentId'],
        message: 'A separate consent is needed to process the ID number',
      });
    }
    if (value.ageGroup === 'under_14' && value.guardian === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: value.guardian,
        path: ['guardian'],
        message: 'A learner under 14 needs a guardian’s consent',
      });
    }
  });
export type RegistrationCreate = z.infer<typeof RegistrationCreate>;

/** A registration as the platform answers it. Personal data comes back masked. */
export const Registration = z.object({
  id: resourceId('registration'),
  status: RegistrationStatus,
  /** 1-based place in the waitlist while `waitlisted`, otherwise `null`. */
  waitlistPosition: z.nullable(/* @__PURE__ */ z.int().check(z.gte(1))),
  activityId: z.nullable(resourceId('activity')),
  offeringId: z.nullable(resourceId('offering')),
  /** e.g. 张*. */
  nameMasked: z.string(),
  /** e.g. 138****0000. */
  mobileMasked: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  cancelledAt: z.nullable(Timestamp),
  /**
   * The secret that lets its holder read and cancel this registration. Returned only when the
   * registration is created; keep it (the widgets keep it in the confirmation screen and the .ics).
   */
  token: z.optional(/* @__PURE__ */ z.string().check(z.minLength(16), z.maxLength(200))),
});
export type Registration = z.infer<typeof Registration>;
