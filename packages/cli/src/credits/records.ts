// Reads a credits file (CSV or JSON) row by row and checks each row: the one pipeline `validate` and `submit` share.
import { createHmac, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import {
  maskName,
  maskResidentId,
  type CreditSubmissionCreate,
  type Locale,
  type OutcomeType,
} from '@learning-city/core';
import {
  acceptedHeaders,
  CREDIT_FIELDS,
  FIELD_SPECS,
  fieldForHeader,
  mapHeader,
  type CreditField,
} from './columns.js';
import { readCsv } from './csv.js';
import { decodeText, type DetectedEncoding, type FileEncoding } from './decode.js';
import { readJsonRecords } from './json-records.js';
import { rowMessages } from './messages.js';
import { checkRow, type Cell, type CellError } from './row-check.js';

/** What the results file and the error table may show of a row: never a full ID number. */
export interface RowDisplay {
  nameMasked: string;
  residentIdMasked: string;
  title: string;
}

/** One row of a credits file after checking. `row` is the file line the row starts on (the header is 1). */
export type CheckedRow =
  | { row: number; ok: true; body: CreditSubmissionCreate; ref: string; display: RowDisplay }
  | {
      row: number;
      ok: false;
      errors: CellError[];
      display: RowDisplay;
      /** The row this one repeats, when that is its only problem. */
      duplicateOf?: number;
      /** The whole file is unusable (e.g. a required column is missing): nothing after this is read. */
      fatal?: true;
    };

export interface ReadCreditsOptions {
  locale: Locale;
  encoding?: FileEncoding | undefined;
  defaultType?: OutcomeType | undefined;
  today?: Date;
  /**
   * The key of each row's reference (see {@link rowRef}): the secret API key, so the same institution gets the
   * same references on every run. Without it (plain validation) a random key is used, good for finding repeated
   * rows within one read only.
   */
  refKey?: string | undefined;
  onEncoding?: (encoding: DetectedEncoding) => void;
}

/** The kinds of file `credits` reads, by extension: `.json`, `.jsonl`/`.ndjson`, else CSV (`.tsv` tab-separated). */
export function fileFormat(path: string): 'csv' | 'tsv' | 'json' {
  const ext = extname(path).toLowerCase();
  if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') return 'json';
  return ext === '.tsv' ? 'tsv' : 'csv';
}

/**
 * A row's identity: `lc2-` and 40 hex digits of the HMAC-SHA256, keyed with `key`, of its submission body (keys
 * sorted, values normalised), so the same outcome for the same learner has the same reference however the file
 * is re-saved, re-ordered or re-encoded. Sent as the submission's `externalRef`. Keyed, because the body holds
 * the learner's name and ID number: an unkeyed hash would let anyone who reads the reference test guesses of
 * the ID number; without the key nobody can.
 */
export function rowRef(body: CreditSubmissionCreate, key: string | Buffer): string {
  return 'lc2-' + createHmac('sha256', key).update(canonicalJson(body)).digest('hex').slice(0, 40);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/**
 * Streams the checked rows of a credits file, holding one row at a time (plus each valid row's reference, to
 * find repeated rows).
 */
export async function* readCredits(path: string, options: ReadCreditsOptions): AsyncGenerator<CheckedRow> {
  const text = decodeText(
    createReadStream(path, { highWaterMark: 64 * 1024 }),
    options.encoding,
    options.onEncoding,
  );
  const seen = new Map<string, number>();
  const refKey = options.refKey ?? randomBytes(32);
  const format = fileFormat(path);
  const lines = /\.(jsonl|ndjson)$/i.test(path) || undefined;
  const raw = format === 'json' ? jsonRows(text, options.locale, lines) : csvRows(text, format, options);
  for await (const source of raw) {
    const display = displayOf(source.cells);
    if ('errors' in source) {
      yield {
        row: source.row,
        ok: false,
        errors: source.errors,
        display,
        ...(source.fatal ? { fatal: true } : {}),
      };
      if (source.fatal) return;
      continue;
    }
    const checked = checkRow(source.cells, options);
    if (!checked.ok) {
      yield { row: source.row, ok: false, errors: checked.errors, display };
      continue;
    }
    const ref = rowRef(checked.body, refKey);
    const first = seen.get(ref);
    if (first !== undefined) {
      // A duplicate is a problem with the whole row, marked `—` as the README says.
      const message = rowMessages(options.locale).duplicateRow(first);
      yield { row: source.row, ok: false, errors: [{ column: '—', message }], display, duplicateOf: first };
      continue;
    }
    seen.set(ref, source.row);
    yield { row: source.row, ok: true, body: checked.body, ref, display };
  }
}

type Cells = Partial<Record<CreditField, Cell>>;
type SourceRow =
  { row: number; cells: Cells } | { row: number; cells: Cells; errors: CellError[]; fatal?: true };

async function* csvRows(
  text: AsyncIterable<string>,
  format: 'csv' | 'tsv',
  options: ReadCreditsOptions,
): AsyncGenerator<SourceRow> {
  const say = rowMessages(options.locale);
  let header: ReturnType<typeof mapHeader> | undefined;
  let width = 0;
  const sniffed = format === 'tsv' ? { delimiter: '\t', text } : await sniffDelimiter(text);
  for await (const record of readCsv(sniffed.text, sniffed.delimiter)) {
    if (header === undefined) {
      header = mapHeader(record.fields);
      width = record.fields.length;
      const errors: CellError[] = header.duplicates.map(([column, first]) => ({
        column,
        message: say.duplicateColumn(column, first),
      }));
      for (const field of CREDIT_FIELDS) {
        const needed =
          FIELD_SPECS[field].required && !(field === 'type' && options.defaultType !== undefined);
        if (needed && header.columns[field] === undefined) {
          const column = FIELD_SPECS[field].labels[options.locale];
          errors.push({ column, message: say.missingColumn(column, acceptedHeaders(field)) });
        }
      }
      if (errors.length > 0) {
        yield { row: record.line, cells: {}, errors, fatal: true };
        return;
      }
      continue;
    }
    // Excel keeps rows whose cells were cleared as `,,,,`: nothing to check there.
    if (record.fields.every((field) => field.trim() === '')) continue;
    const cells: Cells = {};
    for (const [field, column] of Object.entries(header.columns) as [
      CreditField,
      { index: number; header: string },
    ][]) {
      cells[field] = { value: record.fields[column.index] ?? '', column: column.header };
    }
    if (record.unterminatedQuote) {
      yield { row: record.line, cells, errors: [{ column: '—', message: say.unterminatedQuote }] };
    } else if (record.fields.length !== width) {
      yield {
        row: record.line,
        cells,
        errors: [{ column: '—', message: say.fieldCount(record.fields.length, width) }],
      };
    } else {
      yield { row: record.line, cells };
    }
  }
  if (header === undefined)
    yield { row: 1, cells: {}, errors: [{ column: '—', message: say.emptyFile }], fatal: true };
}

/**
 * The delimiter of a file not named `.tsv`: a tab when the header line splits into more known headers at tabs
 * than at commas (Excel's "Unicode text" saves a tab-separated UTF-16 `.txt`), else a comma. Reads only up to
 * the first line break; the text comes back whole.
 */
async function sniffDelimiter(
  text: AsyncIterable<string>,
): Promise<{ delimiter: string; text: AsyncIterable<string> }> {
  const iterator = text[Symbol.asyncIterator]();
  const read: string[] = [];
  let head = '';
  while (!head.includes('\n') && head.length < 64 * 1024) {
    const next = await iterator.next();
    if (next.done) break;
    read.push(next.value);
    head += next.value;
  }
  const line = head.split('\n')[0]!;
  const known = (delimiter: string) =>
    line.split(delimiter).filter((cell) => fieldForHeader(cell.replace(/^"|"$/g, '')) !== undefined).length;
  async function* whole() {
    yield* read;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { delimiter: known('\t') > known(',') ? '\t' : ',', text: whole() };
}

async function* jsonRows(
  text: AsyncIterable<string>,
  locale: Locale,
  lines: boolean | undefined,
): AsyncGenerator<SourceRow> {
  const say = rowMessages(locale);
  for await (const record of readJsonRecords(text, { lines })) {
    if (!record.ok) {
      yield { row: record.line, cells: {}, errors: [{ column: '—', message: say.notJson(record.message) }] };
      continue;
    }
    const cells: Cells = {};
    for (const [key, value] of flatten(record.value)) {
      const field = fieldForHeader(key);
      if (field !== undefined && cells[field] === undefined) {
        cells[field] = { value: value === null || value === undefined ? '' : String(value), column: key };
      }
    }
    yield { row: record.line, cells };
  }
}

/** `{ learner: { name } }` → `learner.name`, one level deep (the nested submission shape). */
function flatten(object: Record<string, unknown>): [string, unknown][] {
  return Object.entries(object).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value as Record<string, unknown>).map(
          ([inner, v]) => [`${key}.${inner}`, v] as [string, unknown],
        )
      : [[key, value] as [string, unknown]],
  );
}

function displayOf(cells: Cells): RowDisplay {
  const name = cells.name?.value.trim() ?? '';
  // Normalised as validation reads it (full-width digits from a Chinese input method), so the mask keeps the
  // right characters: `1101**********002X`, not `****************２Ｘ`.
  const id = cells.residentId?.value.normalize('NFKC').trim().toUpperCase() ?? '';
  return {
    nameMasked: name === '' ? '' : maskName(name),
    residentIdMasked: id === '' ? '' : maskResidentId(id),
    title: cells.title?.value.trim() ?? '',
  };
}
