import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Signup } from '@dauys/schema';
import { main } from './cli.js';
import { SIGNUP_CSV_COLUMNS, signupsCsv, signupsCsvPieces } from './feeds.js';
import { UTF8_BOM } from './csv.js';
import { createHub } from './server.js';
import { collectPages, type HubStore, type SignupFilter, type StoredSignup } from './store.js';
import {
  ADMIN_TOKEN,
  ENGINES,
  admin,
  newHub,
  signupBody,
  stopPostgres,
  type TestHub,
} from './testing/harness.js';

after(stopPostgres);

/** Values a spreadsheet or a CSV reader could trip on, and a stored signup may hold. */
const HOSTILE = [
  '=HYPERLINK("https://evil.example","click")',
  '+77010000000',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  'Иванов, Пётр',
  'Нұрлан "Нұрик" Әбішев',
  'Гүлнар\nЖолдасқызы',
  'line\r\nbreak',
  ' leading and trailing ',
  '"',
  ',',
  '',
  'Өскемен 🇰🇿 𝒜',
  "'already quoted",
];

const pick = (i: number, salt: number) => HOSTILE[(i * 7 + salt) % HOSTILE.length];

/**
 * Signups with hostile values in every text column, ids in shuffled order, and many sharing the
 * same millisecond of receipt (so pages break inside a run of equal times).
 */
function hostileSignups(count: number): { id: string; receivedAt: string; signup: Signup }[] {
  const base = signupBody();
  const regions = ['astana', 'almaty', 'abai'] as const;
  return Array.from({ length: count }, (_, i) => {
    const receivedAt = new Date(Date.UTC(2026, 1, 1) + Math.floor(i / 9) * 1000).toISOString();
    const utm = i % 5 ? { utm_source: pick(i, 3), utm_campaign: pick(i, 4) } : undefined;
    const signup = {
      name: `${pick(i, 0)} ${i}`,
      phone: `+7701${String(i).padStart(7, '0')}`,
      ...(i % 3 ? { email: pick(i, 1) } : {}),
      region: regions[i % 3],
      ...(i % 2 ? { locality: pick(i, 2) } : {}),
      activities: base.activities,
      languages: base.languages,
      adult: true,
      consent: { personalData: true, textVersion: i % 4 ? '2026-01-15' : '=v2', newsletter: i % 2 === 0 },
      ...(i % 4 ? { partner: i % 8 === 1 ? '-p' : 'jastar-ortalygy' } : {}),
      ...(i % 6 ? { eventId: pick(i, 5) } : {}),
      locale: 'kk',
      source: {
        page: `https://partner.example.kz/${pick(i, 6)}`,
        ...(i % 7 ? { referrer: pick(i, 7) } : {}),
        ...(utm ? { utm } : {}),
      },
    } as unknown as Signup;
    // Ids that do not follow the time order, and sort the same way under any collation.
    const id = `s${String((i * 7919) % 100_003).padStart(6, '0')}`;
    return { id, receivedAt, signup };
  });
}

async function insertAll(store: HubStore, people: ReturnType<typeof hostileSignups>) {
  for (const { id, receivedAt, signup } of people) {
    const result = await store.insertSignup({
      id,
      idempotencyKey: `k-${id}`,
      requestHash: 'h',
      receivedAt,
      signup,
    });
    assert.equal(result.created, true);
  }
}

/** What the export wrote before it was streamed: every record in order, one `toCsv` string. */
function referenceCsv(
  people: ReturnType<typeof hostileSignups>,
  keep: (s: Signup, at: string) => boolean = () => true,
) {
  const records: StoredSignup[] = people
    .filter((p) => keep(p.signup, p.receivedAt))
    .sort((a, b) =>
      a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : a.id < b.id ? -1 : 1,
    )
    .map(({ id, receivedAt, signup }) => ({
      id,
      receivedAt,
      consentAt: receivedAt,
      consentVersion: signup.consent.textVersion,
      signup,
    }));
  return { records, csv: signupsCsv(records) };
}

async function runCli(args: string[], env: Record<string, string>) {
  const pieces: string[] = [];
  const err: string[] = [];
  const code = await main(
    args,
    { DATABASE_URL: '', ...env },
    {
      info: (text) => void pieces.push(`${text}\n`),
      error: (text) => void err.push(text),
      write: async (text) => {
        pieces.push(text);
        await sleep(0); // a consumer that takes its time
      },
    },
  );
  return { code, out: pieces.join(''), err: err.join('\n'), pieces: pieces.length };
}

for (const engine of ENGINES) {
  describe(`streamed signups export on ${engine}`, () => {
    const people = hostileSignups(321);
    let hub: TestHub;
    before(async () => {
      hub = await newHub(engine);
      await insertAll(hub.store, people);
    });
    after(() => hub.close());

    test('pages follow (received_at, id) across runs of equal times, each row once', async () => {
      const { records } = referenceCsv(people);
      const sizes: number[] = [];
      const ids: string[] = [];
      for await (const page of hub.store.signupPages({}, 7)) {
        sizes.push(page.length);
        ids.push(...page.map((r) => r.id));
      }
      assert.deepEqual(
        ids,
        records.map((r) => r.id),
      );
      assert.equal(sizes.length, Math.ceil(321 / 7));
      assert.ok(sizes.slice(0, -1).every((size) => size === 7));
      assert.deepEqual(await collectPages(hub.store.signupPages({}, 321)), await hub.store.listSignups());
      assert.deepEqual(
        (await hub.store.listSignups()).map((r) => r.id),
        ids,
      );
    });

    test('filtered pages hold exactly what the filter selects', async () => {
      const from = '2026-02-01T00:00:10.000Z';
      const to = '2026-02-01T00:00:30.000Z';
      const filter: SignupFilter = { region: 'almaty', partner: 'jastar-ortalygy', from, to };
      const expected = referenceCsv(
        people,
        (s, at) => s.region === 'almaty' && s.partner === 'jastar-ortalygy' && at >= from && at <= to,
      );
      assert.ok(expected.records.length > 5);
      const ids = (await collectPages(hub.store.signupPages(filter, 4))).map((r) => r.id);
      assert.deepEqual(
        ids,
        expected.records.map((r) => r.id),
      );
    });

    test('the pieces join to the very bytes of the in-memory document, at any page size', async () => {
      const { csv } = referenceCsv(people);
      for (const size of [1, 7, 1000]) {
        let text = '';
        for await (const piece of signupsCsvPieces(hub.store.signupPages({}, size))) text += piece;
        assert.equal(text, csv, `page size ${size}`);
      }
      let empty = '';
      for await (const piece of signupsCsvPieces(hub.store.signupPages({ region: 'mangystau' })))
        empty += piece;
      assert.equal(empty, signupsCsv([]));
      assert.equal(empty, `${UTF8_BOM}${SIGNUP_CSV_COLUMNS.join(',')}\r\n`);
    });

    test('GET admin/signups.csv sends the same bytes as before, BOM and header first', async () => {
      const { csv } = referenceCsv(people);
      const response = await hub.app.inject({ url: '/api/v1/admin/signups.csv', headers: admin });
      assert.equal(response.statusCode, 200);
      assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
      assert.ok(Buffer.from(response.rawPayload).equals(Buffer.from(csv, 'utf8')));
      const filtered = await hub.app.inject({
        url: '/api/v1/admin/signups.csv?region=abai&to=2026-02-01',
        headers: admin,
      });
      const expected = referenceCsv(
        people,
        (s, at) => s.region === 'abai' && at <= '2026-02-01T18:59:59.999Z',
      );
      assert.equal(filtered.body, expected.csv);
    });

    test('export-signups writes the same bytes to stdout (piece by piece) and to --out', async () => {
      const { csv } = referenceCsv(people);
      const { env, args } = hub.location.cli;
      const stdout = await runCli(['export-signups', ...args], env);
      assert.equal(stdout.code, 0, stdout.err);
      assert.equal(stdout.out, csv);
      const dir = mkdtempSync(join(tmpdir(), 'dauys-export-'));
      try {
        const file = join(dir, 'signups.csv');
        const written = await runCli(['export-signups', '--out', file, ...args], env);
        assert.equal(written.code, 0, written.err);
        assert.match(written.out, /wrote 321 signups/);
        assert.ok(readFileSync(file).equals(Buffer.from(csv, 'utf8')));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

describe('a database that fails during the export', () => {
  let base: TestHub;
  let app: TestHub['app'];
  let failAfter = 0;
  before(async () => {
    base = await newHub('sqlite');
    await insertAll(base.store, hostileSignups(30));
    const store: HubStore = {
      ...base.store,
      async *signupPages(filter) {
        let pages = 0;
        for await (const page of base.store.signupPages(filter, 10)) {
          if (pages++ === failAfter) throw new Error('connection lost');
          yield page;
        }
      },
    };
    app = await createHub({ store, adminToken: ADMIN_TOKEN, rateLimit: false, cdnDir: null });
    await app.listen({ host: '127.0.0.1', port: 0 });
  });
  after(async () => {
    await app.close();
    await base.close();
  });

  const get = async () => {
    const { port } = app.server.address() as { port: number };
    return new Promise<{ status: number; body: string; complete: boolean }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/api/v1/admin/signups.csv', headers: admin },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('close', () => resolve({ status: res.statusCode ?? 0, body, complete: res.complete }));
        },
      );
      req.on('error', reject);
      req.end();
    });
  };

  test('before the first page: 500, not an empty 200', async () => {
    failAfter = 0;
    const response = await get();
    assert.equal(response.status, 500);
    assert.deepEqual(JSON.parse(response.body), { error: 'internal' });
  });

  test('after the first page: the transfer is cut off, never a short file that looks whole', async () => {
    failAfter = 1;
    const response = await get();
    assert.equal(response.status, 200);
    assert.equal(response.complete, false);
    assert.ok(response.body.startsWith(UTF8_BOM));
  });
});

describe('backpressure', () => {
  let hub: TestHub;
  let pagesRead = 0;
  let finished = false;
  const row = hostileSignups(1)[0];
  const bigRow: StoredSignup = {
    id: row.id,
    receivedAt: row.receivedAt,
    consentAt: row.receivedAt,
    consentVersion: '2026-01-15',
    signup: { ...row.signup, locality: 'Ақтөбе '.repeat(150) },
  };
  before(async () => {
    const base = await newHub('sqlite');
    // The same hub, but its export never ends: only backpressure keeps it from running away.
    const store: HubStore = {
      ...base.store,
      async *signupPages() {
        try {
          for (;;) {
            pagesRead++;
            yield Array(10).fill(bigRow);
          }
        } finally {
          finished = true;
        }
      },
    };
    const app = await createHub({ store, adminToken: ADMIN_TOKEN, rateLimit: false, cdnDir: null });
    await app.listen({ host: '127.0.0.1', port: 0 });
    hub = { ...base, app, close: async () => (await app.close(), await base.close()) };
  });
  after(() => hub.close());

  test('a client that stops reading stops the reading of pages; one that leaves ends them', async () => {
    const { port } = hub.app.server.address() as { port: number };
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path: '/api/v1/admin/signups.csv', headers: admin },
        resolve,
      );
      req.on('error', reject);
      req.end();
    });
    assert.equal(response.statusCode, 200);
    const first: Buffer = await new Promise((resolve) => response.once('data', resolve));
    response.pause();
    assert.ok(first.subarray(0, 3).equals(Buffer.from(UTF8_BOM, 'utf8')));
    await sleep(300);
    const held = pagesRead;
    await sleep(300);
    assert.equal(pagesRead, held, 'no more pages while the client does not read');
    // Socket buffers hold some pages; far fewer than a runaway loop would make in 600 ms.
    assert.ok(held < 2000, `${held} pages read ahead`);
    response.destroy();
    for (let i = 0; i < 50 && !finished; i++) await sleep(20);
    assert.ok(finished, 'the pages stop when the client goes away');
  });
});
