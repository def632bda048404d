// Small helpers for building parameterised SQL: numbered parameters, LIKE patterns, numbers from rows.

/** Collects parameter values and hands out their `$n` placeholders. */
export class Params {
  readonly values: unknown[] = [];

  /** Adds a value and answers its placeholder, e.g. `$3`. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A `LIKE` pattern that matches `text` anywhere, with `%`, `_` and `\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** A number from a row (`numeric` arrives as a string from both drivers). */
export function num(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** The search terms of `q`: lowercased words, at most 8. */
export function searchTerms(q: string | undefined): string[] {
  if (q === undefined) return [];
  return q
    .toLowerCase()
    .split(/\s+/u)
    .filter((term) => term !== '')
    .slice(0, 8);
}
