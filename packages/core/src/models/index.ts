// Every model of the platform API: zod/mini schemas and the types inferred from them.
export * from './common.js';
export * from './list.js';
export * from './problem.js';
export * from './institution.js';
export * from './course.js';
export * from './activity.js';
export * from './registration.js';
export * from './learner.js';
export * from './credit.js';
export * from './nomination.js';
export * from './test-helpers.js';
export * from './labels.js';
