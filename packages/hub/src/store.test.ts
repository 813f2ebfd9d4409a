import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactDatabaseUrl } from './store.js';

test('a database URL is printed without its password', () => {
  assert.equal(
    redactDatabaseUrl('postgres://dauys:s3cr%40t@db.internal:5432/dauys?sslmode=require'),
    'postgres://dauys:***@db.internal:5432/dauys?sslmode=require',
  );
  assert.equal(redactDatabaseUrl('postgres://db.internal/dauys'), 'postgres://db.internal/dauys');
  assert.equal(redactDatabaseUrl('not a url'), '(unparseable DATABASE_URL)');
});
