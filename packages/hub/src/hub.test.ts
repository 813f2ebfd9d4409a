import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parseEventFeed, parseFaqFeed } from '@dauys/schema';
import { parseCsv, UTF8_BOM } from './csv.js';
import { hashToken } from './server.js';
import {
  ENGINES,
  admin,
  key,
  newHub,
  sampleEvents,
  signupBody,
  stopPostgres,
  type Engine,
  type TestHub,
} from './testing/harness.js';

after(stopPostgres);

const json = { 'content-type': 'application/json' };

function postSignup(hub: TestHub, body: unknown, headers: Record<string, string> = {}) {
  return hub.app.inject({
    method: 'POST',
    url: '/api/v1/signups',
    headers: { ...json, 'idempotency-key': key(), ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function importEventsJson(hub: TestHub, feed: unknown = sampleEvents, query = '') {
  const response = await hub.app.inject({
    method: 'POST',
    url: `/api/v1/admin/events${query}`,
    headers: { ...admin, ...json },
    payload: JSON.stringify(feed),
  });
  return response;
}

const FAQ_CSV = [
  'id,category_kk,category_ru,question_kk,question_ru,question_en,answer_kk,answer_ru,answer_en',
  'when,Күні,Дата,Референдум қашан?,Когда референдум?,When is the referendum?,"<p>15 наурыз, 07:00–20:00</p>","<p>15 марта, 07:00–20:00</p>",<p>15 March</p>',
  'who,,,Кім дауыс бере алады?,,Who may vote?,18 жастан асқан азаматтар,,Citizens aged 18 and over',
].join('\r\n');

for (const engine of ENGINES) {
  describe(`hub on ${engine}`, () => {
    describe('health', () => {
      test('healthz and readyz answer; readyz says 503 when the database is gone', async () => {
        const hub = await newHub(engine);
        try {
          const health = await hub.app.inject('/healthz');
          assert.equal(health.statusCode, 200);
          assert.deepEqual(health.json(), { status: 'ok' });
          // A countdown on a partner site reads the hub's clock from this cross-origin answer.
          const crossOrigin = await hub.app.inject({
            url: '/healthz',
            headers: { origin: 'https://partner.example.kz' },
          });
          assert.equal(crossOrigin.headers['access-control-allow-origin'], '*');
          assert.match(String(crossOrigin.headers['access-control-expose-headers']), /\bDate\b/);
          const ready = await hub.app.inject('/readyz');
          assert.equal(ready.statusCode, 200);
          assert.deepEqual(ready.json(), { status: 'ready', engine });
          await hub.store.close();
          const gone = await hub.app.inject('/readyz');
          assert.equal(gone.statusCode, 503);
        } finally {
          await hub.close();
        }
      });
    });

    describe('events feed', () => {
      let hub: TestHub;
      before(async () => {
        hub = await newHub(engine);
        const imported = await importEventsJson(hub);
        assert.equal(imported.statusCode, 200, imported.body);
        assert.equal(imported.json().imported, 3);
      });
      after(() => hub.close());

      test('serves a valid v1 feed ordered by start, with CORS for any origin and cache headers', async () => {
        const response = await hub.app.inject({
          url: '/api/v1/events',
          headers: { origin: 'https://any.example' },
        });
        assert.equal(response.statusCode, 200);
        assert.match(response.headers['content-type'] as string, /^application\/json; charset=utf-8/);
        assert.equal(response.headers['access-control-allow-origin'], '*');
        assert.match(response.headers['cache-control'] as string, /max-age=\d+/);
        const feed = parseEventFeed(response.json());
        assert.deepEqual(feed.skipped, []);
        assert.deepEqual(
          feed.events.map((event) => event.id),
          ['ast-1', 'alm-1', 'onl-1'],
        );
        assert.equal(feed.events[0].status, 'scheduled');
        assert.ok(feed.generatedAt);
      });

      test('filters by region, type and dates (calendar days in UTC+5 or instants)', async () => {
        const ids = async (query: string) =>
          parseEventFeed((await hub.app.inject(`/api/v1/events?${query}`)).json()).events.map((e) => e.id);
        assert.deepEqual(await ids('region=almaty'), ['alm-1']);
        assert.deepEqual(await ids('region=almaty,shymkent'), ['alm-1', 'onl-1']);
        assert.deepEqual(await ids('region=almaty&region=astana'), ['ast-1', 'alm-1']);
        assert.deepEqual(await ids('type=training'), ['onl-1']);
        assert.deepEqual(await ids('from=2026-03-05'), ['alm-1', 'onl-1']);
        assert.deepEqual(await ids('to=2026-03-05'), ['ast-1', 'alm-1']);
        assert.deepEqual(await ids('from=2026-03-01T19:30:00%2B05:00&to=2026-03-01T23:00:00%2B05:00'), [
          'ast-1',
        ]);
        assert.deepEqual(await ids('region=astana&type=training'), []);
      });

      test('rejects unknown filter values with 400', async () => {
        for (const [query, field] of [
          ['region=atlantis', 'region'],
          ['type=party', 'type'],
          ['from=yesterday', 'from'],
          ['to=2026-13-45T00:00:00Z', 'to'],
        ]) {
          const response = await hub.app.inject(`/api/v1/events?${query}`);
          assert.equal(response.statusCode, 400, query);
          assert.deepEqual(response.json(), { error: 'bad-query', field });
        }
      });

      test('ETag is a content hash: If-None-Match gives 304, a new import changes it', async () => {
        const first = await hub.app.inject('/api/v1/events');
        const etag = first.headers.etag as string;
        assert.match(etag, /^"[\w-]{20,}"$/);
        const again = await hub.app.inject({ url: '/api/v1/events', headers: { 'if-none-match': etag } });
        assert.equal(again.statusCode, 304);
        assert.equal(again.body, '');
        const regional = await hub.app.inject('/api/v1/events?region=astana');
        assert.notEqual(regional.headers.etag, etag);
        const changed = structuredClone(sampleEvents);
        changed.events[0].title = { kk: 'Жаңа атау', ru: 'Новое название', en: 'New title' };
        await importEventsJson(hub, { version: 1, events: [changed.events[0]] });
        const after = await hub.app.inject({ url: '/api/v1/events', headers: { 'if-none-match': etag } });
        assert.equal(after.statusCode, 200);
        assert.notEqual(after.headers.etag, etag);
        assert.equal(parseEventFeed(after.json()).events.length, 3, 'merge keeps the others');
      });

      test('gzip when the client accepts it, with its own ETag and Vary: Accept-Encoding', async () => {
        const plain = await hub.app.inject('/api/v1/events');
        const zipped = await hub.app.inject({
          url: '/api/v1/events',
          headers: { 'accept-encoding': 'gzip, br' },
        });
        assert.equal(zipped.statusCode, 200);
        assert.equal(zipped.headers['content-encoding'], 'gzip');
        assert.match(String(zipped.headers.vary), /Accept-Encoding/);
        assert.equal(gunzipSync(zipped.rawPayload).toString('utf8'), plain.body);
        assert.notEqual(zipped.headers.etag, plain.headers.etag);
        const cached = await hub.app.inject({
          url: '/api/v1/events',
          headers: { 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.etag as string },
        });
        assert.equal(cached.statusCode, 304);
      });

      test('import with mode=replace makes the import the whole feed', async () => {
        const response = await importEventsJson(
          hub,
          { version: 1, events: [sampleEvents.events[2]] },
          '?mode=replace',
        );
        assert.equal(response.statusCode, 200);
        const feed = parseEventFeed((await hub.app.inject('/api/v1/events')).json());
        assert.deepEqual(
          feed.events.map((e) => e.id),
          ['onl-1'],
        );
        await importEventsJson(hub, sampleEvents, '?mode=replace');
      });
    });

    describe('FAQ feed', () => {
      let hub: TestHub;
      before(async () => {
        hub = await newHub(engine);
        const response = await hub.app.inject({
          method: 'POST',
          url: '/api/v1/admin/faq',
          headers: { ...admin, 'content-type': 'text/csv; charset=utf-8' },
          payload: UTF8_BOM + FAQ_CSV,
        });
        assert.equal(response.statusCode, 200, response.body);
        assert.equal(response.json().imported, 2);
      });
      after(() => hub.close());

      test('serves the entries with all languages, in sheet order', async () => {
        const response = await hub.app.inject('/api/v1/faq');
        assert.equal(response.statusCode, 200);
        assert.equal(response.headers['access-control-allow-origin'], '*');
        const feed = parseFaqFeed(response.json());
        assert.deepEqual(feed.skipped, []);
        assert.deepEqual(
          feed.entries.map((entry) => entry.id),
          ['when', 'who'],
        );
        assert.deepEqual(feed.entries[0].question, {
          kk: 'Референдум қашан?',
          ru: 'Когда референдум?',
          en: 'When is the referendum?',
        });
        assert.equal((feed.entries[0].answer as { kk: string }).kk, '<p>15 наурыз, 07:00–20:00</p>');
        assert.equal(feed.entries[1].category, undefined);
      });

      test('?locale= gives one language per text, falling back to kk, still a valid v1 feed', async () => {
        const response = await hub.app.inject('/api/v1/faq?locale=ru');
        assert.equal(response.statusCode, 200);
        assert.equal(response.headers['content-language'], 'ru');
        const feed = parseFaqFeed(response.json());
        assert.deepEqual(feed.skipped, []);
        assert.equal(feed.entries[0].question, 'Когда референдум?');
        assert.equal(feed.entries[0].category, 'Дата');
        assert.equal(feed.entries[1].question, 'Кім дауыс бере алады?', 'no ru: kk');
        const en = parseFaqFeed((await hub.app.inject('/api/v1/faq?locale=en')).json());
        assert.equal(en.entries[1].answer, 'Citizens aged 18 and over');
        assert.equal((await hub.app.inject('/api/v1/faq?locale=de')).statusCode, 400);
        const etag = response.headers.etag as string;
        const cached = await hub.app.inject({
          url: '/api/v1/faq?locale=ru',
          headers: { 'if-none-match': etag },
        });
        assert.equal(cached.statusCode, 304);
      });
    });

    describe('signups', () => {
      let hub: TestHub;
      before(async () => {
        hub = await newHub(engine);
      });
      after(() => hub.close());

      test('201 for a new signup; stored with consent text version and time', async () => {
        const before = new Date().toISOString();
        const response = await postSignup(hub, signupBody({ phone: '+77019998877' }));
        assert.equal(response.statusCode, 201);
        const body = response.json();
        assert.equal(body.status, 'received');
        assert.match(body.id, /^[0-9a-f-]{36}$/);
        assert.equal(response.headers['cache-control'], 'no-store');
        const stored = (await hub.store.listSignups()).find((record) => record.id === body.id);
        assert.ok(stored);
        assert.equal(stored.signup.phone, '+77019998877');
        assert.equal(stored.consentVersion, '2026-01-15');
        assert.ok(stored.consentAt >= before && stored.consentAt <= new Date().toISOString());
        assert.equal(stored.signup.name, 'Айгүл Серікқызы');
      });

      test('a replay with the same key and body answers 200 with the first response', async () => {
        const idempotencyKey = key();
        const body = signupBody({ phone: '+77011110001' });
        const first = await postSignup(hub, body, { 'idempotency-key': idempotencyKey });
        assert.equal(first.statusCode, 201);
        // Same document with keys in another order and other whitespace: still the same request.
        const reordered = JSON.stringify(Object.fromEntries(Object.entries(body).reverse()), null, 2);
        const replay = await postSignup(hub, reordered, { 'idempotency-key': idempotencyKey });
        assert.equal(replay.statusCode, 200);
        assert.deepEqual(replay.json(), first.json());
        assert.equal(replay.headers['idempotent-replayed'], 'true');
        const conflict = await postSignup(
          hub,
          { ...body, name: 'Басқа адам' },
          { 'idempotency-key': idempotencyKey },
        );
        assert.equal(conflict.statusCode, 409);
        assert.deepEqual(conflict.json(), { error: 'idempotency-key-reused' });
        const rows = (await hub.store.listSignups()).filter((r) => r.signup.phone === '+77011110001');
        assert.equal(rows.length, 1);
      });

      test('20 concurrent requests with one key store exactly one signup, all answers agree', async () => {
        const idempotencyKey = key();
        const body = signupBody({ phone: '+77012220002' });
        const responses = await Promise.all(
          Array.from({ length: 20 }, () => postSignup(hub, body, { 'idempotency-key': idempotencyKey })),
        );
        const statuses = responses.map((r) => r.statusCode).sort();
        assert.deepEqual(statuses, [200, ...Array(18).fill(200), 201].sort());
        assert.equal(new Set(responses.map((r) => r.json().id)).size, 1);
        const rows = (await hub.store.listSignups()).filter((r) => r.signup.phone === '+77012220002');
        assert.equal(rows.length, 1);
        assert.equal(rows[0].id, responses[0].json().id);
      });

      test('415 for anything but JSON', async () => {
        for (const contentType of [
          'text/plain',
          'application/x-www-form-urlencoded',
          'text/csv',
          undefined,
        ]) {
          const response = await hub.app.inject({
            method: 'POST',
            url: '/api/v1/signups',
            headers: { 'idempotency-key': key(), ...(contentType ? { 'content-type': contentType } : {}) },
            payload: JSON.stringify(signupBody()),
          });
          assert.equal(response.statusCode, 415, String(contentType));
          assert.deepEqual(response.json(), { error: 'unsupported-media-type' });
        }
        const withCharset = await postSignup(hub, signupBody({ phone: '+77013330003' }), {
          'content-type': 'application/json; charset=utf-8',
        });
        assert.equal(withCharset.statusCode, 201);
      });

      test('413 for a body over 16 KiB', async () => {
        const big = { ...signupBody(), website: 'x'.repeat(17 * 1024) };
        const response = await postSignup(hub, big);
        assert.equal(response.statusCode, 413);
        assert.deepEqual(response.json(), { error: 'too-large' });
      });

      test('400 without an Idempotency-Key, or with broken JSON', async () => {
        const missing = await hub.app.inject({
          method: 'POST',
          url: '/api/v1/signups',
          headers: json,
          payload: JSON.stringify(signupBody()),
        });
        assert.equal(missing.statusCode, 400);
        assert.deepEqual(missing.json(), { error: 'idempotency-key-required' });
        const short = await postSignup(hub, signupBody(), { 'idempotency-key': 'abc' });
        assert.equal(short.statusCode, 400);
        const broken = await postSignup(hub, '{"name": "Айгүл", "phone": "+7701');
        assert.equal(broken.statusCode, 400);
        assert.deepEqual(broken.json(), { error: 'invalid-json' });
      });

      test('422 with field issues for an invalid signup', async () => {
        const response = await postSignup(hub, {
          ...signupBody(),
          phone: '12345',
          consent: { personalData: false, textVersion: 'v1', newsletter: false },
          extra: 'nope',
        });
        assert.equal(response.statusCode, 422);
        const body = response.json();
        assert.equal(body.error, 'validation');
        const codes = Object.fromEntries(
          body.issues.map((issue: { field: string; code: string }) => [issue.field, issue.code]),
        );
        assert.equal(codes.phone, 'invalid-phone');
        assert.equal(codes['consent.personalData'], 'must-accept');
        assert.ok(Object.values(codes).includes('unknown-field'));
        const notObject = await postSignup(hub, '[1,2]');
        assert.equal(notObject.statusCode, 422);
      });

      test('spam traps (honeypot, too fast) answer 201 and store nothing', async () => {
        const before = await hub.store.countSignups();
        const honeypot = await postSignup(
          hub,
          signupBody({ phone: '+77014440004', website: 'http://spam.example' }),
        );
        assert.equal(honeypot.statusCode, 201);
        assert.equal(honeypot.json().status, 'received');
        const fast = await postSignup(hub, signupBody({ phone: '+77014440005', elapsedMs: 600 }));
        assert.equal(fast.statusCode, 201);
        assert.equal(await hub.store.countSignups(), before);
      });
    });

    describe('signup limits and origins', () => {
      test('429 with Retry-After once an address goes over the limit', async () => {
        const hub = await newHub(engine, { rateLimit: { max: 3, windowMs: 60_000 } });
        try {
          const statuses = [];
          for (let i = 0; i < 3; i++)
            statuses.push((await postSignup(hub, signupBody({ elapsedMs: 10 }))).statusCode);
          assert.deepEqual(statuses, [201, 201, 201]);
          const limited = await postSignup(hub, signupBody());
          assert.equal(limited.statusCode, 429);
          assert.deepEqual(limited.json(), { error: 'rate-limited' });
          const retryAfter = Number(limited.headers['retry-after']);
          assert.ok(retryAfter >= 1 && retryAfter <= 60, String(retryAfter));
          // Another address is not affected.
          const other = await hub.app.inject({
            method: 'POST',
            url: '/api/v1/signups',
            remoteAddress: '10.1.2.3',
            headers: { ...json, 'idempotency-key': key() },
            payload: JSON.stringify(signupBody()),
          });
          assert.equal(other.statusCode, 201);
          // Feeds are not limited.
          assert.equal((await hub.app.inject('/api/v1/events')).statusCode, 200);
        } finally {
          await hub.close();
        }
      });

      test('DAUYS_ALLOWED_ORIGINS: listed origins may sign up, others get a 403 they can read', async () => {
        const hub = await newHub(engine, { allowedOrigins: ['https://partner.example.kz'] });
        try {
          const preflight = await hub.app.inject({
            method: 'OPTIONS',
            url: '/api/v1/signups',
            headers: {
              origin: 'https://partner.example.kz',
              'access-control-request-method': 'POST',
              'access-control-request-headers': 'content-type,idempotency-key',
            },
          });
          assert.equal(preflight.statusCode, 204);
          assert.equal(preflight.headers['access-control-allow-origin'], 'https://partner.example.kz');
          assert.match(String(preflight.headers['access-control-allow-headers']), /Idempotency-Key/i);
          const allowed = await postSignup(hub, signupBody(), { origin: 'https://partner.example.kz' });
          assert.equal(allowed.statusCode, 201);
          assert.equal(allowed.headers['access-control-allow-origin'], 'https://partner.example.kz');
          // A site not on the list passes the preflight, so its browser sends the POST, and is
          // refused before the body is read; nothing is stored (the count below stays at two).
          const unlistedPreflight = await hub.app.inject({
            method: 'OPTIONS',
            url: '/api/v1/signups',
            headers: {
              origin: 'https://evil.example',
              'access-control-request-method': 'POST',
              'access-control-request-headers': 'content-type,idempotency-key',
            },
          });
          assert.equal(unlistedPreflight.statusCode, 204);
          const refused = await postSignup(hub, signupBody(), { origin: 'https://evil.example' });
          assert.equal(refused.statusCode, 403);
          assert.deepEqual(refused.json(), { error: 'origin-not-allowed' });
          assert.equal(refused.headers['access-control-allow-origin'], 'https://evil.example');
          // Server-to-server calls (no Origin) are not a browser: allowed.
          assert.equal((await postSignup(hub, signupBody())).statusCode, 201);
          assert.equal(await hub.store.countSignups(), 2);
          // Feeds stay open to every origin.
          const feed = await hub.app.inject({
            url: '/api/v1/events',
            headers: { origin: 'https://evil.example' },
          });
          assert.equal(feed.headers['access-control-allow-origin'], '*');
        } finally {
          await hub.close();
        }
      });
    });

    describe('admin', () => {
      let hub: TestHub;
      before(async () => {
        hub = await newHub(engine);
      });
      after(() => hub.close());

      test('401 without a token or with a wrong one, on every admin route', async () => {
        const routes = [
          ['GET', '/api/v1/admin/signups.csv'],
          ['POST', '/api/v1/admin/events'],
          ['POST', '/api/v1/admin/faq'],
          ['DELETE', '/api/v1/admin/signups?phone=%2B77011234567'],
          ['GET', '/api/v1/admin/audit'],
        ] as const;
        for (const [method, url] of routes) {
          for (const authorization of [
            undefined,
            'Bearer wrong-token',
            `Basic ${admin.authorization.slice(7)}`,
            'Bearer',
          ]) {
            const response = await hub.app.inject({
              method,
              url,
              headers: { ...json, ...(authorization ? { authorization } : {}) },
              payload: method === 'POST' ? JSON.stringify(sampleEvents) : undefined,
            });
            assert.equal(response.statusCode, 401, `${method} ${url} ${authorization}`);
            assert.match(String(response.headers['www-authenticate']), /^Bearer/);
          }
        }
        assert.equal(await hub.store.countSignups(), 0);
        assert.deepEqual(await hub.store.queryEvents(), []);
      });

      test('a token made by create-token (hash in the database) is accepted', async () => {
        const token = 'stored-token-abcdefghijklmnopqrstuvwxyz';
        await hub.store.addAdminTokenHash(hashToken(token), 'test');
        const response = await hub.app.inject({
          url: '/api/v1/admin/audit',
          headers: { authorization: `Bearer ${token}` },
        });
        assert.equal(response.statusCode, 200);
        const { entries } = response.json();
        assert.deepEqual(
          entries.map(
            ({ action, selector, target }: { action: string; selector: string; target: string }) => [
              action,
              selector,
              target,
            ],
          ),
          [['token-created', 'fingerprint', hashToken(token).slice(0, 8)]],
        );
        // Storing the same hash again changes nothing, so it is not logged again.
        await hub.store.addAdminTokenHash(hashToken(token), 'test');
        assert.equal((await hub.store.listAudit()).length, 1);
      });

      test('admin routes send no CORS headers to browsers on other sites', async () => {
        const response = await hub.app.inject({
          url: '/api/v1/admin/signups.csv',
          headers: { ...admin, origin: 'https://evil.example' },
        });
        assert.equal(response.statusCode, 200);
        assert.equal(response.headers['access-control-allow-origin'], undefined);
      });
    });

    describe('CSV export', () => {
      let hub: TestHub;
      before(async () => {
        hub = await newHub(engine);
        const people = [
          signupBody({
            name: 'Нұрлан "Нұрик" Әбішев',
            phone: '+77010000001',
            region: 'almaty',
            partner: 'a',
          }),
          signupBody({
            name: '=HYPERLINK("https://evil.example","click")',
            phone: '+77010000002',
            locality: '@SUM(A1:A9)',
            region: 'astana',
            partner: 'b',
          }),
          signupBody({
            name: 'Иванов, Пётр',
            phone: '+77010000003',
            locality: '-2+3',
            region: 'astana',
            partner: 'a',
          }),
          signupBody({
            name: 'Гүлнар\nЖолдасқызы',
            phone: '+77010000004',
            email: '',
            region: 'abai',
            partner: undefined,
          }),
        ];
        for (const person of people) assert.equal((await postSignup(hub, person)).statusCode, 201);
      });
      after(() => hub.close());

      const exportCsv = (query = '') =>
        hub.app.inject({ url: `/api/v1/admin/signups.csv${query}`, headers: admin });

      test('UTF-8 with BOM, CRLF, RFC 4180 quoting, Kazakh text intact, formulas defused', async () => {
        const response = await exportCsv();
        assert.equal(response.statusCode, 200);
        assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
        assert.match(
          String(response.headers['content-disposition']),
          /^attachment; filename="dauys-signups-\d{4}-\d{2}-\d{2}\.csv"$/,
        );
        assert.equal(response.headers['cache-control'], 'no-store');
        const text = response.body;
        assert.ok(text.startsWith(UTF8_BOM), 'BOM');
        assert.ok(text.endsWith('\r\n'));
        assert.ok(!/[^\r]\n/.test(text.replace(/"[^"]*"/g, '')), 'every line outside quotes ends with CRLF');
        assert.ok(text.includes('"Нұрлан ""Нұрик"" Әбішев"'), 'quotes doubled inside a quoted field');
        assert.ok(text.includes('"Иванов, Пётр"'));
        assert.ok(text.includes('"Гүлнар\nЖолдасқызы"'), 'line break kept inside quotes');
        assert.ok(text.includes(`"'=HYPERLINK(""https://evil.example"",""click"")"`), 'formula defused');
        assert.ok(text.includes(`'@SUM(A1:A9)`));
        assert.ok(text.includes(`'-2+3`));
        assert.ok(text.includes(`'+77010000001`), 'phone numbers start with + and are defused too');
        const rows = parseCsv(text);
        assert.equal(rows[0][0], 'id');
        assert.equal(rows.length, 5);
        const header = rows[0];
        const byName = rows.slice(1).map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
        const aigul = byName.find((row) => row.phone === "'+77010000001");
        assert.ok(aigul);
        assert.equal(aigul.name, 'Нұрлан "Нұрик" Әбішев');
        assert.equal(aigul.consent_version, '2026-01-15');
        assert.equal(aigul.activities, 'door-to-door online');
        assert.equal(aigul.utm_source, 'telegram');
      });

      test('?sep=semicolon writes what Excel on a Russian or Kazakh system splits into columns', async () => {
        const comma = parseCsv((await exportCsv()).body);
        const response = await exportCsv('?sep=semicolon');
        assert.equal(response.statusCode, 200);
        const text = response.body;
        assert.ok(text.startsWith(`${UTF8_BOM}id;received_at;name;phone;`), text.slice(0, 40));
        assert.ok(text.includes(';"Иванов, Пётр";') || text.includes(';Иванов, Пётр;'));
        assert.deepEqual(parseCsv(text), comma, 'the same cells');
        assert.equal((await exportCsv('?sep=%3B')).body, text);
        assert.equal((await exportCsv('?sep=comma')).body, (await exportCsv()).body);
        const bad = await exportCsv('?sep=tab');
        assert.equal(bad.statusCode, 400);
        assert.deepEqual(bad.json(), { error: 'bad-query', field: 'sep' });
      });

      test('filters by region, partner and time of receipt', async () => {
        const phones = async (query: string) => {
          const rows = parseCsv((await exportCsv(query)).body);
          const col = rows[0].indexOf('phone');
          return rows
            .slice(1)
            .map((row) => row[col])
            .sort();
        };
        assert.deepEqual(await phones('?region=astana'), ["'+77010000002", "'+77010000003"]);
        assert.deepEqual(await phones('?partner=a'), ["'+77010000001", "'+77010000003"]);
        assert.deepEqual(await phones('?region=astana&partner=a'), ["'+77010000003"]);
        assert.equal((await phones('?from=2000-01-01&to=2100-01-01')).length, 4);
        assert.deepEqual(await phones('?to=2000-01-01'), []);
        assert.deepEqual(
          await phones(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`),
          [],
        );
        assert.equal((await exportCsv('?region=mars')).statusCode, 400);
        assert.equal((await exportCsv('?from=soon')).statusCode, 400);
      });
    });

    describe('imports', () => {
      let hub: TestHub;
      before(async () => {
        hub = await newHub(engine);
        assert.equal((await importEventsJson(hub)).statusCode, 200);
      });
      after(() => hub.close());

      const postCsv = (url: string, csv: string) =>
        hub.app.inject({
          method: 'POST',
          url,
          headers: { ...admin, 'content-type': 'text/csv' },
          payload: csv,
        });

      test('a CSV as a spreadsheet exports it imports with localised columns', async () => {
        const csv = [
          'id,type,start,end,region,title_kk,title_ru,title_en,address_ru,lat,lon,url,organizer_kk',
          'krg-1,door-to-door,2026-03-03T11:00:00+05:00,,karaganda,Үйме-үй,"Поквартирный обход, центр",Door to door,"ул. Ерубаева, 1","49,8047",73.1094,https://example.kz/e/1,Штаб',
        ].join('\r\n');
        const response = await postCsv('/api/v1/admin/events', csv);
        assert.equal(response.statusCode, 200, response.body);
        const feed = parseEventFeed((await hub.app.inject('/api/v1/events?region=karaganda')).json());
        assert.equal(feed.events.length, 1);
        const event = feed.events[0];
        assert.deepEqual(event.title, { kk: 'Үйме-үй', ru: 'Поквартирный обход, центр', en: 'Door to door' });
        assert.deepEqual(event.location, { lat: 49.8047, lon: 73.1094 });
        assert.deepEqual(event.organizer, { name: { kk: 'Штаб' } });
        assert.equal(event.end, undefined);
      });

      test('any bad row: 422 with a row-by-row report, and nothing is stored', async () => {
        const before = await hub.store.queryEvents();
        const csv = [
          'id,type,start,region,title_ru',
          'ok-1,meeting,2026-03-04T18:00:00+05:00,astana,Хорошая строка',
          'bad-2,party,2026-03-04T18:00:00+05:00,astana,Плохой тип',
          'bad-3,meeting,4 March,atlantis,',
          'ok-1,meeting,2026-03-04T18:00:00+05:00,astana,Повтор',
        ].join('\n');
        const response = await postCsv('/api/v1/admin/events', csv);
        assert.equal(response.statusCode, 422);
        const { error, rows } = response.json();
        assert.equal(error, 'import');
        assert.deepEqual(
          rows.map((row: { row: number }) => row.row),
          [3, 4, 5],
        );
        assert.deepEqual(rows[0], { row: 3, id: 'bad-2', issues: [{ field: 'type', code: 'invalid' }] });
        const fields = rows[1].issues.map((issue: { field: string }) => issue.field).sort();
        assert.deepEqual(fields, ['region', 'start', 'title']);
        assert.deepEqual(rows[2].issues, [{ field: 'id', code: 'duplicate' }]);
        assert.deepEqual(await hub.store.queryEvents(), before);
      });

      test('unknown columns, broken JSON and non-feeds are reported, nothing stored', async () => {
        const before = await hub.store.queryEvents();
        const unknown = await postCsv('/api/v1/admin/events', 'id,titel_kk\nx,Қате\n');
        assert.equal(unknown.statusCode, 422);
        assert.deepEqual(unknown.json().rows, [
          { row: 1, issues: [{ field: 'titel_kk', code: 'unknown-column' }] },
        ]);
        const broken = await hub.app.inject({
          method: 'POST',
          url: '/api/v1/admin/events',
          headers: { ...admin, ...json },
          payload: '{"version":1,"events":[',
        });
        assert.equal(broken.statusCode, 422);
        assert.deepEqual(broken.json().rows[0].issues, [{ field: '', code: 'syntax' }]);
        const wrongVersion = await importEventsJson(hub, { version: 2, events: [] });
        assert.equal(wrongVersion.statusCode, 422);
        const badItem = await importEventsJson(hub, {
          version: 1,
          events: [sampleEvents.events[0], { ...sampleEvents.events[1], url: 'javascript:alert(1)' }],
        });
        assert.equal(badItem.statusCode, 422);
        assert.deepEqual(badItem.json().rows, [
          { row: 2, id: 'alm-1', issues: [{ field: 'url', code: 'invalid-url' }] },
        ]);
        const faq = await hub.app.inject({
          method: 'POST',
          url: '/api/v1/admin/faq',
          headers: { ...admin, 'content-type': 'text/csv' },
          payload: 'id,question_kk,answer_kk\nhas space,С?,Ж\n',
        });
        assert.equal(faq.statusCode, 422);
        assert.deepEqual(faq.json().rows, [
          { row: 2, id: 'has space', issues: [{ field: 'id', code: 'invalid' }] },
        ]);
        assert.equal((await hub.app.inject('/api/v1/faq')).json().entries.length, 0);
        assert.deepEqual(await hub.store.queryEvents(), before);
        const empty = await postCsv('/api/v1/admin/events', '');
        assert.equal(empty.statusCode, 400);
      });

      test('a CSV saved in Windows-1251 (Excel\'s plain "CSV") is refused, not stored as "���"', async () => {
        const before = await hub.store.queryEvents();
        const utf8 =
          'id;type;start;region;title_ru\r\nkrg-9;meeting;2026-03-04T18:00:00+05:00;karaganda;Встреча\r\n';
        // Windows-1251 bytes of the same sheet: "Встреча" is C2 F1 F2 F0 E5 F7 E0.
        const cp1251 = Buffer.concat([
          Buffer.from(utf8.slice(0, utf8.indexOf('Встреча'))),
          Buffer.from([0xc2, 0xf1, 0xf2, 0xf0, 0xe5, 0xf7, 0xe0, 0x0d, 0x0a]),
        ]);
        for (const [url, payload] of [
          ['/api/v1/admin/events', cp1251],
          [
            '/api/v1/admin/faq',
            Buffer.from([...Buffer.from('id,question_ru,answer_ru\nq,'), 0xc2, 0x3f, 0x2c, 0xc4, 0x61, 0x0a]),
          ],
        ] as const) {
          const response = await hub.app.inject({
            method: 'POST',
            url,
            headers: { ...admin, 'content-type': 'text/csv' },
            payload,
          });
          assert.equal(response.statusCode, 422, response.body);
          assert.deepEqual(response.json().rows, [{ row: 2, issues: [{ field: '', code: 'not-utf8' }] }]);
        }
        assert.deepEqual(await hub.store.queryEvents(), before);
        assert.equal((await postCsv('/api/v1/admin/events', utf8)).statusCode, 200);
      });
    });

    describe('erasure', () => {
      test('deletes every signup of a phone (any spelling) or one id; audit log holds no personal data', async () => {
        const hub = await newHub(engine);
        try {
          const a1 = (await postSignup(hub, signupBody({ phone: '+77015550001' }))).json().id;
          await postSignup(hub, signupBody({ phone: '+77015550001', region: 'almaty' }));
          const b = (await postSignup(hub, signupBody({ phone: '+77015550002' }))).json().id;
          const c = (await postSignup(hub, signupBody({ phone: '+77015550003' }))).json().id;

          const byPhone = await hub.app.inject({
            method: 'DELETE',
            url: `/api/v1/admin/signups?phone=${encodeURIComponent('8 (701) 555-00-01')}`,
            headers: admin,
          });
          assert.equal(byPhone.statusCode, 200);
          assert.equal(byPhone.json().deleted, 2);
          const byId = await hub.app.inject({
            method: 'DELETE',
            url: '/api/v1/admin/signups',
            headers: { ...admin, ...json },
            payload: JSON.stringify({ id: b }),
          });
          assert.equal(byId.json().deleted, 1);
          const none = await hub.app.inject({
            method: 'DELETE',
            url: `/api/v1/admin/signups?id=${a1}`,
            headers: admin,
          });
          assert.equal(none.json().deleted, 0);
          const bad = await hub.app.inject({
            method: 'DELETE',
            url: '/api/v1/admin/signups?phone=123',
            headers: admin,
          });
          assert.equal(bad.statusCode, 400);
          const nothing = await hub.app.inject({
            method: 'DELETE',
            url: '/api/v1/admin/signups',
            headers: admin,
          });
          assert.equal(nothing.statusCode, 400);

          assert.deepEqual(
            (await hub.store.listSignups()).map((r) => r.id),
            [c],
          );
          const audit = (await hub.app.inject({ url: '/api/v1/admin/audit', headers: admin })).json().entries;
          assert.deepEqual(
            audit.map((entry: { selector: string; count: number; action: string; actor: string }) => [
              entry.action,
              entry.actor,
              entry.selector,
              entry.count,
            ]),
            [
              ['erasure', 'admin', 'phone', 2],
              ['erasure', 'admin', 'id', 1],
              ['erasure', 'admin', 'id', 0],
            ],
          );
          const auditText = JSON.stringify(audit);
          assert.ok(!auditText.includes('5550001'), 'no phone number in the audit log');
          assert.ok(!auditText.includes(b), 'no signup ids either');
        } finally {
          await hub.close();
        }
      });
    });

    describe('retention', () => {
      test('purging by time of receipt deletes older signups only, audited as retention', async () => {
        const hub = await newHub(engine);
        try {
          await postSignup(hub, signupBody({ phone: '+77015550011' }));
          await postSignup(hub, signupBody({ phone: '+77015550012' }));
          const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
          assert.equal((await hub.store.eraseSignups({ receivedBefore: hourAgo }, 'cli')).deleted, 0);
          const soon = new Date(Date.now() + 60_000).toISOString();
          assert.equal((await hub.store.eraseSignups({ receivedBefore: soon }, 'cli')).deleted, 2);
          assert.equal(await hub.store.countSignups(), 0);
          const audit = await hub.store.listAudit();
          assert.deepEqual(
            audit.map((entry) => [entry.action, entry.actor, entry.selector, entry.count]),
            [
              ['retention', 'cli', 'received-before', 0],
              ['retention', 'cli', 'received-before', 2],
            ],
          );
        } finally {
          await hub.close();
        }
      });
    });

    describe('logs', () => {
      test('one line per request with id, method, route and status; no personal data, no URLs', async () => {
        const lines: string[] = [];
        const stream = new Writable({
          write(chunk, _encoding, callback) {
            lines.push(String(chunk));
            callback();
          },
        });
        const hub = await newHub(engine, { logger: { stream } });
        try {
          await postSignup(
            hub,
            signupBody({ name: 'Жасырын Есім', phone: '+77016660006', email: 'secret@mail.kz' }),
          );
          await postSignup(hub, '{"name":"Жасырын Есім","phone":"+77016660006"');
          await hub.app.inject({
            method: 'DELETE',
            url: '/api/v1/admin/signups?phone=%2B77016660006',
            headers: admin,
          });
          await hub.app.inject('/api/v1/events?region=astana');
          const text = lines.join('');
          for (const secret of ['Жасырын', '6660006', 'secret@mail.kz', 'region=astana', ADMIN_TOKEN_TEXT]) {
            assert.ok(!text.includes(secret), `log must not contain ${secret}`);
          }
          const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request');
          assert.equal(requests.length, 4);
          assert.deepEqual(
            requests.map((entry) => [entry.method, entry.route, entry.status]),
            [
              ['POST', '/api/v1/signups', 201],
              ['POST', '/api/v1/signups', 400],
              ['DELETE', '/api/v1/admin/signups', 200],
              ['GET', '/api/v1/events', 200],
            ],
          );
          assert.ok(requests.every((entry) => typeof entry.reqId === 'string'));
        } finally {
          await hub.close();
        }
      });
    });

    describe('restart durability', () => {
      test('signups, events, FAQ and tokens are there after closing and reopening the store', async () => {
        const hub = await newHub(engine);
        const { location } = hub;
        const id = (await postSignup(hub, signupBody({ phone: '+77017770007' }))).json().id;
        await importEventsJson(hub);
        await hub.store.addAdminTokenHash(hashToken('t'), 'x');
        const etag = (await hub.app.inject('/api/v1/events')).headers.etag;
        await hub.app.close();
        await hub.store.close();

        const store = await location.open();
        try {
          const { createHub } = await import('./server.js');
          const app = await createHub({ store, adminToken: 'other', rateLimit: false, cdnDir: null });
          assert.deepEqual(
            (await store.listSignups()).map((r) => r.id),
            [id],
          );
          const events = await app.inject('/api/v1/events');
          assert.equal(events.headers.etag, etag, 'same data, same ETag after a restart');
          assert.deepEqual(await store.listAdminTokenHashes(), [hashToken('t')]);
          await app.close();
        } finally {
          await store.close();
          await location.cleanup();
        }
      });
    });
  });
}

const ADMIN_TOKEN_TEXT = admin.authorization.slice('Bearer '.length);

describe('erasure on SQLite leaves no trace in the files', () => {
  test('the erased name and phone are not in the database file or its WAL', async () => {
    const hub = await newHub('sqlite');
    try {
      const name = 'Өшірілетін Адамбек';
      await postSignup(hub, signupBody({ name, phone: '+77019990099' }));
      await postSignup(hub, signupBody({ name: 'Қалатын Адам', phone: '+77019990098' }));
      const folder = hub.store.location;
      const files = () =>
        readdirSync(folder)
          .map((file) => readFileSync(join(folder, file)))
          .reduce((all, bytes) => Buffer.concat([all, bytes]), Buffer.alloc(0));
      assert.ok(files().includes(Buffer.from(name)), 'present before');
      const erased = await hub.app.inject({
        method: 'DELETE',
        url: '/api/v1/admin/signups',
        headers: { ...admin, ...json },
        payload: JSON.stringify({ phone: '+77019990099' }),
      });
      assert.equal(erased.json().deleted, 1);
      const after = files();
      assert.ok(!after.includes(Buffer.from(name)), 'name gone');
      assert.ok(!after.includes(Buffer.from('+77019990099')), 'phone gone');
      assert.ok(after.includes(Buffer.from('Қалатын Адам')), 'the other signup stays');
    } finally {
      await hub.close();
    }
  });
});

describe('static files', () => {
  const root = mkdtempSync(join(tmpdir(), 'dauys-static-'));
  const cdn = join(root, 'cdn');
  const site = join(root, 'site');
  mkdirSync(cdn);
  mkdirSync(join(site, 'partner'), { recursive: true });
  writeFileSync(join(cdn, 'countdown.js'), 'export const x = 1;\n');
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Демо</title>');
  writeFileSync(join(site, 'partner', 'index.html'), '<!doctype html><title>Partner</title>');
  writeFileSync(join(site, 'style.css'), 'body{}');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  let hub: TestHub;
  before(async () => {
    hub = await newHub('sqlite' as Engine, { cdnDir: cdn, siteDir: site });
  });
  after(async () => {
    await hub.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('serves /cdn/* and the site with content types, ETag and 304', async () => {
    const script = await hub.app.inject({
      url: '/cdn/countdown.js',
      headers: { origin: 'https://partner.example' },
    });
    assert.equal(script.statusCode, 200);
    assert.equal(script.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(script.headers['access-control-allow-origin'], '*', 'module scripts load cross-origin');
    assert.equal(script.body, 'export const x = 1;\n');
    const etag = script.headers.etag as string;
    assert.ok(etag);
    const cached = await hub.app.inject({ url: '/cdn/countdown.js', headers: { 'if-none-match': etag } });
    assert.equal(cached.statusCode, 304);
    const page = await hub.app.inject('/');
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(page.body, /Демо/);
    assert.match((await hub.app.inject('/partner/')).body, /Partner/);
    assert.equal((await hub.app.inject('/style.css')).headers['content-type'], 'text/css; charset=utf-8');
    const head = await hub.app.inject({ method: 'HEAD', url: '/cdn/countdown.js' });
    assert.equal(head.statusCode, 200);
    assert.equal(head.body, '');
    assert.equal((await hub.app.inject('/api/v1/events')).statusCode, 200, 'API still wins over the site');
    assert.equal((await hub.app.inject('/missing.html')).statusCode, 404);
  });

  test('compresses text files for clients that accept it, with their own ETag', async () => {
    const source = 'export const greeting = "Сәлем";\n'.repeat(200);
    writeFileSync(join(cdn, 'big.js'), source);
    const br = await hub.app.inject({
      url: '/cdn/big.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    assert.equal(br.statusCode, 200);
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.equal(brotliDecompressSync(br.rawPayload).toString('utf8'), source);
    assert.ok(br.rawPayload.length < source.length / 10);
    const gzip = await hub.app.inject({ url: '/cdn/big.js', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzip.rawPayload).toString('utf8'), source);
    assert.notEqual(br.headers.etag, gzip.headers.etag);
    const again = await hub.app.inject({
      url: '/cdn/big.js',
      headers: { 'accept-encoding': 'br', 'if-none-match': br.headers.etag as string },
    });
    assert.equal(again.statusCode, 304);
    const plain = await hub.app.inject({ url: '/cdn/big.js', headers: { 'accept-encoding': 'br;q=0' } });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body, source);
  });

  test('no directory traversal', async () => {
    for (const url of [
      '/cdn/../secret.txt',
      '/cdn/%2e%2e/secret.txt',
      '/cdn/..%2fsecret.txt',
      '/cdn/%2e%2e%5csecret.txt',
      '/%2e%2e/secret.txt',
      '/..%2F..%2Fetc%2Fpasswd',
      '/cdn/countdown.js%00.html',
    ]) {
      const response = await hub.app.inject(url);
      assert.notEqual(response.statusCode, 200, url);
      assert.ok(!response.body.includes('secret') || response.statusCode !== 200, url);
      assert.ok(!response.body.includes('root:'), url);
    }
  });
});
