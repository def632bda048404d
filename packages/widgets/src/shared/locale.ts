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

/**
 * For a widget's `scheduleUpdate`: runs `update` at once when `locale`'s strings are here, else once they have
 * loaded (English is a chunk of its own, fetched only by pages that use it). When they cannot be loaded
 * (offline), it warns and updates anyway, and the widget speaks Chinese until they can.
 */
export function afterStrings(
  tag: string,
  locale: Locale,
  strings: { has(locale: Locale): boolean; load(locale: Locale): Promise<void> },
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
