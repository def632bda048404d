// A small streaming CSV reader and writer (RFC 4180: quoted fields, doubled quotes, CRLF, newlines inside quotes).

/** One record of a CSV file. */
export interface CsvRecord {
  /** The file line the record starts on, counting from 1 (a quoted field may carry it over several lines). */
  line: number;
  fields: string[];
  /** Set when the file ended inside a quoted field that started on {@link line}. */
  unterminatedQuote?: true;
}

/**
 * Reads CSV records from text chunks, holding only the record being read. Blank lines are skipped.
 * A quote in the middle of an unquoted field, and text after a closing quote, are kept as they are (as Excel does).
 *
 * @example
 * for await (const record of readCsv(decodeText(createReadStream('credits.csv')))) console.log(record.line);
 */
export async function* readCsv(chunks: AsyncIterable<string>, delimiter = ','): AsyncGenerator<CsvRecord> {
  const parser = new CsvParser(delimiter);
  for await (const chunk of chunks) yield* parser.push(chunk);
  yield* parser.end();
}

/** The parser's state between chunks; `push` returns the records completed by a chunk. */
export class CsvParser {
  private fields: string[] = [];
  private field = '';
  /** Inside a quoted field. */
  private quoted = false;
  /** The previous character closed a quote (or was the first of a doubled quote). */
  private afterQuote = false;
  /** The current field began with a quote. */
  private fieldWasQuoted = false;
  /** The previous character was a CR, so a following LF belongs to the same line break. */
  private afterCr = false;
  private line = 1;
  private recordLine = 1;

  constructor(private readonly delimiter = ',') {}

  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    for (const char of chunk) {
      if (this.afterCr) {
        this.afterCr = false;
        if (char === '\n') continue;
      }
      if (this.quoted) {
        if (char === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else {
          if (char === '\n' || char === '\r') {
            // A line break inside quotes is kept as LF, however the file ends its lines.
            this.newLine(char);
            this.field += '\n';
          } else {
            this.field += char;
          }
        }
        continue;
      }
      if (char === '"') {
        if (this.afterQuote) {
          // `""` inside quotes: one literal quote, and still inside.
          this.field += '"';
          this.quoted = true;
          this.afterQuote = false;
        } else if (this.field === '' && !this.fieldWasQuoted) {
          this.quoted = true;
          this.fieldWasQuoted = true;
        } else {
          this.field += char;
        }
        continue;
      }
      this.afterQuote = false;
      if (char === this.delimiter) {
        this.endField();
      } else if (char === '\n' || char === '\r') {
        this.newLine(char);
        const record = this.endRecord();
        if (record) out.push(record);
        this.recordLine = this.line;
      } else {
        this.field += char;
      }
    }
    return out;
  }

  end(): CsvRecord[] {
    if (this.quoted) {
      const record = this.endRecord();
      return record ? [{ ...record, unterminatedQuote: true }] : [];
    }
    const record = this.endRecord();
    return record ? [record] : [];
  }

  private newLine(char: string): void {
    this.line += 1;
    if (char === '\r') this.afterCr = true;
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.fieldWasQuoted = false;
    this.afterQuote = false;
  }

  private endRecord(): CsvRecord | undefined {
    this.endField();
    const fields = this.fields;
    this.fields = [];
    this.quoted = false;
    if (fields.length === 1 && fields[0] === '') return undefined;
    return { line: this.recordLine, fields };
  }
}

/**
 * One CSV line (with CRLF, as Excel expects), quoting fields that need it. A field that starts with `=`, `+`,
 * `-` or `@` gets a leading `'` so a spreadsheet does not run it as a formula (CSV injection).
 */
export function csvLine(fields: readonly (string | number | undefined | null)[]): string {
  return fields.map((value) => csvField(value == null ? '' : String(value))).join(',') + '\r\n';
}

function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
