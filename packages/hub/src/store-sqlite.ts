import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { resolve, join } from 'node:path';
import Database from 'better-sqlite3';
import type { CampaignEvent, FaqEntry } from '@dauys/schema';
import {
  EPOCH_ISO,
  SIGNUP_PAGE_SIZE,
  auditEntry,
  collectPages,
  describeErasure,
  eventColumns,
  type ErasureResult,
  type ErasureSelector,
  type EventFilter,
  type FeedName,
  type FeedRevision,
  type HubStore,
  type InsertSignupResult,
  type NewSignup,
  type SignupFilter,
  type StoredAdminToken,
  type SignupRow,
  type StoredSignup,
  keysetPages,
  signupPageQueries,
  storedSignup,
  toUtcIso,
  tokenFingerprint,
} from './store.js';
import { migrations, SQLITE_TYPES } from './migrations.js';

const MIGRATIONS = migrations(SQLITE_TYPES);

/** The file name of the database inside the data folder. */
export const SQLITE_FILE = 'dauys.sqlite';

/**
 * SQLite through better-sqlite3, in WAL mode with `synchronous = FULL`: a transaction is on disk
 * before the call returns, so a signup answered 201 survives kill -9 and power loss, and the
 * next open recovers from the WAL by itself (no lock files to remove by hand).
 */
export function openSqliteStore(dataDir: string): HubStore {
  const folder = resolve(dataDir);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const db = new Database(join(folder, SQLITE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  // Erased signups are overwritten with zeros in the file, not just unlinked (law No. 94-V).
  db.pragma('secure_delete = ON');
  migrate(db);

  const stmts = {
    insertSignup: db.prepare(
      `INSERT INTO signups (id, idempotency_key, request_hash, received_at, region, partner, phone,
         consent_version, consent_at, data)
       VALUES (@id, @key, @hash, @receivedAt, @region, @partner, @phone, @consentVersion, @receivedAt, @data)
       ON CONFLICT (idempotency_key) DO NOTHING`,
    ),
    signupByKey: db.prepare('SELECT id, request_hash FROM signups WHERE idempotency_key = ?'),
    countSignups: db.prepare('SELECT count(*) AS n FROM signups'),
    deleteByPhone: db.prepare('DELETE FROM signups WHERE phone = ?'),
    deleteById: db.prepare('DELETE FROM signups WHERE id = ?'),
    deleteBefore: db.prepare('DELETE FROM signups WHERE received_at < ?'),
    insertAudit: db.prepare(
      'INSERT INTO audit_log (id, at, action, actor, selector, count, target) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    listAudit: db.prepare(
      'SELECT id, at, action, actor, selector, count, target FROM audit_log ORDER BY at, rowid',
    ),
    upsertEvent: db.prepare(
      `INSERT INTO events (id, region, type, start_ms, end_ms, data) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET region = excluded.region, type = excluded.type,
         start_ms = excluded.start_ms, end_ms = excluded.end_ms, data = excluded.data`,
    ),
    deleteEvents: db.prepare('DELETE FROM events'),
    deleteFaq: db.prepare('DELETE FROM faq'),
    insertFaq: db.prepare('INSERT INTO faq (id, position, data) VALUES (?, ?, ?)'),
    listFaq: db.prepare('SELECT data FROM faq ORDER BY position'),
    bumpFeed: db.prepare(
      `INSERT INTO feeds (name, revision, updated_at) VALUES (?, 1, ?)
       ON CONFLICT (name) DO UPDATE SET revision = feeds.revision + 1, updated_at = excluded.updated_at
       RETURNING revision, updated_at`,
    ),
    feedRevision: db.prepare('SELECT revision, updated_at FROM feeds WHERE name = ?'),
    addToken: db.prepare(
      'INSERT INTO admin_tokens (hash, label, created_at) VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING',
    ),
    listTokens: db.prepare('SELECT hash FROM admin_tokens'),
    listTokenRows: db.prepare(
      'SELECT hash, label, created_at AS createdAt FROM admin_tokens ORDER BY created_at, hash',
    ),
    deleteToken: db.prepare('DELETE FROM admin_tokens WHERE hash = ?'),
  };

  const bump = (name: FeedName): FeedRevision => {
    const row = stmts.bumpFeed.get(name, new Date().toISOString()) as {
      revision: number;
      updated_at: string;
    };
    return { revision: row.revision, updatedAt: row.updated_at };
  };

  const saveEvents = db.transaction((events: readonly CampaignEvent[], mode: 'merge' | 'replace') => {
    if (mode === 'replace') stmts.deleteEvents.run();
    for (const event of events) {
      const { startMs, endMs } = eventColumns(event);
      stmts.upsertEvent.run(event.id, event.region, event.type, startMs, endMs, JSON.stringify(event));
    }
    return bump('events');
  });

  const saveFaq = db.transaction((entries: readonly FaqEntry[]) => {
    stmts.deleteFaq.run();
    entries.forEach((entry, position) => stmts.insertFaq.run(entry.id, position, JSON.stringify(entry)));
    return bump('faq');
  });

  const erase = db.transaction((selector: ErasureSelector, actor: string): ErasureResult => {
    const { action, selector: kind } = describeErasure(selector);
    const { changes } =
      'phone' in selector
        ? stmts.deleteByPhone.run(selector.phone)
        : 'id' in selector
          ? stmts.deleteById.run(selector.id)
          : stmts.deleteBefore.run(toUtcIso(selector.receivedBefore));
    const auditId = randomUUID();
    stmts.insertAudit.run(auditId, new Date().toISOString(), action, actor, kind, changes, null);
    return { deleted: changes, auditId };
  });

  const addToken = db.transaction((hash: string, label: string, actor: string): void => {
    const at = new Date().toISOString();
    if (stmts.addToken.run(hash, label, at).changes === 0) return;
    // Created tokens are named by their fingerprint: `selector` says so.
    stmts.insertAudit.run(randomUUID(), at, 'token-created', actor, 'fingerprint', 1, tokenFingerprint(hash));
  });

  const revokeToken = db.transaction((hash: string, actor: string, selector: string): boolean => {
    if (stmts.deleteToken.run(hash).changes === 0) return false;
    const at = new Date().toISOString();
    stmts.insertAudit.run(randomUUID(), at, 'token-revoked', actor, selector, 1, tokenFingerprint(hash));
    return true;
  });

  async function* signupPages(
    filter: SignupFilter = {},
    pageSize = SIGNUP_PAGE_SIZE,
  ): AsyncGenerator<StoredSignup[], void, undefined> {
    const queries = signupPageQueries(filter, 'id, received_at, consent_version, consent_at, data');
    const { params } = queries;
    const first = db.prepare(queries.first);
    const next = db.prepare(queries.next);
    yield* keysetPages<SignupRow>(
      pageSize,
      (last) =>
        (last
          ? next.all(...params, last.received_at, last.id, pageSize)
          : first.all(...params, pageSize)) as SignupRow[],
      storedSignup,
    );
  }

  let closed = false;

  return {
    engine: 'sqlite',
    location: folder,

    async ping() {
      if (closed) throw new Error('store closed');
      db.prepare('SELECT 1').get();
    },

    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },

    async insertSignup(input: NewSignup): Promise<InsertSignupResult> {
      const { signup } = input;
      const info = stmts.insertSignup.run({
        id: input.id,
        key: input.idempotencyKey,
        hash: input.requestHash,
        receivedAt: input.receivedAt,
        region: signup.region,
        partner: signup.partner ?? null,
        phone: signup.phone,
        consentVersion: signup.consent.textVersion,
        data: JSON.stringify(signup),
      });
      if (info.changes === 1) return { created: true, id: input.id };
      const row = stmts.signupByKey.get(input.idempotencyKey) as { id: string; request_hash: string };
      return { created: false, id: row.id, requestHash: row.request_hash };
    },

    async listSignups(filter: SignupFilter = {}): Promise<StoredSignup[]> {
      return collectPages(signupPages(filter));
    },

    signupPages,

    async countSignups() {
      return (stmts.countSignups.get() as { n: number }).n;
    },

    async eraseSignups(selector, actor) {
      const result = erase(selector, actor);
      // The WAL still holds the old pages until a checkpoint: fold it in and truncate it now.
      if (result.deleted > 0) db.pragma('wal_checkpoint(TRUNCATE)');
      return result;
    },

    async listAudit() {
      return (stmts.listAudit.all() as Parameters<typeof auditEntry>[0][]).map(auditEntry);
    },

    async saveEvents(events, mode) {
      return saveEvents(events, mode);
    },

    async queryEvents(filter: EventFilter = {}) {
      const { where, params, add } = conditions();
      const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');
      if (filter.regions?.length) add(`region IN (${marks(filter.regions)})`, ...filter.regions);
      if (filter.types?.length) add(`type IN (${marks(filter.types)})`, ...filter.types);
      if (filter.fromMs !== undefined) add('end_ms >= ?', filter.fromMs);
      if (filter.toMs !== undefined) add('start_ms <= ?', filter.toMs);
      const sql = `SELECT data FROM events ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY start_ms, id`;
      return (
        db
          .prepare(sql)
          .pluck()
          .all(...params) as string[]
      ).slice();
    },

    async saveFaq(entries) {
      return saveFaq(entries);
    },

    async listFaq() {
      return stmts.listFaq.pluck().all() as string[];
    },

    async feedRevision(name) {
      const row = stmts.feedRevision.get(name) as { revision: number; updated_at: string } | undefined;
      return row
        ? { revision: row.revision, updatedAt: row.updated_at }
        : { revision: 0, updatedAt: EPOCH_ISO };
    },

    async addAdminTokenHash(hash, label, actor = 'cli') {
      addToken(hash, label, actor);
    },

    async listAdminTokenHashes() {
      return stmts.listTokens.pluck().all() as string[];
    },

    async listAdminTokens() {
      return stmts.listTokenRows.all() as StoredAdminToken[];
    },

    async revokeAdminToken(hash, actor, selector) {
      return revokeToken(hash, actor, selector);
    },
  };
}

/** WHERE clauses and their parameters, collected in order. */
function conditions() {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  return { where, params, add };
}

function migrate(db: Database.Database): void {
  db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`,
  );
  const apply = db.transaction(() => {
    const done = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    MIGRATIONS.forEach((sql, index) => {
      const version = index + 1;
      if (done.has(version)) return;
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        version,
        new Date().toISOString(),
      );
    });
  });
  // IMMEDIATE takes the write lock first, so two processes opening the same folder do not race.
  apply.immediate();
}
