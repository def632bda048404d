// Headless Chromium for tests and benches: puppeteer-core drives the system's Chromium (nothing is downloaded),
// with the flags the closed network needs (/work/shared/TOOLCHAIN.md) and a fresh profile removed afterwards.
// Honours CHROME_PATH, falls back to /usr/bin/chromium.
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

const profiles = new WeakMap<Browser, string>();

/** `args`: extra Chromium flags (e.g. `--enable-thread-instruction-count` for a bench's trace). */
export async function launchChromium(
  options: { protocolTimeout?: number; args?: string[] } = {},
): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}: install it (apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'lc-chromium-'));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    ...(options.protocolTimeout ? { protocolTimeout: options.protocolTimeout } : {}),
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${userDataDir}`,
      ...(options.args ?? []),
    ],
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
