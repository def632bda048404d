// <lc-provider>: configures every Learning City widget inside it once.
import { defineElement } from '../shared/define.js';
import { VERSION } from '../shared/version.js';

/**
 * Holds `api-base`, `publishable-key`, `locale` and `senior` for the widgets inside it; renders its children
 * as if it were not there.
 * @summary Configures every widget inside it.
 * @tagname lc-provider
 * @attr api-base - The API server's origin, e.g. `https://api.example.cn` (the client adds `/v1`).
 * @attr publishable-key - A publishable key, `lc_pk_…` (secret keys are refused in the browser).
 * @attr locale - `zh-CN` (default) or `en`; else the nearest `lang` attribute.
 * @attr {boolean} senior - Senior mode (适老化) for every widget inside: larger text and targets, no pop-ups.
 * @example
 * <lc-provider api-base="https://api.example.cn" publishable-key="lc_pk_live_…" senior>
 *   <lc-event-calendar></lc-event-calendar>
 * </lc-provider>
 */
export class LcProvider extends (globalThis.HTMLElement ?? (class {} as typeof HTMLElement)) {
  /** The package version, named in the warning when a second copy of the widgets meets this one. */
  static version = VERSION;

  connectedCallback(): void {
    this.style.display = 'contents';
  }
}

defineElement('lc-provider', LcProvider);

declare global {
  interface HTMLElementTagNameMap {
    'lc-provider': LcProvider;
  }
}
