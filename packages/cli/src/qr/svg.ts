// A poster as SVG: text stays text (the viewer's or printer's fonts draw the Chinese), the QR code one path.
import type { Locale } from '@learning-city/core';
import { plainLine } from '../plain-text.js';
import { estimateWidth, layoutPoster, PAGE } from './layout.js';
import { modulePath, qrMatrix, QUIET_ZONE } from './matrix.js';
import type { PosterData } from './poster-data.js';

const FONTS =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

/** One A4 poster as a standalone SVG document (sizes in mm). */
export function posterSvg(poster: PosterData, locale: Locale): string {
  const layout = layoutPoster(poster, locale, estimateWidth);
  const matrix = qrMatrix(poster.url);
  const scale = layout.qr.size / (matrix.size + 2 * QUIET_ZONE);
  const qrX = round(layout.qr.x + QUIET_ZONE * scale);
  const qrY = round(layout.qr.y + QUIET_ZONE * scale);
  const text = layout.lines
    .map(
      (line) =>
        `  <text x="${round(line.x)}" y="${round(line.y)}" font-size="${line.size}"` +
        `${line.bold ? ' font-weight="bold"' : ''}${line.anchor === 'middle' ? ' text-anchor="middle"' : ''}` +
        `${line.muted ? ' fill="#333333"' : ''}>${escapeXml(line.text)}</text>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE.width}mm" height="${PAGE.height}mm" viewBox="0 0 ${PAGE.width} ${PAGE.height}" font-family="${FONTS}" lang="${locale}">
  <title>${escapeXml(poster.title)}</title>
  <rect width="${PAGE.width}" height="${PAGE.height}" fill="#ffffff"/>
${text}
  <path class="qr" data-modules="${matrix.size}" transform="translate(${qrX} ${qrY}) scale(${round(scale, 6)})" fill="#000000" shape-rendering="crispEdges" d="${modulePath(matrix)}"/>
</svg>
`;
}

function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}

/** Text as XML character data: control characters (which XML 1.0 forbids) dropped, markup escaped. */
function escapeXml(text: string): string {
  return plainLine(text).replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
