// A PNG of the QR code alone (no text: drawing Chinese into pixels would need a font rasteriser), for slides,
// WeChat posts and documents where the title is typed beside it.
import QRCode from 'qrcode';

/** The QR code of `url` as a PNG, 16 pixels a module with the quiet zone: over 600 px for a typical URL. */
export function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 4, scale: 16 });
}
