// Interop with other standards: iCalendar (RFC 5545), schema.org JSON-LD, Open Badges 3.0 and CLR 2.0.
export * from './icalendar.js';
export * from './json-ld.js';
export * from './open-badges.js';
export type * from './open-badges-types.js';
