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
