import * as v from 'valibot';
import type { FieldIssue, IssueCode, ParsedItems } from './common.js';
import { LOCALES, type Locale } from './locale.js';
import { localisedSchema } from './validation.js';

export const FAQ_LIMITS = { id: 100, question: 500, answer: 20_000, category: 100 } as const;

/** Ids end up in `#faq-<id>` deep links and element ids, so they are kept URL- and id-safe. */
const FAQ_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * The contract of one entry, for the hub's imports and the JSON Schema files. Widgets read
 * feeds with `parseFaqEntries` below, which gives the same entries and issues without valibot
 * (a FAQ bundle is smaller by it; faq.test.ts checks the two agree on fuzzed input).
 */
export const faqEntrySchema = v.object({
  id: v.pipe(
    v.string('invalid'),
    v.trim(),
    v.minLength(1, 'required'),
    v.maxLength(FAQ_LIMITS.id, 'too-long'),
    v.regex(FAQ_ID, 'invalid'),
  ),
  question: localisedSchema(FAQ_LIMITS.question),
  /** May hold a small HTML subset (p, a, ul/ol/li, strong, em, br); widgets sanitise it. */
  answer: localisedSchema(FAQ_LIMITS.answer),
  category: v.optional(localisedSchema(FAQ_LIMITS.category)),
});

export type FaqEntry = v.InferOutput<typeof faqEntrySchema>;

export const faqFeedSchema = v.object({
  version: v.literal(1, 'invalid'),
  entries: v.array(v.unknown(), 'invalid'),
});

export interface FaqFeed {
  version: 1;
  entries: FaqEntry[];
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => !!value && typeof value === 'object';

/** The schema's text pipe: a trimmed string of 1..max characters, else an issue. */
function text(value: unknown, max: number, field: string, issues: FieldIssue[]): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : undefined;
  const code: IssueCode | undefined =
    trimmed === undefined
      ? value === undefined
        ? 'required'
        : 'invalid'
      : !trimmed
        ? 'required'
        : trimmed.length > max
          ? 'too-long'
          : undefined;
  if (!code) return trimmed;
  issues.push({ field, code });
}

/** `localisedSchema(max)`: a text, or `{ kk?, ru?, en? }` texts with at least one given. */
function localised(value: unknown, max: number, field: string, issues: FieldIssue[]) {
  if (!isObject(value)) return text(value, max, field, issues);
  const out: Partial<Record<Locale, string>> = {};
  const inner: FieldIssue[] = [];
  for (const locale of LOCALES) {
    if (!(locale in value)) continue;
    const item = value[locale];
    // A value of another type fails the object and the text alike: one issue for the field.
    if (item !== undefined && typeof item !== 'string') return void issues.push({ field, code: 'invalid' });
    out[locale] = item === undefined ? item : (text(item, max, `${field}.${locale}`, inner) ?? item);
  }
  if (!LOCALES.some((locale) => out[locale] !== undefined)) inner.push({ field, code: 'required' });
  if (!inner.length) return out;
  issues.push(...inner);
}

/** One entry as the schema outputs it (trimmed, unknown keys dropped), or its field issues. */
function faqEntry(raw: unknown, issues: FieldIssue[]): FaqEntry | undefined {
  if (!isObject(raw)) return void issues.push({ field: '', code: 'invalid' });
  const id = text(raw.id, FAQ_LIMITS.id, 'id', issues);
  if (id !== undefined && !FAQ_ID.test(id)) issues.push({ field: 'id', code: 'invalid' });
  const entry = {
    id,
    question: localised(raw.question, FAQ_LIMITS.question, 'question', issues),
    answer: localised(raw.answer, FAQ_LIMITS.answer, 'answer', issues),
  } as FaqEntry;
  if ('category' in raw) {
    entry.category =
      raw.category === undefined
        ? undefined
        : localised(raw.category, FAQ_LIMITS.category, 'category', issues);
  }
  return issues.length ? undefined : entry;
}

/** Validates each entry on its own: one bad entry never hides the good ones. */
export function parseFaqEntries(raw: readonly unknown[]): ParsedItems<FaqEntry> {
  const result: ParsedItems<FaqEntry> = { items: [], skipped: [] };
  raw.forEach((item, index) => {
    const found: FieldIssue[] = [];
    const entry = faqEntry(item, found);
    if (entry) return result.items.push(entry);
    // The first issue of each field, as the hub reports them.
    const issues = found.filter(
      (issue, at) => found.findIndex((other) => other.field === issue.field) === at,
    );
    const id = (item as { id?: unknown } | null)?.id;
    result.skipped.push({ index, id: typeof id === 'string' ? id : undefined, issues });
  });
  return result;
}

/** Reads a FAQ feed: throws when it is not a v1 feed; skips (and lists) malformed entries. */
export function parseFaqFeed(json: unknown): FaqFeed & { skipped: ParsedItems<FaqEntry>['skipped'] } {
  if (!isObject(json) || json.version !== 1 || !Array.isArray(json.entries)) {
    throw new Error('Not a Dauys FAQ feed (expected {"version": 1, "entries": [...]}).');
  }
  const { items, skipped } = parseFaqEntries(json.entries);
  return { version: 1, entries: items, skipped };
}
