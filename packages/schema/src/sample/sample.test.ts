import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { REGIONS, parseEventFeed, parseEvents, pickLocalised, regionById } from '../index.js';
import {
  SAMPLE_ORIGIN,
  SAMPLE_PLACES,
  generateSampleEvents,
  isSampleEvent,
  sampleEventFeed,
} from './index.js';

const NOW = '2026-11-25T09:00:00Z';
const KZ = 5 * 3_600_000;

/** Great-circle distance in km. */
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

describe('generateSampleEvents', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateSampleEvents({ count: 300, seed: 42, now: NOW });
    const b = generateSampleEvents({ count: 300, seed: 42, now: new Date(NOW) });
    const c = generateSampleEvents({ count: 300, seed: 43, now: NOW });
    assert.equal(JSON.stringify(a), JSON.stringify(b));
    assert.notEqual(JSON.stringify(a), JSON.stringify(c));
    assert.deepEqual(
      generateSampleEvents({ count: 5, seed: 'demo', now: NOW }),
      generateSampleEvents({ count: 5, seed: 'demo', now: NOW }),
    );
  });

  it('makes events the schema keeps, every one of them', () => {
    const events = generateSampleEvents({ count: 2000, seed: 7, now: NOW });
    const { items, skipped } = parseEvents(events);
    assert.equal(skipped.length, 0);
    assert.equal(items.length, 2000);
    const feed = parseEventFeed(
      JSON.parse(JSON.stringify(sampleEventFeed({ count: 50, seed: 7, now: NOW }))),
    );
    assert.equal(feed.events.length, 50);
    assert.equal(feed.generatedAt, '2026-11-25T09:00:00.000Z');
    assert.equal(feed.skipped.length, 0);
  });

  it('marks every event as sample: id prefix, title prefix in each language, .example links', () => {
    for (const event of generateSampleEvents({ count: 500, seed: 3, now: NOW })) {
      assert.ok(isSampleEvent(event), event.id);
      assert.match(event.id, /^sample-\d{6}$/);
      assert.match(pickLocalised(event.title, 'kk'), /^Үлгі: /);
      assert.match(pickLocalised(event.title, 'ru'), /^Пример: /);
      const en = typeof event.title === 'string' ? undefined : event.title.en;
      if (en) assert.match(en, /^Sample: /);
      for (const link of [event.url, event.onlineUrl, event.organizer?.url]) {
        if (link) assert.ok(link.startsWith(`${SAMPLE_ORIGIN}/`), link);
      }
      assert.match(pickLocalised(event.organizer?.name, 'ru'), /пример/);
    }
    assert.equal(new Set(generateSampleEvents({ count: 5000, now: NOW }).map((e) => e.id)).size, 5000);
  });

  it('covers every region, type and status, with a population-like share', () => {
    const events = generateSampleEvents({ count: 10_000, seed: 11, now: NOW });
    const perRegion = new Map<string, number>();
    for (const e of events) perRegion.set(e.region, (perRegion.get(e.region) ?? 0) + 1);
    assert.equal(perRegion.size, 20);
    assert.ok(perRegion.get('almaty')! > perRegion.get('ulytau')! * 5);
    const types = new Set(events.map((e) => e.type));
    assert.deepEqual([...types].sort(), [
      'door-to-door',
      'info-stand',
      'meeting',
      'online',
      'other',
      'training',
    ]);
    const cancelled = events.filter((e) => e.status === 'cancelled').length;
    const postponed = events.filter((e) => e.status === 'postponed').length;
    assert.ok(cancelled > 300 && cancelled < 700, `cancelled ${cancelled}`);
    assert.ok(postponed > 150 && postponed < 450, `postponed ${postponed}`);
    assert.ok(
      events.some((e) => e.type !== 'online' && !e.location),
      'some have an address only',
    );
    assert.ok(
      events.some((e) => typeof e.title !== 'string' && !e.title.en),
      'some lack English',
    );
    // Even a tiny sample touches every region once.
    assert.equal(new Set(generateSampleEvents({ count: 20, now: NOW }).map((e) => e.region)).size, 20);
  });

  it('keeps to the regions asked for', () => {
    const events = generateSampleEvents({ count: 200, now: NOW, regions: ['karaganda', 'ulytau'] });
    assert.deepEqual([...new Set(events.map((e) => e.region))].sort(), ['karaganda', 'ulytau']);
    assert.throws(() => generateSampleEvents({ count: 1, now: NOW, regions: ['mars' as never] }), RangeError);
    assert.throws(() => generateSampleEvents({ count: -1, now: NOW }), RangeError);
    assert.throws(() => generateSampleEvents({ count: 1, now: 'yesterday' }), RangeError);
    assert.deepEqual(generateSampleEvents({ count: 0, now: NOW }), []);
  });

  it('places events near real localities of their region, with Kazakh and Russian names', () => {
    const events = generateSampleEvents({ count: 3000, seed: 5, now: NOW });
    for (const event of events) {
      const region = regionById(event.region)!;
      if (event.location) assert.ok(km(event.location, region.centreLocation) < 650, event.id);
      if (event.locality) {
        const kk = pickLocalised(event.locality, 'kk');
        const known = SAMPLE_PLACES[event.region].find((p) => p.kk === kk);
        assert.ok(known, `${kk} is a ${event.region} place`);
        assert.equal(pickLocalised(event.locality, 'ru'), known.ru);
        if (event.location) assert.ok(km(event.location, known) < 10, `${event.id} near ${kk}`);
      }
      if (event.type === 'online') assert.ok(event.onlineUrl);
      else assert.ok(event.address && event.locality);
    }
    // The centres of the gazetteer sit near the region centres of the schema.
    for (const region of REGIONS) {
      assert.ok(km(SAMPLE_PLACES[region.id][0], region.centreLocation) < 15, region.id);
    }
    const karaganda = events.find((e) => e.region === 'karaganda' && e.address)!;
    assert.match(pickLocalised(karaganda.address, 'ru'), /^(ул\.|пр\.) /);
    assert.match(pickLocalised(karaganda.address, 'kk'), /(көшесі|даңғылы), \d+/);
  });

  it('spreads starts over whole Kazakhstan days around now, at UTC+5 local times', () => {
    const now = Date.parse(NOW);
    const events = generateSampleEvents({ count: 4000, seed: 9, now, daysBefore: 7, daysAfter: 30 });
    const today = Math.floor((now + KZ) / 86_400_000);
    const days = new Set<number>();
    let past = 0;
    for (const e of events) {
      assert.match(e.start, /^\d{4}-\d\d-\d\dT\d\d:[03]0:00\+05:00$/);
      const start = Date.parse(e.start);
      assert.ok(Date.parse(e.end!) > start);
      const day = Math.floor((start + KZ) / 86_400_000) - today;
      assert.ok(day >= -7 && day <= 30, `${e.start} in window`);
      days.add(day);
      if (start < now) past++;
      const hour = Number(e.start.slice(11, 13));
      assert.ok(hour >= 9 && hour <= 21, e.start);
      assert.ok(Date.parse(e.updatedAt!) < now);
    }
    assert.equal(days.size, 38, 'every day of the window has events');
    assert.ok(past > 400 && past < 1400, `some are past (${past})`);
  });

  it('makes 50,000 events (the size the event finder is benchmarked at)', () => {
    const events = generateSampleEvents({ count: 50_000, seed: 1, now: NOW });
    assert.equal(events.length, 50_000);
    assert.equal(events[49_999].id, 'sample-050000');
  });
});
