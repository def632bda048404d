// Where things sit on an A4 portrait poster (millimetres from the top left), shared by the SVG and PDF renderers.
import type { PosterData } from './poster-data.js';
import { posterLabels, type PosterLabels } from './labels.js';
import type { Locale } from '@learning-city/core';

export const PAGE = { width: 210, height: 297, margin: 15 } as const;

/** One line of text: its baseline, size (mm), weight and alignment. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  anchor: 'start' | 'middle';
  /** Grey for secondary text. */
  muted?: boolean;
}

export interface PosterLayout {
  lines: TextLine[];
  /** The QR code's square, quiet zone included. */
  qr: { x: number; y: number; size: number };
}

/** Measures a string's width in mm at a font size in mm. */
export type Measure = (text: string, size: number) => number;

/**
 * Lays a poster out: the title large (up to three lines), time and place, the QR code 120 mm wide in the
 * middle (readable from a metre or two), the caption and URL under it, the organiser at the foot.
 */
export function layoutPoster(poster: PosterData, locale: Locale, measure: Measure): PosterLayout {
  const labels: PosterLabels = posterLabels(locale);
  const width = PAGE.width - 2 * PAGE.margin;
  const lines: TextLine[] = [];
  let y = 34;
  for (const text of wrap(poster.title, width, 12, measure, 3)) {
    lines.push({ text, x: PAGE.margin, y, size: 12, bold: true, anchor: 'start' });
    y += 14.5;
  }
  y += 3;
  const colon = locale === 'en' ? ': ' : '：';
  for (const [label, value] of [
    [labels.when, poster.when],
    [labels.where, poster.where],
  ] as const) {
    if (value === '') continue;
    for (const text of wrap(`${label}${colon}${value}`, width, 6.5, measure, 2)) {
      lines.push({ text, x: PAGE.margin, y, size: 6.5, anchor: 'start' });
      y += 9;
    }
  }
  const qr = { x: (PAGE.width - 120) / 2, y: Math.max(y + 4, 100), size: 120 };
  let below = qr.y + qr.size + 8;
  for (const text of wrap(labels.scan, width, 6, measure, 2)) {
    lines.push({ text, x: PAGE.width / 2, y: below, size: 6, anchor: 'middle' });
    below += 8;
  }
  for (const text of wrap(poster.url, width, 3.5, measure, 2)) {
    lines.push({ text, x: PAGE.width / 2, y: below, size: 3.5, anchor: 'middle', muted: true });
    below += 5;
  }
  lines.push({
    text: `${labels.organiser}${colon}${poster.organiser}`,
    x: PAGE.margin,
    y: PAGE.height - PAGE.margin,
    size: 5,
    anchor: 'start',
    muted: true,
  });
  return { lines, qr };
}

/** Chinese characters break anywhere; other text at spaces (or anywhere, for a word wider than the line). */
function tokens(text: string): string[] {
  return (
    text.match(
      /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]|\s+|[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]+/g,
    ) ?? []
  );
}

/** Greedy line breaking to `width`; past `maxLines` the last line ends with an ellipsis. */
export function wrap(
  text: string,
  width: number,
  size: number,
  measure: Measure,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  for (const token of tokens(text)) {
    if (measure((line + token).trimEnd(), size) <= width) {
      line += token;
      continue;
    }
    push();
    if (/^\s+$/.test(token)) continue;
    if (measure(token, size) <= width) {
      line = token;
      continue;
    }
    // A word wider than the line (a long URL): break it by characters.
    for (const char of token) {
      if (line !== '' && measure(line + char, size) > width) push();
      line += char;
    }
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && measure(`${last}…`, size) > width) last = Array.from(last).slice(0, -1).join('');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** A width estimate without the font: wide (CJK) characters 1 em, others 0.56 em. */
export const estimateWidth: Measure = (text, size) => {
  let ems = 0;
  for (const char of text)
    ems += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]/.test(char) ? 1 : 0.56;
  return ems * size;
};
