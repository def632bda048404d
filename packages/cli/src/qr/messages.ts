// What `qr` says when it refuses or fails, in Simplified Chinese first and English second.
import type { Locale } from '@learning-city/core';

export interface QrMessages {
  /** `--api-key` is not a publishable key. */
  notPublishableKey: string;
  badFormat(out: string): string;
  badId(id: string): string;
  badPageUrl(url: string): string;
  noPageUrl(id: string): string;
  cancelled(id: string, title: string): string;
  fontUnreadable(path: string, detail: string): string;
  fontMissingGlyphs(path: string, characters: string): string;
  noCjkFont: string;
}

const PAGE_URL_EXAMPLE = '--page-url "https://learning.example.cn/{kind}/{id}"';

const zh: QrMessages = {
  notPublishableKey:
    '--api-key 须为公开密钥（lc_pk_…）：海报只读取公开的课程和活动，密钥（lc_sk_…）只应留在服务器上。未生成海报。 / --api-key must be a publishable key (lc_pk_…).',
  badFormat: (out) => `--out 须以 .pdf、.svg 或 .png 结尾（收到 ${out}）`,
  badId: (id) => `“${id}”不是课程（crs_…）或活动（act_…）编号`,
  badPageUrl: (url) =>
    `--page-url 填入 {kind} 和 {id} 后须为完整的 http(s) 网址，例如 "https://learning.example.cn/{kind}/{id}"；收到 "${url}"。`,
  noPageUrl: (id) => `平台上没有 ${id} 的页面网址。请用 --page-url 指定，例如 ${PAGE_URL_EXAMPLE}。`,
  cancelled: (id, title) => `活动 ${id}（${title}）已取消，未生成海报。`,
  fontUnreadable: (path, detail) => `无法读取字体 ${path}：${detail}`,
  fontMissingGlyphs: (path, characters) => `字体 ${path} 缺少这些字：${characters}；请换一个含中文的字体。`,
  noCjkFont:
    '含中文的 PDF 海报须嵌入中文字体，但没有找到。请用 --font <file.ttf|.otf|.ttc> 指定，或安装一个' +
    '（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk 或 fonts-wqy-microhei）。SVG 海报（--out posters.svg）不需要字体。',
};

const en: QrMessages = {
  notPublishableKey:
    '--api-key must be a publishable key (lc_pk_…): posters read only public courses and activities, and a secret key (lc_sk_…) belongs on a server. No poster was made. / --api-key 须为公开密钥（lc_pk_…）。',
  badFormat: (out) => `--out must end in .pdf, .svg or .png (got ${out})`,
  badId: (id) => `"${id}" is not a course (crs_…) or activity (act_…) ID`,
  badPageUrl: (url) =>
    `--page-url must be an absolute http(s) URL once {kind} and {id} are filled in, e.g. "https://learning.example.cn/{kind}/{id}"; got "${url}".`,
  noPageUrl: (id) =>
    `The platform has no page URL for ${id}. Give one with --page-url, e.g. ${PAGE_URL_EXAMPLE}.`,
  cancelled: (id, title) => `Activity ${id} (${title}) is cancelled: no poster made.`,
  fontUnreadable: (path, detail) => `Cannot read the font ${path}: ${detail}`,
  fontMissingGlyphs: (path, characters) =>
    `The font ${path} has no glyph for ${characters}; give a font with Chinese characters.`,
  noCjkFont:
    'A PDF poster with Chinese text needs a Chinese font to embed, and none was found. Pass one with ' +
    '--font <file.ttf|.otf|.ttc>, or install one (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk, or ' +
    'fonts-wqy-microhei). An SVG poster (--out posters.svg) needs no font.',
};

export function qrMessages(locale: Locale): QrMessages {
  return locale === 'en' ? en : zh;
}
