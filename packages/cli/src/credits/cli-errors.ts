// Failures a user can fix (no such file, wrong encoding, refused key) become one-line CLI errors.
import { LearningCityError, type Locale } from '@learning-city/core';
import { CliError } from '../cli-error.js';
import { FileEncodingError } from './decode.js';

/** What to say of a file that cannot be opened, by the system's error code. */
const FILE_PROBLEMS: Record<
  Locale,
  Record<'ENOENT' | 'EISDIR' | 'EACCES' | 'EPERM', (path: string) => string>
> = {
  'zh-CN': {
    ENOENT: (path) => `找不到文件 ${path}，请检查路径和文件名`,
    EISDIR: (path) => `${path} 是文件夹，请给出其中的文件`,
    EACCES: (path) => `没有权限读写 ${path}`,
    EPERM: (path) => `没有权限读写 ${path}`,
  },
  en: {
    ENOENT: (path) => `No such file: ${path} (check the path and the name)`,
    EISDIR: (path) => `${path} is a folder; give a file in it`,
    EACCES: (path) => `No permission to read or write ${path}`,
    EPERM: (path) => `No permission to read or write ${path}`,
  },
};

/**
 * The one-line error for a failure a user can fix, or `undefined` for a bug (which keeps its stack). Messages
 * the CLI words itself (a file it cannot open) are in `locale`; `file` names the file read when the system's
 * error does not (reading a folder fails on the read, not the open, and carries no path).
 */
export function toCliError(error: unknown, locale: Locale = 'zh-CN', file?: string): CliError | undefined {
  if (error instanceof CliError) return error;
  if (error instanceof FileEncodingError) return new CliError(error.message, { code: 'file_encoding' });
  const { code, path = file } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' || code === 'EPERM') {
    const say = FILE_PROBLEMS[locale][code];
    return new CliError(path === undefined ? (error as Error).message : say(path), {
      code: 'file_unreadable',
    });
  }
  if (error instanceof LearningCityError) {
    // Core's HTTP errors name the Request-Id already; add it only where the message lacks it.
    const request =
      error.requestId && !error.message.includes(error.requestId) ? ` (Request-Id ${error.requestId})` : '';
    return new CliError(`${error.message}${request}`, { code: error.code ?? 'api_error' });
  }
  return undefined;
}

/** Runs `work`, turning the failures a user can fix into one-line errors (see {@link toCliError}). */
export async function asCliErrors<T>(
  work: () => Promise<T>,
  locale: Locale = 'zh-CN',
  file?: string,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toCliError(error, locale, file) ?? error;
  }
}
