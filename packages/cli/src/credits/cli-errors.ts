// Failures a user can fix (no such file, wrong encoding, refused key) become one-line CLI errors.
import { LearningCityError } from '@learning-city/core';
import { CliError } from '../cli-error.js';
import { FileEncodingError } from './decode.js';

/** Runs `work`, turning the failures a user can fix (no such file, wrong encoding, refused key) into one-line errors. */
export async function asCliErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CliError) throw error;
    if (error instanceof FileEncodingError) throw new CliError(error.message, { code: 'file_encoding' });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new CliError((error as Error).message, { code: 'file_unreadable' });
    }
    if (error instanceof LearningCityError) {
      const request = error.requestId ? ` (Request-Id ${error.requestId})` : '';
      throw new CliError(`${error.message}${request}`, { code: error.code ?? 'api_error' });
    }
    throw error;
  }
}
