import {
  LOCALES,
  eventSchema,
  faqEntrySchema,
  validateWith,
  type CampaignEvent,
  type FaqEntry,
  type FieldIssue,
  type IssueCode,
} from '@dauys/schema';
import { CsvSyntaxError, parseCsv } from './csv.js';

/**
 * Imports of events and FAQ from a JSON feed or from CSV as a spreadsheet exports it. An import
 * is all or nothing: every row is checked, and any problem returns the full row-by-row report
 * and stores nothing.
 */

export type ImportIssueCode = IssueCode | 'duplicate' | 'unknown-column' | 'syntax' | 'not-utf8';

export interface ImportIssue {
  field: string;
  code: ImportIssueCode;
}

export interface ImportRowError {
  /** Spreadsheet row number (the header is row 1) for CSV; 1-based item number for JSON. */
  row: number;
  id?: string;
  issues: ImportIssue[];
}

export type ImportResult<T> = { ok: true; items: T[] } | { ok: false; errors: ImportRowError[] };

export type ImportFormat = 'json' | 'csv';

/**
 * A file that was not UTF-8 (Excel's plain "CSV" is Windows-1251 on a Russian or Kazakh system)
 * reaches us with U+FFFD in place of every Cyrillic letter. Stored, it would publish "���" in
 * the feeds, so it is refused, naming the line of the first broken character.
 */
function encodingError(text: string): { ok: false; errors: ImportRowError[] } | undefined {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return undefined;
  const line = text.slice(0, at).split('\n').length;
  return { ok: false, errors: [{ row: line, issues: [{ field: '', code: 'not-utf8' }] }] };
}

/** JSON when the text starts with `{` or `[`, CSV otherwise. */
export function sniffFormat(text: string): ImportFormat {
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

const LOCALISED_EVENT_FIELDS = ['title', 'description', 'locality', 'address', 'organizer'] as const;
const PLAIN_EVENT_FIELDS = [
  'id',
  'type',
  'start',
  'end',
  'region',
  'status',
  'url',
  'online_url',
  'updated_at',
];
const EVENT_COLUMNS = new Set([
  ...PLAIN_EVENT_FIELDS,
  'lat',
  'lon',
  'organizer_url',
  ...LOCALISED_EVENT_FIELDS.flatMap((field) => [field, ...LOCALES.map((l) => `${field}_${l}`)]),
]);

const LOCALISED_FAQ_FIELDS = ['question', 'answer', 'category'] as const;
const FAQ_COLUMNS = new Set([
  'id',
  ...LOCALISED_FAQ_FIELDS.flatMap((field) => [field, ...LOCALES.map((l) => `${field}_${l}`)]),
]);

/** "Title (KK)", "title-kk", "titleKk", "onlineUrl" → "title_kk", "online_url". */
export function normaliseColumn(name: string): string {
  return name
    .trim()
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s\-()[\]]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

export function importEvents(
  text: string,
  format: ImportFormat = sniffFormat(text),
): ImportResult<CampaignEvent> {
  const encoding = encodingError(text);
  if (encoding) return encoding;
  if (format === 'json') {
    const items = jsonItems(text, 'events');
    if (!Array.isArray(items)) return items;
    return validateAll(items, (item) => validateWith(eventSchema, item), 'json');
  }
  const table = csvTable(text, EVENT_COLUMNS);
  if (!Array.isArray(table)) return table;
  return validateAll(table, (record) => validateWith(eventSchema, eventFromRecord(record)), 'csv');
}

export function importFaq(text: string, format: ImportFormat = sniffFormat(text)): ImportResult<FaqEntry> {
  const encoding = encodingError(text);
  if (encoding) return encoding;
  if (format === 'json') {
    const items = jsonItems(text, 'entries');
    if (!Array.isArray(items)) return items;
    return validateAll(items, (item) => validateWith(faqEntrySchema, item), 'json');
  }
  const table = csvTable(text, FAQ_COLUMNS);
  if (!Array.isArray(table)) return table;
  return validateAll(
    table,
    (record) => {
      const entry: Record<string, unknown> = { id: record.get('id') };
      for (const field of LOCALISED_FAQ_FIELDS) entry[field] = localisedFrom(record, field);
      return validateWith(faqEntrySchema, stripUndefined(entry));
    },
    'csv',
  );
}

/** The items of a v1 feed document (or of a bare array), or a one-row error report. */
function jsonItems(
  text: string,
  key: 'events' | 'entries',
): unknown[] | { ok: false; errors: ImportRowError[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, errors: [{ row: 0, issues: [{ field: '', code: 'syntax' }] }] };
  }
  if (Array.isArray(json)) return json;
  const doc = json as Record<string, unknown> | null;
  if (doc && typeof doc === 'object' && doc.version === 1 && Array.isArray(doc[key]))
    return doc[key] as unknown[];
  const field = doc && typeof doc === 'object' && doc.version !== 1 ? 'version' : key;
  return { ok: false, errors: [{ row: 0, issues: [{ field, code: 'invalid' }] }] };
}

type CsvRecord = Map<string, string>;

/** CSV rows as column → non-empty trimmed value maps, or a report of syntax/header problems. */
function csvTable(
  text: string,
  known: ReadonlySet<string>,
): CsvRecord[] | { ok: false; errors: ImportRowError[] } {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    const line = error instanceof CsvSyntaxError ? error.line : 0;
    return { ok: false, errors: [{ row: line, issues: [{ field: '', code: 'syntax' }] }] };
  }
  if (rows.length === 0)
    return { ok: false, errors: [{ row: 1, issues: [{ field: 'id', code: 'required' }] }] };
  const header = rows[0].map(normaliseColumn);
  const unknown = header.filter((name) => name !== '' && !known.has(name));
  const issues: ImportIssue[] = unknown.map((field) => ({ field, code: 'unknown-column' }));
  if (!header.includes('id')) issues.push({ field: 'id', code: 'required' });
  if (issues.length) return { ok: false, errors: [{ row: 1, issues }] };
  return rows.slice(1).map((cells) => {
    const record: CsvRecord = new Map();
    header.forEach((name, index) => {
      const value = (cells[index] ?? '').trim();
      if (name && value !== '') record.set(name, value);
    });
    return record;
  });
}

/** `title` when the sheet has one text for all, else `{kk, ru, en}` from `title_kk` … columns. */
function localisedFrom(record: CsvRecord, field: string): unknown {
  const single = record.get(field);
  if (single !== undefined) return single;
  const perLocale: Record<string, string> = {};
  for (const locale of LOCALES) {
    const value = record.get(`${field}_${locale}`);
    if (value !== undefined) perLocale[locale] = value;
  }
  return Object.keys(perLocale).length ? perLocale : undefined;
}

function eventFromRecord(record: CsvRecord): Record<string, unknown> {
  const event: Record<string, unknown> = {
    id: record.get('id'),
    type: record.get('type'),
    start: record.get('start'),
    end: record.get('end'),
    region: record.get('region'),
    status: record.get('status'),
    url: record.get('url'),
    onlineUrl: record.get('online_url'),
    updatedAt: record.get('updated_at'),
  };
  for (const field of ['title', 'description', 'locality', 'address'] as const) {
    event[field] = localisedFrom(record, field);
  }
  const organizerName = localisedFrom(record, 'organizer');
  const organizerUrl = record.get('organizer_url');
  if (organizerName !== undefined || organizerUrl !== undefined) {
    event.organizer = stripUndefined({ name: organizerName, url: organizerUrl });
  }
  const lat = record.get('lat');
  const lon = record.get('lon');
  if (lat !== undefined || lon !== undefined) {
    // Spreadsheets in ru/kk locales write decimal commas: "51,1694".
    const num = (value: string | undefined) =>
      value === undefined ? undefined : Number(value.replace(',', '.'));
    event.location = { lat: num(lat), lon: num(lon) };
  }
  return stripUndefined(event);
}

function stripUndefined<T extends Record<string, unknown>>(object: T): T {
  for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
  return object;
}

function validateAll<I, T extends { id: string }>(
  items: readonly I[],
  validate: (item: I) => { success: true; output: T } | { success: false; issues: FieldIssue[] },
  format: ImportFormat,
): ImportResult<T> {
  const errors: ImportRowError[] = [];
  const output: T[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const row = format === 'csv' ? index + 2 : index + 1;
    const result = validate(item);
    if (!result.success) {
      const rawId = item instanceof Map ? item.get('id') : (item as { id?: unknown } | null)?.id;
      errors.push({ row, id: typeof rawId === 'string' ? rawId : undefined, issues: result.issues });
      return;
    }
    const firstRow = seen.get(result.output.id);
    if (firstRow !== undefined) {
      errors.push({ row, id: result.output.id, issues: [{ field: 'id', code: 'duplicate' }] });
      return;
    }
    seen.set(result.output.id, row);
    output.push(result.output);
  });
  return errors.length ? { ok: false, errors } : { ok: true, items: output };
}
