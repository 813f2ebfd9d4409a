import type { CampaignEvent, EventType, FaqEntry, RegionId, Signup } from '@dauys/schema';

/**
 * The one small storage interface of the hub. Two engines implement it for real: SQLite
 * (embedded default, `store-sqlite.ts`) and PostgreSQL (`store-postgres.ts`). Both behave the
 * same; the test suite runs against both.
 *
 * Everything the hub keeps lives here, so hub processes are stateless apart from the database
 * (the per-IP rate limit is the one exception, and it is per process by design).
 */
export interface HubStore {
  readonly engine: 'sqlite' | 'postgres';
  /** Where the data is, without secrets: a folder, or a URL with the password removed. */
  readonly location: string;

  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;

  /**
   * Stores a signup once per idempotency key. A unique constraint on the key decides under
   * concurrency: exactly one caller gets `created: true`; the others get the stored row back.
   */
  insertSignup(input: NewSignup): Promise<InsertSignupResult>;
  /** Every signup the filter selects, ordered by time of receipt then id (small sets: tests, tools). */
  listSignups(filter?: SignupFilter): Promise<StoredSignup[]>;
  /**
   * The same signups in the same order, a page at a time (keyset pagination on
   * `(received_at, id)`): each page is one short indexed query, nothing holds the database
   * between pages, and memory stays flat however many signups there are. Signups received while
   * the pages are read appear when they sort after the current page.
   */
  signupPages(filter?: SignupFilter, pageSize?: number): AsyncGenerator<StoredSignup[], void, undefined>;
  countSignups(): Promise<number>;
  /**
   * Deletes one person's signups (by phone or id), or every signup received before an instant
   * (end of the retention period), and writes an audit entry without personal data.
   */
  eraseSignups(selector: ErasureSelector, actor: string): Promise<ErasureResult>;
  listAudit(): Promise<AuditEntry[]>;

  /** Saves events in one transaction: `merge` upserts by id, `replace` makes them the whole feed. */
  saveEvents(events: readonly CampaignEvent[], mode: 'merge' | 'replace'): Promise<FeedRevision>;
  /** Events as stored JSON texts, ordered by start then id. */
  queryEvents(filter?: EventFilter): Promise<string[]>;
  /** Replaces the FAQ (an ordered document) in one transaction. */
  saveFaq(entries: readonly FaqEntry[]): Promise<FeedRevision>;
  /** FAQ entries as stored JSON texts, in their order. */
  listFaq(): Promise<string[]>;
  /** A counter bumped by every save, with the time of that save: feeds cache and date by it. */
  feedRevision(feed: FeedName): Promise<FeedRevision>;

  /**
   * Stores an admin token hash (hex SHA-256, from `dauys-hub create-token`) and writes an audit
   * entry naming its fingerprint (never the token or its label). Storing a hash again does nothing.
   */
  addAdminTokenHash(hash: string, label: string, actor?: string): Promise<void>;
  /** The hashes only: read by the server on every admin request, so a revocation counts at once. */
  listAdminTokenHashes(): Promise<string[]>;
  /** Stored admin tokens with their labels and creation times, oldest first. */
  listAdminTokens(): Promise<StoredAdminToken[]>;
  /**
   * Deletes the token with this hash and, when there was one, writes an audit entry naming its
   * fingerprint (never the token or its label). False when no token had this hash.
   */
  revokeAdminToken(hash: string, actor: string, selector: 'fingerprint' | 'label'): Promise<boolean>;
}

export interface StoredAdminToken {
  /** Hex SHA-256 of the token. */
  hash: string;
  label: string;
  /** ISO 8601 UTC. */
  createdAt: string;
}

/** Rows per page of `signupPages` (about 1 MB of signups). */
export const SIGNUP_PAGE_SIZE = 1000;

/** Any ISO 8601 instant in the UTC form both engines store and compare (`…T…Z`, milliseconds). */
export function toUtcIso(value: string | Date): string {
  return new Date(value).toISOString();
}

/** A `signups` row as both engines read it, its times already in UTC ISO form. */
export interface SignupRow {
  id: string;
  received_at: string;
  consent_version: string;
  consent_at: string;
  data: string;
}

export function storedSignup(row: SignupRow): StoredSignup {
  return {
    id: row.id,
    receivedAt: row.received_at,
    consentVersion: row.consent_version,
    consentAt: row.consent_at,
    signup: JSON.parse(row.data),
  };
}

/** The WHERE conditions a signup filter makes, each with one `?` for its value, in order. */
function signupConditions(filter: SignupFilter): [sql: string, value: unknown][] {
  const conditions: [string, unknown][] = [];
  if (filter.region) conditions.push(['region = ?', filter.region]);
  if (filter.partner) conditions.push(['partner = ?', filter.partner]);
  if (filter.from) conditions.push(['received_at >= ?', toUtcIso(filter.from)]);
  if (filter.to) conditions.push(['received_at <= ?', toUtcIso(filter.to)]);
  return conditions;
}

/**
 * The two queries of `signupPages`, their placeholders written by `placeholder(1, 2, …)` (`?` by
 * default). `first` takes `[...params, pageSize]`; `next`, the page after the previous page's
 * last row, takes `[...params, lastReceivedAt, lastId, pageSize]`. A row comparison walks the
 * `(received_at, id)` index from just after that row; `cursorCast` types its first value.
 */
export function signupPageQueries(
  filter: SignupFilter,
  columns: string,
  placeholder: (index: number) => string = () => '?',
  cursorCast = '',
): { params: unknown[]; first: string; next: string } {
  const conditions = signupConditions(filter);
  const where = conditions.map(([sql], index) => sql.replace('?', placeholder(index + 1)));
  const n = conditions.length;
  const select = (after: string[], limit: string) =>
    `SELECT ${columns} FROM signups WHERE ${[...where, ...after].join(' AND ') || 'TRUE'}
     ORDER BY received_at, id LIMIT ${limit}`;
  return {
    params: conditions.map(([, value]) => value),
    first: select([], placeholder(n + 1)),
    next: select(
      [`(received_at, id) > (${placeholder(n + 1)}${cursorCast}, ${placeholder(n + 2)})`],
      placeholder(n + 3),
    ),
  };
}

/**
 * Keyset pagination for `signupPages`: `read(undefined)` gives the first page, `read(last)` the
 * page after the last row of the previous one; a short page is the last.
 */
export async function* keysetPages<R>(
  pageSize: number,
  read: (last: R | undefined) => R[] | Promise<R[]>,
  map: (row: R) => StoredSignup,
): AsyncGenerator<StoredSignup[], void, undefined> {
  let rows = await read(undefined);
  while (rows.length > 0) {
    const last = rows[rows.length - 1];
    yield rows.map(map);
    if (rows.length < pageSize) return;
    rows = await read(last);
  }
}

/** All pages of `signupPages` as one list. */
export async function collectPages<T>(pages: AsyncIterable<readonly T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

export type FeedName = 'events' | 'faq';

export interface FeedRevision {
  revision: number;
  /** ISO 8601 UTC; the epoch when nothing was ever saved. */
  updatedAt: string;
}

export interface NewSignup {
  id: string;
  idempotencyKey: string;
  /** SHA-256 of the canonical request body: tells a replay from another body under the same key. */
  requestHash: string;
  signup: Signup;
  /** Server time of receipt, ISO 8601 UTC; also the time consent was given. */
  receivedAt: string;
}

export type InsertSignupResult =
  { created: true; id: string } | { created: false; id: string; requestHash: string };

export interface StoredSignup {
  id: string;
  receivedAt: string;
  consentVersion: string;
  consentAt: string;
  signup: Signup;
}

export interface SignupFilter {
  region?: RegionId;
  partner?: string;
  /** Inclusive lower bound on the time of receipt (ISO 8601). */
  from?: string;
  /** Inclusive upper bound on the time of receipt (ISO 8601). */
  to?: string;
}

export type ErasureSelector = { phone: string } | { id: string } | { receivedBefore: string };

/** What an erasure is called in the audit log: a request by a person, or the retention period. */
export function describeErasure(selector: ErasureSelector): Pick<AuditEntry, 'action' | 'selector'> {
  if ('phone' in selector) return { action: 'erasure', selector: 'phone' };
  if ('id' in selector) return { action: 'erasure', selector: 'id' };
  return { action: 'retention', selector: 'received-before' };
}

export interface ErasureResult {
  deleted: number;
  auditId: string;
}

/** An audit entry: what was done, when, by whom (a role, never a person's data), how many rows. */
export interface AuditEntry {
  id: string;
  at: string;
  /**
   * `erasure`: on a person's request; `retention`: the retention period ended;
   * `token-created` / `token-revoked`: an admin token was stored (`dauys-hub create-token`) or
   * revoked (`dauys-hub revoke-token`).
   */
  action: 'erasure' | 'retention' | 'token-created' | 'token-revoked';
  actor: string;
  /**
   * Which kind of selector was used; the phone number or id itself is never kept. For a token:
   * whether the operator named it by fingerprint or by label.
   */
  selector: 'phone' | 'id' | 'received-before' | 'fingerprint' | 'label';
  count: number;
  /** For a token: its fingerprint (first 8 hex digits of its hash). */
  target?: string;
}

/** An audit row as both engines read it: `target` is only there when it has a value. */
export function auditEntry(row: Omit<AuditEntry, 'target'> & { target?: string | null }): AuditEntry {
  const { target, ...entry } = row;
  return target == null ? entry : { ...entry, target };
}

/** A token's short public name: the first 8 hex digits of its SHA-256 hash (never the token). */
export function tokenFingerprint(hash: string): string {
  return hash.slice(0, 8);
}

export interface EventFilter {
  regions?: readonly RegionId[];
  types?: readonly EventType[];
  /** Events that end (or start, when they have no end) at or after this instant (ms). */
  fromMs?: number;
  /** Events that start at or before this instant (ms). */
  toMs?: number;
}

export const EPOCH_ISO = new Date(0).toISOString();

/** The columns a stored event is filtered by, from the event itself. */
export function eventColumns(event: CampaignEvent) {
  const startMs = Date.parse(event.start);
  const endMs = event.end === undefined ? startMs : Date.parse(event.end);
  return { startMs, endMs };
}

export interface StoreOptions {
  /** PostgreSQL connection string; when set the PostgreSQL engine is used. */
  databaseUrl?: string;
  /** Folder of the embedded SQLite database (default `./.dauys-data`). */
  dataDir?: string;
  /** PostgreSQL schema to use (created when missing); tests give each run its own. */
  pgSchema?: string;
}

/** Opens the engine the options ask for: PostgreSQL with a URL, else SQLite in a folder. */
export async function openStore(options: StoreOptions = {}): Promise<HubStore> {
  if (options.databaseUrl) {
    const { openPostgresStore } = await import('./store-postgres.js');
    return openPostgresStore(options.databaseUrl, { schema: options.pgSchema });
  }
  const { openSqliteStore } = await import('./store-sqlite.js');
  return openSqliteStore(options.dataDir ?? './.dauys-data');
}

/** A connection string without its password, for printing. */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
