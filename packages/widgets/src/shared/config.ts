// Widget configuration: attributes on the element, else on the nearest enclosing <lc-provider>.
import { createTransport, type Transport } from '@learning-city/core';
import { toLocale, type Locale } from './locale.js';

/** The attributes every widget understands. */
export const CONFIG_ATTRIBUTES = ['api-base', 'publishable-key', 'locale', 'senior'] as const;

export interface WidgetConfig {
  apiBase: string | null;
  publishableKey: string | null;
  locale: Locale;
  senior: boolean;
}

/** Reads one attribute from the element, then from the closest `<lc-provider>` around it. */
function read(element: Element, name: string): string | null {
  if (element.hasAttribute(name)) return element.getAttribute(name);
  const provider = element.closest('lc-provider');
  return provider?.hasAttribute(name) ? provider.getAttribute(name) : null;
}

/** The configuration in effect for `element`. */
export function readConfig(element: Element): WidgetConfig {
  const senior = read(element, 'senior');
  return {
    apiBase: read(element, 'api-base'),
    publishableKey: read(element, 'publishable-key'),
    locale: toLocale(read(element, 'locale') ?? element.closest('[lang]')?.getAttribute('lang')),
    senior: senior !== null && senior !== 'false',
  };
}

const transports = new Map<string, Transport>();

/** One transport per API base and key, shared by every widget on the page. */
export function transportFor(config: WidgetConfig): Transport {
  if (!config.apiBase || !config.publishableKey) {
    throw new Error('Set api-base and publishable-key on the widget or on an enclosing <lc-provider>.');
  }
  const cacheKey = `${config.apiBase} ${config.publishableKey}`;
  let transport = transports.get(cacheKey);
  if (!transport) {
    transport = createTransport({ baseUrl: config.apiBase, apiKey: config.publishableKey });
    transports.set(cacheKey, transport);
  }
  return transport;
}
