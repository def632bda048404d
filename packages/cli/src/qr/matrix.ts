// The QR code of a page URL as a module matrix, and that matrix as one SVG path (for the SVG and PDF posters).
import QRCode from 'qrcode';

/** A QR symbol: `size` × `size` modules, dark where {@link QrMatrix.dark} says. */
export interface QrMatrix {
  size: number;
  dark(x: number, y: number): boolean;
}

/** Light modules around the symbol, as the QR standard asks. */
export const QUIET_ZONE = 4;

/**
 * Encodes `text` (a URL) with error correction level M (15 % of the symbol may be lost: a poster survives a
 * crease or a drawing pin).
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (x, y) => modules.get(y, x) === 1 };
}

/**
 * The dark modules as one SVG path in module units (a module is 1 × 1, the symbol's corner at 0,0), each run
 * of dark modules in a row one rectangle: `M{x} {y}h{run}v1h-{run}z`.
 */
export function modulePath(matrix: QrMatrix): string {
  let path = '';
  for (let y = 0; y < matrix.size; y++) {
    for (let x = 0; x < matrix.size; x++) {
      if (!matrix.dark(x, y)) continue;
      let run = 1;
      while (x + run < matrix.size && matrix.dark(x + run, y)) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run - 1;
    }
  }
  return path;
}
