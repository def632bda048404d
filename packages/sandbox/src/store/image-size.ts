// Reads the pixel size of a PNG, JPEG or WebP from its header, and checks the bytes are the type claimed.

/** Width and height in pixels, or `null` when the header cannot be read. */
export interface ImageInfo {
  type: 'image/png' | 'image/jpeg' | 'image/webp';
  width: number | null;
  height: number | null;
}

/** Sniffs the image type from its magic bytes and reads its size; `undefined` when it is none of the three. */
export function inspectImage(bytes: Uint8Array): ImageInfo | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (start: number, length: number) =>
    String.fromCharCode(...bytes.subarray(start, start + length));
  if (bytes.length >= 24 && bytes[0] === 0x89 && ascii(1, 3) === 'PNG') {
    return { type: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    return { type: 'image/jpeg', ...jpegSize(bytes, view) };
  }
  if (bytes.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    return { type: 'image/webp', ...webpSize(bytes, view, ascii(12, 4)) };
  }
  return undefined;
}

/** Walks JPEG segments to the first start-of-frame marker. */
function jpegSize(bytes: Uint8Array, view: DataView): { width: number | null; height: number | null } {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) break;
    const marker = bytes[offset + 1] ?? 0;
    const length = view.getUint16(offset + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    offset += 2 + length;
  }
  return { width: null, height: null };
}

function webpSize(
  bytes: Uint8Array,
  view: DataView,
  chunk: string,
): { width: number | null; height: number | null } {
  if (chunk === 'VP8X') {
    const read24 = (at: number) =>
      (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16);
    return { width: read24(24) + 1, height: read24(27) + 1 };
  }
  if (chunk === 'VP8 ')
    return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return { width: null, height: null };
}
