// Splits text around the searched words, for <mark> highlighting. Parts are plain strings: Lit escapes them.

/** A run of text, `marked` where it matches a searched word. */
export interface TextPart {
  text: string;
  marked: boolean;
}

/** The words of a query: split on spaces (including the ideographic space), longest first, at most 8. */
export function queryTerms(query: string): string[] {
  const terms = query
    .trim()
    .split(/[\s\u3000]+/)
    .filter((term) => term !== '');
  return [...new Set(terms)].sort((a, b) => b.length - a.length).slice(0, 8);
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * A matcher for `terms` (case-insensitive), or `null` when there is nothing to mark.
 * @example highlightParts('太极拳入门', termsPattern(['太极'])) // [{ text: '太极', marked: true }, { text: '拳入门', marked: false }]
 */
export function termsPattern(terms: readonly string[]): RegExp | null {
  return terms.length > 0
    ? new RegExp(`(${terms.map((t) => t.replace(SPECIAL, '\\$&')).join('|')})`, 'gi')
    : null;
}

/** `text` cut into unmarked and marked parts by `pattern` (from {@link termsPattern}). */
export function highlightParts(text: string, pattern: RegExp | null): TextPart[] {
  if (!pattern) return [{ text, marked: false }];
  // With one capture group, `split` puts the matches at the odd indexes.
  return text
    .split(pattern)
    .map((part, index) => ({ text: part, marked: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
