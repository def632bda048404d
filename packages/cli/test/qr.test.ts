// `qr`: posters for real sandbox courses and activities; each QR code is decoded back (jsQR) to its page URL.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createClient } from '@learning-city/core';
import { startSandbox, type Sandbox } from '@learning-city/sandbox';
import jsQRModule from 'jsqr';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFPage } from 'pdf-lib';
import { PNG } from 'pngjs';
import { CliError } from '../src/cli-error.js';
import { CJK_FONT_PATHS, postersPdf } from '../src/qr/pdf.js';
import { loadPoster, pageUrl, type PosterData, type PosterKind } from '../src/qr/poster-data.js';
import { runCli } from './credits-cli.js';

// jsqr is CommonJS (`module.exports = jsQR`, plus `.default`); its types declare only the default export.
const jsQR = jsQRModule as unknown as typeof jsQRModule.default;

const PAGE_URL = 'https://learning.example.cn/{kind}/{id}';
let sandbox: Sandbox;
let dir: string;
let activityId: string;
let activityTitle: string;
let courseId: string;
let cancelledId: string | undefined;

before(async () => {
  [sandbox, dir] = await Promise.all([startSandbox({ port: 0 }), mkdtemp(join(tmpdir(), 'lc-qr-'))]);
  const client = createClient({ baseUrl: sandbox.url, apiKey: sandbox.keys.publishable });
  // Posters are for what is still to come: an activity going ahead, a course with an offering not yet over.
  const activities = (await client.activities.list({ from: new Date().toISOString(), limit: 50 })).data;
  const activity = activities.find((candidate) => candidate.status === 'scheduled')!;
  [activityId, activityTitle] = [activity.id, activity.title];
  for await (const candidate of client.activities.list({ limit: 100 })) {
    if (candidate.status === 'cancelled') {
      cancelledId = candidate.id;
      break;
    }
  }
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  courseId = (await client.courses.list({ from: today, mode: ['offline'], limit: 1 })).data[0]!.id;
});
after(async () => {
  await sandbox?.close();
  await rm(dir, { recursive: true, force: true });
});

const base = () => ['--api-key', sandbox.keys.publishable, '--base-url', sandbox.url];

function latinPoster(id: string, kind: PosterKind): PosterData {
  return {
    id,
    kind,
    title: 'Open Day at the Senior College',
    when: 'Sat 28 Nov 2026 14:00–16:00',
    where: 'Main hall, 1 Kaiyuan Avenue',
    organiser: 'Luoyang Senior College',
    url: `https://learning.example.cn/p/${id}`,
  };
}

/** Decodes a QR code from RGBA pixels. */
function decode(data: Uint8ClampedArray, width: number, height: number): string | undefined {
  return jsQR(data, width, height)?.data;
}

/**
 * Rasterises the QR path of an SVG poster (runs of `M{x} {y}h{n}v1h-{n}z` in module units) at 8 px a module
 * with a 4-module light margin, as a scanner would see the printed code.
 */
function rasteriseSvgQr(svg: string): { data: Uint8ClampedArray; width: number; height: number } {
  const path = /<path class="qr" data-modules="(\d+)"[^>]* d="([^"]+)"/.exec(svg);
  assert.ok(path, 'the SVG has a QR path');
  const modules = Number(path[1]);
  const px = 8;
  const size = (modules + 8) * px;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  for (const [, x, y, run] of path[2]!.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let mx = Number(x); mx < Number(x) + Number(run); mx++) {
      for (let dy = 0; dy < px; dy++) {
        for (let dx = 0; dx < px; dx++) {
          const offset = (((Number(y) + 4) * px + dy) * size + (mx + 4) * px + dx) * 4;
          data.fill(0, offset, offset + 3);
        }
      }
    }
  }
  return { data, width: size, height: size };
}

/**
 * Rasterises the filled paths of a PDF page (1 px a point, the page's own coordinates flipped so y grows down),
 * by running its content stream's graphics operators: `q`/`Q`, `cm`, `m`/`l`/`h` and `f`. Text is left out; what
 * is left is the QR code as a printer would draw it, placed where it is on the page.
 */
function rasterisePdfPaths(page: PDFPage): { data: Uint8ClampedArray; width: number; height: number } {
  const contents = page.node.Contents();
  assert.ok(contents, 'the page has content');
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  const text = streams
    .map((stream) => {
      assert.ok(stream instanceof PDFRawStream);
      const flate = stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode');
      return Buffer.from(flate ? inflateSync(stream.contents) : stream.contents).toString('latin1');
    })
    .join('\n');
  const { width, height } = page.getSize();
  const [w, h] = [Math.ceil(width), Math.ceil(height)];
  const data = new Uint8ClampedArray(w * h * 4).fill(255);
  type Matrix = [number, number, number, number, number, number];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: Matrix[] = [];
  let operands: number[] = [];
  let subpaths: [number, number][][] = [];
  const apply = ([a, b, c, d, e, f]: Matrix, x: number, y: number): [number, number] => [
    a * x + c * y + e,
    b * x + d * y + f,
  ];
  // Skip strings and the operands of text operators: only numbers and operator names matter here.
  for (const token of text
    .replace(/<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\)|\[[^\]]*\]|\/\S+/g, ' ')
    .split(/\s+/)) {
    if (token === '') continue;
    if (/^[-+]?(\d+\.?\d*|\.\d+)$/.test(token)) {
      operands.push(Number(token));
      continue;
    }
    if (token === 'q') saved.push([...ctm]);
    else if (token === 'Q') ctm = saved.pop()!;
    else if (token === 'cm') {
      const [a, b, c, d, e, f] = operands as Matrix;
      const [A, B, C, D, E, F] = ctm;
      ctm = [
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
      ];
    } else if (token === 'm') subpaths.push([apply(ctm, operands[0]!, operands[1]!)]);
    else if (token === 'l') subpaths.at(-1)!.push(apply(ctm, operands[0]!, operands[1]!));
    else if (token === 'f' || token === 'f*') {
      for (const points of subpaths) {
        // Each subpath of the code is a rectangle (a run of dark modules): fill its box, pixel centres inside.
        const xs = points.map(([x]) => x);
        const ys = points.map(([, y]) => height - y);
        for (let y = Math.round(Math.min(...ys)); y < Math.round(Math.max(...ys)); y++) {
          for (let x = Math.round(Math.min(...xs)); x < Math.round(Math.max(...xs)); x++) {
            if (x >= 0 && y >= 0 && x < w && y < h) data.fill(0, (y * w + x) * 4, (y * w + x) * 4 + 3);
          }
        }
      }
      subpaths = [];
    } else if (token === 'n' || token === 'S') subpaths = [];
    operands = [];
  }
  return { data, width: w, height: h };
}

describe('qr', { concurrency: true }, () => {
  it('makes an SVG poster per ID whose QR code decodes to the page URL, with title, time and place as text', async () => {
    const out = join(dir, 'posters.svg');
    const result = await runCli([
      'qr',
      activityId,
      courseId,
      ...base(),
      '--page-url',
      PAGE_URL,
      '--out',
      out,
      '--json',
    ]);
    assert.equal(result.code, 0, result.stderr);
    const { posters } = JSON.parse(result.stdout) as { posters: { id: string; url: string; file: string }[] };
    assert.deepEqual(
      posters.map((poster) => [poster.id, poster.url, poster.file]),
      [
        [
          activityId,
          `https://learning.example.cn/activities/${activityId}`,
          join(dir, `posters-${activityId}.svg`),
        ],
        [courseId, `https://learning.example.cn/courses/${courseId}`, join(dir, `posters-${courseId}.svg`)],
      ],
    );
    for (const poster of posters) {
      const svg = await readFile(poster.file, 'utf8');
      const image = rasteriseSvgQr(svg);
      assert.equal(decode(image.data, image.width, image.height), poster.url);
    }
    const activitySvg = await readFile(posters[0]!.file, 'utf8');
    assert.ok(activitySvg.includes(`>${activityTitle.slice(0, 8)}`), 'the title is text in the SVG');
    assert.match(activitySvg, />时间：\d{4}年\d{1,2}月\d{1,2}日.* \d\d:\d\d–\d\d:\d\d</);
    assert.match(activitySvg, />地点：/);
    // The course poster announces its next offering (the line may wrap into two <text> elements).
    const courseText = [...(await readFile(posters[1]!.file, 'utf8')).matchAll(/<text[^>]*>([^<]*)</g)]
      .map((match) => match[1])
      .join('');
    assert.match(courseText, /时间：\d{4}年\d{1,2}月\d{1,2}日.*\d\d:\d\d–\d\d:\d\d（共 \d+ 次课）地点：/);
  });

  it('makes a PNG of the QR code that decodes to the page URL', async () => {
    const out = join(dir, 'qr.png');
    const result = await runCli(['qr', activityId, ...base(), '--page-url', PAGE_URL, '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    const png = PNG.sync.read(await readFile(out));
    assert.ok(png.width >= 400, `large enough to print (${png.width} px)`);
    assert.equal(
      decode(new Uint8ClampedArray(png.data), png.width, png.height),
      `https://learning.example.cn/activities/${activityId}`,
    );
  });

  it('refuses a Chinese PDF poster without a CJK font, naming --font and the package to install', async () => {
    // No place to look for a font, as on a CI runner without CJK fonts, whatever this machine has installed.
    const poster = { ...latinPoster('act_Chinese0001', 'activity'), title: '太极拳公开课' };
    await assert.rejects(postersPdf([poster], 'zh-CN', { fontSearchPaths: [] }), (error: Error) => {
      assert.ok(error instanceof CliError);
      assert.match(error.message, /--font/);
      assert.match(error.message, /fonts-noto-cjk/);
      return true;
    });
    await assert.rejects(
      postersPdf([poster], 'zh-CN', { fontPath: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' }),
      /缺少这些字：太 极 拳/,
    );
  });

  it('embeds a subset of the system CJK font in a Chinese PDF poster, whose code decodes', async () => {
    const installed = CJK_FONT_PATHS.find((path) => existsSync(path));
    assert.ok(installed, 'no CJK font: scripts/setup.sh installs fonts-wqy-microhei (apt-get install it)');
    const poster = { ...latinPoster('act_Chinese0002', 'activity'), title: '太极拳公开课：零基础入门' };
    const bytes = await postersPdf([poster], 'zh-CN');
    const document = await PDFDocument.load(bytes);
    const fonts = document.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFDict => object instanceof PDFDict)
      .filter((object) => object.get(PDFName.of('Type')) === PDFName.of('Font'));
    const embedded = fonts.filter((font) => font.get(PDFName.of('Subtype')) === PDFName.of('Type0'));
    assert.equal(embedded.length, 1, 'one composite (CID) font for the Chinese text');
    // A subset: the poster's few dozen glyphs, not the font's megabytes.
    assert.ok(bytes.byteLength < 200_000, `${bytes.byteLength} bytes`);
    const image = rasterisePdfPaths(document.getPage(0));
    assert.equal(decode(image.data, image.width, image.height), poster.url);
  });

  it('without --page-url, and with no URL on the platform, says to give --page-url', async () => {
    const client = createClient({ baseUrl: sandbox.url, apiKey: sandbox.keys.publishable });
    await assert.rejects(loadPoster(client, activityId, { locale: 'en' }), (error: Error) => {
      assert.ok(error instanceof CliError);
      assert.equal(error.exitCode, 2);
      assert.match(error.message, /--page-url/);
      return true;
    });
  });

  it('refuses a --page-url that is not an absolute http(s) URL (exit 2), and writes no poster', async () => {
    for (const template of ['x', 'learning.example.cn/{kind}/{id}', 'javascript:alert(1)//{id}', '{kind}']) {
      const out = join(dir, 'bad-url.svg');
      const result = await runCli([
        'qr',
        activityId,
        ...base(),
        '--page-url',
        template,
        '--out',
        out,
        '--lang',
        'en',
      ]);
      assert.equal(result.code, 2, `${template}: ${result.stderr}`);
      assert.match(result.stderr, /--page-url must be an absolute http\(s\) URL/);
      await assert.rejects(readFile(out), `${template}: no poster written`);
    }
    assert.equal(
      pageUrl('http://127.0.0.1:8080/{kind}/{id}', 'course', 'crs_abc123', undefined),
      'http://127.0.0.1:8080/courses/crs_abc123',
    );
  });

  it('refuses to make a poster for a cancelled activity', async () => {
    assert.ok(cancelledId, 'the seed has a cancelled activity');
    const client = createClient({ baseUrl: sandbox.url, apiKey: sandbox.keys.publishable });
    await assert.rejects(
      loadPoster(client, cancelledId, { locale: 'en', pageUrl: PAGE_URL }),
      /is cancelled: no poster made/,
    );
  });

  it('lets no control character from the platform reach the terminal or a poster', async () => {
    // A title that tries to retitle the terminal window (OSC … BEL), turn its text red (CSI) and clear the
    // screen (8-bit CSI), served by the real sandbox with only that title changed on the way (a proxy): the
    // sandbox itself may refuse such a title on input, but the CLI must not trust what a platform answers.
    const hostile = 'Open day \u001b]0;X\u0007\u001b[31m red\u0085\u009b2J hall';
    const proxy = await titleRewritingProxy(sandbox.url, activityId, hostile);
    const out = join(dir, 'hostile.svg');
    const proxied = ['--api-key', sandbox.keys.publishable, '--base-url', proxy.url, '--page-url', PAGE_URL];
    const text = await runCli(['qr', activityId, ...proxied, '--out', out, '--lang', 'en']);
    const json = await runCli(['qr', activityId, ...proxied, '--out', out, '--json']);
    await proxy.close();
    assert.equal(proxy.rewritten(), 2, 'both runs got the hostile title');
    // XML 1.0 allows no C0 control but tab, LF and CR; a terminal must see no C0 or C1 control at all.
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
    for (const run of [text, json]) {
      assert.doesNotMatch(run.stdout + run.stderr, controls, 'nothing for the terminal to obey');
      assert.equal(run.signal, null);
    }
    // Either outcome keeps the data out: the title is drawn and printed cleaned, or (as @learning-city/core's
    // models refuse control characters in one-line text) the answer is refused as malformed and no poster is made.
    if (text.code === 0) {
      assert.match(text.stdout, /Open day red hall/);
      const svg = await readFile(out, 'utf8');
      assert.doesNotMatch(svg, controls, 'the SVG holds only characters XML allows');
      assert.match(svg, /<title>Open day red hall<\/title>/);
      const { posters } = JSON.parse(json.stdout) as { posters: { title: string }[] };
      assert.equal(posters[0]!.title, 'Open day red hall');
    } else {
      assert.equal(text.code, 1, text.stderr);
      assert.match(text.stderr, /^learning-city: .*does not match the model at `title`/m);
      const { error } = JSON.parse(json.stdout) as { error: { message: string } };
      assert.match(error.message, /`title`/);
      await assert.rejects(readFile(out), 'no poster written');
    }
  });

  it('draws an SVG poster free of control characters whoever calls the renderer', async () => {
    const { posterSvg } = await import('../src/qr/svg.js');
    const title = 'Open day \u001b]0;X\u0007\u001b[31m red\u0000\u0008\n hall\ufffe';
    const svg = posterSvg({ ...latinPoster('act_Direct0001', 'activity'), title }, 'en');
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    assert.doesNotMatch(svg, /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/);
    assert.match(svg, /<title>Open day red hall<\/title>/);
  });

  it('refuses a secret key (exit 2, no poster, nothing fetched with it), as credits refuses a publishable one', async () => {
    const out = join(dir, 'secret-key.svg');
    const args = ['qr', activityId, '--api-key', sandbox.keys.secret, '--base-url', sandbox.url];
    const zh = await runCli([...args, '--page-url', PAGE_URL, '--out', out]);
    assert.equal(zh.code, 2, zh.stderr);
    assert.match(zh.stderr, /^learning-city: --api-key 须为公开密钥（lc_pk_…）/);
    const json = await runCli([...args, '--page-url', PAGE_URL, '--out', out, '--json', '--lang', 'en']);
    assert.equal(json.code, 2, json.stderr);
    const { error } = JSON.parse(json.stdout) as { error: { code: string; message: string } };
    assert.equal(error.code, 'publishable_key_required');
    assert.match(error.message, /must be a publishable key/);
    await assert.rejects(readFile(out), 'no poster written');
  });

  it('refuses an unknown --lang, listing the ones it knows; zh, en-US and the like are taken', async () => {
    const out = join(dir, 'lang.svg');
    const posterIn = (lang: string) =>
      runCli(['qr', activityId, ...base(), '--page-url', PAGE_URL, '--out', out, '--lang', lang]);
    const fr = await posterIn('fr');
    assert.equal(fr.code, 2, fr.stderr);
    assert.match(fr.stderr, /--lang.*'fr'.*expected one of zh-CN, en/);
    await assert.rejects(readFile(out), 'no poster written');
    const credits = await runCli(['credits', 'validate', 'any.csv', '--lang', 'fr']);
    assert.equal(credits.code, 2, credits.stderr);
    assert.match(credits.stderr, /expected one of zh-CN, en/);
    const us = await posterIn('en-US');
    assert.equal(us.code, 0, us.stderr);
    assert.match(await readFile(out, 'utf8'), />When: /, 'English labels');
  });

  it('says its refusals in Chinese by default and in English with --lang en, like the other commands', async () => {
    const zh = await runCli(['qr', 'nope_123', ...base()]);
    assert.equal(zh.code, 2, zh.stderr);
    assert.match(zh.stderr, /“nope_123”不是课程（crs_…）或活动（act_…）编号/);
    const en = await runCli(['qr', 'nope_123', ...base(), '--lang', 'en']);
    assert.match(en.stderr, /"nope_123" is not a course \(crs_…\) or activity \(act_…\) ID/);
    const format = await runCli(['qr', activityId, ...base(), '--out', join(dir, 'x.gif')]);
    assert.equal(format.code, 2, format.stderr);
    assert.match(format.stderr, /--out 须以 \.pdf、\.svg 或 \.png 结尾/);
    const noUrl = await runCli(['qr', activityId, ...base(), '--out', join(dir, 'no-url.svg')]);
    assert.equal(noUrl.code, 2, noUrl.stderr);
    assert.match(noUrl.stderr, /平台上没有 act_\w+ 的页面网址。请用 --page-url 指定/);
  });

  it('renders a PDF page per poster, A4 portrait (Latin text needs no embedded font)', async () => {
    const posters = [latinPoster('act_Latin00001', 'activity'), latinPoster('crs_Latin00002', 'course')];
    const bytes = await postersPdf(posters, 'en');
    const document = await PDFDocument.load(bytes);
    assert.equal(document.getPageCount(), 2);
    const { width, height } = document.getPage(0).getSize();
    assert.deepEqual([Math.round(width), Math.round(height)], [595, 842]);
    // Each page's code, drawn from the PDF's own operators, decodes to its poster's URL.
    for (const [index, poster] of posters.entries()) {
      const image = rasterisePdfPaths(document.getPage(index));
      assert.equal(decode(image.data, image.width, image.height), poster.url, `page ${index + 1}`);
    }
  });
});

/**
 * A proxy to the sandbox that passes everything through, except that the activity `id`'s title in
 * `GET /v1/activities/{id}` becomes `title`: platform data the CLI must not trust.
 */
async function titleRewritingProxy(target: string, id: string, title: string) {
  let rewritten = 0;
  const server: Server = createServer((incoming, outgoing) => {
    const headers = { ...incoming.headers };
    delete headers['accept-encoding']; // plain JSON back, to rewrite
    const upstream = request(new URL(incoming.url!, target), { method: incoming.method, headers });
    upstream.on('response', (response) => {
      if (incoming.method !== 'GET' || new URL(incoming.url!, target).pathname !== `/v1/activities/${id}`) {
        outgoing.writeHead(response.statusCode!, response.headers);
        response.pipe(outgoing);
        return;
      }
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { title: string };
        activity.title = title;
        rewritten += 1;
        const body = Buffer.from(JSON.stringify(activity));
        outgoing.writeHead(response.statusCode!, {
          ...response.headers,
          'content-length': String(body.length),
        });
        outgoing.end(body);
      });
    });
    incoming.pipe(upstream);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    rewritten: () => rewritten,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
