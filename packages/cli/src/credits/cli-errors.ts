// Failures a user can fix (no such file, wrong encoding, refused key) become one-line CLI errors.
import { LearningCityError } from '@learning-city/core';
import { CliError } from '../cli-error.js';
import { FileEncodingError } from './decode.js';

/** The one-line error for a failure a user can fix, or `undefined` for a bug (which keeps its stack). */
export function toCliError(error: unknown): CliError | undefined {
  if (error instanceof CliError) return error;
  if (error instanceof FileEncodingError) return new CliError(error.message, { code: 'file_encoding' });
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
    return new CliError((error as Error).message, { code: 'file_unreadable' });
  }
  if (error instanceof LearningCityError) {
    // Core's HTTP errors name the Request-Id already; add it only where the message lacks it.
    const request =
      error.requestId && !error.message.includes(error.requestId) ? ` (Request-Id ${error.requestId})` : '';
    return new CliError(`${error.message}${request}`, { code: error.code ?? 'api_error' });
  }
  return undefined;
}

/** Runs `work`, turning the failures a user can fix into one-line errors. */
export async function asCliErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toCliError(error) ?? error;
  }
}
