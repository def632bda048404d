// Streams the objects of a JSON array (`[{…}, {…}]`) or of JSON Lines, each with the line it starts on.

/** One object of a JSON credits file, or why it could not be read. */
export type JsonRecord =
  { line: number; ok: true; value: Record<string, unknown> } | { line: number; ok: false; message: string };

export interface JsonRecordOptions {
  /**
   * JSON Lines: one object per line, each line read on its own, so a broken line is reported and the next line
   * read afresh. `undefined` (a `.json` file): an array, or objects one after another — JSON Lines when the first
   * object ends on the line it starts on, else (pretty-printed objects) read across lines.
   */
  lines?: boolean | undefined;
}

/**
 * Yields each top-level object of a JSON array, or each object of a JSON Lines file, holding one at a time.
 * Only the object's own text is buffered, so a large file is read in constant memory.
 *
 * @example
 * for await (const record of readJsonRecords(decodeText(createReadStream('credits.json')))) …
 */
export async function* readJsonRecords(
  chunks: AsyncIterable<string>,
  options: JsonRecordOptions = {},
): AsyncGenerator<JsonRecord> {
  let line = 1;
  let depth = 0;
  /** Depth at which the records sit: 1 inside a top-level array, 0 for JSON Lines. */
  let recordDepth: number | undefined;
  /** Whether each line is read on its own (JSON Lines); decided by the first object when not given. */
  let lineMode = options.lines;
  /** In JSON Lines, the rest of a line already reported as broken is passed over. */
  let skipLine = false;
  let inString = false;
  let escaped = false;
  let buffer = '';
  let startLine = 1;
  /** A broken line of JSON Lines: reported, the rest of it passed over, the next line read afresh. */
  const brokenLine = (record: JsonRecord): JsonRecord => {
    depth = 0;
    inString = false;
    escaped = false;
    buffer = '';
    skipLine = true;
    return record;
  };
  for await (const chunk of chunks) {
    for (const char of chunk) {
      if (char === '\n') {
        line += 1;
        if (lineMode === true && recordDepth === 0) {
          skipLine = false;
          // An object left open at the end of its line is broken: what follows is the next record.
          if (depth > 0 || inString) yield brokenLine(parseObject(buffer, startLine));
          skipLine = false;
          continue;
        }
      }
      if (skipLine) continue;
      if (depth > (recordDepth ?? 0) || inString) buffer += char;
      if (inString) {
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') inString = false;
        continue;
      }
      const lines = lineMode === true && recordDepth === 0;
      if (char === '"') {
        if (depth <= (recordDepth ?? 0)) {
          const record: JsonRecord = { line, ok: false, message: 'expected an object ({…}) here' };
          if (lines) {
            yield brokenLine(record);
            continue;
          }
          yield record;
          return;
        }
        inString = true;
      } else if (char === '[' || char === '{') {
        if (recordDepth === undefined) recordDepth = char === '[' ? 1 : 0;
        if (depth === recordDepth) {
          if (char === '[') {
            const record: JsonRecord = {
              line,
              ok: false,
              message: 'expected an object ({…}) here, found an array',
            };
            if (lines) {
              yield brokenLine(record);
              continue;
            }
            yield record;
            return;
          }
          buffer = char;
          startLine = line;
        }
        depth += 1;
      } else if (char === ']' || char === '}') {
        depth -= 1;
        if (depth < 0) {
          const record: JsonRecord = { line, ok: false, message: `unexpected ${char}` };
          if (lines) {
            yield brokenLine(record);
            continue;
          }
          yield record;
          return;
        }
        if (depth === recordDepth && char === '}') {
          // Objects one after another: JSON Lines when the first one is one line.
          if (recordDepth === 0) lineMode ??= startLine === line;
          yield parseObject(buffer, startLine);
          buffer = '';
        }
      } else if (depth <= (recordDepth ?? 0) && !/[\s,]/.test(char)) {
        const record: JsonRecord = {
          line,
          ok: false,
          message: `unexpected ${JSON.stringify(char)} between records`,
        };
        if (lines) {
          yield brokenLine(record);
          continue;
        }
        yield record;
        return;
      }
    }
  }
  if (depth > 0 || inString) {
    yield lineMode === true && recordDepth === 0
      ? parseObject(buffer, startLine)
      : { line, ok: false, message: 'the file ends before the JSON is complete' };
  }
}

function parseObject(text: string, line: number): JsonRecord {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return { line, ok: true, value: value as Record<string, unknown> };
    }
    return { line, ok: false, message: 'expected an object' };
  } catch (error) {
    return { line, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
