// Patterns the seed's tests share.

/** A wire timestamp with the Shanghai offset, e.g. `2026-05-16T09:30:00+08:00`. */
export const OFFSET_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
