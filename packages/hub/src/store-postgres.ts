import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { CampaignEvent, FaqEntry } from '@dauys/schema';
import {
  EPOCH_ISO,
  SIGNUP_PAGE_SIZE,
  auditEntry,
  collectPages,
  describeErasure,
  eventColumns,
  redactDatabaseUrl,
  tokenFingerprint,
  type AuditEntry,
  type EventFilter,
  type FeedName,
  type FeedRevision,
  type HubStore,
  type InsertSignupResult,
  type SignupFilter,
  type SignupRow,
  type StoredSignup,
  keysetPages,
  signupPageQueries,
  storedSignup,
  toUtcIso as iso,
} from './store.js';

import { migrations, POSTGRES_TYPES } from './migrations.js';

const MIGRATIONS = migrations(POSTGRES_TYPES);

/** A `signups` row as `pg` reads it: times as Dates, and the keyset cursor. */
interface PostgresSignupRow extends Omit<SignupRow, 'received_at' | 'consent_at'> {
  received_at: Date;
  /** `received_at` as PostgreSQL prints it: microseconds kept, so the next page starts exactly. */
  cursor_at: string;
  consent_at: Date;
}

/** Any number: the advisory lock that serialises migrations across hub processes. */
const MIGRATION_LOCK = 0x64617579; // "dauy"

/**
 * PostgreSQL through `pg` (a pool of connections). Migrations run in one transaction under an
 * advisory lock, so several hubs may start at once against the same database.
 */
export async function openPostgresStore(
  databaseUrl: string,
  options: { schema?: string } = {},
): Promise<HubStore> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error('bad schema name');
  if (schema) {
    const setup = new pg.Client({ connectionString: databaseUrl });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on('error', () => {});

  const tx = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };

  await tx(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await migrate(client);
  }).catch(async (error: Error & { code?: string }) => {
    await pool.end().catch(() => {});
    // 42501 insufficient_privilege: since PostgreSQL 15 only the database's owner may create
    // tables in `public`, so a user made with a bare `createuser` meets this on the first start.
    if (error.code !== '42501') throw error;
    throw new Error(
      `${error.message}: the DATABASE_URL user cannot create the hub's tables; make it the owner of the database (createdb --owner USER DB, or ALTER DATABASE DB OWNER TO USER)`,
      { cause: error },
    );
  });

  async function migrate(client: pg.PoolClient) {
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL)',
    );
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((row) => row.version));
    for (const [index, sql] of MIGRATIONS.entries()) {
      if (done.has(index + 1)) continue;
      await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, now())', [
        index + 1,
      ]);
    }
  }

  const bump = async (client: pg.PoolClient, name: FeedName): Promise<FeedRevision> => {
    const { rows } = await client.query<{ revision: number; updated_at: Date }>(
      `INSERT INTO feeds (name, revision, updated_at) VALUES ($1, 1, now())
       ON CONFLICT (name) DO UPDATE SET revision = feeds.revision + 1, updated_at = now()
       RETURNING revision, updated_at`,
      [name],
    );
    return { revision: rows[0].revision, updatedAt: iso(rows[0].updated_at) };
  };

  async function* signupPages(
    filter: SignupFilter = {},
    pageSize = SIGNUP_PAGE_SIZE,
  ): AsyncGenerator<StoredSignup[], void, undefined> {
    const { params, first, next } = signupPageQueries(
      filter,
      'id, received_at, received_at::text AS cursor_at, consent_version, consent_at, data',
      (index) => `$${index}`,
      '::timestamptz',
    );
    yield* keysetPages<PostgresSignupRow>(
      pageSize,
      async (last) =>
        (
          await (last
            ? pool.query<PostgresSignupRow>(next, [...params, last.cursor_at, last.id, pageSize])
            : pool.query<PostgresSignupRow>(first, [...params, pageSize]))
        ).rows,
      (row) => storedSignup({ ...row, received_at: iso(row.received_at), consent_at: iso(row.consent_at) }),
    );
  }

  let closed = false;

  return {
    engine: 'postgres',
    location: redactDatabaseUrl(databaseUrl) + (schema ? ` (schema ${schema})` : ''),

    async ping() {
      await pool.query('SELECT 1');
    },

    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },

    async insertSignup(input): Promise<InsertSignupResult> {
      const { signup } = input;
      const inserted = await pool.query(
        `INSERT INTO signups (id, idempotency_key, request_hash, received_at, region, partner, phone,
           consent_version, consent_at, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $4, $9)
         ON CONFLICT (idempotency_key) DO NOTHING
         RETURNING id`,
        [
          input.id,
          input.idempotencyKey,
          input.requestHash,
          input.receivedAt,
          signup.region,
          signup.partner ?? null,
          signup.phone,
          signup.consent.textVersion,
          JSON.stringify(signup),
        ],
      );
      if (inserted.rowCount === 1) return { created: true, id: input.id };
      // The conflicting row is committed (ON CONFLICT waited for it), so this read sees it.
      const { rows } = await pool.query<{ id: string; request_hash: string }>(
        'SELECT id, request_hash FROM signups WHERE idempotency_key = $1',
        [input.idempotencyKey],
      );
      if (!rows[0]) throw new Error('idempotency row vanished (erased concurrently)');
      return { created: false, id: rows[0].id, requestHash: rows[0].request_hash };
    },

    async listSignups(filter: SignupFilter = {}): Promise<StoredSignup[]> {
      return collectPages(signupPages(filter));
    },

    signupPages,

    async countSignups() {
      const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM signups');
      return Number(rows[0].n);
    },

    async eraseSignups(selector, actor) {
      return tx(async (client) => {
        const { action, selector: kind } = describeErasure(selector);
        const result =
          'phone' in selector
            ? await client.query('DELETE FROM signups WHERE phone = $1', [selector.phone])
            : 'id' in selector
              ? await client.query('DELETE FROM signups WHERE id = $1', [selector.id])
              : await client.query('DELETE FROM signups WHERE received_at < $1', [
                  iso(selector.receivedBefore),
                ]);
        const deleted = result.rowCount ?? 0;
        const auditId = randomUUID();
        await client.query(
          'INSERT INTO audit_log (id, at, action, actor, selector, count) VALUES ($1, clock_timestamp(), $2, $3, $4, $5)',
          [auditId, action, actor, kind, deleted],
        );
        return { deleted, auditId };
      });
    },

    async listAudit() {
      const { rows } = await pool.query<
        Omit<AuditEntry, 'at' | 'target'> & { at: Date; target: string | null }
      >('SELECT id, at, action, actor, selector, count, target FROM audit_log ORDER BY at, id');
      return rows.map((row) => auditEntry({ ...row, at: iso(row.at) }));
    },

    async saveEvents(events: readonly CampaignEvent[], mode) {
      return tx(async (client) => {
        if (mode === 'replace') await client.query('DELETE FROM events');
        // Batches of 500 rows per statement: 50,000 events import in seconds, not minutes.
        for (let offset = 0; offset < events.length; offset += 500) {
          const batch = events.slice(offset, offset + 500);
          const params: unknown[] = [];
          const values = batch.map((event) => {
            const { startMs, endMs } = eventColumns(event);
            params.push(event.id, event.region, event.type, startMs, endMs, JSON.stringify(event));
            const n = params.length;
            return `($${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
          });
          await client.query(
            `INSERT INTO events (id, region, type, start_ms, end_ms, data) VALUES ${values.join(', ')}
             ON CONFLICT (id) DO UPDATE SET region = excluded.region, type = excluded.type,
               start_ms = excluded.start_ms, end_ms = excluded.end_ms, data = excluded.data`,
            params,
          );
        }
        return bump(client, 'events');
      });
    },

    async queryEvents(filter: EventFilter = {}) {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (sql: string, value: unknown) => {
        params.push(value);
        where.push(sql.replace('?', `$${params.length}`));
      };
      if (filter.regions?.length) add('region = ANY(?)', filter.regions);
      if (filter.types?.length) add('type = ANY(?)', filter.types);
      if (filter.fromMs !== undefined) add('end_ms >= ?', filter.fromMs);
      if (filter.toMs !== undefined) add('start_ms <= ?', filter.toMs);
      const { rows } = await pool.query<{ data: string }>(
        `SELECT data FROM events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY start_ms, id`,
        params,
      );
      return rows.map((row) => row.data);
    },

    async saveFaq(entries: readonly FaqEntry[]) {
      return tx(async (client) => {
        await client.query('DELETE FROM faq');
        for (const [position, entry] of entries.entries()) {
          await client.query('INSERT INTO faq (id, position, data) VALUES ($1, $2, $3)', [
            entry.id,
            position,
            JSON.stringify(entry),
          ]);
        }
        return bump(client, 'faq');
      });
    },

    async listFaq() {
      const { rows } = await pool.query<{ data: string }>('SELECT data FROM faq ORDER BY position');
      return rows.map((row) => row.data);
    },

    async feedRevision(name) {
      const { rows } = await pool.query<{ revision: number; updated_at: Date }>(
        'SELECT revision, updated_at FROM feeds WHERE name = $1',
        [name],
      );
      return rows[0]
        ? { revision: rows[0].revision, updatedAt: iso(rows[0].updated_at) }
        : { revision: 0, updatedAt: EPOCH_ISO };
    },

    async addAdminTokenHash(hash, label, actor = 'cli') {
      await tx(async (client) => {
        const { rowCount } = await client.query(
          'INSERT INTO admin_tokens (hash, label, created_at) VALUES ($1, $2, now()) ON CONFLICT (hash) DO NOTHING',
          [hash, label],
        );
        if (!rowCount) return;
        // Created tokens are named by their fingerprint: `selector` says so.
        await client.query(
          `INSERT INTO audit_log (id, at, action, actor, selector, count, target)
           VALUES ($1, clock_timestamp(), 'token-created', $2, 'fingerprint', 1, $3)`,
          [randomUUID(), actor, tokenFingerprint(hash)],
        );
      });
    },

    async listAdminTokenHashes() {
      const { rows } = await pool.query<{ hash: string }>('SELECT hash FROM admin_tokens');
      return rows.map((row) => row.hash);
    },

    async listAdminTokens() {
      const { rows } = await pool.query<{ hash: string; label: string; created_at: Date }>(
        'SELECT hash, label, created_at FROM admin_tokens ORDER BY created_at, hash',
      );
      return rows.map((row) => ({ hash: row.hash, label: row.label, createdAt: iso(row.created_at) }));
    },

    async revokeAdminToken(hash, actor, selector) {
      return tx(async (client) => {
        const { rowCount } = await client.query('DELETE FROM admin_tokens WHERE hash = $1', [hash]);
        if (!rowCount) return false;
        await client.query(
          `INSERT INTO audit_log (id, at, action, actor, selector, count, target)
           VALUES ($1, clock_timestamp(), 'token-revoked', $2, $3, 1, $4)`,
          [randomUUID(), actor, selector, tokenFingerprint(hash)],
        );
        return true;
      });
    },
  };
}
