// Widget configuration: the element's own (properties set from script first, then attributes), else the
// nearest enclosing <lc-provider>'s attributes.
import { createTransport, type Transport } from '@learning-city/core';
import { toLocale, type Locale } from './locale.js';

/** The attributes every widget understands. */
export const CONFIG_ATTRIBUTES = ['api-base', 'publishable-key', 'locale', 'senior'] as const;

type ConfigAttribute = (typeof CONFIG_ATTRIBUTES)[number];

export interface WidgetConfig {
  apiBase: string | null;
  publishableKey: string | null;
  locale: Locale;
  senior: boolean;
}

/** The property a widget may declare for each attribute (Lit reactive properties, reflected). */
const PROPERTY_OF: Record<ConfigAttribute, 'apiBase' | 'publishableKey' | 'locale' | 'senior'> = {
  'api-base': 'apiBase',
  'publishable-key': 'publishableKey',
  locale: 'locale',
  senior: 'senior',
};

/** What Lit keeps about a declared reactive property (the part read here). */
interface DeclaredProperty {
  attribute?: boolean | string;
  type?: unknown;
}

/** `name` as an attribute value: `null` when absent; an empty string counts as absent, except for `senior`. */
function attributeValue(element: Element, name: ConfigAttribute): string | null {
  const value = element.getAttribute(name);
  return value === '' && name !== 'senior' ? null : value;
}

/**
 * The element's own setting for `name`, as its attribute would say it, or `null` when it has none (then the
 * provider's applies).
 *
 * A property set from script reaches its attribute only in the update that reflects it, so until then the
 * property speaks: a declared (Lit) reactive property of that attribute whose value is not what the attribute
 * says was assigned since. One that still matches its attribute (a default such as `senior = false` with no
 * attribute, or one Lit set from the attribute) says nothing more than the attribute. Only declared properties
 * are read: a getter of the same name that itself reads the configuration must not be called from here.
 */
function own(element: Element, name: ConfigAttribute): string | null {
  const declared = (element.constructor as { elementProperties?: Map<PropertyKey, DeclaredProperty> })
    .elementProperties;
  const property = PROPERTY_OF[name];
  const options = declared?.get(property);
  if (options && (options.attribute ?? true) !== false) {
    const attribute = typeof options.attribute === 'string' ? options.attribute : property.toLowerCase();
    if (attribute === name) {
      const value: unknown = (element as unknown as Record<string, unknown>)[property];
      if (options.type === Boolean) {
        if (typeof value === 'boolean' && value !== element.hasAttribute(name)) return value ? '' : null;
      } else if ((value ?? null) !== element.getAttribute(name)) {
        return typeof value === 'string' && value !== '' ? value : null;
      }
    }
  }
  return attributeValue(element, name);
}

/** One setting: the element's own (see `own`), then the closest `<lc-provider>`'s attribute. */
function read(element: Element, name: ConfigAttribute): string | null {
  const value = own(element, name);
  if (value !== null) return value;
  const provider = element.closest('lc-provider');
  return provider ? attributeValue(provider, name) : null;
}

/**
 * The configuration in effect for `element`: its own properties set from script (in the same update, before
 * their attributes reflect them), then its attributes, then those of the closest `<lc-provider>`; the locale
 * last from the nearest `lang`. An empty `api-base`, `publishable-key` or `locale` counts as unset.
 */
export function readConfig(element: Element): WidgetConfig {
  const senior = read(element, 'senior');
  return {
    apiBase: read(element, 'api-base'),
    publishableKey: read(element, 'publishable-key'),
    locale: toLocale(read(element, 'locale') ?? element.closest('[lang]')?.getAttribute('lang')),
    senior: senior !== null && senior !== 'false',
  };
}

/** Whether two configurations talk to the same API with the same key (else a widget loads again). */
export function sameSource(a: WidgetConfig, b: WidgetConfig): boolean {
  return a.apiBase === b.apiBase && a.publishableKey === b.publishableKey;
}

/** Widgets whose `senior` the provider set (not the page). */
const seniorFromProvider = new WeakSet<Element>();

/**
 * The `size` of a select: in senior mode (适老化) a list box showing up to 8 options, so choosing opens no
 * pop-up; otherwise `undefined` (a drop-down). Bind with `size=${ifDefined(listSize(senior, n))}`.
 */
export function listSize(senior: boolean, options: number): number | undefined {
  return senior ? Math.min(options, 8) : undefined;
}

/**
 * A provider's senior mode shows on each widget inside as the widget's own `senior` (its `:host([senior])`
 * styles), and is taken back when the provider drops it, e.g. a page's "关怀版" switch turned off. Call in
 * `willUpdate`; answers the senior mode in effect. (A widget the page made senior itself stays so.)
 */
export function syncSenior(element: Element & { senior: boolean }): boolean {
  const provider = element.closest('lc-provider');
  const value = provider ? attributeValue(provider, 'senior') : null;
  const providerSays = value !== null && value !== 'false';
  if (seniorFromProvider.has(element)) {
    if (!providerSays) {
      seniorFromProvider.delete(element);
      element.senior = false;
    }
  } else if (providerSays && !element.senior) {
    seniorFromProvider.add(element);
    element.senior = true;
  }
  return element.senior;
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
