// Text from the platform (titles, places, names) is data: before it reaches a terminal, an SVG or a PDF it loses
// every control character, so it cannot move the cursor, retitle the window, ring the bell or break the XML.

/**
 * ANSI escape sequences, removed whole: CSI (`ESC [` or 8-bit `U+009B`, then parameters and a final byte), OSC
 * (`ESC ]` or `U+009D`, up to BEL or ST) and two-byte `ESC x`.
 */
const ESCAPE_SEQUENCES =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[@-_]?/g;

/** C0 and C1 control characters, DEL, and the two non-characters XML 1.0 forbids. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g;

/**
 * One line of platform text made safe to print or draw: escape sequences and control characters removed (line
 * breaks and tabs become spaces), runs of spaces collapsed.
 *
 * @example plainLine('Open day \u001b[31mred\u001b[0m\n') // 'Open day red'
 */
export function plainLine(text: string): string {
  return text
    .replace(/[\t\n\r\v\f\u0085\u2028\u2029]+/g, ' ')
    .replace(ESCAPE_SEQUENCES, '')
    .replace(CONTROLS, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
