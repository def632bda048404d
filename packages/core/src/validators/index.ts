// Public entry point of the validators: resident IDs, mobiles, division codes, text, masking, hashing and messages.

export * from './division-code.js';
export * from './hashing.js';
export * from './masking.js';
export * from './messages.js';
export * from './mobile.js';
export * from './resident-id.js';
export * from './text.js';
