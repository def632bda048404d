// Tiny helpers for story `play` functions. They run both in Storybook and in the story tests
// (test/browser/stories.test.ts), so they use nothing but the DOM.

/** Resolves once `predicate` returns a truthy value; rejects with `message` after `timeout` ms. */
export async function waitFor<T>(
  predicate: () => T | null | undefined | false,
  message: string,
  timeout = 8000,
): Promise<T> {
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = predicate();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`Timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The first element matching `selector` inside `host`'s shadow root (or light DOM when it has none). */
export function inShadow<E extends Element = Element>(host: Element | null, selector: string): E | null {
  return (host?.shadowRoot ?? host)?.querySelector<E>(selector) ?? null;
}
