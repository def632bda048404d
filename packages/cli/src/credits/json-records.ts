// Streams the objects of a JSON array (`[{…}, {…}]`) or of JSON Lines, each with the line it starts on.

/** One object of a JSON credits file, or why it could not be read. */
export type JsonRecord =
  { line: number; ok: true; value: Record<string, unknown> } | { line: number; ok: false; message: string };

/**
 * Yields each top-level object of a JSON array, or each object of a JSON Lines file, holding one at a time.
 * Only the object's own text is buffered, so a large file is read in constant memory.
 *
 * @example
 * for await (const record of readJsonRecords(decodeText(createReadStream('credits.json')))) …
 */
export async function* readJsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<JsonRecord> {
  let line = 1;
  let depth = 0;
  /** Depth at which the records sit: 1 inside a top-level array, 0 for JSON Lines. */
  let recordDepth: number | undefined;
  let inString = false;
  let escaped = false;
  let buffer = '';
  let startLine = 1;
  for await (const chunk of chunks) {
    for (const char of chunk) {
      if (char === '\n') line += 1;
      if (depth > (recordDepth ?? 0) || inString) buffer += char;
      if (inString) {
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') inString = false;
        continue;
      }
      if (char === '"') {
        if (depth <= (recordDepth ?? 0)) {
          yield { line, ok: false, message: 'expected an object ({…}) here' };
          return;
        }
        inString = true;
      } else if (char === '[' || char === '{') {
        if (recordDepth === undefined) recordDepth = char === '[' ? 1 : 0;
        if (depth === recordDepth) {
          if (char === '[') {
            yield { line, ok: false, message: 'expected an object ({…}) here, found an array' };
            return;
          }
          buffer = char;
          startLine = line;
        }
        depth += 1;
      } else if (char === ']' || char === '}') {
        depth -= 1;
        if (depth < 0) {
          yield { line, ok: false, message: `unexpected ${char}` };
          return;
        }
        if (depth === recordDepth && char === '}') {
          yield parseObject(buffer, startLine);
          buffer = '';
        }
      } else if (depth <= (recordDepth ?? 0) && !/[\s,]/.test(char)) {
        yield { line, ok: false, message: `unexpected ${JSON.stringify(char)} between records` };
        return;
      }
    }
  }
  if (depth > 0 || inString) yield { line, ok: false, message: 'the file ends before the JSON is complete' };
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
