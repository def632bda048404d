// Timestamps on the wire: ISO 8601 with the display offset of Asia/Shanghai (+08:00).

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * Formats an instant as `2026-05-16T09:30:00+08:00`.
 * @example toTimestamp(new Date('2026-05-16T01:30:00Z')) // '2026-05-16T09:30:00+08:00'
 */
export function toTimestamp(value: Date | string | number): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a timestamp: ${String(value)}`);
  return new Date(date.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19) + '+08:00';
}

/** A promise that resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
