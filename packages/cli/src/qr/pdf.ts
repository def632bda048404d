// Posters as one PDF, a page each. PDF text needs the font inside the file, so a CJK font is embedded (subset):
// `--font`, else the first of the usual system paths that has every character the posters use.
import { readFile } from 'node:fs/promises';
import fontkit from '@pdf-lib/fontkit';
import type { Locale } from '@learning-city/core';
import { PDFDocument, rgb, StandardFonts, type PDFFont } from 'pdf-lib';
import { CliError } from '../cli-error.js';
import { layoutPoster, PAGE } from './layout.js';
import { modulePath, qrMatrix, QUIET_ZONE } from './matrix.js';
import { qrMessages } from './messages.js';
import type { PosterData } from './poster-data.js';

/** Where Debian/Ubuntu (fonts-noto-cjk, fonts-wqy-*, fonts-arphic-*), macOS and Windows keep CJK fonts. */
export const CJK_FONT_PATHS = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/arphic/uming.ttc',
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/STHeiti Medium.ttc',
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\simhei.ttf',
] as const;

const MM = 72 / 25.4;

interface FontkitFont {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
interface FontkitCollection {
  fonts: FontkitFont[];
}

/** fontkit, but a font collection (`.ttc`, as most CJK fonts ship) opens as its first font. */
const collectionAwareFontkit = {
  ...fontkit,
  create(data: Uint8Array, postscriptName?: string) {
    const font = fontkit.create(data as Buffer, postscriptName) as unknown as FontkitFont | FontkitCollection;
    return 'fonts' in font ? font.fonts[0] : font;
  },
} as unknown as typeof fontkit;

/** Characters of `text` the font has no glyph for. */
function missingGlyphs(font: FontkitFont, text: string): string[] {
  const missing = new Set<string>();
  for (const char of text)
    if (!/\s/.test(char) && !font.hasGlyphForCodePoint(char.codePointAt(0)!)) missing.add(char);
  return [...missing];
}

/** Whether pdf-lib's built-in Helvetica (WinAnsi) can write every character: then no font is needed. */
function latinOnly(text: string): boolean {
  return /^[\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026\n]*$/.test(text);
}

/** The font bytes to embed, or `undefined` when Helvetica will do; a clear error when nothing fits. */
async function chooseFont(
  text: string,
  explicit: string | undefined,
  searchPaths: readonly string[],
  locale: Locale,
): Promise<Uint8Array | undefined> {
  const say = qrMessages(locale);
  if (explicit !== undefined) {
    const bytes = await readFile(explicit).catch((cause: unknown) => {
      throw new CliError(say.fontUnreadable(explicit, (cause as Error).message), {
        code: 'font_unreadable',
      });
    });
    const missing = missingGlyphs(collectionAwareFontkit.create(bytes) as unknown as FontkitFont, text);
    if (missing.length > 0) {
      throw new CliError(say.fontMissingGlyphs(explicit, missing.slice(0, 10).join(' ')), {
        code: 'font_missing_glyphs',
      });
    }
    return bytes;
  }
  if (latinOnly(text)) return undefined;
  for (const path of searchPaths) {
    const bytes = await readFile(path).catch(() => undefined);
    if (
      bytes &&
      missingGlyphs(collectionAwareFontkit.create(bytes) as unknown as FontkitFont, text).length === 0
    ) {
      return bytes;
    }
  }
  throw new CliError(say.noCjkFont, { code: 'no_cjk_font' });
}

export interface PdfFontOptions {
  /** The font to embed (`--font`); when given, no other is looked for. */
  fontPath?: string | undefined;
  /** Where to look for a CJK font without `fontPath`, first match wins; default {@link CJK_FONT_PATHS}. */
  fontSearchPaths?: readonly string[] | undefined;
}

/** All posters in one PDF, a page each, A4 portrait. */
export async function postersPdf(
  posters: readonly PosterData[],
  locale: Locale,
  { fontPath, fontSearchPaths = CJK_FONT_PATHS }: PdfFontOptions = {},
): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setTitle(posters.map((poster) => poster.title).join(' · '));
  document.setCreator('learning-city qr');
  const allText = posters
    .flatMap((poster) => layoutPoster(poster, locale, () => 0).lines.map((line) => line.text))
    .join('\n');
  const bytes = await chooseFont(allText, fontPath, fontSearchPaths, locale);
  let font: PDFFont;
  if (bytes) {
    document.registerFontkit(collectionAwareFontkit);
    font = await document.embedFont(bytes, { subset: true });
  } else {
    font = await document.embedFont(StandardFonts.Helvetica);
  }
  const measure = (text: string, size: number) => font.widthOfTextAtSize(text, size);
  for (const poster of posters) {
    const page = document.addPage([PAGE.width * MM, PAGE.height * MM]);
    const layout = layoutPoster(poster, locale, measure);
    for (const line of layout.lines) {
      const width = measure(line.text, line.size);
      const x = line.anchor === 'middle' ? line.x - width / 2 : line.x;
      const color = line.muted ? rgb(0.2, 0.2, 0.2) : rgb(0, 0, 0);
      page.drawText(line.text, {
        x: x * MM,
        y: (PAGE.height - line.y) * MM,
        size: line.size * MM,
        font,
        color,
      });
      // A bold face is rarely installed for CJK: the title is drawn twice, a hair apart, to stand out.
      if (line.bold) {
        page.drawText(line.text, {
          x: x * MM + 0.35,
          y: (PAGE.height - line.y) * MM,
          size: line.size * MM,
          font,
          color,
        });
      }
    }
    const matrix = qrMatrix(poster.url);
    const scale = layout.qr.size / (matrix.size + 2 * QUIET_ZONE);
    page.drawSvgPath(modulePath(matrix), {
      x: (layout.qr.x + QUIET_ZONE * scale) * MM,
      y: (PAGE.height - layout.qr.y - QUIET_ZONE * scale) * MM,
      scale: scale * MM,
      color: rgb(0, 0, 0),
      borderWidth: 0,
    });
  }
  return document.save();
}
