// The one rule for a waitlist's size when none is given: used by the seed, its loader and the test helper.

/**
 * A fifth of the seats (rounded), at least 5.
 * @example defaultWaitlistCapacity(50) // 10
 */
export function defaultWaitlistCapacity(capacity: number): number {
  return Math.max(5, Math.round(capacity * 0.2));
}
