// The system Chromium and the flags every headless run here needs (the closed network, a container: see
// /work/shared/TOOLCHAIN.md), in plain JavaScript so web-test-runner.config.js and scripts/chromium.ts share
// them. Honours CHROME_PATH, falls back to /usr/bin/chromium.
import { existsSync } from 'node:fs';

/** Flags for every headless Chromium the tests and benches start (a profile folder is added by each). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium to run; throws, saying how to install it, when there is none. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}: install it (apt-get install -y chromium) or set CHROME_PATH.`);
  }
  return path;
}
