// <lc-provider>: configures every Learning City widget inside it once.
import { CONFIG_ATTRIBUTES } from '../shared/config.js';
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

  static observedAttributes = [...CONFIG_ATTRIBUTES];

  connectedCallback(): void {
    this.style.display = 'contents';
  }

  /**
   * A changed setting reaches the widgets inside at once: each updates with it (a page's "关怀版" switch, a
   * language menu, a key set after load).
   */
  attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
    if (before === after) return;
    for (const element of this.querySelectorAll('*')) {
      if (element.localName.startsWith('lc-') && 'requestUpdate' in element) {
        (element as Element & { requestUpdate(): void }).requestUpdate();
      }
    }
  }
}

defineElement('lc-provider', LcProvider);

declare global {
  interface HTMLElementTagNameMap {
    'lc-provider': LcProvider;
  }
}
