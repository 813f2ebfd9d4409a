/** Column types that differ between the engines; everything else in the DDL is shared. */
export interface SqlTypes {
  /** An instant: ISO 8601 UTC text in SQLite (sorts as time), TIMESTAMPTZ in PostgreSQL. */
  time: string;
  /** Milliseconds since the epoch. */
  bigint: string;
}

/**
 * The migrations of both engines, applied in order once each and recorded in
 * `schema_migrations`. Never edit an applied one: add the next.
 */
export function migrations(t: SqlTypes): readonly string[] {
  return [
    `CREATE TABLE signups (
       id TEXT PRIMARY KEY,
       idempotency_key TEXT NOT NULL UNIQUE,
       request_hash TEXT NOT NULL,
       received_at ${t.time} NOT NULL,
       region TEXT NOT NULL,
       partner TEXT,
       phone TEXT NOT NULL,
       consent_version TEXT NOT NULL,
       consent_at ${t.time} NOT NULL,
       data TEXT NOT NULL
     );
     CREATE INDEX signups_phone ON signups (phone);
     CREATE INDEX signups_received_at ON signups (received_at);
     CREATE TABLE audit_log (
       id TEXT PRIMARY KEY,
       at ${t.time} NOT NULL,
       action TEXT NOT NULL,
       actor TEXT NOT NULL,
       selector TEXT NOT NULL,
       count INTEGER NOT NULL
     );
     CREATE TABLE events (
       id TEXT PRIMARY KEY,
       region TEXT NOT NULL,
       type TEXT NOT NULL,
       start_ms ${t.bigint} NOT NULL,
       end_ms ${t.bigint} NOT NULL,
       data TEXT NOT NULL
     );
     CREATE INDEX events_start ON events (start_ms, id);
     CREATE TABLE faq (
       id TEXT PRIMARY KEY,
       position INTEGER NOT NULL,
       data TEXT NOT NULL
     );
     CREATE TABLE feeds (
       name TEXT PRIMARY KEY,
       revision INTEGER NOT NULL,
       updated_at ${t.time} NOT NULL
     );
     CREATE TABLE admin_tokens (
       hash TEXT PRIMARY KEY,
       label TEXT NOT NULL,
       created_at ${t.time} NOT NULL
     );`,
    // 2: the export pages through signups by (received_at, id) (keyset pagination).
    `CREATE INDEX signups_received_at_id ON signups (received_at, id);
     DROP INDEX signups_received_at;`,
    // 3: the audit log names what an action applied to when that is not personal data (the
    // fingerprint of a revoked admin token).
    `ALTER TABLE audit_log ADD COLUMN target TEXT;`,
  ];
}

export const SQLITE_TYPES: SqlTypes = { time: 'TEXT', bigint: 'INTEGER' };
export const POSTGRES_TYPES: SqlTypes = { time: 'TIMESTAMPTZ', bigint: 'BIGINT' };
