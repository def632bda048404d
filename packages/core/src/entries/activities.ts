// Entry for pages that show activities and register: activity and registration models and resources only.
export { createTransport } from '../client/transport.js';
export type { ClientOptions, RequestOptions, Transport } from '../client/transport.js';
export * from '../client/errors.js';
export { activities } from '../client/resources/activities.js';
export { registrations } from '../client/resources/registrations.js';
export * from '../models/activity.js';
export * from '../models/registration.js';
