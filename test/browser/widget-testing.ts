// What the browser tests share: the sandbox's address, polling, shadow-root queries, keyboard focus, typing and
// clicking as a user does, the sandbox's test helpers, and axe. Test files import it; it is no test itself.
import type { Activity, Registration } from '@learning-city/core';
import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type * as Axe from 'axe-core';
import 'axe-core/axe.min.js';

/** A Lit element (or any element with Lit's `updateComplete`): what typing and clicking wait for. */
type UpdatingElement = Element & { readonly updateComplete: Promise<unknown> };

/**
 * The seeded sandbox the test runner started (web-test-runner.config.js): its URL and publishable key, as a
 * partner's page would have them.
 */
export const sandbox = (window as unknown as { __LC_SANDBOX__: { url: string; publishableKey: string } })
  .__LC_SANDBOX__;

/** `fetch` as the page had it before any test wrapped `window.fetch`. */
const pageFetch = window.fetch.bind(window);

/**
 * Polls `probe` every 20 ms until it answers something truthy, and answers that.
 * @param message what was awaited, for the error after `timeout` ms
 * @example const dialog = await until(() => $(element, 'dialog[open]'), 'the dialog opens');
 */
export async function until<T>(
  probe: () => T | null | undefined | false,
  message?: string,
  timeout = 8000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(message ? `timed out: ${message}` : 'timed out waiting');
    await aTimeout(20);
  }
}

/** The first element matching `selector` in `host`'s shadow root, or null. */
export function $<E extends Element = HTMLElement>(host: Element, selector: string): E | null {
  return host.shadowRoot!.querySelector<E>(selector);
}

/** Every element matching `selector` in `host`'s shadow root. */
export function $$<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...host.shadowRoot!.querySelectorAll<E>(selector)];
}

/** The focused element, through shadow roots. */
export function deepActive(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/**
 * Presses Tab, as a keyboard user does, until `predicate` holds for the focused element; answers that element.
 * @param presses how many times at the most before it fails
 */
export async function tabUntil(
  predicate: (element: HTMLElement) => boolean,
  presses = 40,
): Promise<HTMLElement> {
  for (let i = 0; i < presses; i++) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (active && predicate(active)) return active;
  }
  throw new Error(`Tab never reached the element; last: ${deepActive()?.outerHTML.slice(0, 120)}`);
}

/** Types `value` into the field named `name` in `host`'s shadow root (input, then change), and waits for the update. */
export async function type(host: UpdatingElement, name: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(host, `[name='${name}']`);
  if (!input) throw new Error(`no field ${name}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await host.updateComplete;
}

/** Clicks the element matching `selector` in `host`'s shadow root, and waits for the update. */
export async function click(host: UpdatingElement, selector: string): Promise<void> {
  const target = $(host, selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await host.updateComplete;
}

/**
 * A fresh activity from the sandbox's test helper (through the test server, which adds the secret key); it
 * starts about a week from the real clock. Uses the page's own fetch, so a test that wraps `window.fetch` does
 * not see it.
 */
export async function createActivity(body: {
  capacity?: number;
  waitlistCapacity?: number;
  requiresResidentId?: boolean;
  title?: string;
}): Promise<Activity> {
  const response = await pageFetch('/__sandbox/v1/test-helpers/activities', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(body),
  });
  expect(response.ok, await response.clone().text()).to.equal(true);
  return (await response.json()) as Activity;
}

/** Every registration the sandbox holds for an activity (its test helper, with the secret key). */
export async function registrationsOf(activityId: string): Promise<Registration[]> {
  const response = await pageFetch(`/__sandbox/v1/test-helpers/activities/${activityId}/registrations`);
  return ((await response.json()) as { data: Registration[] }).data;
}

/** axe's rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA, and no others (no best practices). */
export const WCAG_22_AA: Axe.RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
};

/**
 * Runs axe (axe-core in this page) on `root` and fails with each violation's rule id, targets and failure
 * summary when there is any.
 * @param options axe's run options; without them, axe's default rules (WCAG A/AA and best practices) and
 *   WCAG 2.2's target size (2.5.8), which axe leaves off by default.
 * @example await expectNoAxeViolations(element.shadowRoot!.querySelector('.calendar')!);
 * @example await expectNoAxeViolations(canvas, WCAG_22_AA, 'axe violations in the story');
 */
export async function expectNoAxeViolations(
  root: Element,
  options: Axe.RunOptions = { rules: { 'target-size': { enabled: true } } },
  message = 'axe violations',
): Promise<void> {
  const axe = (window as unknown as { axe: typeof Axe }).axe;
  const { violations } = await axe.run(root, options);
  const summary = violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes
        .map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`.trim())
        .join('; ')}`,
  );
  // chai shows an array as `[ Array(1) ]`: the summary goes into the message to be read.
  expect(summary, [message, ...summary].join('\n')).to.deep.equal([]);
}
