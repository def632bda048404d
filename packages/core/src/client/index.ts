// The API client: `createClient`, the transport and resource factories, errors and list helpers.
export * from './client.js';
export * from './errors.js';
export * from './pagination.js';
export { createTransport, newIdempotencyKey, toSearchParams } from './transport.js';
export { toFieldIssues } from './field-issues.js';
export type { ClientOptions, Logger, RequestOptions, Transport } from './transport.js';
export { redactText } from './redact.js';
export * from './resources/courses.js';
export * from './resources/activities.js';
export * from './resources/registrations.js';
export * from './resources/credit-bank.js';
export * from './resources/nominations.js';
