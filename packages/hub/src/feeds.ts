import { createHash } from 'node:crypto';
import { isIsoDateTime, isRegionId, pickLocalised, type FaqEntry, type Locale } from '@dauys/schema';
import { csvLines, csvStart, toCsv, type CsvSeparator } from './csv.js';
import type { EventFilter, HubStore, SignupFilter, StoredSignup } from './store.js';

/** A response body with its strong ETag (a content hash: equal bodies, equal tags, on every process). */
export interface FeedBody {
  body: string;
  etag: string;
}

export function withEtag(body: string): FeedBody {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"` };
}

/**
 * The v1 event feed as JSON text. Stored events are joined as they are (no parse and re-encode,
 * so 50,000 events cost one string join). `generatedAt` is the time of the last import, which
 * keeps the body, and so the ETag, the same until the data changes.
 */
export async function eventFeed(store: HubStore, filter: EventFilter = {}): Promise<FeedBody> {
  const [{ updatedAt }, rows] = await Promise.all([store.feedRevision('events'), store.queryEvents(filter)]);
  return withEtag(`{"version":1,"generatedAt":${JSON.stringify(updatedAt)},"events":[${rows.join(',')}]}`);
}

/** The v1 FAQ feed; with a locale every text is that locale's (fallback active → kk → ru → en). */
export async function faqFeed(store: HubStore, locale?: Locale): Promise<FeedBody> {
  const rows = await store.listFaq();
  if (!locale) return withEtag(`{"version":1,"entries":[${rows.join(',')}]}`);
  const entries = rows.map((row) => localiseFaqEntry(JSON.parse(row) as FaqEntry, locale));
  return withEtag(JSON.stringify({ version: 1, entries }));
}

export function localiseFaqEntry(entry: FaqEntry, locale: Locale): FaqEntry {
  const out: FaqEntry = {
    id: entry.id,
    question: pickLocalised(entry.question, locale),
    answer: pickLocalised(entry.answer, locale),
  };
  if (entry.category !== undefined) out.category = pickLocalised(entry.category, locale);
  return out;
}

const KZ_OFFSET = '+05:00';

/**
 * A query bound as milliseconds: an ISO 8601 instant with offset, or a calendar date taken in
 * Kazakhstan time (UTC+5): the start of that day for `from`, its last millisecond for `to`.
 * Undefined for no value; NaN for a value that is neither.
 */
export function parseBound(value: unknown, edge: 'from' | 'to'): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return Number.NaN;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = Date.parse(`${value}T00:00:00${KZ_OFFSET}`);
    return edge === 'from' ? start : start + 86_400_000 - 1;
  }
  return isIsoDateTime(value) ? Date.parse(value) : Number.NaN;
}

/**
 * The signups filter that query parameters (`/admin/signups.csv`) or CLI flags (`export-signups`)
 * ask for; `field` names the first bad one (an unknown region, a date that does not parse).
 */
export function signupFilter(
  query: Readonly<Record<string, unknown>>,
): SignupFilter | { error: 'bad-query'; field: 'region' | 'from' | 'to' } {
  const filter: SignupFilter = {};
  if (typeof query.region === 'string' && query.region) {
    if (!isRegionId(query.region)) return { error: 'bad-query', field: 'region' };
    filter.region = query.region;
  }
  if (typeof query.partner === 'string' && query.partner) filter.partner = query.partner;
  for (const edge of ['from', 'to'] as const) {
    const ms = parseBound(query[edge], edge);
    if (Number.isNaN(ms)) return { error: 'bad-query', field: edge };
    if (ms !== undefined) filter[edge] = new Date(ms).toISOString();
  }
  return filter;
}

/**
 * The separator an export asks for (`sep` / `--sep`): `comma` (the default) or `semicolon` (for
 * Excel on Russian and Kazakh systems); `,` and `;` also work. Undefined for anything else.
 */
export function csvSeparator(value: unknown): CsvSeparator | undefined {
  if (value === undefined || value === '' || value === 'comma' || value === ',') return ',';
  if (value === 'semicolon' || value === ';') return ';';
  return undefined;
}

export const SIGNUP_CSV_COLUMNS = [
  'id',
  'received_at',
  'name',
  'phone',
  'email',
  'region',
  'locality',
  'activities',
  'languages',
  'adult',
  'consent_version',
  'consent_at',
  'newsletter',
  'partner',
  'event_id',
  'locale',
  'source_page',
  'referrer',
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
] as const;

/** One signup as the cells of its CSV row, in `SIGNUP_CSV_COLUMNS` order. */
function signupCsvCells({ id, receivedAt, consentVersion, consentAt, signup: s }: StoredSignup) {
  return [
    id,
    receivedAt,
    s.name,
    s.phone,
    s.email ?? '',
    s.region,
    s.locality ?? '',
    s.activities.join(' '),
    s.languages.join(' '),
    s.adult ? 'yes' : 'no',
    consentVersion,
    consentAt,
    s.consent.newsletter ? 'yes' : 'no',
    s.partner ?? '',
    s.eventId ?? '',
    s.locale,
    s.source.page,
    s.source.referrer ?? '',
    s.source.utm?.utm_source ?? '',
    s.source.utm?.utm_medium ?? '',
    s.source.utm?.utm_campaign ?? '',
    s.source.utm?.utm_term ?? '',
    s.source.utm?.utm_content ?? '',
  ];
}

/** Signups as CSV for Excel and LibreOffice: UTF-8 with BOM, CRLF, RFC 4180, formulas defused. */
export function signupsCsv(records: readonly StoredSignup[], separator: CsvSeparator = ','): string {
  return toCsv(SIGNUP_CSV_COLUMNS, records.map(signupCsvCells), separator);
}

/**
 * The same CSV as `signupsCsv`, byte for byte, as text pieces: the BOM and header with the first
 * page, then one piece per page. A consumer that waits before asking for the next piece (a
 * stream with backpressure) keeps one page in memory, not the export. `onRows` counts them.
 */
export async function* signupsCsvPieces(
  pages: AsyncIterable<readonly StoredSignup[]>,
  onRows: (count: number) => void = () => {},
  separator: CsvSeparator = ',',
): AsyncGenerator<string, void, undefined> {
  let start = csvStart(SIGNUP_CSV_COLUMNS, separator);
  for await (const page of pages) {
    onRows(page.length);
    yield start + csvLines(page.map(signupCsvCells), separator);
    start = '';
  }
  if (start) yield start;
}

/** JSON with keys sorted at every level: the same document always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
