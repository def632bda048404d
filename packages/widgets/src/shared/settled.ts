// The height a widget reserves (shared/styles.ts, and the page's :not(:defined) rules) holds from before it is
// defined until its first data, empty result or error has rendered; then the widget takes its own height, so a
// short state ("no courses found", an error) leaves no blank space below it. Signalled with a custom state,
// `:state(settled)`, set once and kept: later loads keep whatever height the widget has. Browsers without
// custom states (before Chrome 125, Safari 17.4, Firefox 126) keep the reserve, as before.

/** The custom state name, for the stylesheet and tests. */
export const SETTLED = 'settled';

/**
 * Marks `internals`' element settled. `internals` is the element's own ElementInternals (an element can attach
 * them once: a form-associated widget passes the ones it has). Safe to call on every update.
 */
export function markSettled(internals: ElementInternals | null | undefined): void {
  const states = internals?.states;
  if (!states || states.has(SETTLED)) return;
  try {
    states.add(SETTLED);
  } catch {
    // Chromium 90–124 accepted only `--dashed` names and throws here: the reserve stays, as it did before.
  }
}

/** The element's ElementInternals where the browser has them (not in Node or old browsers). */
export function internalsOf(element: HTMLElement): ElementInternals | null {
  return typeof element.attachInternals === 'function' ? element.attachInternals() : null;
}
