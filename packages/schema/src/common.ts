import * as v from 'valibot';

/**
 * Validation messages are codes, not prose: the widgets turn them into kk/ru/en sentences and
 * the hub returns them as they are, so both sides speak the same words.
 */
export type IssueCode =
  | 'required'
  | 'invalid'
  | 'too-long'
  | 'too-short'
  | 'invalid-phone'
  | 'invalid-email'
  | 'invalid-url'
  | 'invalid-date'
  | 'invalid-region'
  | 'must-accept'
  | 'unknown-field'
  | 'end-before-start';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `consent.personalData`; '' for the whole document. */
  field: string;
  code: IssueCode;
}

const ISO_DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO 8601 date-time with an explicit offset (`2026-03-15T07:00:00+05:00`). */
export function isIsoDateTime(value: string): boolean {
  return ISO_DATE_TIME_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value));
}

export const isoDateTimeSchema = v.pipe(
  v.string('invalid-date'),
  v.trim(),
  v.check(isIsoDateTime, 'invalid-date'),
);

/** True for an absolute https URL: only these become links in the widgets. */
export function isHttpsUrl(value: string): boolean {
  if (value.length > 2048) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

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

/** Every IssueCode, for readers of issues that came over the network (e.g. a 422 body). */
export const ISSUE_CODES: ReadonlySet<string> = new Set<string>([
  'required',
  'invalid',
  'too-long',
  'too-short',
  'invalid-phone',
  'invalid-email',
  'invalid-url',
  'invalid-date',
  'invalid-region',
  'must-accept',
  'unknown-field',
  'end-before-start',
]);
export const isIssueCode = (code: unknown): code is IssueCode =>
  typeof code === 'string' && ISSUE_CODES.has(code);

/** The outcome of validating one document: the typed value, or field issues. */
export type Validation<T> = { success: true; output: T } | { success: false; issues: FieldIssue[] };

export function validateWith<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): Validation<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  return result.success
    ? { success: true, output: result.output }
    : { success: false, issues: toFieldIssues(result.issues) };
}

/** An item of a feed that was left out, with why: widgets warn with it, imports report it. */
export interface SkippedItem {
  index: number;
  id?: string;
  issues: FieldIssue[];
}

export interface ParsedItems<T> {
  items: T[];
  skipped: SkippedItem[];
}

/**
 * Validates every item on its own, so one bad item never hides the good ones. `fast`, when
 * given, may vouch for an item with the schema's exact output (a quicker check of the common
 * well-formed case); items it returns undefined for go through the schema.
 */
export function parseItems<S extends v.GenericSchema>(
  schema: S,
  raw: readonly unknown[],
  repair?: (item: unknown, issues: FieldIssue[]) => unknown,
  fast?: (item: unknown) => v.InferOutput<S> | undefined,
): ParsedItems<v.InferOutput<S>> {
  const items: v.InferOutput<S>[] = [];
  const skipped: SkippedItem[] = [];
  raw.forEach((item, index) => {
    const vouched = fast?.(item);
    if (vouched !== undefined) {
      items.push(vouched);
      return;
    }
    let result = validateWith(schema, item);
    if (!result.success && repair) {
      const repaired = repair(item, result.issues);
      if (repaired !== undefined) result = validateWith(schema, repaired);
    }
    if (result.success) items.push(result.output);
    else {
      const id = (item as { id?: unknown } | null)?.id;
      skipped.push({ index, id: typeof id === 'string' ? id : undefined, issues: result.issues });
    }
  });
  return { items, skipped };
}
