// The results CSV of `credits submit`: one line per answered row, appended and flushed as batches are answered.
import { createReadStream } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { csvLine, readCsv } from './csv.js';
import { decodeText } from './decode.js';
import type { RowDisplay } from './records.js';

/** What became of a row: created (now or by an earlier run), refused by the platform, or invalid here. */
export type RowStatus = 'submitted' | 'rejected' | 'invalid';

export interface ResultLine {
  /** File line of the row in the input (the header is 1). */
  row: number;
  /** The row's content reference (`lc2-…`), sent as `externalRef`; empty for an invalid row. */
  ref: string;
  status: RowStatus;
  submissionId?: string | undefined;
  display: RowDisplay;
  message?: string | undefined;
}

export const RESULT_COLUMNS = [
  'row',
  'externalRef',
  'status',
  'submissionId',
  'name',
  'residentId',
  'title',
  'message',
] as const;

const BOM = '\uFEFF';

/** A submission an earlier run recorded. */
export interface SubmittedRow {
  submissionId: string;
  line: string;
}

/**
 * Reads the rows an earlier run submitted (status `submitted`), keyed by reference; the last line for a
 * reference wins. A missing file is an empty record.
 */
export async function readSubmitted(path: string): Promise<Map<string, SubmittedRow>> {
  const submitted = new Map<string, SubmittedRow>();
  try {
    let columns: string[] | undefined;
    for await (const record of readCsv(decodeText(createReadStream(path)))) {
      if (!columns) {
        columns = record.fields;
        continue;
      }
      const get = (name: (typeof RESULT_COLUMNS)[number]) => record.fields[columns!.indexOf(name)] ?? '';
      // A line cut short by a crash mid-write has fewer fields: it is ignored, and the journal (which marks a
      // batch answered only after its lines are on disk) has the batch replayed.
      if (record.fields.length !== columns.length) continue;
      if (get('status') === 'submitted' && get('externalRef') !== '' && get('submissionId') !== '') {
        submitted.set(get('externalRef'), {
          submissionId: get('submissionId'),
          line: csvLine(record.fields),
        });
      }
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return submitted;
}

/** Appends result lines; each {@link ResultsFile.append} is on disk before it resolves. */
export class ResultsFile {
  /** Writes run one after another, so lines of batches answered together never interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly handle: FileHandle) {}

  /**
   * Starts the results file afresh, keeping the `submitted` lines of an earlier run (one per reference), so a
   * resumed run's file lists each row once. Written to a temporary file and renamed: a crash leaves either file.
   */
  static async open(path: string, keep: Map<string, SubmittedRow>): Promise<ResultsFile> {
    const temporary = `${path}.tmp`;
    const handle = await open(temporary, 'w');
    await handle.write(BOM + csvLine(RESULT_COLUMNS));
    for (const { line } of keep.values()) await handle.write(line);
    await handle.sync();
    await handle.close();
    await rename(temporary, path);
    return new ResultsFile(await open(path, 'a'));
  }

  async append(lines: readonly ResultLine[]): Promise<void> {
    if (lines.length === 0) return;
    const text = lines
      .map((line) =>
        csvLine([
          line.row,
          line.ref,
          line.status,
          line.submissionId,
          line.display.nameMasked,
          line.display.residentIdMasked,
          line.display.title,
          line.message,
        ]),
      )
      .join('');
    const write = this.queue.then(async () => {
      await this.handle.write(text);
      await this.handle.datasync();
    });
    this.queue = write.catch(() => undefined);
    await write;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.handle.close();
  }
}

/** Removes a file if it is there. */
export async function removeIfPresent(path: string): Promise<void> {
  await rm(path, { force: true });
}
