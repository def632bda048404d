// Headless Chromium for the CLI's browser checks: the repository's one launcher (scripts/chromium.ts).
export { withChromium } from '../../../../scripts/chromium.js';
