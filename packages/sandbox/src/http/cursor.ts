// Opaque list cursors: base64url of the sort they belong to and the last row's sort key.
import { issue, validationFailed } from './problem.js';

/** Page size when `limit` is not given. */
export const DEFAULT_PAGE_SIZE = 20;

/** A value of a sort key as it travels in a cursor. */
export type CursorValue = string | number | null;

/**
 * Encodes the position after the last row of a page.
 * @example encodeCursor('starts_on', ['2026-05-16', 'crs_abc123'])
 */
export function encodeCursor(sort: string, key: CursorValue[]): string {
  return Buffer.from(JSON.stringify([sort, ...key])).toString('base64url');
}

/** Decodes a cursor made for `sort` with `length` key values; 422 on `cursor` for anything else. */
export function decodeCursor(
  cursor: string | undefined,
  sort: string,
  length: number,
): CursorValue[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed[0] === sort && parsed.length === length + 1) {
      const key = parsed.slice(1) as unknown[];
      if (key.every((value) => value === null || typeof value === 'string' || typeof value === 'number')) {
        return key as CursorValue[];
      }
    }
  } catch {
    // Falls through to the 422 below.
  }
  throw validationFailed([
    issue('cursor', 'invalid_cursor', 'Not a cursor from this list (pass `nextCursor` back unchanged)'),
  ]);
}

/** Splits `limit + 1` fetched rows into the page and the cursor of the next one. */
export function page<Row, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
  cursorOf: (row: Row) => string,
): { data: Item[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  return { data: shown.map(toItem), nextCursor: more && last !== undefined ? cursorOf(last) : null };
}
