// Entry for server code that talks to the credit bank (学分银行) and nothing else.
export { createTransport } from '../client/transport.js';
export type { ClientOptions, RequestOptions, Transport } from '../client/transport.js';
export * from '../client/errors.js';
export { creditSubmissions, learners } from '../client/resources/credit-bank.js';
export * from '../models/credit.js';
export * from '../models/learner.js';
