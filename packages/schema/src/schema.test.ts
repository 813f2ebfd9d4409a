import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  REGIONS,
  REGION_CENTRES,
  REGION_IDS,
  formatKzPhone,
  normaliseKzPhone,
  parseEventFeed,
  parseFaqFeed,
  pickLocalised,
  isRegionId,
  regionById,
  regionIdsByName,
  regionName,
  regionsByName,
} from './index.js';

describe('regions', () => {
  it('lists the 20 regions with unique numeric ISO 3166-2 codes', () => {
    assert.equal(REGIONS.length, 20);
    assert.equal(new Set(REGIONS.map((r) => r.iso)).size, 20);
    assert.ok(REGIONS.every((r) => /^KZ-\d{2}$/.test(r.iso)));
    assert.equal(regionById('abai')?.centre.en, 'Semey');
    assert.equal(regionById('ulytau')?.iso, 'KZ-62');
    assert.equal(regionById('jetisu')?.name.kk, 'Жетісу облысы');
  });

  it('gives widgets names and order without the rest of the table', () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      assert.deepEqual(
        regionIdsByName(locale),
        regionsByName(locale).map((r) => r.id),
      );
      for (const r of REGIONS) assert.equal(regionName(r.id, locale), r.name[locale]);
    }
    // In each language's alphabetical order.
    assert.deepEqual(regionIdsByName('kk').slice(0, 4), ['abai', 'akmola', 'aktobe', 'almaty']);
    assert.equal(regionIdsByName('ru')[0], 'akmola'); // Акмолинская; Абай is «область Абай»
    assert.ok(isRegionId('ulytau'));
    for (const bad of ['toString', 'constructor', '__proto__', 'Astana', '', null, 5])
      assert.equal(isRegionId(bad), false);
  });

  it('lists ids and centres in the order and with the values of the table', () => {
    assert.deepEqual(
      REGIONS.map((r) => r.id),
      REGION_IDS,
    );
    for (const r of REGIONS) assert.deepEqual(REGION_CENTRES[r.id], r.centreLocation);
    assert.deepEqual(regionById('abai')?.centreLocation, { lat: 50.4111, lon: 80.2275 });
  });
});

describe('pickLocalised', () => {
  it('falls back active → kk → ru → en', () => {
    assert.equal(pickLocalised({ kk: 'Сәлем', ru: 'Привет', en: 'Hi' }, 'ru'), 'Привет');
    assert.equal(pickLocalised({ ru: 'Привет', en: 'Hi' }, 'kk'), 'Привет');
    assert.equal(pickLocalised({ en: 'Hi' }, 'ru'), 'Hi');
    assert.equal(pickLocalised('Астана', 'en'), 'Астана');
    assert.equal(pickLocalised(undefined, 'en'), '');
  });
});

describe('Kazakhstan phone numbers', () => {
  it('normalises the common ways of typing a mobile number to E.164', () => {
    for (const typed of [
      '8 701 123 45 67',
      '+7 (701) 123-45-67',
      '87011234567',
      '77011234567',
      '701 123 4567',
    ]) {
      assert.equal(normaliseKzPhone(typed), '+77011234567', typed);
    }
  });
  it('rejects Russian and malformed numbers', () => {
    for (const typed of ['+7 916 123 45 67', '12345', '+1 202 555 0100', 'phone', '8 701 123 45 678']) {
      assert.equal(normaliseKzPhone(typed), undefined, typed);
    }
  });
  it('formats for people', () => assert.equal(formatKzPhone('+77011234567'), '+7 701 123 45 67'));
});

describe('event feed', () => {
  const event = (extra: Record<string, unknown> = {}) => ({
    id: 'e1',
    title: { kk: 'Кездесу', ru: 'Встреча' },
    type: 'meeting',
    start: '2026-03-01T18:00:00+05:00',
    region: 'astana',
    ...extra,
  });

  it('keeps valid events, defaults status, and lists the skipped ones', () => {
    const feed = parseEventFeed({
      version: 1,
      events: [
        event(),
        event({ id: 'e2', region: 'atlantis' }),
        event({ id: 'e3', end: '2026-03-01T17:00:00+05:00' }),
      ],
    });
    assert.deepEqual(
      feed.events.map((e) => [e.id, e.status]),
      [['e1', 'scheduled']],
    );
    assert.deepEqual(
      feed.skipped.map((s) => [s.id, s.issues[0]]),
      [
        ['e2', { field: 'region', code: 'invalid-region' }],
        ['e3', { field: 'end', code: 'end-before-start' }],
      ],
    );
  });

  it('drops non-https links but keeps the event', () => {
    const feed = parseEventFeed({
      version: 1,
      events: [event({ url: 'javascript:alert(1)', organizer: { name: 'Штаб', url: 'http://x.kz' } })],
    });
    assert.equal(feed.events.length, 1);
    assert.equal(feed.events[0].url, undefined);
    assert.equal(feed.events[0].organizer?.url, undefined);
  });

  it('requires an offset on times and rejects documents that are not feeds', () => {
    const feed = parseEventFeed({ version: 1, events: [event({ start: '2026-03-01 18:00' })] });
    assert.equal(feed.events.length, 0);
    assert.throws(() => parseEventFeed({ events: [] }), /Not a Dauys event feed/);
    assert.throws(() => parseEventFeed({ version: 2, events: [] }), /Not a Dauys event feed/);
  });
});

describe('FAQ feed', () => {
  it('keeps valid entries and skips ones without a usable id or question', () => {
    const feed = parseFaqFeed({
      version: 1,
      entries: [
        { id: 'when', question: { kk: 'Қашан?', ru: 'Когда?' }, answer: '15 наурыз' },
        { id: 'bad id!', question: 'Q', answer: 'A' },
        { id: 'empty', question: {}, answer: 'A' },
      ],
    });
    assert.deepEqual(
      feed.entries.map((e) => e.id),
      ['when'],
    );
    assert.deepEqual(
      feed.skipped.map((s) => s.id),
      ['bad id!', 'empty'],
    );
  });
});
