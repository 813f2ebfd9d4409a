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

/** True for an absolute https URL: only these become links in the widgets. */
export function isHttpsUrl(value: string): boolean {
  if (value.length > 2048) return false;
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
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
