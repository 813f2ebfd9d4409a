import type { MsgFn, StrResult, TemplateMap } from '@lit/localize';
// lit-localize's own `str` tag and join, from their module: the package entry also carries its
// page-global runtime (configureLocalization, locale events, id hashing), ≈2 KB brotli in every
// bundle that Dauys never calls, since its lookup below is per element and always by explicit id.
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { Locale } from '@dauys/schema';

export { str } from '@lit/localize/internal/str-tag.js';

type TranslatedLocale = Exclude<Locale, 'en'>;

/**
 * Translations are English in the source (the lit-localize source locale) and kk/ru in
 * generated runtime-mode modules, one pair per widget so a single-widget bundle carries only
 * its own strings. Each widget registers its modules here when its class module loads.
 */
const catalogues: Record<TranslatedLocale, TemplateMap> = { kk: {}, ru: {} };

/**
 * The locale of the element being rendered. @lit/localize keeps one locale per page; Dauys
 * needs one per element (the closest `lang`), so instead of installing a page-global msg
 * implementation (which would also clash with a host app's own lit-localize) our `msg` reads
 * the locale that the rendering element set synchronously around its render.
 */
let renderLocale: Locale = 'kk';

export function registerTranslations(translations: Partial<Record<TranslatedLocale, TemplateMap>>): void {
  for (const locale of ['kk', 'ru'] as const) {
    Object.assign(catalogues[locale], translations[locale]);
  }
}

/** Runs `fn` with `locale` as the active locale for `msg`, `plural` and date formatting. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = renderLocale;
  renderLocale = locale;
  try {
    return fn();
  } finally {
    renderLocale = previous;
  }
}

export function activeLocale(): Locale {
  return renderLocale;
}

/**
 * lit-localize's `msg` with a per-element locale. The type brand lets `lit-localize extract`
 * find the calls; always pass an explicit `{ id: '<widget>.<name>' }`. Like lit-localize's
 * runtime mode, a translated `str` template keeps the source's values: each translation holds,
 * at each place, the index of the source value that goes there (translators may reorder them).
 */
export const msg = ((template: string | StrResult, options?: { id?: string }) => {
  const translated = renderLocale === 'en' ? undefined : catalogues[renderLocale][options?.id ?? ''];
  const source = typeof template === 'string' ? undefined : template;
  if (typeof translated === 'string') return translated;
  if (translated && 'strTag' in translated && source) {
    return joinStringsAndValues(translated.strings, source.values, translated.values as number[]);
  }
  return source?.strTag ? joinStringsAndValues(source.strings, source.values) : template;
}) as MsgFn;

export interface PluralForms<T> {
  one: T;
  few?: T;
  many?: T;
  other: T;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Chooses the plural form of the active locale for `count`: Russian has one/few/many
 * (1 день, 2 дня, 5 дней, 21 день), English one/other, Kazakh nouns do not change after a
 * numeral (5 күн) so kk translations give the same word for every form.
 */
export function plural<T>(count: number, forms: PluralForms<T>): T {
  let rules = pluralRules.get(renderLocale);
  if (!rules) {
    rules = new Intl.PluralRules(renderLocale);
    pluralRules.set(renderLocale, rules);
  }
  const category = rules.select(count) as keyof PluralForms<T> | 'zero' | 'two';
  return (category in forms ? forms[category as keyof PluralForms<T>] : undefined) ?? forms.other;
}
