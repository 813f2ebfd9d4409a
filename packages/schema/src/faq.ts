import * as v from 'valibot';
import type { FieldIssue, ParsedItems } from './common.js';
import { checkLocalised, checkText, firstPerField, skippedItem } from './text-check.js';
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

/** One entry as the schema outputs it (trimmed, unknown keys dropped), or its field issues. */
function faqEntry(raw: unknown, issues: FieldIssue[]): FaqEntry | undefined {
  if (!isObject(raw)) return void issues.push({ field: '', code: 'invalid' });
  const id = checkText(raw.id, FAQ_LIMITS.id, 'id', issues);
  if (id !== undefined && !FAQ_ID.test(id)) issues.push({ field: 'id', code: 'invalid' });
  const entry = {
    id,
    question: checkLocalised(raw.question, FAQ_LIMITS.question, 'question', issues),
    answer: checkLocalised(raw.answer, FAQ_LIMITS.answer, 'answer', issues),
  } as FaqEntry;
  if ('category' in raw) {
    entry.category =
      raw.category === undefined
        ? undefined
        : checkLocalised(raw.category, FAQ_LIMITS.category, 'category', issues);
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
    result.skipped.push(skippedItem(index, item, firstPerField(found)));
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
