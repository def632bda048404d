// Locales the widgets speak: Chinese first, English second.
export type Locale = 'zh-CN' | 'en';

/** `en`, `en-US`, … → `en`; anything else → `zh-CN`. */
export function toLocale(value: string | null | undefined): Locale {
  return value && /^en\b/i.test(value) ? 'en' : 'zh-CN';
}

/** Fills `{name}` placeholders. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
}

/** A widget's strings by locale: Chinese at once, English as a chunk of its own, fetched on first use. */
export interface LocaleStrings<T> {
  /** Whether `locale`'s strings are here; else `get()` answers in Chinese until `load()` is done. */
  has(locale: Locale): boolean;
  /** Loads `locale`'s strings, once; a failed load (a dropped connection) is tried again next time. */
  load(locale: Locale): Promise<void>;
  /** The strings for `locale` (Chinese until that locale's are loaded). */
  get(locale: Locale): T;
}

/** The strings table of a widget whose English strings `loadEnglish` imports (so Chinese pages never do). */
export function localeStrings<T>(zhCN: T, loadEnglish: () => Promise<T>): LocaleStrings<T> {
  const table: Partial<Record<Locale, T>> = { 'zh-CN': zhCN };
  let english: Promise<void> | undefined;
  const has = (locale: Locale) => table[locale] !== undefined;
  return {
    has,
    load(locale) {
      if (has(locale)) return Promise.resolve();
      english ??= loadEnglish().then(
        (strings) => {
          table.en = strings;
        },
        (error: unknown) => {
          english = undefined; // try again next time
          throw error;
        },
      );
      return english;
    },
    get: (locale) => table[locale] ?? zhCN,
  };
}

/**
 * For a widget's `scheduleUpdate`: runs `update` at once when `locale`'s strings are here, else once they have
 * loaded (English is a chunk of its own, fetched only by pages that use it). When they cannot be loaded
 * (offline), it warns and updates anyway, and the widget speaks Chinese until they can.
 */
export function afterStrings(
  tag: string,
  locale: Locale,
  strings: Pick<LocaleStrings<unknown>, 'has' | 'load'>,
  update: () => void | Promise<unknown>,
): void | Promise<unknown> {
  if (strings.has(locale)) return update();
  return strings.load(locale).then(update, (error: unknown) => {
    console.warn(
      `[learning-city] <${tag}> could not load its "${locale}" strings, so it shows Chinese:`,
      error instanceof Error ? error.message : error,
    );
    return update();
  });
}
