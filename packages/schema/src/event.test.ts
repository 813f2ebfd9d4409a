import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as v from 'valibot';
import {
  EventIntake,
  EventSurvey,
  contractInstant,
  dropUnsafeLinks,
  eventColumns,
  eventFeedSchema,
  eventSchema,
  fillEventColumns,
  isHttpsUrl,
  isHttpsUrlCached,
  isIsoDateTime,
  parseEventFeed,
  parseEvents,
  parseItems,
  validateEvent,
  validateWith,
  type CampaignEvent,
  type EventColumns,
} from './index.js';
import { generateSampleEvents } from './sample/index.js';
// A deterministic PRNG, so every run checks the same cases.
import { prng as random } from './sample/prng.js';

/**
 * Reading events without valibot must be invisible: for every input, parseEvents (shortcuts
 * included) keeps the same events as the valibot schema (same values, same keys in the
 * same order, `key: undefined` where valibot keeps one) and skips the same items with the same
 * issues in the same order.
 */

/** JSON with `undefined` spelled out, so key order and kept-undefined keys are compared too. */
const exact = (value: unknown) =>
  JSON.stringify(value, (_key, item: unknown) =>
    item === undefined
      ? '<undefined>'
      : typeof item === 'bigint' || typeof item === 'symbol' || typeof item === 'function'
        ? `<${typeof item} ${String(item)}>`
        : item,
  );

const base = (extra: Record<string, unknown> = {}) => ({
  id: 'e1',
  title: { kk: 'Кездесу', ru: 'Встреча' },
  type: 'meeting',
  start: '2026-03-01T18:00:00+05:00',
  region: 'astana',
  ...extra,
});

const URLS = [
  'https://example.kz/events/1',
  'https://sample.dauys.example/hq/astana?x=1#top',
  'https://EXAMPLE.KZ',
  'https://example.kz',
  'https://example.kz/path with spaces',
  'https://example.kz\\back',
  '  https://example.kz/padded  ',
  'HTTPS://example.kz/',
  'Https://example.kz/',
  'http://example.kz/',
  'javascript:alert(1)',
  'data:text/html,hi',
  'https://',
  'https:///x',
  'https://999.1.1.1/',
  'https://1.2.3.4/',
  'https://0x7f.1/',
  'https://example.123/',
  'https://xn--/',
  'https://xn--p1ai.xn--/',
  'https://xn--80ak6aa92e.com/',
  'https://a..b/',
  'https://.example.kz/',
  'https://example.kz./',
  'https://-bad-.kz/',
  'https://user@example.kz/',
  'https://user:pass@example.kz/',
  'https://example.kz:443/',
  'https://example.kz:99999/',
  'https://exa mple.kz/',
  'https://exa%41mple.kz/',
  'https://пример.қаз/',
  'https://[::1]/',
  'https://localhost/',
  'https://example.kz?q',
  'https://example.kz#f',
  `https://example.kz/${'a'.repeat(2030)}`,
  `https://example.kz/${'a'.repeat(2040)}`,
  '',
  '   ',
];

const DATES = [
  '2026-03-01T18:00:00+05:00',
  '2026-03-01T18:00+05:00',
  '2026-03-01T13:00:00Z',
  '2026-03-01T18:00:00.123+05:00',
  '2026-03-01T18:00:00.123456789+05:00',
  '  2026-03-01T18:00:00+05:00  ',
  '2026-03-01 18:00',
  '2026-03-01T18:00:00',
  '2026-02-31T10:00:00+05:00',
  '2026-02-29T10:00:00+05:00',
  '2026-13-01T10:00:00+05:00',
  '2026-03-01T25:00:00+05:00',
  '2026-03-01T24:00:00+05:00',
  '2026-03-01T18:60:00+05:00',
  '2026-03-01T18:00:00+25:00',
  '2026-03-01t18:00:00+05:00',
  '2026-03-01T18:00:00z',
  '+02026-03-01T18:00:00+05:00',
  '',
  'tomorrow',
];

const text = (length: number) => 'ә'.repeat(length);

/** Values for one field, good and bad, shared by the mutations below. */
const VARIANTS: Record<string, unknown[]> = {
  id: ['x', '  padded  ', '', '   ', text(100), text(101), 5, null, undefined, ['a'], {}],
  title: [
    'Кездесу',
    '  Кездесу  ',
    '',
    ' ',
    text(200),
    text(201),
    { kk: 'a' },
    { en: 'a' },
    { kk: 'a', ru: undefined },
    { kk: undefined },
    {},
    { kk: '' },
    { kk: ' a ', ru: ' b ', en: ' c ' },
    { ru: 'b', kk: 'a' },
    { kk: 'a', en: 'c', ru: 'b' },
    { en: 'c' },
    { kk: 'a', de: 'b' },
    { kk: text(201) },
    { kk: 5 },
    ['a'],
    null,
    7,
    Object.assign(Object.create(null), { kk: 'a' }),
  ],
  description: [undefined, 'd', '', text(5000), text(5001), { ru: 'd' }, { ru: '' }, 3],
  type: [...['meeting', 'door-to-door', 'info-stand', 'online', 'training', 'other'], 'party', '', null, 1],
  start: [...DATES, 5, null, undefined],
  end: [...DATES, '2026-03-01T17:59:59+05:00', '2026-03-01T13:00:00.000Z', undefined, null, 3],
  region: ['astana', 'karaganda', 'ulytau', 'Astana', 'atlantis', '', null, 3],
  locality: [
    undefined,
    'Теміртау',
    '',
    text(200),
    text(201),
    { kk: 'Теміртау', ru: 'Темиртау' },
    { kk: null },
  ],
  address: [undefined, 'Абай даңғылы, 10', text(300), text(301), { en: ' 1 Main St ' }, []],
  location: [
    undefined,
    { lat: 50.05, lon: 72.96 },
    { lat: 90, lon: -180 },
    { lat: 90.0001, lon: 0 },
    { lat: 0, lon: 180.5 },
    { lat: Number.NaN, lon: 0 },
    { lat: Number.POSITIVE_INFINITY, lon: 0 },
    { lat: '50', lon: '72' },
    { lat: 50 },
    { lat: 50, lon: 72, alt: 3 },
    { lon: 72.96, lat: 50.05 },
    { lon: 72 },
    null,
    [50, 72],
  ],
  url: [undefined, ...URLS, 5, null],
  onlineUrl: [undefined, ...URLS.slice(0, 14), null],
  organizer: [
    undefined,
    { name: 'Штаб' },
    { name: 'Штаб', url: 'https://example.kz/hq' },
    { name: 'Штаб', url: 'http://example.kz/hq' },
    { name: 'Штаб', url: 'https://999.1.1.1/' },
    { name: 'Штаб', url: undefined },
    { name: '' },
    { name: { ru: 'Штаб' }, extra: 1 },
    { url: 'https://example.kz/hq', name: 'Штаб' },
    { name: { ru: 'Штаб', kk: 'Штаб' }, url: 'https://example.kz/hq' },
    { name: { kk: ' Штаб ' }, url: 'https://example.kz/hq' },
    { url: 'https://example.kz' },
    'Штаб',
    null,
  ],
  status: [undefined, 'scheduled', 'cancelled', 'postponed', 'done', '', null],
  updatedAt: [undefined, ...DATES.slice(0, 8), 'yesterday'],
};

/** Events built from many combinations: each field of a sample event replaced now and then. */
function fuzzedEvents(count: number, seed: number): unknown[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const samples = generateSampleEvents({ count: 200, seed, now: '2026-11-25T00:00:00Z' }) as unknown[];
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const event: Record<string, unknown> = JSON.parse(JSON.stringify(next() < 0.5 ? pick(samples) : base()));
    const changes = Math.floor(next() * 3);
    for (let c = 0; c < changes; c++) {
      const field = pick(Object.keys(VARIANTS));
      const roll = next();
      if (roll < 0.15) delete event[field];
      else event[field] = pick(VARIANTS[field]);
    }
    if (next() < 0.05) event.unknownField = 'kept out';
    out.push(event);
  }
  return out;
}

const ODD_INPUTS: unknown[] = [
  null,
  undefined,
  'not an event',
  42,
  [],
  [base()],
  Object.assign(Object.create(null), base()),
  new (class Event {
    id = 'class';
    title = 'Class';
    type = 'meeting';
    start = '2026-03-01T18:00:00+05:00';
    region = 'astana';
  })(),
  new Date(),
  Object.create(base()),
];

/** An input, for a failure message (some hostile ones cannot be written as JSON). */
function describeInput(item: unknown): string {
  try {
    return exact(item);
  } catch {
    return String(item);
  }
}

/** How the hub reads a feed with valibot (and the widgets did before). */
const withSchema = (raw: readonly unknown[]) => parseItems(eventSchema, raw, dropUnsafeLinks);

function assertSameAsSchema(raw: readonly unknown[]) {
  for (const item of raw) {
    const ours = exact(validateEvent(item));
    const theirs = exact(validateWith(eventSchema, item));
    if (ours !== theirs) assert.equal(ours, theirs, describeInput(item));
  }
  const expected = exact(withSchema(raw));
  const result = parseEvents(raw);
  assert.equal(exact(result), expected);
  return result;
}

describe('parseEvents without valibot', () => {
  it('keeps exactly what the schema keeps, with the same output, for sample feeds', () => {
    const raw = JSON.parse(
      JSON.stringify(generateSampleEvents({ count: 3000, seed: 7, now: '2026-11-25T00:00:00Z' })),
    ) as unknown[];
    const result = assertSameAsSchema(raw);
    assert.equal(result.items.length, 3000);
    // The shortcuts kept every well-formed sample's nested objects as they are, uncopied (that
    // is the point of them).
    result.items.forEach((event, k) => {
      const input = raw[k] as Record<string, unknown>;
      for (const key of ['title', 'location', 'organizer'] as const) {
        if (typeof input[key] === 'object') assert.equal(event[key], input[key], `${key} of #${k}`);
      }
    });
    assert.ok(
      result.items.some((event) => typeof event.title === 'object' && event.location && event.organizer),
    );
  });

  it('skips and reports exactly what the schema does, for fuzzed events and odd inputs', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const raw = [...fuzzedEvents(1500, seed), ...ODD_INPUTS];
      const result = assertSameAsSchema(raw);
      // The mix has both outcomes in numbers, or it proves little.
      assert.ok(result.items.length > 200, `seed ${seed}: ${result.items.length} kept`);
      assert.ok(result.skipped.length > 200, `seed ${seed}: ${result.skipped.length} skipped`);
    }
  });

  it('agrees with the schema field by field on every listed value', () => {
    for (const [field, values] of Object.entries(VARIANTS)) {
      for (const value of values) {
        const raw = [
          base({ [field]: value }),
          { ...base(), [field]: value, end: '2026-03-01T20:00:00+05:00' },
        ];
        assertSameAsSchema(raw);
      }
    }
  });

  it('reads odd inputs as the schema does (a null-prototype object like a plain one)', () => {
    const result = assertSameAsSchema(ODD_INPUTS);
    assert.ok(result.items.length > 0 && result.skipped.length > 0);
  });

  it('gives the same answers the second time (the date and host memos)', () => {
    const raw = fuzzedEvents(800, 99);
    assert.equal(exact(parseEvents(raw)), exact(parseEvents(raw)));
    assertSameAsSchema(raw);
  });

  it('answers isHttpsUrl exactly, parsing each host once', () => {
    for (const url of [...URLS.map((u) => u.trim()), ...URLS]) {
      assert.equal(isHttpsUrlCached(url), isHttpsUrl(url), url);
      assert.equal(isHttpsUrlCached(url), isHttpsUrl(url), `${url} (cached)`);
    }
  });

  it('still runs the existing feed rules: status default, end before start, unsafe links dropped', () => {
    const result = assertSameAsSchema([
      base(),
      base({ id: 'e2', region: 'atlantis' }),
      base({ id: 'e3', end: '2026-03-01T17:00:00+05:00' }),
      base({ id: 'e4', url: 'javascript:alert(1)', organizer: { name: 'Штаб', url: 'http://x.kz' } }),
    ]);
    assert.deepEqual(
      result.items.map((e) => [e.id, e.status, e.url, e.organizer?.url]),
      [
        ['e1', 'scheduled', undefined, undefined],
        ['e4', 'scheduled', undefined, undefined],
      ],
    );
    assert.deepEqual(
      result.skipped.map((s) => [s.id, s.issues[0]]),
      [
        ['e2', { field: 'region', code: 'invalid-region' }],
        ['e3', { field: 'end', code: 'end-before-start' }],
      ],
    );
  });
});

/** An object valibot names "undefined" when it reports it (it names objects by constructor). */
const namedUndefined = Object.create({ constructor: { name: 'undefined' } }) as object;

/** Values no feed should hold, for any field and any nested field. */
const HOSTILE: unknown[] = [
  undefined,
  null,
  0,
  -0,
  1,
  Number.NaN,
  Number.NEGATIVE_INFINITY,
  -90,
  -180.0001,
  180,
  true,
  false,
  10n,
  Symbol('s'),
  () => 'x',
  '',
  ' ',
  '\u00a0x\u2028',
  '\ufeffx\ufeff',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  ' https://example.kz/ ',
  'https://example.kz/\u0000',
  ' 2026-03-01T18:00:00+05:00\n',
  '2026-03-01 18:00',
  '2026-03-01T20:00+05:00',
  'meeting',
  'astana',
  'cancelled',
  'ә'.repeat(5001),
  [],
  ['kk'],
  Object.assign([], { kk: 'a' }),
  {},
  { kk: 'a' },
  { kk: ' a ', ru: undefined },
  { kk: '', en: 'x' },
  { kk: 'ә'.repeat(301) },
  { ru: 5 },
  { kk: 'a', ru: null },
  { lat: 1, lon: 2 },
  { lat: '1', lon: 2 },
  { name: 'a' },
  { name: 'a', url: 'ftp://x' },
  Object.create({ kk: 'inherited' }),
  Object.create({ lat: 1, lon: 1 }),
  Object.assign(Object.create(null), { kk: 'a', name: 'b', lat: 1, lon: 1 }),
  new Date(0),
  new Map([['kk', 'a']]),
  new String('text'),
  new Number(5),
  namedUndefined,
];

/** Paths of nested fields the fuzz below changes too. */
const NESTED: string[][] = [
  ['title', 'kk'],
  ['title', 'ru'],
  ['title', 'en'],
  ['description', 'ru'],
  ['locality', 'kk'],
  ['address', 'en'],
  ['location', 'lat'],
  ['location', 'lon'],
  ['organizer', 'name'],
  ['organizer', 'url'],
  ['organizer', 'name', 'kk'],
];

/**
 * A new object to change a nested field in: a copy of `value` (same prototype, own keys) when
 * it is an object, else `{}`. The shared lists of values are never changed.
 */
function copyOf(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object') return {};
  const copy = Array.isArray(value) ? [] : Object.create(Object.getPrototypeOf(value) as object | null);
  return Object.assign(copy, value) as Record<string, unknown>;
}

/** Valid and sample events with up to four fields (top-level or nested) set to hostile values. */
function hostileEvents(count: number, seed: number): unknown[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const samples = generateSampleEvents({ count: 100, seed, now: '2026-11-25T00:00:00Z' }) as unknown[];
  const fields = Object.keys(VARIANTS);
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    let event: Record<string, unknown> = JSON.parse(JSON.stringify(next() < 0.5 ? pick(samples) : base()));
    const changes = Math.floor(next() * 5);
    for (let c = 0; c < changes; c++) {
      const roll = next();
      if (roll < 0.4) {
        const field = pick(fields);
        event[field] = next() < 0.5 ? pick(HOSTILE) : pick(VARIANTS[field]);
      } else if (roll < 0.85) {
        // A nested field, its parents made objects where they are not.
        const path = pick(NESTED);
        let at: Record<string, unknown> = event;
        for (const key of path.slice(0, -1)) at = at[key] = copyOf(at[key]);
        const last = path[path.length - 1];
        if (next() < 0.2) delete at[last];
        else at[last] = next() < 0.6 ? pick(HOSTILE) : pick(VARIANTS[path[0]] ?? HOSTILE);
      } else delete event[pick(fields)];
    }
    // Now and then the same fields inherited, or the event itself not a plain object.
    const shape = next();
    if (shape < 0.03) event = Object.create(event as object) as Record<string, unknown>;
    else if (shape < 0.05) event = Object.assign([], event) as unknown as Record<string, unknown>;
    else if (shape < 0.07) out.push(pick(HOSTILE));
    out.push(event);
  }
  return out;
}

describe('the full check without valibot, on hostile input', () => {
  it('agrees with the schema on every hostile value of every field', () => {
    let cases = 0;
    for (const field of Object.keys(VARIANTS)) {
      for (const value of HOSTILE) {
        assertSameAsSchema([
          base({ [field]: value }),
          { ...base({ end: '2026-03-01T17:00+05:00' }), [field]: value },
        ]);
        cases += 2;
      }
    }
    for (const path of NESTED) {
      for (const value of HOSTILE) {
        const event = base({ description: {}, locality: {}, address: {}, location: {}, organizer: {} });
        let at: Record<string, unknown> = event;
        for (const key of path.slice(0, -1)) at = at[key] = copyOf(at[key]);
        at[path[path.length - 1]] = value;
        assertSameAsSchema([event]);
        cases++;
      }
    }
    assertSameAsSchema(HOSTILE);
    assert.ok(cases > 1000, `${cases} cases`);
  });

  it('agrees with the schema on fuzzed hostile events, nested fields included', () => {
    for (let seed = 11; seed <= 14; seed++) {
      const result = assertSameAsSchema(hostileEvents(2000, seed));
      assert.ok(result.items.length > 300, `seed ${seed}: ${result.items.length} kept`);
      assert.ok(result.skipped.length > 800, `seed ${seed}: ${result.skipped.length} skipped`);
    }
  });

  it('reads the feed envelope as eventFeedSchema does', () => {
    // With a hole, which the schema reads as undefined.
    const events: unknown[] = [base(), base({ id: '' })];
    events[3] = base({ id: 'e3', url: 'javascript:x' });
    const envelopes: unknown[] = [
      ...HOSTILE,
      { version: 1, events },
      { version: 1, events: [] },
      { version: 1, generatedAt: ' 2026-11-25T00:00:00Z ', events },
      { version: 1, generatedAt: undefined, events },
      ...HOSTILE.map((generatedAt) => ({ version: 1, generatedAt, events })),
      ...HOSTILE.map((version) => ({ version, events })),
      ...HOSTILE.map((list) => ({ version: 1, events: list })),
      { version: '1', events },
      { events },
      { version: 1 },
      Object.create({ version: 1, events }),
      Object.assign([], { version: 1, events }),
    ];
    for (const json of envelopes) {
      const checked = v.safeParse(eventFeedSchema, json);
      if (!checked.success) {
        assert.throws(() => parseEventFeed(json), /Not a Dauys event feed/, exact(json));
        continue;
      }
      const { items, skipped } = withSchema(checked.output.events);
      assert.equal(
        exact(parseEventFeed(json)),
        exact({ version: 1, generatedAt: checked.output.generatedAt, events: items, skipped }),
      );
    }
  });
});

/** Column entries of the kept event at `k`, as plain numbers (NaN kept as NaN). */
const columnsAt = (columns: EventColumns, k: number) =>
  [columns.start, columns.end, columns.region, columns.type, columns.status, columns.lat, columns.lon].map(
    (column) => column[k],
  );

/** A feed with repeated ids, hostile text, unsafe links and malformed fields, for the intakes. */
function mixedFeed(seed: number): unknown[] {
  const raw = [...fuzzedEvents(1500, seed), ...ODD_INPUTS];
  // Repeats of earlier ids, some of them malformed themselves.
  for (let i = 0; i < 40; i++) raw.push(JSON.parse(JSON.stringify(raw[i * 7])));
  return raw;
}

describe('EventIntake and EventSurvey', () => {
  it('EventIntake keeps and skips exactly what parseEvents does, with columns and repeated ids', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const raw = mixedFeed(seed);
      const intake = new EventIntake(raw);
      while (!intake.take(300));
      const expected = parseEvents(raw);
      assert.equal(exact(intake.items), exact(expected.items));
      assert.deepEqual(intake.skipped, expected.skipped);
      assert.equal(intake.size, expected.items.length);
      const reference = eventColumns(intake.size);
      expected.items.forEach((event, k) => fillEventColumns(reference, k, event));
      for (let k = 0; k < intake.size; k++) {
        assert.deepEqual(columnsAt(intake.columns, k), columnsAt(reference, k), `columns of #${k}`);
        assert.equal(intake.id(k), expected.items[k].id);
      }
      const seen = new Set<string>();
      const repeats = expected.items.flatMap((event, k) =>
        seen.has(event.id) ? [k] : (seen.add(event.id), []),
      );
      assert.deepEqual(intake.duplicates, repeats);
      assert.ok(repeats.length > 0, 'the feed has repeated ids');
    }
  });

  it('EventSurvey keeps at least what a full validation keeps, and the same once each is read', () => {
    for (let seed = 1; seed <= 4; seed++) {
      const raw = mixedFeed(seed);
      const intake = new EventIntake(raw);
      intake.take(raw.length);
      const survey = new EventSurvey(raw);
      while (!survey.take(250));
      assert.ok(survey.size >= intake.size);
      // What the survey skipped is skipped for good, with the same issues.
      const skipped = new Map(intake.skipped.map((item) => [item.index, item]));
      for (const item of survey.skipped) assert.deepEqual(item, skipped.get(item.index));
      // Read in full, the provisionally kept events are the full validation's, in order.
      const read: CampaignEvent[] = [];
      const readColumns: number[][] = [];
      for (let k = 0; k < survey.size; k++) {
        const event = survey.event(k);
        if (event === undefined) continue;
        assert.equal(survey.id(k), event.id);
        read.push(event);
        readColumns.push(columnsAt(survey.columns, k));
      }
      assert.equal(exact(read), exact(intake.items));
      readColumns.forEach((entry, k) => assert.deepEqual(entry, columnsAt(intake.columns, k)));
      assert.ok(survey.size > intake.size, 'some events are malformed only outside the index fields');
    }
  });

  it('EventSurvey of a well-formed feed is the full validation already', () => {
    const raw = JSON.parse(
      JSON.stringify(generateSampleEvents({ count: 2500, seed: 11, now: '2026-11-25T00:00:00Z' })),
    ) as unknown[];
    raw.push({ ...(raw[3] as object) }); // one repeated id
    const survey = new EventSurvey(raw);
    survey.take(raw.length);
    const intake = new EventIntake(raw);
    intake.take(raw.length);
    assert.equal(survey.size, intake.size);
    assert.deepEqual(survey.duplicates, intake.duplicates);
    assert.deepEqual(survey.duplicates, [2500]);
    for (let k = 0; k < survey.size; k++) {
      assert.equal(survey.id(k), intake.id(k));
      assert.deepEqual(columnsAt(survey.columns, k), columnsAt(intake.columns, k));
    }
  });
});

describe('contractInstant', () => {
  it('answers only for date-times isIsoDateTime accepts, exactly as Date.parse', () => {
    const texts = [...DATES, '2026-12-31T23:59+05:00', '2024-02-29T00:00Z', '2025-02-29T00:00Z'];
    // Edge forms: leap days, far years and zones, each field just past its range.
    texts.push(
      '2026-03-15T07:00:00+05:00',
      '2026-03-15T07:00+05:00',
      '2026-12-31T23:59:59Z',
      '2026-01-01T00:00-03:30',
      '2026-03-15T07:00:00.250+05:00',
      '2026-02-30T07:00:00+05:00',
      '2024-02-29T23:59:59+14:00',
      '2000-03-01T00:00:00-12:00',
      '1969-12-31T23:59:59Z',
      '0400-02-29T12:00Z',
      '2100-02-29T12:00Z',
      '9999-12-31T23:59:59+00:00',
      '2026-13-01T07:00:00+05:00',
      '2026-00-10T07:00:00+05:00',
      '2026-03-00T07:00:00+05:00',
      '2026-03-15T24:00:00+05:00',
      '2026-03-15T07:60:00+05:00',
      '2026-03-15T07:00:60+05:00',
      '2026-03-15T07:00:00+24:00',
      '2026-03-15T07:00:00+05:60',
      '2026-03-1aT07:00:00+05:00',
      '2026-03-15t07:00:00+05:00',
      '2026-03-15T07:00:00 05:00',
    );
    const next = random(5);
    const two = (n: number) => String(n).padStart(2, '0');
    for (let i = 0; i < 20_000; i++) {
      const year = String(Math.floor(next() * 10_000)).padStart(4, '0');
      const seconds = next() < 0.5 ? `:${two(Math.floor(next() * 62))}` : '';
      const zone =
        next() < 0.2
          ? 'Z'
          : `${next() < 0.5 ? '+' : '-'}${two(Math.floor(next() * 26))}:${two(Math.floor(next() * 62))}`;
      texts.push(
        `${year}-${two(Math.floor(next() * 14))}-${two(Math.floor(next() * 33))}T${two(Math.floor(next() * 26))}:${two(Math.floor(next() * 62))}${seconds}${zone}`,
      );
    }
    let answered = 0;
    for (const value of texts) {
      const instant = contractInstant(value);
      if (Number.isNaN(instant)) continue;
      answered++;
      assert.ok(isIsoDateTime(value), value);
      assert.equal(instant, Date.parse(value), value);
    }
    assert.ok(answered > 5000, `${answered} answered`);
    assert.equal(contractInstant('2026-03-15T07:00:00+05:00'), Date.parse('2026-03-15T07:00:00+05:00'));
    assert.ok(Number.isNaN(contractInstant('2026-03-15T07:00:00.5+05:00'))); // left to Date.parse
  });
});
