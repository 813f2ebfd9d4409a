import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openStore, redactDatabaseUrl } from './store.js';
import { stopPostgres, testPostgres } from './testing/harness.js';
import { freshSchemaName } from './testing/postgres.js';

test('a database URL is printed without its password', () => {
  assert.equal(
    redactDatabaseUrl('postgres://dauys:s3cr%40t@db.internal:5432/dauys?sslmode=require'),
    'postgres://dauys:***@db.internal:5432/dauys?sslmode=require',
  );
  assert.equal(redactDatabaseUrl('postgres://db.internal/dauys'), 'postgres://db.internal/dauys');
  assert.equal(redactDatabaseUrl('not a url'), '(unparseable DATABASE_URL)');
});

describe('PostgreSQL: a user that may not create tables', () => {
  after(stopPostgres);

  test('the first start says to make the user the owner of the database', async (t) => {
    const { url } = await testPostgres();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const role = freshSchemaName();
    try {
      // An external DATABASE_URL may not be allowed to make roles: nothing to check there.
      await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'pw'`);
    } catch {
      await admin.end();
      t.skip('cannot create a role on this server');
      return;
    }
    const schema = freshSchemaName();
    try {
      // Like `public` since PostgreSQL 15: usable, but only its owner may create in it.
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
      const userUrl = new URL(url);
      userUrl.username = role;
      userUrl.password = 'pw';
      userUrl.searchParams.set('options', `-c search_path=${schema}`);
      await assert.rejects(openStore({ databaseUrl: userUrl.toString() }), (error: Error) => {
        assert.match(error.message, /^permission denied for schema /);
        assert.match(error.message, /make it the owner of the database \(createdb --owner USER DB/);
        return true;
      });
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.query(`DROP ROLE IF EXISTS ${role}`);
      await admin.end();
    }
  });
});
