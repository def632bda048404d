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

/** A non-empty string property of the element, or `null`. */
function own(element: Element, name: 'apiBase' | 'publishableKey' | 'locale'): string | null {
  const value = (element as Partial<Record<typeof name, unknown>>)[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The configuration in effect for `element`: its own properties (set from script, they reach the attributes
 * only after the update that reflects them), then its attributes, then those of the closest `<lc-provider>`.
 */
export function readConfig(element: Element): WidgetConfig {
  const senior = read(element, 'senior');
  return {
    apiBase: own(element, 'apiBase') ?? read(element, 'api-base'),
    publishableKey: own(element, 'publishableKey') ?? read(element, 'publishable-key'),
    locale: toLocale(
      own(element, 'locale') ?? read(element, 'locale') ?? element.closest('[lang]')?.getAttribute('lang'),
    ),
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
