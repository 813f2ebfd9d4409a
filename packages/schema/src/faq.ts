import * as v from 'valibot';
import { parseItems, type ParsedItems } from './common.js';
import { localisedSchema } from './locale.js';

export const FAQ_LIMITS = { id: 100, question: 500, answer: 20_000, category: 100 } as const;

export const faqEntrySchema = v.object({
  // Ids end up in `#faq-<id>` deep links and element ids, so they are kept URL- and id-safe.
  id: v.pipe(
    v.string('invalid'),
    v.trim(),
    v.minLength(1, 'required'),
    v.maxLength(FAQ_LIMITS.id, 'too-long'),
    v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'invalid'),
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

export function parseFaqEntries(raw: readonly unknown[]): ParsedItems<FaqEntry> {
  return parseItems(faqEntrySchema, raw);
}

/** Reads a FAQ feed: throws when it is not a v1 feed; skips (and lists) malformed entries. */
export function parseFaqFeed(json: unknown): FaqFeed & { skipped: ParsedItems<FaqEntry>['skipped'] } {
  const result = v.safeParse(faqFeedSchema, json);
  if (!result.success) throw new Error('Not a Dauys FAQ feed (expected {"version": 1, "entries": [...]}).');
  const { items, skipped } = parseFaqEntries(result.output.entries);
  return { version: 1, entries: items, skipped };
}
