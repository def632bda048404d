/**
 * @learning-city/core — models, validators, the API client and interop for the Learning City platform.
 * @packageDocumentation
 */
export * from './models/index.js';
export * from './validators/index.js';
export * from './client/index.js';
export * from './interop/index.js';
