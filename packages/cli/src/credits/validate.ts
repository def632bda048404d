// `credits validate`: checks every row of a credits file and collects the errors by row and column.
import type { DetectedEncoding } from './decode.js';
import { readCredits, type ReadCreditsOptions } from './records.js';

/** One problem: the file line of the row (the header is 1), the column as written in the file, the message. */
export interface RowError {
  row: number;
  column: string;
  message: string;
}

/** What `credits validate --json` prints. */
export interface ValidationReport {
  valid: number;
  errors: RowError[];
}

/** The report, with what the human summary adds. */
export interface ValidationSummary extends ValidationReport {
  rows: number;
  badRows: number;
  encoding: DetectedEncoding | undefined;
  /** The file as a whole is unusable (empty, a required column missing): no row was checked. */
  fatal: boolean;
}

/** Reads the whole file (streamed) and reports its valid row count and every error. */
export async function validateCreditsFile(
  path: string,
  options: Omit<ReadCreditsOptions, 'onEncoding'>,
): Promise<ValidationSummary> {
  let encoding: DetectedEncoding | undefined;
  const summary: ValidationSummary = { valid: 0, errors: [], rows: 0, badRows: 0, encoding, fatal: false };
  for await (const row of readCredits(path, { ...options, onEncoding: (found) => (encoding = found) })) {
    if (row.ok) {
      summary.rows += 1;
      summary.valid += 1;
    } else {
      if (row.fatal) summary.fatal = true;
      else summary.rows += 1;
      summary.badRows += 1;
      for (const error of row.errors) summary.errors.push({ row: row.row, ...error });
    }
  }
  summary.encoding = encoding;
  return summary;
}
