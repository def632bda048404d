// `learning-city qr`: printable posters with a QR code for courses and activities (二维码下沉: taking sign-up
// to community centres, libraries and village notice boards).
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { createClient } from '@learning-city/core';
import { Command, Option } from 'commander';
import { CliError } from '../cli-error.js';
import { asCliErrors } from '../credits/cli-errors.js';
import { resolveLocale } from '../credits/messages.js';
import { langOption } from '../lang-option.js';
import { posterLabels } from '../qr/labels.js';
import { qrMessages } from '../qr/messages.js';
import { loadPoster, posterKind, type PosterData } from '../qr/poster-data.js';

interface QrOptions {
  out: string;
  apiKey: string;
  baseUrl: string;
  pageUrl?: string;
  font?: string;
  lang?: string;
  json?: boolean;
}

const FORMATS = ['.pdf', '.svg', '.png'] as const;

export function registerQr(program: Command): void {
  program
    .command('qr')
    .description('Make printable A4 posters with a QR code, title, time and place of courses or activities')
    .argument('<ids...>', 'course (crs_…) or activity (act_…) IDs')
    .option(
      '-o, --out <file>',
      'posters.svg (one file per ID), posters.pdf (a page per ID) or qr.png (QR only)',
      'posters.svg',
    )
    .addOption(
      new Option('--api-key <key>', 'publishable key (lc_pk_…)')
        .env('LC_PUBLISHABLE_KEY')
        .makeOptionMandatory(),
    )
    .addOption(
      new Option('--base-url <url>', 'API origin').env('LC_BASE_URL').default('http://127.0.0.1:4010'),
    )
    .option(
      '--page-url <template>',
      'page the QR code opens; {kind} becomes courses or activities, {id} the ID (default: the url the platform holds)',
    )
    .option(
      '--font <file>',
      'CJK font (.ttf, .otf, .ttc) to embed in a PDF (default: fonts-noto-cjk, fonts-wqy-… if installed)',
    )
    .addOption(langOption('language of the poster’s labels and of messages: zh-CN (default) or en'))
    .option('--json', 'print the posters made (id, title, url, file) as JSON')
    .addHelpText(
      'after',
      `
SVG keeps the text as text: the computer that prints it draws the Chinese with its own fonts, so it needs
nothing installed here. PDF embeds a CJK font (a subset), found at the usual system paths or given with
--font. PNG holds the QR code alone (no title: no font rasteriser here), for slides and WeChat posts.
No request leaves for anywhere but --base-url; the QR code is made on this machine.

Examples:
  $ learning-city qr act_8fK2mQ1x --api-key lc_pk_test_… --page-url "https://learning.example.cn/{kind}/{id}"
  $ learning-city qr crs_aB3dE5fG act_8fK2mQ1x --out posters.pdf --font ~/fonts/NotoSansSC-Regular.otf
  $ learning-city qr act_8fK2mQ1x --out qr.png --json`,
    )
    .action(async (ids: string[], options: QrOptions) => {
      const locale = resolveLocale(options.lang);
      const say = qrMessages(locale);
      // Posters read public data only: a secret key has no business in a script that prints posters.
      if (!options.apiKey.startsWith('lc_pk_')) {
        throw new CliError(say.notPublishableKey, { code: 'publishable_key_required', exitCode: 2 });
      }
      const format = extname(options.out).toLowerCase();
      if (!(FORMATS as readonly string[]).includes(format)) {
        throw new CliError(say.badFormat(options.out), { code: 'bad_format', exitCode: 2 });
      }
      for (const id of ids) posterKind(id, locale);
      const client = await asCliErrors(
        async () => createClient({ baseUrl: options.baseUrl, apiKey: options.apiKey }),
        locale,
      );
      const posters: PosterData[] = [];
      for (const id of ids) {
        const poster = await asCliErrors(
          () => loadPoster(client, id, { locale, pageUrl: options.pageUrl }),
          locale,
        );
        if (poster.when === '') console.error(posterLabels(locale).noUpcoming(id));
        posters.push(poster);
      }
      await mkdir(dirname(options.out), { recursive: true });
      const written: { id: string; kind: string; title: string; url: string; file: string }[] = [];
      // The renderers (pdf-lib, fontkit, qrcode) load only when `qr` runs, so other commands start fast.
      if (format === '.pdf') {
        const { postersPdf } = await import('../qr/pdf.js');
        await writeFile(options.out, await postersPdf(posters, locale, { fontPath: options.font }));
        for (const poster of posters) written.push({ ...summary(poster), file: options.out });
      } else {
        const { posterSvg } = await import('../qr/svg.js');
        const { qrPng } = await import('../qr/png.js');
        for (const poster of posters) {
          const file = ids.length === 1 ? options.out : perIdPath(options.out, poster.id);
          await writeFile(file, format === '.svg' ? posterSvg(poster, locale) : await qrPng(poster.url));
          written.push({ ...summary(poster), file });
        }
      }
      if (options.json) console.log(JSON.stringify({ posters: written }, null, 2));
      else
        for (const poster of written)
          console.log(`${poster.file}  ${poster.id}  ${poster.title}  →  ${poster.url}`);
    });
}

function summary(poster: PosterData) {
  return { id: poster.id, kind: poster.kind, title: poster.title, url: poster.url };
}

/** `posters.svg` → `posters-act_8fK2mQ1x.svg`. */
function perIdPath(out: string, id: string): string {
  const ext = extname(out);
  return join(dirname(out), `${basename(out, ext)}-${id}${ext}`);
}
