// Plain-text tables for the terminal, aligned by display width (a Chinese character takes two columns).
import type { Locale } from '@learning-city/core';
import { commandMessages } from './messages.js';
import type { RowError } from './validate.js';

/** Columns a string takes in a terminal: East Asian wide and full-width characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    width +=
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd)
        ? 2
        : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/**
 * Formats rows under a header, each column as wide as its widest cell; the last column is not padded.
 * @example formatTable(['行', '列'], [['3', '身份证号']])
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, index) =>
    Math.max(displayWidth(title), ...rows.map((row) => displayWidth(row[index] ?? ''))),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, index) => (index === cells.length - 1 ? cell : pad(cell, widths[index]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** The error table, ordered as the file is. */
export function errorTable(errors: readonly RowError[], locale: Locale): string {
  const header = commandMessages(locale).tableHeader;
  return formatTable(
    header,
    errors.map((error) => [String(error.row), error.column, error.message]),
  );
}
