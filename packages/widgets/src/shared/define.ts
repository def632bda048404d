// Registers custom elements safely: a second copy of the bundle on the page warns instead of throwing.
import { VERSION } from './version.js';

const warned = new Set<string>();

/**
 * Defines `tag` unless it is already defined (e.g. two copies of the CDN bundle), and does nothing where
 * there is no `customElements` (Node, server rendering).
 * @example defineElement('lc-event-calendar', EventCalendar);
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
    return;
  }
  if (existing === element || warned.has(tag)) return;
  warned.add(tag);
  const other = (existing as { version?: string }).version ?? 'unknown';
  console.warn(
    `[learning-city] <${tag}> is already defined (version ${other}); this copy (${VERSION}) was not registered. ` +
      'Load the Learning City widgets once per page.',
  );
}
