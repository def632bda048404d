// Headless Chromium for tests and benches: puppeteer-core drives the system's Chromium (nothing is downloaded),
// with the flags the closed network needs (chromium-options.js) and a fresh profile removed afterwards.
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium-options.js';

const profiles = new WeakMap<Browser, string>();

export async function launchChromium(options: { protocolTimeout?: number } = {}): Promise<Browser> {
  const executablePath = chromiumPath();
  const userDataDir = mkdtempSync(join(tmpdir(), 'lc-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    ...(options.protocolTimeout ? { protocolTimeout: options.protocolTimeout } : {}),
    args: ['--headless=new', ...CHROMIUM_FLAGS, `--user-data-dir=${userDataDir}`],
  });
  profiles.set(browser, userDataDir);
  return browser;
}

/** Closes Chromium, waits for it to exit, and removes its profile folder. */
export async function closeChromium(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  const child = browser.process();
  const exited = child && child.exitCode === null ? once(child, 'exit') : Promise.resolve();
  await browser.close();
  await exited;
  rmSync(profiles.get(browser)!, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

/** Runs `use` with a fresh Chromium, closed afterwards whatever happens. */
export async function withChromium<T>(
  use: (browser: Browser) => Promise<T>,
  options: { protocolTimeout?: number } = {},
): Promise<T> {
  const browser = await launchChromium(options);
  try {
    return await use(browser);
  } finally {
    await closeChromium(browser);
  }
}
