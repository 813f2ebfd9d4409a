import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REGION_IDS, isLikelySpam, signupSchema, validateSignup, validateWith } from './index.js';
// Seeded, so a failure names an input that can be replayed.
import { prng as random } from './sample/prng.js';

/**
 * `validateSignup` is written without valibot (it ships in the volunteer form's bundle);
 * `signupSchema` declares the same contract with valibot (the JSON Schema comes from it). These
 * tests feed both the same inputs, valid and broken in every way a client could break them, and
 * require the same answer: the same output, or the same issues in the same order.
 */
const validSignup = (): Record<string, unknown> => ({
  name: 'Айгүл Сейтқали',
  phone: '+77011234567',
  email: 'aigul@example.kz',
  region: 'karaganda',
  locality: 'Теміртау',
  activities: ['door-to-door', 'online'],
  languages: ['kk', 'ru'],
  adult: true,
  consent: { personalData: true, textVersion: '2026-01', newsletter: false },
  partner: 'youth-union',
  eventId: 'evt-42',
  source: {
    page: 'https://partner.example.kz/join',
    referrer: 'https://t.me/',
    utm: { utm_source: 'telegram', utm_campaign: 'spring' },
  },
  locale: 'kk',
  website: '',
  elapsedMs: 45_000,
});

describe('signup validation', () => {
  it('accepts a complete signup and trims text', () => {
    const result = validateSignup({ ...validSignup(), name: '  Айгүл  ' });
    assert.ok(result.success);
    assert.equal(result.output.name, 'Айгүл');
  });

  it('reports each bad field with a code', () => {
    const result = validateSignup({
      ...validSignup(),
      name: ' ',
      phone: '8 701',
      email: 'not-an-email',
      region: 'moscow',
      activities: [],
      adult: false,
      consent: { personalData: false, textVersion: '2026-01', newsletter: false },
    });
    assert.ok(!result.success);
    const codes = Object.fromEntries(result.issues.map((i) => [i.field, i.code]));
    assert.deepEqual(codes, {
      name: 'required',
      phone: 'invalid-phone',
      email: 'invalid-email',
      region: 'invalid-region',
      activities: 'required',
      adult: 'must-accept',
      'consent.personalData': 'must-accept',
    });
  });

  it('rejects unknown fields and over-long strings', () => {
    const unknown = validateSignup({ ...validSignup(), isAdmin: true });
    assert.ok(!unknown.success);
    assert.equal(unknown.issues[0].code, 'unknown-field');
    const long = validateSignup({ ...validSignup(), name: 'а'.repeat(101) });
    assert.ok(!long.success);
    assert.deepEqual(long.issues, [{ field: 'name', code: 'too-long' }]);
  });

  it('reports missing required fields as required', () => {
    const { phone: _phone, ...withoutPhone } = validSignup();
    const result = validateSignup(withoutPhone);
    assert.ok(!result.success);
    assert.deepEqual(result.issues, [{ field: 'phone', code: 'required' }]);
  });

  it('flags the spam traps', () => {
    assert.equal(isLikelySpam({ website: 'http://spam', elapsedMs: 60_000 }), true);
    assert.equal(isLikelySpam({ website: '', elapsedMs: 900 }), true);
    assert.equal(isLikelySpam({ website: '', elapsedMs: 30_000 }), false);
  });
});

const MISSING = Symbol('missing');
const common: unknown[] = [MISSING, undefined, null, 0, 1, -1, 1.5, NaN, true, false, '', ' ', {}, [], 'x'];
const long = (n: number) => 'а'.repeat(n);

/** Values worth trying per field path, besides the common ones. */
const variants: Record<string, unknown[]> = {
  name: ['  Айгүл  ', long(100), long(101), ` ${long(100)} `, '\t\n'],
  phone: ['+77011234567', ' +77011234567 ', '87011234567', '+79161234567', '+7701123456', '+770112345678'],
  email: [
    'a@b.kz',
    ' a@b.kz ',
    'not-an-email',
    '  ',
    `${long(250)}@b.kz`,
    `${'a'.repeat(250)}@b.kz`,
    'a@b',
    'a.b@c-d.kz',
    'ä@b.kz',
  ],
  region: [...REGION_IDS.slice(0, 3), 'moscow', 'Almaty'],
  locality: ['  Алматы ', long(100), long(101)],
  activities: [
    ['door-to-door'],
    ['x'],
    ['x', 'events', 7],
    ['events', 'events'],
    Array(7).fill('events'),
    Array(6).fill('other'),
    'events',
    [null],
    Object.assign(new Array(2), { 1: 'events' }),
  ],
  languages: [['kk'], ['en', 'kk', 'ru'], ['de'], ['kk', 'kk', 'kk', 'kk'], [undefined], 'kk'],
  adult: ['true', 1],
  consent: ['yes', { personalData: true, textVersion: '2026-01', newsletter: false, extra: 1 }],
  'consent.personalData': ['true'],
  'consent.textVersion': ['  v1  ', long(40), long(41)],
  'consent.newsletter': ['false', 'true'],
  partner: ['youth-union', ' youth-union ', '-bad', 'a'.repeat(64), 'a'.repeat(65), 'with space', 'юнион'],
  eventId: [' evt ', long(100), long(101)],
  source: ['https://x', { page: 'https://x' }, { page: 'https://x', extra: true }],
  'source.page': [' https://x ', 'a'.repeat(2048), 'a'.repeat(2049)],
  'source.referrer': [' https://r ', 'a'.repeat(2049)],
  'source.utm': [{ utm_term: ' t ' }, { utm_id: 'x' }, { utm_source: long(201) }, 'utm'],
  'source.utm.utm_source': [' tg ', long(200), long(201)],
  locale: ['ru', 'en', 'de', 'KK'],
  website: ['http://spam', ' ', long(500), long(501)],
  elapsedMs: [0, -0, 2000, 1e21, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, '45000', 1999.5],
};
const extraKeys: Record<string, unknown> = {
  isAdmin: true,
  'consent.extra': 1,
  'source.extra': 1,
  'source.utm.extra': 1,
};

function withValue(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  const keys = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    const next = target[key];
    if (!next || typeof next !== 'object') return copy;
    target = next as Record<string, unknown>;
  }
  const last = keys.at(-1)!;
  if (value === MISSING) delete target[last];
  else target[last] = value;
  return copy;
}

function assertSame(input: unknown, label: string): void {
  assert.deepStrictEqual(validateSignup(input), validateWith(signupSchema, input), label);
}

describe('validateSignup agrees with signupSchema', () => {
  it('on a valid signup, and with optional fields left out', () => {
    assert.ok(validateSignup(validSignup()).success);
    assertSame(validSignup(), 'valid');
    let minimal = validSignup();
    for (const key of [
      'email',
      'locality',
      'partner',
      'eventId',
      'website',
      'source.referrer',
      'source.utm',
    ]) {
      minimal = withValue(minimal, key, MISSING);
      assertSame(minimal, `without ${key}`);
    }
    assert.ok(validateSignup(minimal).success);
    assertSame(withValue(validSignup(), 'email', undefined), 'email: undefined keeps the key');
  });

  it('on every field set to each broken or edge value', () => {
    let cases = 0;
    for (const [path, values] of Object.entries(variants)) {
      for (const value of [...common, ...values]) {
        assertSame(withValue(validSignup(), path, value), `${path} = ${String(value)}`);
        cases++;
      }
    }
    for (const [path, value] of Object.entries(extraKeys))
      assertSame(withValue(validSignup(), path, value), path);
    assert.ok(cases > 300);
  });

  it('on documents that are not signups at all', () => {
    for (const input of [...common, [validSignup()], 'signup', { ...validSignup(), extra: 1, more: 2 }]) {
      assertSame(input === MISSING ? undefined : input, String(input));
    }
  });

  it('on 5,000 signups with several fields broken at once', () => {
    const next = random(20_260_315);
    const paths = Object.keys(variants);
    for (let round = 0; round < 5000; round++) {
      let input = validSignup();
      const changes = 1 + Math.floor(next() * 5);
      for (let change = 0; change < changes; change++) {
        const path = paths[Math.floor(next() * paths.length)];
        const pool = [...common, ...variants[path]];
        input = withValue(input, path, pool[Math.floor(next() * pool.length)]);
      }
      if (next() < 0.2) input = withValue(input, Object.keys(extraKeys)[Math.floor(next() * 4)], 'x');
      assertSame(input, `round ${round}`);
    }
  });
});
