// Turns the bytes of a CSV or JSON file into text: UTF-8 (with or without BOM), UTF-16 with a BOM, or GBK.
import iconv from 'iconv-lite';

/** Encodings a credits file may be forced into with `--encoding`. */
export const FILE_ENCODINGS = ['utf8', 'gbk'] as const;
export type FileEncoding = (typeof FILE_ENCODINGS)[number];

/** What {@link decodeText} settled on, for the summary line. */
export type DetectedEncoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be' | 'gbk';

/** How many bytes are looked at before deciding between UTF-8 and GBK. */
const SNIFF_BYTES = 64 * 1024;

/** The file is not valid in the encoding it was read as. */
export class FileEncodingError extends Error {}

interface TextDecoderLike {
  write(bytes: Buffer): string;
  end(): string;
}

/**
 * Decodes a byte stream to text chunks. A UTF-8 or UTF-16 byte-order mark decides; otherwise the first 64 KB
 * are tried as strict UTF-8 and, if that fails, the file is read as GBK (as GB 18030, its superset) —
 * what Excel saves on Chinese Windows. `forced` skips the guess. `onEncoding` hears the decision once.
 */
export async function* decodeText(
  source: AsyncIterable<Buffer | string>,
  forced?: FileEncoding,
  onEncoding?: (encoding: DetectedEncoding) => void,
): AsyncGenerator<string> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLength = 0;
  let done = false;
  while (headLength < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    headLength += chunk.length;
  }
  let bytes = Buffer.concat(head);
  let encoding: DetectedEncoding;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = forced === 'gbk' ? 'gbk' : 'utf8-bom';
    if (encoding === 'utf8-bom') bytes = bytes.subarray(3);
  } else if (forced === undefined && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf16le';
    bytes = bytes.subarray(2);
  } else if (forced === undefined && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf16be';
    bytes = bytes.subarray(2);
  } else if (forced !== undefined) {
    encoding = forced;
  } else {
    encoding = looksLikeUtf8(bytes, done) ? 'utf8' : 'gbk';
  }
  onEncoding?.(encoding);
  const decoder = decoderFor(encoding);
  let offset = 0;
  const decode = (chunk: Buffer): string => {
    try {
      return decoder.write(chunk);
    } catch (cause) {
      throw new FileEncodingError(
        `The file is not valid UTF-8 near byte ${offset}. If Excel saved it as GBK, add --encoding gbk.`,
        { cause },
      );
    } finally {
      offset += chunk.length;
    }
  };
  yield decode(bytes);
  while (!done) {
    const next = await iterator.next();
    if (next.done) break;
    yield decode(typeof next.value === 'string' ? Buffer.from(next.value) : next.value);
  }
  const rest = (() => {
    try {
      return decoder.end();
    } catch (cause) {
      throw new FileEncodingError('The file ends in the middle of a UTF-8 character.', { cause });
    }
  })();
  if (rest !== '') yield rest;
}

/** Strict UTF-8 over the first bytes; a character cut at the end of the sample is not held against it. */
function looksLikeUtf8(bytes: Buffer, whole: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !whole });
    return true;
  } catch {
    return false;
  }
}

function decoderFor(encoding: DetectedEncoding): TextDecoderLike {
  if (encoding === 'gbk') {
    const decoder = iconv.getDecoder('gb18030');
    return { write: (bytes) => decoder.write(bytes), end: () => decoder.end() ?? '' };
  }
  const label = encoding === 'utf16le' ? 'utf-16le' : encoding === 'utf16be' ? 'utf-16be' : 'utf-8';
  const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  return {
    write: (bytes) => decoder.decode(bytes, { stream: true }),
    end: () => decoder.decode(),
  };
}
