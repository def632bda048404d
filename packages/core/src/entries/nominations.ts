// Entry for the 百姓学习之星 nomination form: campaign and nomination models and resources only.
export { createTransport } from '../client/transport.js';
export type { ClientOptions, RequestOptions, Transport } from '../client/transport.js';
export * from '../client/errors.js';
export { nominationCampaigns, nominations } from '../client/resources/nominations.js';
export * from '../models/nomination.js';
