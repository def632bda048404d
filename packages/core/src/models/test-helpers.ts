// Bodies of the sandbox's test-helper endpoints (`/v1/test-helpers/…`), which set the stage for tests and demos.
import * as z from 'zod/mini';
import { multilineText, text, TEXT_LIMITS } from './common.js';

/** `POST /test-helpers/activities`: an activity with a chosen capacity and waitlist, starting tomorrow. */
export const TestActivityCreate = z.object({
  title: z.optional(text(TEXT_LIMITS.title)),
  capacity: /* @__PURE__ */ z.int().check(z.gte(1), z.lte(100000)),
  /** Default: max(5, 20% of capacity). */
  waitlistCapacity: z.optional(/* @__PURE__ */ z.int().check(z.gte(0), z.lte(100000))),
  requiresResidentId: z.optional(z.boolean()),
  registrationOpen: z.optional(z.boolean()),
});
export type TestActivityCreate = z.infer<typeof TestActivityCreate>;

/** `POST /test-helpers/courses`: a new course copying a seeded one (category, institution, offerings), retitled. */
export const TestCourseCreate = z.object({
  title: z.optional(text(TEXT_LIMITS.title)),
  summary: z.optional(multilineText(TEXT_LIMITS.summary, 0)),
});
export type TestCourseCreate = z.infer<typeof TestCourseCreate>;
