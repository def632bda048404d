// Finds control characters in text a person typed (titles, names, deeds), which the API's models refuse.

/**
 * Matches one-line text with no C0 or C1 control characters (ESC, BEL, NUL, line breaks, tab…), which would
 * reach terminals and break XML such as SVG posters. The models' `text()` fields use it.
 *
 * @example
 * ONE_LINE_TEXT_PATTERN.test('太极拳'); // true
 * ONE_LINE_TEXT_PATTERN.test('太极拳\n入门'); // false
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
export const ONE_LINE_TEXT_PATTERN = /^[^\0-\x1f\x7f-\x9f]*$/;

/**
 * As {@link ONE_LINE_TEXT_PATTERN}, but tab, line feed and carriage return are allowed: summaries, deeds, notes.
 *
 * @example
 * MULTILINE_TEXT_PATTERN.test('第一段\n第二段'); // true
 */
// eslint-disable-next-line no-control-regex -- as above
export const MULTILINE_TEXT_PATTERN = /^[^\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$/;

/**
 * Every reason {@link validateText} can fail with.
 *
 * @example
 * TEXT_FAILURES.includes('line_break'); // true
 */
export const TEXT_FAILURES = ['line_break', 'control_characters'] as const;

/**
 * Why a text was rejected: a line break in one-line text, or another control character.
 *
 * @example
 * const reason: TextFailure = 'control_characters';
 */
export type TextFailure = (typeof TEXT_FAILURES)[number];

/**
 * The outcome of {@link validateText}.
 *
 * @example
 * const result: TextResult = validateText('太极拳');
 */
export type TextResult = { ok: true } | { ok: false; reason: TextFailure };

/**
 * Checks text for the control characters the models refuse; `multiline` allows tab and line breaks.
 *
 * @example
 * validateText('太极拳\n入门'); // { ok: false, reason: 'line_break' }
 * validateText('太极拳\n入门', { multiline: true }); // { ok: true }
 * validateText('标题\u001b[31m'); // { ok: false, reason: 'control_characters' }
 */
export function validateText(value: string, options: { multiline?: boolean } = {}): TextResult {
  if ((options.multiline ? MULTILINE_TEXT_PATTERN : ONE_LINE_TEXT_PATTERN).test(value)) return { ok: true };
  const lineBreak = !options.multiline && ONE_LINE_TEXT_PATTERN.test(value.replace(/[\r\n]/g, ''));
  return { ok: false, reason: lineBreak ? 'line_break' : 'control_characters' };
}
