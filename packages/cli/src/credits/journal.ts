// The write-ahead journal of `credits submit`: each batch is recorded before it is sent, and marked once answered.
import { createReadStream } from 'node:fs';
import { open, rename, type FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/** A batch that was sent (or was about to be) and whose answer was not recorded. */
export interface PendingBatch {
  /** The batch's Idempotency-Key. */
  key: string;
  /** When it was first sent: after the platform's 24 h the key may be forgotten. */
  sentAt: string;
  /** Row references in the order they were sent. */
  refs: string[];
  /**
   * A fingerprint of the API key it was sent with: the platform scopes Idempotency-Keys per API key, so only a
   * run with the same key may replay it.
   */
  by?: string | undefined;
}

type Entry = { sent: string; at: string; refs: string[]; by?: string | undefined } | { answered: string };

/** Reads the batches a journal holds that were sent and never answered, in the order they were sent. */
export async function readPending(path: string): Promise<PendingBatch[]> {
  const pending = new Map<string, PendingBatch>();
  try {
    const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      let entry: Entry;
      try {
        entry = JSON.parse(line) as Entry;
      } catch {
        continue; // A line cut short by a crash: its batch was never sent (the line is written first).
      }
      if ('sent' in entry) {
        pending.set(entry.sent, { key: entry.sent, sentAt: entry.at, refs: entry.refs, by: entry.by });
      } else pending.delete(entry.answered);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return [...pending.values()];
}

/** An open journal. Every write is on disk before it resolves. */
export class Journal {
  /** Writes run one after another, so lines of batches answered together never interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly handle: FileHandle) {}

  /** Rewrites the journal with only the batches still pending, then opens it to append. */
  static async open(path: string, pending: readonly PendingBatch[]): Promise<Journal> {
    const temporary = `${path}.tmp`;
    const handle = await open(temporary, 'w');
    // sentEntry keeps `by`: without it a batch carried over twice could no longer be replayed, only looked up.
    for (const batch of pending) await handle.write(line(sentEntry(batch)));
    await handle.sync();
    await handle.close();
    await rename(temporary, path);
    return new Journal(await open(path, 'a'));
  }

  async sent(batch: PendingBatch): Promise<void> {
    await this.write(sentEntry(batch));
  }

  async answered(key: string): Promise<void> {
    await this.write({ answered: key });
  }

  async close(): Promise<void> {
    await this.queue;
    await this.handle.close();
  }

  private async write(entry: Entry): Promise<void> {
    const write = this.queue.then(async () => {
      await this.handle.write(line(entry));
      await this.handle.datasync();
    });
    this.queue = write.catch(() => undefined);
    await write;
  }
}

function sentEntry(batch: PendingBatch): Entry {
  return { sent: batch.key, at: batch.sentAt, refs: batch.refs, ...(batch.by ? { by: batch.by } : {}) };
}

function line(entry: Entry): string {
  return JSON.stringify(entry) + '\n';
}
