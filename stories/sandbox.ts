// Where stories find the sandbox. In the story tests (web-test-runner) the page carries
// window.__LC_SANDBOX__; under `npm run storybook` the sandbox that script starts listens on 4010 with seed 1.
export interface StorySandbox {
  /** The API base, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** A publishable key (`lc_pk_test_…`). */
  publishableKey: string;
}

const injected = (globalThis as { __LC_SANDBOX__?: StorySandbox }).__LC_SANDBOX__;
// Storybook (Vite) exposes STORYBOOK_* variables; scripts/storybook.ts sets them to the sandbox it starts.
const env = (import.meta as { env?: Record<string, string | undefined> }).env;

export const sandbox: StorySandbox = injected ?? {
  url: env?.STORYBOOK_LC_SANDBOX_URL ?? 'http://127.0.0.1:4010',
  // keysForSeed(1).publishable of @learning-city/sandbox: `npx learning-city-sandbox` (seed 1, port 4010).
  publishableKey: env?.STORYBOOK_LC_SANDBOX_KEY ?? 'lc_pk_test_sbx1_8a4c9957a6062b17c5f4df08',
};

/** Magic keys of the sandbox for states that are hard to reach otherwise. */
export const MAGIC_KEYS = {
  /** Every request waits 10 s before it is answered: the loading state. */
  slow: 'lc_pk_test_slow',
  /** Responses carry a malformed field (a course's or activity's `title` is a number): the error state. */
  malformed: 'lc_pk_test_malformed',
  /** Every request answers 429 with Retry-After: 1. */
  rateLimited: 'lc_pk_test_ratelimited',
} as const;

/** An API base where nothing listens: the offline / connection-error state. */
export const UNREACHABLE_API = 'http://127.0.0.1:9';
