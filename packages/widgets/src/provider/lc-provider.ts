// <lc-provider>: configures every Learning City widget inside it once.
import { defineElement } from '../shared/define.js';

/**
 * Holds `api-base`, `publishable-key`, `locale` and `senior` for the widgets inside it; renders its children
 * as if it were not there.
 * @summary Configures every widget inside it.
 * @example
 * <lc-provider api-base="https://api.example.cn" publishable-key="lc_pk_live_…" senior>
 *   <lc-event-calendar></lc-event-calendar>
 * </lc-provider>
 */
export class LcProvider extends (globalThis.HTMLElement ?? (class {} as typeof HTMLElement)) {
  connectedCallback(): void {
    this.style.display = 'contents';
  }
}

defineElement('lc-provider', LcProvider);
