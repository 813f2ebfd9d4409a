import { expect } from '@open-wc/testing';
import { EventIntake, EventSurvey, parseEvents } from '@dauys/schema';
import { generateSampleEvents } from '@dauys/schema/sample';
import { foldForSearch } from '../core/text-search.js';
import {
  DEFAULT_FILTERS,
  buildRows,
  dateWindow,
  filterEvents,
  hasActiveFilters,
  headerDay,
  normaliseFilters,
  type EventFilters,
} from './event-filter.js';
import { buildEventIndex, foldIndexText, kzDayNumber } from './event-index.js';
import { distanceKm, haversineKm } from './geo.js';
import { NOW, NOW_MS, fixtureEvents } from './fixtures.js';

const index = buildEventIndex(fixtureEvents());
const ids = (filters: Partial<EventFilters>, near?: { lat: number; lon: number }, now = NOW_MS) =>
  [...filterEvents(index, { ...DEFAULT_FILTERS, ...filters }, { now, near }).indices].map(
    (i) => index.event(i)!.id,
  );

describe('event index', () => {
  it('sorts by start, keeps typed columns and a region centre for events without a place', () => {
    expect(index.events.map((e) => e!.id)).to.deep.equal([
      'past',
      'karaganda-today',
      'almaty-saturday',
      'online-sunday',
      'karaganda-next-week',
      'ulytau-december',
    ]);
    const online = index.byId.get('online-sunday')!;
    expect(index.ownLocation[online]).to.equal(0);
    expect(index.lat[online]).to.be.closeTo(42.34, 0.01); // Shymkent's centre
    // No end: taken to last an hour.
    expect(index.end[online] - index.start[online]).to.equal(3_600_000);
    expect(index.day[index.byId.get('karaganda-today')!]).to.equal(kzDayNumber(NOW_MS));
  });

  it('folds search text exactly like the core search folding, only faster', () => {
    for (const text of ['ҚАРАҒАНДЫ Ёлка', 'ӘӨҮҰІҢҒҺ', 'İstanbul ΟΔΟΣ', 'Straße', 'Жезқазған']) {
      expect(foldIndexText(text)).to.equal(foldForSearch(text));
    }
  });
});

describe('filters', () => {
  it('hides events that ended before now, and shows ongoing ones', () => {
    expect(ids({})).to.not.include('past');
    expect(ids({}, undefined, Date.parse('2026-11-25T19:00:00+05:00'))).to.include('karaganda-today');
    expect(ids({}, undefined, Date.parse('2026-11-25T20:00:00+05:00'))).to.not.include('karaganda-today');
  });

  it('filters by region and by type', () => {
    expect(ids({ region: 'karaganda' })).to.deep.equal(['karaganda-today', 'karaganda-next-week']);
    expect(ids({ type: 'online' })).to.deep.equal(['online-sunday']);
    expect(ids({ region: 'karaganda', type: 'door-to-door' })).to.deep.equal(['karaganda-next-week']);
  });

  it('matches every search word in any language, case- and ё-insensitively, in Kazakh letters too', () => {
    expect(ids({ q: 'темиртау' })).to.deep.equal(['karaganda-today']);
    expect(ids({ q: 'ТЕМІРТАУ' })).to.deep.equal(['karaganda-today']);
    expect(ids({ q: 'елка' })).to.deep.equal(['ulytau-december']);
    expect(ids({ q: 'жезқазған встреча' })).to.deep.equal(['ulytau-december']);
    expect(ids({ q: 'Respublika  12' })).to.deep.equal(['karaganda-today']);
    expect(ids({ q: 'абая' })).to.deep.equal(['almaty-saturday']);
    expect(ids({ q: 'nowhere' })).to.deep.equal([]);
  });

  it('knows today, this week (to Sunday) and this weekend in Kazakhstan days', () => {
    expect(ids({ date: 'today' })).to.deep.equal(['karaganda-today']);
    expect(ids({ date: 'week' })).to.deep.equal(['karaganda-today', 'almaty-saturday', 'online-sunday']);
    expect(ids({ date: 'weekend' })).to.deep.equal(['almaty-saturday', 'online-sunday']);
    // On Sunday evening "this weekend" is what is left of Sunday.
    const sunday = Date.parse('2026-11-29T12:00:00+05:00');
    expect(ids({ date: 'weekend' }, undefined, sunday)).to.deep.equal(['online-sunday']);
    expect(ids({ date: 'week' }, undefined, sunday)).to.deep.equal(['online-sunday']);
  });

  it('takes a range of whole days, open on either side, in either order', () => {
    expect(ids({ date: 'range', from: '2026-11-28', to: '2026-12-02' })).to.deep.equal([
      'almaty-saturday',
      'online-sunday',
      'karaganda-next-week',
    ]);
    expect(ids({ date: 'range', from: '2026-12-02', to: '2026-11-28' })).to.have.length(3);
    expect(ids({ date: 'range', from: '2026-12-02' })).to.deep.equal([
      'karaganda-next-week',
      'ulytau-december',
    ]);
    expect(ids({ date: 'range', to: '2026-11-25' })).to.deep.equal(['karaganda-today']);
    expect(dateWindow({ date: 'range', from: '', to: '' }, NOW_MS)).to.equal(undefined);
  });

  it('day boundaries are UTC+5 whatever the browser zone says', () => {
    const window = dateWindow({ date: 'today', from: '', to: '' }, NOW_MS)!;
    expect(new Date(window.from).toISOString()).to.equal('2026-11-24T19:00:00.000Z');
    expect(new Date(window.until).toISOString()).to.equal('2026-11-25T19:00:00.000Z');
    const late = Date.parse('2026-11-25T23:30:00+05:00');
    expect(new Date(dateWindow({ date: 'today', from: '', to: '' }, late)!.from).toISOString()).to.equal(
      '2026-11-24T19:00:00.000Z',
    );
  });

  it('sorts by distance from the visitor and filters by radius (region centre when no place)', () => {
    const temirtau = { lat: 50.06, lon: 72.96 };
    expect(ids({ sort: 'distance', radiusKm: 25 }, temirtau)).to.deep.equal(['karaganda-today']);
    expect(ids({ sort: 'distance', radiusKm: 50 }, temirtau)).to.deep.equal([
      'karaganda-today',
      'karaganda-next-week', // no location: Karaganda's centre, about 30 km away
    ]);
    const order = ids({ sort: 'distance', radiusKm: 0 }, temirtau);
    expect(order[0]).to.equal('karaganda-today');
    expect(order[1]).to.equal('karaganda-next-week');
    expect(order).to.have.length(5);
    expect(order.at(-1)).to.equal('online-sunday'); // Shymkent's centre, about 900 km
    const result = filterEvents(
      index,
      { ...DEFAULT_FILTERS, sort: 'distance', radiusKm: 0 },
      { now: NOW_MS, near: temirtau },
    );
    const km = [...result.indices].map((i) => result.distances![i]);
    expect(km).to.deep.equal([...km].sort((a, b) => a - b));
    // Radius without a position does nothing.
    expect(ids({ radiusKm: 5 })).to.have.length(5);
  });

  it('narrows the previous result while typing and gets the same answer as a full scan', () => {
    const big = buildEventIndex(generateSampleEvents({ count: 3000, seed: 5, now: NOW }));
    const context = { now: NOW_MS };
    let previous = filterEvents(big, { ...DEFAULT_FILTERS, region: 'karaganda' }, context);
    for (const q of ['т', 'те', 'тем', 'теми', 'темир', 'темиртау', 'темиртау а']) {
      const filters = { ...DEFAULT_FILTERS, region: 'karaganda' as const, q };
      const narrowed = filterEvents(big, filters, context, previous);
      const full = filterEvents(big, filters, context);
      expect([...narrowed.indices]).to.deep.equal([...full.indices], q);
      previous = narrowed;
    }
    expect(previous.indices.length).to.be.greaterThan(0);
    // Deleting a letter widens: a full scan again, still right.
    const wider = filterEvents(big, { ...DEFAULT_FILTERS, region: 'karaganda', q: 'т' }, context, previous);
    expect(wider.indices.length).to.be.greaterThan(previous.indices.length);
    expect([...wider.indices]).to.deep.equal([
      ...filterEvents(big, { ...DEFAULT_FILTERS, region: 'karaganda', q: 'т' }, context).indices,
    ]);
  });

  it('groups rows by Kazakhstan day with header rows, or not at all', () => {
    const result = filterEvents(index, DEFAULT_FILTERS, { now: NOW_MS });
    const rows = buildRows(index, result.indices, true);
    const headers = rows.filter((row) => row < 0).map((row) => headerDay(row));
    expect(headers).to.have.length(5);
    expect(headers[0]).to.equal(kzDayNumber(NOW_MS));
    expect(rows.filter((row) => row >= 0)).to.deep.equal([...result.indices]);
    expect(buildRows(index, result.indices, false)).to.deep.equal([...result.indices]);
  });

  it('normalises loose input and knows when filters are active', () => {
    expect(
      normaliseFilters({ region: 'mars', date: 'yesterday', type: 'party', radiusKm: '7' }),
    ).to.deep.equal(DEFAULT_FILTERS);
    expect(normaliseFilters({ region: 'jetisu', from: '2026-02-30' }).from).to.equal('');
    expect(hasActiveFilters(DEFAULT_FILTERS)).to.equal(false);
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, q: '  ' })).to.equal(false);
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, date: 'range' })).to.equal(false);
    expect(hasActiveFilters({ ...DEFAULT_FILTERS, type: 'online' })).to.equal(true);
    const base = { ...DEFAULT_FILTERS, region: 'karaganda' as const };
    expect(hasActiveFilters(base, base)).to.equal(false);
  });

  it('filters 50,000 events with every filter without skipping any valid one', () => {
    const events = generateSampleEvents({ count: 50_000, seed: 1, now: NOW });
    expect(parseEvents(events.slice(0, 500)).skipped).to.have.length(0);
    const big = buildEventIndex(events);
    const result = filterEvents(
      big,
      { ...DEFAULT_FILTERS, region: 'almaty', type: 'meeting', date: 'week', q: 'жастар' },
      { now: NOW_MS },
    );
    const expected = events.filter(
      (e) =>
        e.region === 'almaty' &&
        e.type === 'meeting' &&
        Date.parse(e.end!) > NOW_MS &&
        Date.parse(e.start) < Date.parse('2026-11-30T00:00:00+05:00') &&
        foldForSearch(JSON.stringify([e.title, e.locality, e.address])).includes('жастар'),
    );
    expect(result.indices.length).to.equal(expected.length);
    expect(result.indices.length).to.be.greaterThan(0);
  });
});

describe('geo', () => {
  it('measures great-circle distances', () => {
    // Astana – Almaty is about 970 km as the crow flies.
    expect(distanceKm({ lat: 51.1694, lon: 71.4491 }, { lat: 43.2389, lon: 76.8897 })).to.be.closeTo(970, 15);
    expect(haversineKm(43, 76, 43, 76)).to.equal(0);
  });
});

describe('index of a surveyed feed', () => {
  it('has the columns, order, repeats and ids of the index of the validated events', () => {
    const raw = JSON.parse(
      JSON.stringify(generateSampleEvents({ count: 2600, seed: 8, now: NOW })),
    ) as unknown[];
    raw.splice(
      100,
      0,
      { ...(raw[5] as object) },
      { ...(raw[9] as object), id: 'empty-title', title: '' },
      'junk',
    );
    const intake = new EventIntake(raw);
    intake.take(raw.length);
    const survey = new EventSurvey(raw);
    survey.take(raw.length);
    const full = buildEventIndex(intake.items);
    const quick = buildEventIndex(survey);
    // The survey kept the event with the empty title for now; everything else lines up.
    expect(quick.size).to.equal(full.size + 1);
    expect(full.duplicates).to.deep.equal(intake.duplicates);
    const ids = (index: typeof full) =>
      Array.from({ length: index.size }, (_, i) => index.event(i)?.id ?? '(malformed)');
    const quickIds = ids(quick);
    const malformed = quickIds.indexOf('(malformed)');
    expect(malformed).to.be.greaterThan(-1);
    const same = <T>(items: ArrayLike<T>) => Array.from(items).filter((_, i) => i !== malformed);
    expect(same(quickIds)).to.deep.equal(ids(full));
    for (const column of [
      'start',
      'end',
      'day',
      'region',
      'type',
      'status',
      'lat',
      'lon',
      'ownLocation',
    ] as const) {
      expect(same(quick[column]), column).to.deep.equal(Array.from(full[column]));
    }
    expect(quick.byId.get(quickIds[10])).to.equal(10);
    expect(full.byId.get(quickIds[10])).to.equal(10);
  });

  it('validates events only when read, and takes the events of the full pass when they agree', () => {
    const raw = JSON.parse(
      JSON.stringify(generateSampleEvents({ count: 2200, seed: 12, now: NOW })),
    ) as unknown[];
    const survey = new EventSurvey(raw);
    survey.take(raw.length);
    const index = buildEventIndex(survey, { lazyText: true });
    expect(index.events.filter(Boolean)).to.have.length(0);
    const first = index.event(0)!;
    expect(index.events.filter(Boolean)).to.have.length(1);
    const intake = new EventIntake(raw);
    intake.take(raw.length);
    index.settle(intake.items);
    expect(index.events.every(Boolean)).to.equal(true);
    expect(index.event(0)).to.equal(first);
    expect(index.byId.get(first.id)).to.equal(0);
    expect(index.event(1)!.id).to.equal(buildEventIndex(intake.items).event(1)!.id);
  });
});
