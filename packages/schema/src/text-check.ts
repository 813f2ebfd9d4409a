import type { FieldIssue, IssueCode, SkippedItem } from './common.js';
import { LOCALES, type Locale, type Localised } from './locale.js';

// `localisedSchema`'s checks (validation.ts) written out without valibot, for the readers of
// feeds that ship in widget bundles (event.ts, faq.ts): the same output, or the same issues in
// the same order, as `toFieldIssues` reports valibot's; and how a feed lists a skipped item.

/**
 * valibot's code for a value of the wrong type: its message, or 'required' when it reports
 * having received "undefined" (undefined itself, or an object whose prototype's constructor
 * is named so: valibot names what it received by that constructor).
 */
const typeIssue = (value: unknown, code: IssueCode): IssueCode =>
  value === undefined ||
  // An object or a function (not a primitive, not null).
  (Object(value) === value &&
    (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name ===
      'undefined')
    ? 'required'
    : code;

/**
 * False once a document has a value of the wrong type or lacks a required key (since the last
 * `startTypeCheck`): valibot's dataset is then untyped and a schema's last checks (an event's
 * end before its start) are not run. Texts too short or too long leave it typed.
 */
let typed = true;

export function startTypeCheck(): void {
  typed = true;
}

export function isTyped(): boolean {
  return typed;
}

/** An issue for a value of the wrong type (a schema issue, in valibot's words). */
export function wrongType(issues: FieldIssue[], field: string, value: unknown, code: IssueCode): undefined {
  typed = false;
  issues.push({ field, code: typeIssue(value, code) });
  return undefined;
}

/** A trimmed text of 1..max characters (`textSchema(max)`). */
export function checkText(
  value: unknown,
  max: number,
  field: string,
  issues: FieldIssue[],
): string | undefined {
  if (typeof value !== 'string') return wrongType(issues, field, value, 'invalid');
  const trimmed = value.trim();
  if (!trimmed) issues.push({ field, code: 'required' });
  else if (trimmed.length > max) issues.push({ field, code: 'too-long' });
  else return trimmed;
}

/**
 * `localisedSchema(max)`: a text, or an object of `kk`/`ru`/`en` texts with one at least;
 * undefined exactly when it adds issues.
 */
export function checkLocalised(
  value: unknown,
  max: number,
  field: string,
  issues: FieldIssue[],
): Localised | undefined {
  if (typeof value === 'string') return checkText(value, max, field, issues);
  // Neither a text nor an object: the union's issue, named after its first option's.
  if (!value || typeof value !== 'object') return wrongType(issues, field, value, 'invalid');
  const object = value as Record<string, unknown>;
  const out: Partial<Record<Locale, string>> = {};
  const inner: FieldIssue[] = [];
  for (const locale of LOCALES) {
    if (!(locale in object)) continue;
    const item = object[locale];
    // A value of another type fails both options: one issue for the field, as for a number.
    if (item !== undefined && typeof item !== 'string') return wrongType(issues, field, value, 'invalid');
    out[locale] = item === undefined ? item : (checkText(item, max, `${field}.${locale}`, inner) ?? item);
  }
  if (!inner.length && !LOCALES.some((locale) => out[locale] !== undefined)) {
    inner.push({ field, code: 'required' });
  }
  if (!inner.length) return out;
  issues.push(...inner);
}

/** The first issue of each field, as `toFieldIssues` reports valibot's (and the hub answers). */
export function firstPerField(issues: FieldIssue[]): FieldIssue[] {
  return issues.filter((issue, at) => issues.findIndex((other) => other.field === issue.field) === at);
}

/** A feed item left out: its position, its id when it has a text one, and why. */
export function skippedItem(index: number, item: unknown, issues: FieldIssue[]): SkippedItem {
  const id = (item as { id?: unknown } | null)?.id;
  return { index, id: typeof id === 'string' ? id : undefined, issues };
}
