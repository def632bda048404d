// Photos before upload: type and size checks against the campaign, and downscaling in the browser.
import type { CampaignLimits } from '@learning-city/core';
import { fromBase64, toBase64 } from './base64.js';

/** Files larger than this are refused without decoding (a camera's RAW file, a video renamed .jpg). */
export const MAX_SOURCE_BYTES = 40 * 1024 * 1024;
/** The longest side a downscaled photo keeps: plenty for print in a 公示 booklet. */
export const MAX_SIDE = 3200;
/** The longest side of the preview kept with the draft. */
export const THUMBNAIL_SIDE = 240;

export type PhotoVerdict =
  { ok: true; reduce: boolean } | { ok: false; reason: 'type' | 'tooLarge' | 'empty' | 'tooMany' };

/**
 * What to do with a chosen file, before reading it: refuse a type the campaign does not take, an empty file, a
 * file beyond {@link MAX_SOURCE_BYTES}, or one photo too many; downscale one over the campaign's size limit.
 * @example checkPhotoFile({ type: 'image/gif', size: 2048 }, limits, 0); // { ok: false, reason: 'type' }
 */
export function checkPhotoFile(
  file: { type: string; size: number },
  limits: Pick<CampaignLimits, 'photoTypes' | 'photoMaxBytes' | 'photosMax'>,
  photosSoFar: number,
): PhotoVerdict {
  if (photosSoFar >= limits.photosMax) return { ok: false, reason: 'tooMany' };
  if (!limits.photoTypes.includes(file.type)) return { ok: false, reason: 'type' };
  if (file.size === 0) return { ok: false, reason: 'empty' };
  if (file.size > MAX_SOURCE_BYTES) return { ok: false, reason: 'tooLarge' };
  return { ok: true, reduce: file.size > limits.photoMaxBytes };
}

/**
 * The size to draw a photo at so that, re-encoded as JPEG, it fits in `maxBytes`: the area shrinks in proportion
 * to the bytes (with a 20 % margin, as JPEG size roughly follows the pixel count), the longest side is at most
 * `maxSide`, and the aspect ratio is kept. Never enlarges.
 * @example downscaleSize(4000, 3000, 12_000_000, 5_000_000); // { width: 2309, height: 1732 }
 */
export function downscaleSize(
  width: number,
  height: number,
  bytes: number,
  maxBytes: number,
  maxSide = MAX_SIDE,
): { width: number; height: number } {
  const byBytes = bytes > maxBytes ? Math.sqrt((maxBytes * 0.8) / bytes) : 1;
  const bySide = Math.min(1, maxSide / Math.max(width, height));
  const scale = Math.min(byBytes, bySide, 1);
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** The size of the next attempt when an encoded photo is still too big: 80 % of each side. */
export function nextAttempt(size: { width: number; height: number }): { width: number; height: number } {
  return {
    width: Math.max(1, Math.round(size.width * 0.8)),
    height: Math.max(1, Math.round(size.height * 0.8)),
  };
}

/** A photo read and, when it had to be, downscaled: ready to upload. */
export interface PreparedPhoto {
  blob: Blob;
  contentType: string;
  width: number;
  height: number;
  /** Base64 JPEG of at most {@link THUMBNAIL_SIDE} px. */
  thumbnail: string;
  /** Set when the photo was downscaled: the size of the file chosen. */
  originalBytes?: number;
}

/** The photo could not be decoded (not really an image) or not brought under the limit. */
export class PhotoError extends Error {
  constructor(readonly reason: 'unreadable' | 'tooLarge') {
    super(
      reason === 'unreadable'
        ? 'The file could not be read as a photo'
        : 'The photo could not be made small enough',
    );
    this.name = 'PhotoError';
  }
}

function canvasOf(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

/** Draws the bitmap at `size` on white (JPEG has no transparency) and encodes it as JPEG. */
async function encodeJpeg(
  bitmap: ImageBitmap,
  size: { width: number; height: number },
  quality: number,
): Promise<Blob> {
  const canvas = canvasOf(size.width, size.height);
  const context = canvas.getContext('2d') as
    CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!context) throw new PhotoError('unreadable');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size.width, size.height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, size.width, size.height);
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new PhotoError('unreadable'))),
      'image/jpeg',
      quality,
    ),
  );
}

async function base64Of(blob: Blob): Promise<string> {
  return toBase64(new Uint8Array(await blob.arrayBuffer()));
}

/** The file's bytes as base64 (for `POST /media`). */
export const photoBase64 = base64Of;

/**
 * Reads a photo the campaign accepts by type: decodes it (refusing what is not an image), makes a preview, and
 * downscales it to JPEG when it is over `maxBytes` (up to five tries, each smaller).
 */
export async function preparePhoto(file: Blob, maxBytes: number): Promise<PreparedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError('unreadable');
  }
  try {
    const preview = downscaleSize(bitmap.width, bitmap.height, 0, 1, THUMBNAIL_SIDE);
    const thumbnail = await base64Of(await encodeJpeg(bitmap, preview, 0.7));
    if (file.size <= maxBytes) {
      return { blob: file, contentType: file.type, width: bitmap.width, height: bitmap.height, thumbnail };
    }
    let size = downscaleSize(bitmap.width, bitmap.height, file.size, maxBytes);
    for (let attempt = 0; attempt < 5; attempt++) {
      const blob = await encodeJpeg(bitmap, size, 0.85);
      if (blob.size <= maxBytes) {
        return { blob, contentType: 'image/jpeg', ...size, thumbnail, originalBytes: file.size };
      }
      size = nextAttempt(size);
    }
    throw new PhotoError('tooLarge');
  } finally {
    bitmap.close();
  }
}

/** Draws a stored preview (base64 JPEG) on a canvas: no data: or blob: URL, so `img-src 'self'` is enough. */
export async function drawThumbnail(canvas: HTMLCanvasElement, thumbnail: string): Promise<void> {
  const bitmap = await createImageBitmap(new Blob([fromBase64(thumbnail)], { type: 'image/jpeg' }));
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
  bitmap.close();
}
