import { expect } from '@open-wc/testing';
import { DEFAULT_FILTERS, type EventFilters } from './event-filter.js';
import { eventCalendarEntry, eventIcsFile } from './event-ics.js';
import { eventIdFromSearch, filtersFromSearch, urlWithEvent, urlWithFilters } from './event-url-state.js';
import { fixtureEvents } from './fixtures.js';
import { mapQuery, mapUrl, normaliseMapProvider } from './map-links.js';

const event = (id: string) => fixtureEvents().find((e) => e.id === id)!;

describe('filters in the page URL', () => {
  const page = 'https://partner.example.kz/news/events?page=2&utm_source=tg%20bot&list=a,b#section-3';

  it('round-trips every filter under its own prefix, keeping the host page parameters and hash', () => {
    const filters: EventFilters = {
      ...DEFAULT_FILTERS,
      region: 'karaganda',
      date: 'range',
      from: '2026-11-28',
      to: '2026-12-02',
      type: 'info-stand',
      q: 'Жастар & co',
    };
    const url = urlWithFilters(page, filters);
    expect(
      url.startsWith('https://partner.example.kz/news/events?page=2&utm_source=tg%20bot&list=a,b&'),
    ).to.equal(true);
    expect(url.endsWith('#section-3')).to.equal(true);
    expect(url).to.include('dauys-ef-region=karaganda');
    expect(url).to.include('dauys-ef-q=%D0%96%D0%B0%D1%81%D1%82%D0%B0%D1%80%20%26%20co');
    expect(filtersFromSearch(new URL(url).search)).to.deep.equal(filters);
    // Back to the defaults: the page URL is exactly what it was.
    expect(urlWithFilters(url, DEFAULT_FILTERS)).to.equal(page);
  });

  it('leaves defaults out, and says "all" when the element preselects a region', () => {
    expect(urlWithFilters(page, DEFAULT_FILTERS)).to.equal(page);
    const base = { ...DEFAULT_FILTERS, region: 'karaganda' as const };
    expect(urlWithFilters(page, base, base)).to.equal(page);
    const all = urlWithFilters(page, { ...base, region: '' }, base);
    expect(all).to.include('dauys-ef-region=all');
    expect(filtersFromSearch(new URL(all).search, base).region).to.equal('');
    expect(filtersFromSearch('', base).region).to.equal('karaganda');
  });

  it('ignores invalid values and never stores the visitor position', () => {
    const filters = filtersFromSearch(
      '?dauys-ef-region=%3Cscript%3E&dauys-ef-type=x&dauys-ef-date=soon&dauys-ef-from=2026-13-01',
    );
    expect(filters).to.deep.equal(DEFAULT_FILTERS);
    const url = urlWithFilters(page, { ...DEFAULT_FILTERS, radiusKm: 100, sort: 'distance' });
    expect(url).to.equal(page);
    // A from/to alone means a range.
    expect(filtersFromSearch('?dauys-ef-from=2026-12-01').date).to.equal('range');
  });

  it('links to one event for sharing', () => {
    const shared = urlWithEvent('https://partner.example.kz/events?x=1#top', 'karaganda-today');
    expect(shared).to.equal('https://partner.example.kz/events?x=1&dauys-ef-event=karaganda-today#top');
    expect(eventIdFromSearch(new URL(shared).search)).to.equal('karaganda-today');
    expect(eventIdFromSearch('?x=1')).to.equal(undefined);
  });
});

describe('map links', () => {
  it('puts a pin at the coordinates in 2GIS (default), Yandex or OpenStreetMap', () => {
    const e = event('karaganda-today');
    expect(mapUrl(e, '2gis')).to.equal('https://2gis.kz/geo/72.964,50.054');
    expect(mapUrl(e, 'yandex')).to.equal('https://yandex.kz/maps/?pt=72.964,50.054&z=17&l=map');
    expect(mapUrl(e, 'osm')).to.equal(
      'https://www.openstreetmap.org/?mlat=50.054&mlon=72.964#map=17/50.054/72.964',
    );
    expect(normaliseMapProvider(undefined)).to.equal('2gis');
    expect(normaliseMapProvider('OpenStreetMap')).to.equal('osm');
    expect(normaliseMapProvider('google')).to.equal('2gis');
  });

  it('searches for the address (in Russian first) when there are no coordinates', () => {
    const e = event('karaganda-next-week');
    expect(mapQuery(e)).to.equal('Караганда, Карагандинская область');
    expect(mapUrl(e, '2gis')).to.equal(
      `https://2gis.kz/search/${encodeURIComponent('Караганда, Карагандинская область')}`,
    );
    expect(mapUrl(e, 'osm')).to.match(/^https:\/\/www\.openstreetmap\.org\/search\?query=/);
    expect(mapUrl(event('online-sunday'), '2gis')).to.equal(undefined);
  });
});

describe('calendar file of an event', () => {
  it('is valid iCalendar with UTC times, escaped text and the https page', () => {
    const file = eventIcsFile(event('karaganda-today'), 'ru', Date.UTC(2026, 10, 25));
    // Long lines are folded at 75 octets (RFC 5545 §3.1); unfold to read them.
    const lines = file.text.replace(/\r\n /g, '').split('\r\n');
    expect(file.text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(
      true,
    );
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('BEGIN:VEVENT');
    expect(lines).to.include('UID:karaganda-today@dauys');
    expect(lines).to.include('DTSTART:20261125T130000Z');
    expect(lines).to.include('DTEND:20261125T150000Z');
    expect(lines).to.include('SUMMARY:Встреча с молодёжью');
    expect(lines).to.include('LOCATION:пр. Республики\\, 12\\, Темиртау\\, Карагандинская область');
    expect(lines).to.include('URL:https://example.kz/events/karaganda-today');
    expect(lines).to.include('GEO:50.054000;72.964000');
    expect(lines).to.include('STATUS:CONFIRMED');
    expect(file.text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(file.text).not.to.match(/[^\r]\n/);
    expect(file.name).to.equal('Встреча-с-молодёжью.ics');
  });

  it('marks postponed events tentative, links online ones, and never carries a non-https link', () => {
    const online = eventCalendarEntry(event('online-sunday'), 'kk');
    expect(online.status).to.equal('TENTATIVE');
    expect(online.location).to.equal('https://meet.example.kz/room');
    expect(online.end).to.equal(undefined);
    const hostile = eventCalendarEntry(
      { ...event('karaganda-today'), url: 'javascript:alert(1)', title: 'A; B, C\nD' },
      'en',
    );
    expect(hostile.url).to.equal(undefined);
    const ics = eventIcsFile(
      { ...event('karaganda-today'), url: 'javascript:alert(1)', title: 'A; B, C\nD' },
      'en',
    ).text;
    expect(ics).to.include('SUMMARY:A\\; B\\, C\\nD');
    expect(ics).not.to.include('javascript');
    expect(eventCalendarEntry(event('almaty-saturday'), 'kk').status).to.equal('CANCELLED');
  });
});
