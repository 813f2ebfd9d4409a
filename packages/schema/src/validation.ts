import * as v from 'valibot';
import {
  isHttpsUrl,
  isIsoDateTime,
  isIssueCode,
  type FieldIssue,
  type IssueCode,
  type ParsedItems,
  type SkippedItem,
  type Validation,
} from './common.js';
import { LOCALES } from './locale.js';
import { skippedItem } from './text-check.js';

// The valibot side of the contracts, apart from the plain types and checks in common.ts and
// locale.ts: a widget that validates without valibot (FAQ, volunteer form) never reaches this
// module, so bundlers that split by module (the CDN loader's chunks) keep valibot out of them.

export const isoDateTimeSchema = v.pipe(
  v.string('invalid-date'),
  v.trim(),
  v.check(isIsoDateTime, 'invalid-date'),
);

export const httpsUrlSchema = v.pipe(v.string('invalid-url'), v.trim(), v.check(isHttpsUrl, 'invalid-url'));

/** Maps valibot issues to field issues with our codes (first issue per field). */
export function toFieldIssues(issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
  const seen = new Map<string, FieldIssue>();
  for (const issue of issues) {
    const deepest = issue.issues?.length ? issue.issues[0] : issue;
    const path = (deepest.path ?? issue.path ?? []).map((item) => String(item.key)).join('.');
    if (seen.has(path)) continue;
    let code = deepest.message as IssueCode;
    if (deepest.kind === 'schema' && deepest.type === 'strict_object' && deepest.input !== undefined) {
      code = 'unknown-field';
    } else if (deepest.received === 'undefined' && deepest.kind === 'schema') {
      code = 'required';
    }
    seen.set(path, { field: path, code: isIssueCode(code) ? code : 'invalid' });
  }
  return [...seen.values()];
}

export function validateWith<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): Validation<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  return result.success
    ? { success: true, output: result.output }
    : { success: false, issues: toFieldIssues(result.issues) };
}

/**
 * Validates every item on its own, so one bad item never hides the good ones; `repair` may
 * offer a fixed copy of an item with issues, which is validated again.
 */
export function parseItems<S extends v.GenericSchema>(
  schema: S,
  raw: readonly unknown[],
  repair?: (item: unknown, issues: FieldIssue[]) => unknown,
): ParsedItems<v.InferOutput<S>> {
  const items: v.InferOutput<S>[] = [];
  const skipped: SkippedItem[] = [];
  raw.forEach((item, index) => {
    let result = validateWith(schema, item);
    if (!result.success && repair) {
      const repaired = repair(item, result.issues);
      if (repaired !== undefined) result = validateWith(schema, repaired);
    }
    if (result.success) items.push(result.output);
    else skipped.push(skippedItem(index, item, result.issues));
  });
  return { items, skipped };
}

/** A trimmed text of 1..`maxLength` characters. */
export const textSchema = (maxLength: number) =>
  v.pipe(v.string('invalid'), v.trim(), v.minLength(1, 'required'), v.maxLength(maxLength, 'too-long'));

/** A Localised text of at most `maxLength` characters in each language, none of them empty. */
export function localisedSchema(maxLength: number) {
  const text = textSchema(maxLength);
  return v.union(
    [
      text,
      v.pipe(
        v.object({ kk: v.optional(text), ru: v.optional(text), en: v.optional(text) }),
        v.check((value) => LOCALES.some((locale) => value[locale] !== undefined), 'required'),
      ),
    ],
    'invalid',
  );
}
