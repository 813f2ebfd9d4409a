/** The three languages of Dauys: Kazakh (default), Russian, English. */
export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text given in one language for all, or per locale: `"Астана"` or `{ kk: "…", ru: "…" }`. */
export type Localised = string | { kk?: string; ru?: string; en?: string };

/** The order in which a missing translation is replaced, after the active locale. */
export const LOCALE_FALLBACK: readonly Locale[] = ['kk', 'ru', 'en'];

/** A Localised value in `locale`, falling back active → kk → ru → en; '' when there is none. */
export function pickLocalised(value: Localised | undefined | null, locale: Locale): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  for (const candidate of [locale, ...LOCALE_FALLBACK]) {
    const text = value[candidate];
    if (typeof text === 'string' && text.trim() !== '') return text;
  }
  return '';
}

/** Every language a Localised value has, joined: for search indexes that match in any language. */
export function allLocalisedText(value: Localised | undefined | null): string {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  return LOCALES.map((locale) => value[locale] ?? '').join('\n');
}
