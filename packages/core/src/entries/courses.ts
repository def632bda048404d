// Entry for pages that search courses and register: the course models and resources only.
export { createTransport } from '../client/transport.js';
export type { ClientOptions, RequestOptions, Transport } from '../client/transport.js';
export * from '../client/errors.js';
export { courses } from '../client/resources/courses.js';
export { registrations } from '../client/resources/registrations.js';
export * from '../models/course.js';
export * from '../models/registration.js';
