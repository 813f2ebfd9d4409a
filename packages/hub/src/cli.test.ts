import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEventFeed, parseFaqFeed } from '@dauys/schema';
import { main } from './cli.js';
import { parseCsv, UTF8_BOM } from './csv.js';
import { createHub, hashToken } from './server.js';
import { openStore } from './store.js';
import { key, sampleEvents, signupBody } from './testing/harness.js';

/** Runs the CLI in-process, capturing what it prints. */
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    { DATABASE_URL: '' },
    {
      info: (text) => void out.push(text),
      error: (text) => void err.push(text),
      write: (text) => void out.push(text),
    },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('dauys-hub CLI (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dauys-cli-'));
  const data = join(dir, 'data');
  const flags = ['--data-dir', data];
  after(() => rmSync(dir, { recursive: true, force: true }));

  before(async () => {
    // Two signups through the API, so export has something to write.
    const store = await openStore({ dataDir: data });
    const app = await createHub({ store, rateLimit: false, cdnDir: null });
    for (const [phone, region] of [
      ['+77010000011', 'astana'],
      ['+77010000012', 'almaty'],
    ]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/signups',
        headers: { 'content-type': 'application/json', 'idempotency-key': key() },
        payload: JSON.stringify(signupBody({ phone, region: region as 'astana' })),
      });
      assert.equal(response.statusCode, 201);
    }
    await app.close();
    await store.close();
  });

  test('usage and unknown commands exit 2', async () => {
    assert.equal((await run([])).code, 2);
    assert.equal((await run(['--help'])).code, 0);
    assert.equal((await run(['frobnicate'])).code, 2);
    assert.equal((await run(['import-events'])).code, 2);
    assert.equal((await run(['serve', '--no-such-flag'])).code, 2);
  });

  test('import-events reads JSON and CSV; a bad file imports nothing and lists its rows', async () => {
    const jsonFile = join(dir, 'events.json');
    writeFileSync(jsonFile, JSON.stringify(sampleEvents));
    const ok = await run(['import-events', jsonFile, ...flags]);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /imported 3 events/);

    const badCsv = join(dir, 'bad.csv');
    writeFileSync(
      badCsv,
      'id,type,start,region,title_kk\nz-1,meeting,2026-03-09T10:00:00+05:00,astana,Жақсы\nz-2,meeting,never,astana,Жаман\n',
    );
    const bad = await run(['import-events', badCsv, ...flags]);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /nothing imported/);
    assert.match(bad.err, /row 3 \(z-2\): start: invalid-date/);
    assert.match(bad.err, /hint: times are ISO 8601 with an offset, e\.g\. 2026-03-01T18:00:00\+05:00/);

    // Excel's plain "CSV" on a Russian system is Windows-1251: refused with what to do instead.
    const cp1251 = join(dir, 'cp1251.csv');
    writeFileSync(
      cp1251,
      Buffer.concat([
        Buffer.from('id,type,start,region,title_ru\nz-9,meeting,2026-03-09T10:00:00+05:00,astana,'),
        Buffer.from([0xc2, 0xf1, 0xf2, 0xf0, 0xe5, 0xf7, 0xe0, 0x0a]),
      ]),
    );
    const wrongEncoding = await run(['import-events', cp1251, ...flags]);
    assert.equal(wrongEncoding.code, 1);
    assert.match(wrongEncoding.err, /row 2: \(row\): not-utf8/);
    assert.match(wrongEncoding.err, /hint: the file is not UTF-8 .*"CSV UTF-8"/);

    const csv = join(dir, 'more.csv');
    writeFileSync(
      csv,
      `${UTF8_BOM}id,type,start,region,title_kk\r\nz-1,meeting,2026-03-09T10:00:00+05:00,astana,Жақсы\r\n`,
    );
    assert.equal((await run(['import-events', csv, ...flags])).code, 0);
    const replaced = await run(['import-events', csv, '--replace', ...flags]);
    assert.match(replaced.out, /imported 1 events .*replace/);
  });

  test('import-faq, then export-feeds writes static feeds for any CDN', async () => {
    const faq = join(dir, 'faq.csv');
    writeFileSync(
      faq,
      'id,question_kk,question_ru,answer_kk,answer_ru\nhours,Сағат нешеде?,Во сколько?,07:00–20:00,С 07:00 до 20:00\n',
    );
    assert.equal((await run(['import-faq', faq, ...flags])).code, 0);
    const out = join(dir, 'feeds');
    const exported = await run(['export-feeds', out, ...flags]);
    assert.equal(exported.code, 0, exported.err);
    const events = parseEventFeed(JSON.parse(readFileSync(join(out, 'events.json'), 'utf8')));
    assert.deepEqual(
      events.events.map((e) => e.id),
      ['z-1'],
    );
    const all = parseFaqFeed(JSON.parse(readFileSync(join(out, 'faq.json'), 'utf8')));
    assert.deepEqual(all.entries[0].question, { kk: 'Сағат нешеде?', ru: 'Во сколько?' });
    const en = parseFaqFeed(JSON.parse(readFileSync(join(out, 'faq.en.json'), 'utf8')));
    assert.equal(en.entries[0].question, 'Сағат нешеде?', 'no en: kk');
    const ru = parseFaqFeed(JSON.parse(readFileSync(join(out, 'faq.ru.json'), 'utf8')));
    assert.equal(ru.entries[0].answer, 'С 07:00 до 20:00');
  });

  test('export-signups writes the CSV (filters, --out with owner-only permissions)', async () => {
    const stdout = await run(['export-signups', ...flags]);
    assert.equal(stdout.code, 0);
    assert.ok(stdout.out.startsWith(UTF8_BOM));
    assert.equal(parseCsv(stdout.out).length, 3);
    const file = join(dir, 'signups.csv');
    const written = await run(['export-signups', '--out', file, '--region', 'almaty', ...flags]);
    assert.match(written.out, /wrote 1 signups/);
    const rows = parseCsv(readFileSync(file, 'utf8'));
    assert.equal(rows[1][rows[0].indexOf('region')], 'almaty');
    assert.equal(statSync(file).mode & 0o777, 0o600);
    assert.equal((await run(['export-signups', '--from', 'soon', ...flags])).code, 2);
    const semicolon = await run(['export-signups', '--sep', 'semicolon', ...flags]);
    assert.ok(semicolon.out.startsWith(`${UTF8_BOM}id;received_at;name;`));
    assert.deepEqual(parseCsv(semicolon.out), parseCsv(stdout.out));
    const tab = await run(['export-signups', '--sep', 'tab', ...flags]);
    assert.equal(tab.code, 2);
    assert.match(tab.err, /--sep wants comma or semicolon, not tab/);
    const city = await run(['export-signups', '--region', 'Алматы', ...flags]);
    assert.equal(city.code, 2);
    assert.match(city.err, /unknown region: Алматы \(region ids: astana, almaty, /);
  });

  test('purge-signups deletes what was received before a date and says how many', async () => {
    assert.equal((await run(['purge-signups', ...flags])).code, 2);
    assert.equal((await run(['purge-signups', '--before', 'someday', ...flags])).code, 2);
    const none = await run(['purge-signups', '--before', '2000-01-01', ...flags]);
    assert.match(none.out, /deleted 0 signups received before 1999-12-31T19:00:00.000Z/);
    const all = await run(['purge-signups', '--before', '2100-01-01', ...flags]);
    assert.equal(all.code, 0);
    assert.match(all.out, /deleted 2 signups/);
    const rows = parseCsv((await run(['export-signups', ...flags])).out);
    assert.equal(rows.length, 1, 'header only');
  });

  test('create-token prints a token once and stores only its hash', async () => {
    const result = await run(['create-token', '--label', 'HQ laptop', ...flags]);
    assert.equal(result.code, 0);
    const token = result.out.split('\n')[0];
    assert.match(token, /^[\w-]{43}$/);
    const store = await openStore({ dataDir: data });
    try {
      assert.deepEqual(await store.listAdminTokenHashes(), [hashToken(token)]);
      const app = await createHub({ store, cdnDir: null });
      const response = await app.inject({
        url: '/api/v1/admin/audit',
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(response.statusCode, 200);
      await app.close();
    } finally {
      await store.close();
    }
  });
});
