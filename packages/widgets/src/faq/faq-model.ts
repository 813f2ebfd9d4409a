import { allLocalisedText, pickLocalised, type Locale, type Localised } from '@dauys/schema';
import { foldForSearch, matchesAllTerms } from '../core/text-search.js';

/** A category of questions: `key` is stable across locales, `label` is in the active locale. */
export interface FaqCategory {
  key: string;
  label: string;
}

/** One question as the accordion shows it, in one locale. */
export interface FaqItem {
  id: string;
  question: string;
  /** Plain text of the answer, for search and the JSON-LD fallback. */
  answerText: string;
  category?: FaqCategory;
  /** Open before any user action (`<details open>`). */
  initiallyOpen?: boolean;
}

/** The key of a Localised category: the same in every locale, so a chosen chip survives a switch. */
export function categoryKey(value: Localised): string {
  return typeof value === 'string' ? value.trim() : allLocalisedText(value).trim();
}

export function toCategory(value: Localised | undefined | null, locale: Locale): FaqCategory | undefined {
  if (value == null) return undefined;
  const label = pickLocalised(value, locale).trim();
  return label ? { key: categoryKey(value), label } : undefined;
}

/** The categories in the order they first appear. */
export function collectCategories(items: readonly FaqItem[]): FaqCategory[] {
  const seen = new Map<string, FaqCategory>();
  for (const item of items) {
    if (item.category && !seen.has(item.category.key)) seen.set(item.category.key, item.category);
  }
  return [...seen.values()];
}

/** The text an item is searched in: question and answer, folded once. */
export function searchIndex(item: FaqItem): string {
  return foldForSearch(`${item.question}\n${item.answerText}`);
}

export interface FaqFilter {
  terms: readonly string[];
  /** Chosen category keys; empty means every category. */
  categories: ReadonlySet<string>;
}

/** The items a visitor sees for a search and a set of chosen categories. */
export function filterItems<T extends FaqItem>(
  items: readonly T[],
  filter: FaqFilter,
  index: (item: T) => string = searchIndex,
): T[] {
  return items.filter(
    (item) =>
      (filter.categories.size === 0 || (item.category && filter.categories.has(item.category.key))) &&
      (filter.terms.length === 0 || matchesAllTerms(index(item), filter.terms)),
  );
}

/** The entry id in a `#faq-<id>` hash, or undefined for any other hash. */
export function idFromHash(hash: string): string | undefined {
  let value = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    value = decodeURIComponent(value);
  } catch {
    return undefined;
  }
  return value.startsWith('faq-') && value.length > 4 ? value.slice(4) : undefined;
}

/** The deep link of an entry on `pageUrl`: the page without its hash, plus `#faq-<id>`. */
export function deepLink(pageUrl: string, id: string): string {
  const url = new URL(pageUrl);
  url.hash = `faq-${encodeURIComponent(id)}`;
  return url.href;
}

/** The id of a light-DOM `<details id>`: a leading `faq-` is the deep-link prefix, not the id. */
export function idFromElementId(elementId: string): string {
  const id = elementId.trim();
  return id.startsWith('faq-') && id.length > 4 ? id.slice(4) : id;
}

/** Which header gets focus for a key, APG accordion style (wrapping); undefined for other keys. */
export function nextHeaderIndex(current: number, key: string, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** The open set after a visitor toggles `id`: with `multiple` others stay, otherwise they close. */
export function toggleOpen(
  open: ReadonlySet<string>,
  id: string,
  multiple: boolean,
  force?: boolean,
): Set<string> {
  const willOpen = force ?? !open.has(id);
  if (!willOpen) {
    const next = new Set(open);
    next.delete(id);
    return next;
  }
  return multiple ? new Set(open).add(id) : new Set([id]);
}

/** True when an answer has markup (or entities) and so needs the sanitiser; else it is text. */
export function hasMarkup(text: string): boolean {
  return /[<&]/.test(text);
}

export interface JsonLdQuestion {
  question: string;
  /** The answer as text or as the small HTML subset search engines read. */
  answer: string;
}

/**
 * One schema.org FAQPage document, serialised for a `<script type="application/ld+json">`:
 * `<`, `>` and `&` are escaped as \u003c, \u003e, \u0026 so no answer can close the script.
 */
export function faqPageJsonLd(questions: readonly JsonLdQuestion[], locale: Locale): string {
  const doc = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: locale,
    mainEntity: questions.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
  return JSON.stringify(doc)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A short excerpt of `text` around the first match of any term (with … where it was cut), to
 * show why a closed question matched a search; undefined when nothing matches.
 */
export function matchExcerpt(text: string, terms: readonly string[], radius = 60): string | undefined {
  const folded = foldForSearch(text);
  let first = -1;
  let length = 0;
  for (const term of terms) {
    const at = folded.indexOf(term);
    if (at !== -1 && (first === -1 || at < first)) {
      first = at;
      length = term.length;
    }
  }
  if (first === -1) return undefined;
  let start = Math.max(0, first - radius);
  let end = Math.min(text.length, first + length + radius);
  // Cut at spaces so no word is split.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (start > first) start = first;
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first + length) end = space;
  }
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
