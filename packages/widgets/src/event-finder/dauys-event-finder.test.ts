import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import type { CampaignEvent } from '@dauys/schema';
import { generateSampleEvents } from '@dauys/schema/sample';
import { clearFeedCache } from '../core/feed.js';
import type { DauysEventFinder } from './dauys-event-finder.js';
import './define.js';
import { NOW, fixtureEvents } from './fixtures.js';

type Finder = DauysEventFinder;

const $ = <T extends Element = HTMLElement>(el: Finder, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector) as T;
const $$ = (el: Finder, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = (el: Finder) => $$(el, '.title-button').map(text);
const count = (el: Finder) => text($(el, '.count'));

interface FinderOptions {
  region?: string;
  mapProvider?: string;
  /** Keep the filters in the page URL (off unless a test is about it). */
  urlState?: boolean;
  /** The pinned clock (default NOW). */
  now?: string;
  silence?: string;
  silenceFrom?: string;
  silenceUntil?: string;
}

/** The element itself carries `lang`: a Lit fixture resolves on updateComplete, not on a frame. */
async function finder(
  events: readonly unknown[] = fixtureEvents(),
  lang = 'en',
  options: FinderOptions = {},
) {
  const el = await fixture<Finder>(
    html`<dauys-event-finder
      lang=${lang}
      now=${options.now ?? NOW}
      url-state=${options.urlState ? nothing : 'off'}
      region=${options.region ?? nothing}
      map-provider=${options.mapProvider ?? nothing}
      silence=${options.silence ?? nothing}
      silence-from=${options.silenceFrom ?? nothing}
      silence-until=${options.silenceUntil ?? nothing}
      .events=${events as CampaignEvent[]}
    ></dauys-event-finder>`,
  );
  await el.updateComplete;
  return el;
}

/** A finder that loads `src`; it resolves before the feed is in. */
const fromFeed = (src: string, lang = 'en') =>
  fixture<Finder>(
    html`<dauys-event-finder lang=${lang} now=${NOW} url-state="off" src=${src}></dauys-event-finder>`,
  );

/** Runs `body` with every console.warn call's arguments collected in `warnings`. */
async function withWarnings(body: (warnings: unknown[][]) => Promise<void>) {
  const warn = console.warn;
  const warnings: unknown[][] = [];
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    await body(warnings);
  } finally {
    console.warn = warn;
  }
}

async function choose(el: Finder, selector: string, value: string) {
  const select = $<HTMLSelectElement>(el, selector);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function type(el: Finder, value: string) {
  const input = $<HTMLInputElement>(el, '#q');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

describe('<dauys-event-finder>', () => {
  // The virtualizer's layout pass makes Chromium report a harmless "ResizeObserver loop
  // completed with undelivered notifications" as a window error; the virtualizer's own test
  // helper keeps it out of the test log.
  setupIgnoreWindowResizeObserverLoopErrors(before, after, { suppressErrorLogging: true });
  const page = location.href;
  afterEach(() => {
    history.replaceState(null, '', page);
    clearFeedCache();
  });

  describe('list', () => {
    it('groups upcoming events by Kazakhstan day, hides past ones, and marks status in words', async () => {
      const el = await finder();
      expect(count(el)).to.equal('5 events');
      expect($$(el, '.day').map(text)).to.deep.equal([
        'Today, Wednesday, 25 November',
        'Saturday, 28 November',
        'Sunday, 29 November',
        'Wednesday, 2 December',
        'Sunday, 20 December',
      ]);
      expect(titles(el)).to.not.include('Past meeting');
      const first = $(el, '.event');
      expect(text(first.querySelector('time'))).to.equal('18:00–20:00');
      expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-25T18:00:00+05:00');
      expect(text(first.querySelector('.badge'))).to.equal('Meeting');
      expect(text(first.querySelector('.place'))).to.equal(
        'Temirtau · 12 Respublika Avenue · Karaganda Region',
      );
      const cancelled = $$(el, '.event').find((e) => e.dataset.status === 'cancelled')!;
      expect(text(cancelled.querySelector('[part=status]'))).to.equal('Cancelled');
      expect(
        text(
          $$(el, '.event')
            .find((e) => e.dataset.status === 'postponed')!
            .querySelector('[part=status]'),
        ),
      ).to.equal('Postponed');
      expect(text($(el, '.times-note'))).to.equal('Times are Kazakhstan time (UTC+5).');
      expect($$(el, '[role=heading][aria-level="3"]')).to.have.length(5);
      expect($$(el, '[role=heading][aria-level="4"]')).to.have.length(5);
      await expect(el).to.be.accessible();
    });

    it('speaks Kazakh from its own tables and Russian with plurals', async () => {
      const kk = await finder(undefined, 'kk');
      expect(count(kk)).to.equal('5 іс-шара');
      expect(text($(kk, '.day'))).to.equal('Бүгін, 25 қараша, сәрсенбі');
      expect(text($(kk, '.badge'))).to.equal('Кездесу');
      expect(text($(kk, 'label[for=region]'))).to.equal('Өңір');
      expect(titles(kk)[0]).to.equal('Жастармен кездесу');
      const ru = await finder(undefined, 'ru');
      expect(count(ru)).to.equal('5 мероприятий');
      expect(text($(ru, '.day'))).to.equal('Сегодня, среда, 25 ноября');
      expect(text($$(ru, '.day')[1])).to.equal('Суббота, 28 ноября');
      expect(text($$(ru, '.event')[1].querySelector('[part=status]'))).to.equal('Отменено');
      await type(ru, 'Караганда');
      expect(count(ru)).to.equal('1 мероприятие');
      await type(ru, 'встреча');
      expect(count(ru)).to.equal('3 мероприятия');
      await expect(ru).to.be.accessible();
    });

    it('announces the number of results politely, once typing settles', async () => {
      const el = await finder();
      const live = $(el, '[role=status]');
      expect(live.getAttribute('aria-live')).to.equal('polite');
      await aTimeout(700);
      expect(text(live)).to.equal('5 events found.');
      await type(el, 'k');
      await type(el, 'ka');
      await type(el, 'kar');
      expect(text(live)).to.equal('5 events found.');
      await aTimeout(700);
      expect(text(live)).to.equal('1 event found.');
    });

    it('opens an event: shows its details and tells the host page', async () => {
      const el = await finder();
      const button = $$(el, '.title-button')[0];
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = $(el, `#${button.getAttribute('aria-controls')}`);
      expect(panel.hidden).to.equal(true);
      setTimeout(() => button.click());
      const { detail } = await oneEvent(el, 'dauys-event-select');
      expect(detail.eventId).to.equal('karaganda-today');
      expect(detail.title).to.deep.equal(
        fixtureEvents().find((event) => event.id === 'karaganda-today')!.title,
      );
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('links details (https only), the map of the chosen provider and online rooms', async () => {
      const el = await finder(undefined, 'en', { mapProvider: 'yandex' });
      const first = $$(el, '.event')[0];
      const links = [...first.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
      expect(links).to.deep.equal([
        ['Details (opens in a new tab)', 'https://example.kz/events/karaganda-today'],
        ['Map (opens in a new tab)', 'https://yandex.kz/maps/?pt=72.964,50.054&z=17&l=map'],
      ]);
      const online = $$(el, '.event').find((e) => text(e).includes('Online meeting'))!;
      expect(online.querySelector('a')!.getAttribute('href')).to.equal('https://meet.example.kz/room');
      const osm = await finder(undefined, 'en', { mapProvider: 'osm' });
      expect($$(osm, '.event')[0].querySelectorAll('a')[1].getAttribute('href')).to.match(
        /^https:\/\/www\.openstreetmap\.org\//,
      );
      const twoGis = await finder();
      expect($$(twoGis, '.event')[0].querySelectorAll('a')[1].getAttribute('href')).to.equal(
        'https://2gis.kz/geo/72.964,50.054',
      );
    });

    it('renders hostile text as text and never links a javascript: URL', async () => {
      await withWarnings(async (warnings) => {
        const el = await finder([
          {
            id: 'evil',
            title: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
            type: 'meeting',
            start: '2026-11-26T18:00:00+05:00',
            region: 'astana',
            locality: '<b>bold</b>',
            url: 'javascript:window.__pwned=3',
            onlineUrl: 'http://plain.example.kz',
            organizer: { name: 'Org', url: 'data:text/html,hi' },
          },
        ]);
        expect(titles(el)).to.deep.equal([
          '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
        ]);
        expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
        expect($$(el, 'a').map((a) => a.getAttribute('href'))).to.deep.equal([
          `https://2gis.kz/search/${encodeURIComponent('<b>bold</b>, Астана')}`,
        ]);
        $(el, '.title-button').click();
        await el.updateComplete;
        expect(text($(el, '.details'))).to.equal('Organiser: Org');
        expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
        expect(warnings).to.have.length(0); // unsafe links are dropped, the event kept
      });
    });

    it('skips malformed events with one warning that names them', async () => {
      await withWarnings(async (warnings) => {
        const el = await finder([
          ...fixtureEvents(),
          { id: 'no-start', title: 'x', type: 'meeting', region: 'astana' },
          {
            id: 'bad-region',
            title: 'x',
            type: 'meeting',
            region: 'mars',
            start: '2026-11-26T10:00:00+05:00',
          },
          'not an event',
          { ...fixtureEvents()[1] }, // duplicate id
        ]);
        expect(count(el)).to.equal('5 events');
        expect(warnings).to.have.length(1);
        const message = String(warnings[0][0]);
        expect(message).to.include('<dauys-event-finder>: skipped 4 malformed events');
        expect(message).to.include('"no-start" (start: required)');
        expect(message).to.include('"bad-region" (region: invalid-region)');
        expect(message).to.include('#8');
        expect(message).to.include('"karaganda-today" (id: invalid)');
      });
    });

    it('renders only the visible rows of a long list, in one scrolling box', async () => {
      const events = generateSampleEvents({ count: 1000, seed: 3, now: NOW });
      const el = await finder(events, 'kk');
      const list = $(el, '.list');
      expect(list.hasAttribute('data-virtual')).to.equal(true);
      expect(list.tabIndex).to.equal(0);
      await waitUntil(() => $$(el, '.event').length > 0, 'rows rendered');
      expect($$(el, '.event').length).to.be.below(60);
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.below(1500);
      expect(count(el)).to.match(/^\d{3} іс-шара$/);
      expect(titles(el)[0]).to.match(/^Үлгі: /);
      await expect(el).to.be.accessible();
      // New filters show the new list from its top.
      // (The plain first rows are short: scroll once the virtualiser has made the list tall.)
      await waitUntil(() => {
        list.scrollTop = 3000;
        return list.scrollTop > 0;
      }, 'list scrolled down');
      await choose(el, '#type', 'meeting');
      expect($(el, '.list').scrollTop).to.equal(0);
    });
  });

  describe('locale of a long (virtualised) list', () => {
    const DAY = 24 * 60 * 60 * 1000;
    /** 40 days of meetings from today, three a day: far more rows than a plain list shows. */
    const longFeed = (): CampaignEvent[] =>
      Array.from({ length: 120 }, (_, i) => {
        const start = Date.parse('2026-11-25T18:00:00+05:00') + Math.floor(i / 3) * DAY + (i % 3) * 3600_000;
        return {
          id: `long-${i}`,
          title: { kk: `Кездесу ${i}`, ru: `Встреча ${i}`, en: `Meeting ${i}` },
          type: 'meeting',
          start: new Date(start).toISOString(),
          region: 'karaganda',
          locality: { kk: 'Теміртау', ru: 'Темиртау', en: 'Temirtau' },
          location: { lat: 50.054, lon: 72.964 },
          url: `https://example.kz/events/long-${i}`,
          status: 'scheduled',
        } satisfies CampaignEvent;
      });

    const expected = {
      ru: {
        first: ['Сегодня, среда, 25 ноября', 'Завтра, четверг, 26 ноября'],
        day: /^[А-Я][а-я]+, \d{1,2} (ноября|декабря|января)$/,
        badge: 'Встреча',
        actions: [
          'Подробнее (откроется в новой вкладке)',
          'Карта (откроется в новой вкладке)',
          'Добавить в календарь',
          'Поделиться',
        ],
      },
      en: {
        first: ['Today, Wednesday, 25 November', 'Tomorrow, Thursday, 26 November'],
        day: /^[A-Z][a-z]+day, \d{1,2} (November|December|January)$/,
        badge: 'Meeting',
        actions: ['Details (opens in a new tab)', 'Map (opens in a new tab)', 'Add to calendar', 'Share'],
      },
      kk: {
        first: ['Бүгін, 25 қараша, сәрсенбі', 'Ертең, 26 қараша, бейсенбі'],
        day: /^\d{1,2} (қараша|желтоқсан|қаңтар), [а-яәіңғүұқөһ]+$/,
        badge: 'Кездесу',
        actions: [
          'Толығырақ (жаңа қойындыда ашылады)',
          'Карта (жаңа қойындыда ашылады)',
          'Күнтізбеге қосу',
          'Бөлісу',
        ],
      },
    } as const;

    /** Every rendered row speaks `locale`: day headings, type badges and the actions. */
    function expectRowsIn(el: Finder, locale: keyof typeof expected, scrolled: boolean) {
      const want = expected[locale];
      const days = $$(el, '.day').map(text);
      expect(days.length, 'day headings rendered').to.be.greaterThan(0);
      if (!scrolled) expect(days.slice(0, 2)).to.deep.equal(want.first);
      for (const day of scrolled ? days : days.slice(2)) expect(day).to.match(want.day);
      const events = $$(el, '.event');
      expect(events.length, 'events rendered').to.be.greaterThan(0);
      for (const event of events) {
        expect(text(event.querySelector('[part=badge]'))).to.equal(want.badge);
        expect([...event.querySelectorAll('.actions .button')].map(text)).to.deep.equal(want.actions);
      }
    }

    /** Scrolls the list far down and waits for the virtualiser to render rows from there. */
    async function scrollFarDown(el: Finder) {
      const list = $(el, '.list');
      // The first screen shows plain rows for a frame; the virtualiser takes over right after.
      await waitUntil(() => virtualizerRef in list, 'virtualiser in place');
      // Until its first layout the list is only as tall as the plain rows: scroll again then.
      await waitUntil(() => {
        if (list.scrollTop < list.scrollHeight * 0.5) list.scrollTop = list.scrollHeight * 0.7;
        return $$(el, '.row').some((row) => Number(row.dataset.row) > 60);
      }, 'rows further down rendered');
      await el.updateComplete;
    }

    for (const locale of ['ru', 'en', 'kk'] as const) {
      it(`renders the rows in ${locale}, on first load and after scrolling`, async () => {
        const el = await finder(longFeed(), locale);
        expect($(el, '.list').hasAttribute('data-virtual')).to.equal(true);
        await waitUntil(() => $$(el, '.event').length > 0, 'rows rendered');
        expectRowsIn(el, locale, false);
        await scrollFarDown(el);
        expectRowsIn(el, locale, true);
      });
    }

    it('follows a live change of <html lang>, rows included', async () => {
      const root = document.documentElement;
      const lang = root.getAttribute('lang');
      after(() => (lang === null ? root.removeAttribute('lang') : root.setAttribute('lang', lang)));
      root.setAttribute('lang', 'ru');
      const el = await fixture<Finder>(
        html`<dauys-event-finder now=${NOW} url-state="off" .events=${longFeed()}></dauys-event-finder>`,
      );
      await waitUntil(() => $$(el, '.event').length > 0, 'rows rendered');
      expect(text($(el, 'label[for=region]'))).to.equal('Регион');
      expectRowsIn(el, 'ru', false);
      root.setAttribute('lang', 'en');
      await waitUntil(() => text($(el, 'label[for=region]')) === 'Region', 'filters in English');
      await el.updateComplete;
      expectRowsIn(el, 'en', false);
      await scrollFarDown(el);
      expectRowsIn(el, 'en', true);
      root.setAttribute('lang', 'ru');
      await waitUntil(() => text($(el, 'label[for=region]')) === 'Регион', 'filters in Russian');
      await el.updateComplete;
      expectRowsIn(el, 'ru', true);
    });
  });

  describe('filters', () => {
    it('preselects the region of the partner, and lets the visitor pick another', async () => {
      const el = await finder(undefined, 'en', { region: 'karaganda' });
      expect($<HTMLSelectElement>(el, '#region').value).to.equal('karaganda');
      expect(titles(el)).to.deep.equal(['Meeting young voters', 'Door-to-door canvassing']);
      await choose(el, '#region', 'almaty');
      expect(titles(el)).to.deep.equal(['Information stand']);
      await choose(el, '#region', '');
      expect(count(el)).to.equal('5 events');
    });

    it('filters by type and by date: today, this week, this weekend, a range', async () => {
      const el = await finder();
      await choose(el, '#type', 'online');
      expect(titles(el)).to.deep.equal(['Online meeting']);
      await choose(el, '#type', '');
      await choose(el, '#date', 'today');
      expect(titles(el)).to.deep.equal(['Meeting young voters']);
      await choose(el, '#date', 'weekend');
      expect(titles(el)).to.deep.equal(['Information stand', 'Online meeting']);
      await choose(el, '#date', 'week');
      expect(titles(el)).to.have.length(3);
      await choose(el, '#date', 'range');
      const from = $<HTMLInputElement>(el, '#from');
      from.value = '2026-12-01';
      from.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Door-to-door canvassing', 'Ёлка и встреча с жителями']);
      const to = $<HTMLInputElement>(el, '#to');
      to.value = '2026-12-05';
      to.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Door-to-door canvassing']);
      await expect(el).to.be.accessible();
    });

    it('searches as you type from the keyboard, in Kazakh letters whatever their case', async () => {
      const el = await finder(undefined, 'kk');
      $(el, '#q').focus();
      await sendKeys({ type: 'ТЕМІР' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Жастармен кездесу']);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#q'));
    });

    it('shows a way out when nothing matches, and puts focus back in the search box', async () => {
      const el = await finder(undefined, 'en', { region: 'ulytau' });
      await type(el, 'nothing like this');
      expect($(el, '.list')).to.equal(null);
      expect(text($(el, '.empty p'))).to.equal('No events match these filters.');
      await expect(el).to.be.accessible();
      const clear = $$(el, '.empty .button').find((b) => text(b) === 'Clear filters')!;
      clear.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(count(el)).to.equal('5 events');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#q'));
    });

    it('says so when there is nothing upcoming at all', async () => {
      const el = await finder([fixtureEvents()[0]]);
      expect(text($(el, '.empty p'))).to.equal('There are no upcoming events yet. Please check again later.');
      expect($(el, '.empty .button')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('near me', () => {
    const restore = () => delete (navigator as unknown as Record<string, unknown>).geolocation;
    afterEach(restore);

    function mockGeolocation(answer: (ok: PositionCallback, fail: PositionErrorCallback) => void) {
      let asked = 0;
      Object.defineProperty(navigator, 'geolocation', {
        configurable: true,
        value: {
          getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) => {
            asked++;
            answer(ok, fail);
          },
          watchPosition: () => 0,
          clearWatch: () => undefined,
        },
      });
      return () => asked;
    }

    it('asks only on a click, then sorts by distance within a radius that can be widened', async () => {
      const asked = mockGeolocation((ok) =>
        ok({ coords: { latitude: 50.06, longitude: 72.96 } } as GeolocationPosition),
      );
      const el = await finder();
      expect(asked()).to.equal(0);
      $(el, '#near-me').click();
      await waitUntil(() => $(el, '#radius'), 'located');
      expect(asked()).to.equal(1);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#radius'));
      expect(titles(el)).to.deep.equal(['Meeting young voters']);
      expect(text($(el, '.distance'))).to.equal('0.7 km');
      await choose(el, '#radius', '50');
      expect(titles(el)).to.deep.equal(['Meeting young voters', 'Door-to-door canvassing']);
      expect(text($$(el, '.distance')[1])).to.equal('30 km (from the region centre)');
      // By distance the list is flat: each row carries its date.
      expect($$(el, '.day')).to.have.length(0);
      expect(text($(el, 'time'))).to.equal('Today, Wednesday, 25 November, 18:00–20:00');
      await choose(el, '#radius', '5');
      await type(el, 'door');
      expect(text($(el, '.empty p'))).to.equal('No events match these filters.');
      const widen = $$(el, '.empty .button').find((b) => text(b).startsWith('Show events within'))!;
      expect(text(widen)).to.equal('Show events within 10 km');
      await expect(el).to.be.accessible();
      await choose(el, '#radius', '0');
      expect(titles(el)).to.deep.equal(['Door-to-door canvassing']);
      await choose(el, '#sort', 'time');
      expect($$(el, '.day')).to.have.length(1);
      $$(el, '.near .button')[0].click();
      await el.updateComplete;
      expect($(el, '#radius')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#near-me'));
    });

    it('explains a refusal clearly and keeps the rest working', async () => {
      mockGeolocation((_, fail) =>
        fail!({ code: 1, message: 'User denied Geolocation' } as GeolocationPositionError),
      );
      const el = await finder(undefined, 'ru');
      $(el, '#near-me').click();
      await waitUntil(() => $(el, '.geo-message'), 'message');
      expect($(el, '.geo-message').getAttribute('role')).to.equal('alert');
      expect(text($(el, '.geo-message'))).to.match(/^Доступ к местоположению запрещён/);
      expect(count(el)).to.equal('5 мероприятий');
      await expect(el).to.be.accessible();
    });
  });

  describe('calendar and share', () => {
    it('downloads a valid .ics made in the browser', async () => {
      const el = await finder(undefined, 'ru');
      const create = URL.createObjectURL;
      let blob: Blob | undefined;
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blob = b as Blob;
        return 'about:blank#ics';
      };
      const click = HTMLAnchorElement.prototype.click;
      let fileName = '';
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        fileName = this.download;
      };
      try {
        const button = $$(el, '.event')[0].querySelector<HTMLButtonElement>('.actions button')!;
        expect(text(button)).to.equal('Добавить в календарь');
        button.click();
      } finally {
        URL.createObjectURL = create;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(fileName).to.equal('Встреча-с-молодёжью.ics');
      expect(blob!.type).to.equal('text/calendar;charset=utf-8');
      const ics = (await blob!.text()).replace(/\r\n /g, '');
      expect(ics).to.include('DTSTART:20261125T130000Z\r\n');
      expect(ics).to.include('SUMMARY:Встреча с молодёжью\r\n');
      expect(ics).to.include('LOCATION:пр. Республики\\, 12\\, Темиртау\\, Карагандинская область\r\n');
    });

    it('shares with the Web Share API, else copies the link, else shows it to copy', async () => {
      const el = await finder();
      const nav = navigator as unknown as Record<string, unknown>;
      const shared: ShareData[] = [];
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => shared.push(data),
      });
      const shareButton = (n: number) =>
        [...$$(el, '.event')[n].querySelectorAll('button')].find((b) => text(b) === 'Share')!;
      shareButton(0).click();
      await aTimeout(0);
      expect(shared).to.deep.equal([
        { title: 'Meeting young voters', url: 'https://example.kz/events/karaganda-today' },
      ]);
      delete nav.share;

      const copied: string[] = [];
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void copied.push(value) },
      });
      try {
        shareButton(2).click(); // the online event has no page of its own: link to this page
        await waitUntil(() => text($(el, '[role=status]')) === 'Link copied.', 'announced');
        expect(copied).to.have.length(1);
        expect(new URL(copied[0]).searchParams.get('dauys-ef-event')).to.equal('online-sunday');

        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: async () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
        });
        shareButton(0).click();
        await waitUntil(() => $(el, '.share-fallback input'), 'fallback');
        await el.updateComplete;
        expect($<HTMLInputElement>(el, '.share-fallback input').value).to.equal(
          'https://example.kz/events/karaganda-today',
        );
        expect(el.shadowRoot!.activeElement).to.equal($(el, '.share-fallback input'));
        await expect(el).to.be.accessible();
      } finally {
        delete nav.clipboard;
        Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
    });
  });

  describe('page URL', () => {
    it('round-trips the filters through the URL without touching the host parameters or hash', async () => {
      history.replaceState(null, '', `${location.pathname}?host=1&tag=a%2Cb#top`);
      const el = await finder(fixtureEvents(), 'en', { region: 'karaganda', urlState: true });
      expect(location.search).to.equal('?host=1&tag=a%2Cb');
      const before = history.length;
      await choose(el, '#type', 'door-to-door');
      expect(location.search).to.equal('?host=1&tag=a%2Cb&dauys-ef-type=door-to-door');
      expect(location.hash).to.equal('#top');
      expect(history.length).to.equal(before + 1);
      await type(el, 'о');
      await type(el, 'об');
      expect(history.length).to.equal(before + 1); // typing replaces, it does not stack entries
      expect(new URLSearchParams(location.search).get('dauys-ef-q')).to.equal('об');
      await choose(el, '#region', '');
      expect(new URLSearchParams(location.search).get('dauys-ef-region')).to.equal('all');

      // A second finder reading this URL shows the same view.
      const other = await finder(fixtureEvents(), 'en', { region: 'karaganda', urlState: true });
      expect(titles(other)).to.deep.equal(titles(el));
      expect($<HTMLSelectElement>(other, '#region').value).to.equal('');
      expect($<HTMLInputElement>(other, '#q').value).to.equal('об');

      // Back and forward.
      history.back();
      await oneEvent(window, 'popstate');
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#region').value).to.equal('karaganda');
      expect(titles(el)).to.deep.equal(['Door-to-door canvassing']);
      history.back();
      await oneEvent(window, 'popstate');
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#type').value).to.equal('');
      expect(titles(el)).to.deep.equal(['Meeting young voters', 'Door-to-door canvassing']);
      history.forward();
      await oneEvent(window, 'popstate');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Door-to-door canvassing']);
    });

    it('opens a shared event link, switching to its region', async () => {
      history.replaceState(null, '', `${location.pathname}?dauys-ef-event=almaty-saturday`);
      const el = await finder(fixtureEvents(), 'en', { region: 'karaganda', urlState: true });
      await el.updateComplete;
      expect($<HTMLSelectElement>(el, '#region').value).to.equal('almaty');
      const target = $(el, '.event[data-target]');
      expect(text(target.querySelector('.title-button'))).to.equal('Information stand');
      expect(target.querySelector('.title-button')!.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('feed', () => {
    const feed = (events: unknown[]) => encodeURIComponent(JSON.stringify({ version: 1, events }));

    it('loads src, shows loading first, then the events', async () => {
      const key = Math.random().toString(36).slice(2);
      const el = await fromFeed(`/__test__/slow?ms=300&key=${key}&body=${feed(fixtureEvents())}`);
      expect(text($(el, '.loading'))).to.equal('Loading…');
      await expect(el).to.be.accessible();
      await waitUntil(() => $(el, '.count'), 'loaded', { timeout: 5000 });
      expect(count(el)).to.equal('5 events');
    });

    it('holds the reserved height while loading: the height its loading content has', async () => {
      const rem = (el: Element) =>
        el.getBoundingClientRect().height / parseFloat(getComputedStyle(document.documentElement).fontSize);
      const key = Math.random().toString(36).slice(2);
      const src = `/__test__/slow?ms=2000&key=${key}&body=${feed(fixtureEvents())}`;
      const loading = (lang: string, width: string, reserve?: string) =>
        fixture<Finder>(
          // The font docs/embedding.md measures with (the test page's default serif is narrower).
          html`<div style=${`width: ${width}; font: 16px/1.5 system-ui`}>
            <dauys-event-finder
              lang=${lang}
              now=${NOW}
              url-state="off"
              style=${reserve ? `--dauys-event-finder-min-block-size: ${reserve}` : ''}
              src=${src}
            ></dauys-event-finder>
          </div>`,
        ).then((wrapper) => wrapper.firstElementChild as Finder);
      // The reservations of docs/embedding.md: 21rem wide, 31rem up to 30rem wide, in every
      // locale (the longest labels, Russian at 320px, once needed 33rem).
      for (const lang of ['kk', 'ru', 'en']) {
        for (const [width, reserved] of [
          ['900px', 21],
          ['320px', 31],
        ] as const) {
          const el = await loading(lang, width);
          expect($(el, '.loading')).to.not.equal(null);
          expect(rem(el), `${lang} at ${width}`).to.be.closeTo(reserved, 0.01);
          // Without the reservation the loading content is about as tall: it is not far too much.
          const bare = await loading(lang, width, '0px');
          expect(rem(bare), `${lang} at ${width}, unreserved`).to.be.within(reserved - 1, reserved + 0.01);
        }
      }
    });

    it('shows a retryable error, and recovers on retry', async () => {
      const key = Math.random().toString(36).slice(2);
      const el = await fromFeed(`/__test__/flaky?fail=3&status=503&key=${key}&body=${feed(fixtureEvents())}`);
      await waitUntil(() => $(el, '[part=error]'), 'error shown', { timeout: 5000 });
      expect(text($(el, '[part=error] p'))).to.equal(
        'The server could not provide the data right now. Please try again later.',
      );
      await expect(el).to.be.accessible();
      $(el, '[part=error] button').click();
      await waitUntil(() => $(el, '.count'), 'recovered', { timeout: 5000 });
      expect(count(el)).to.equal('5 events');
    });

    it('keeps showing the last good copy with a note when the feed goes down', async () => {
      const key = Math.random().toString(36).slice(2);
      const src = `/__test__/fail-after?ok=1&status=500&key=${key}&body=${feed(fixtureEvents())}`;
      const first = await fromFeed(src);
      await waitUntil(() => $(first, '.count'), 'first load');
      expect($(first, '[part=stale]')).to.equal(null);
      const second = await fromFeed(src, 'kk');
      await waitUntil(() => $(second, '.count'), 'stale copy', { timeout: 5000 });
      expect(text($(second, '[part=stale]'))).to.equal(
        'Соңғы сақталған нұсқа көрсетіліп тұр: жаңартуды жүктеу мүмкін болмады.',
      );
      expect(count(second)).to.equal('5 іс-шара');
      await expect(second).to.be.accessible();
    });
  });

  describe('large input', () => {
    it('validates a big events array in slices, naming a bad event by its place in the array', async () => {
      await withWarnings(async (warnings) => {
        const events: unknown[] = generateSampleEvents({
          count: 4500,
          seed: 9,
          now: NOW,
          regions: ['ulytau'],
        });
        events.splice(4200, 0, { title: 'no id' });
        const el = await finder(events, 'en', { region: 'ulytau' });
        expect(text($(el, '.loading'))).to.equal('Loading…');
        await waitUntil(() => $(el, '.count'), 'validated', { timeout: 8000 });
        expect(warnings).to.have.length(1);
        expect(String(warnings[0][0])).to.include('skipped 1 malformed event: #4200 (id: required');
        expect(count(el)).to.match(/^\d,\d{3} events$/);
      });
    });

    it('shows a big feed after a quick survey, then drops an event malformed outside the index fields', async () => {
      await withWarnings(async (warnings) => {
        const events = generateSampleEvents({ count: 3000, seed: 4, now: NOW, regions: ['ulytau'] });
        const clean = await finder(events, 'en', { region: 'ulytau' });
        await waitUntil(() => $(clean, '.count'), 'clean feed validated', { timeout: 8000 });
        const cleanCount = count(clean);
        clean.remove();
        // The earliest upcoming event, again under a new id and with an empty title: the survey
        // keeps it provisionally (its dates, region and type are fine), the full pass drops it.
        const first = [...events]
          .filter((event) => Date.parse(event.end ?? event.start) > Date.parse(NOW))
          .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))[0];
        const bad = { ...first, id: 'bad-title', title: { kk: ' ', ru: '' } };
        const el = await finder([bad, ...events], 'en', { region: 'ulytau' });
        await waitUntil(() => $(el, '.count'), 'surveyed', { timeout: 8000 });
        // Never shown as a row, even before the full pass is in.
        expect(titles(el).every((title) => title !== '')).to.equal(true);
        await waitUntil(() => warnings.length > 0, 'full validation done', { timeout: 8000 });
        await el.updateComplete;
        expect(count(el)).to.equal(cleanCount);
        expect(warnings).to.have.length(1);
        expect(String(warnings[0][0])).to.include(
          'skipped 1 malformed event: "bad-title" (title.kk: required',
        );
        expect(titles(el).length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    });

    it('reports a document that is not a feed as an error that names the cause', async () => {
      await withWarnings(async (warnings) => {
        const body = encodeURIComponent(JSON.stringify({ version: 2, items: [] }));
        const el = await fromFeed(`/__test__/feed?key=notfeed&body=${body}`);
        await waitUntil(() => $(el, '[part=error]'), 'error', { timeout: 5000 });
        expect(text($(el, '[part=error] p'))).to.equal(
          'The data came in a format that cannot be read. Please tell the site owner.',
        );
        expect(warnings).to.have.length(1);
        expect(String(warnings[0][0])).to.include('Not a Dauys event feed');
      });
    });
  });

  describe('campaign silence', () => {
    it('shows a neutral notice instead of events inside the window, and events outside it', async () => {
      const inside = await finder(undefined, 'en', { now: '2026-03-14T12:00:00+05:00' });
      expect($(inside, '[part=silence-notice]')).to.not.equal(null);
      expect($(inside, 'form')).to.equal(null);
      expect(text($(inside, '[part=silence-notice]'))).to.include('15 March, 20:00');
      await expect(inside).to.be.accessible();

      const after = await finder(undefined, 'en', { now: '2026-03-15T20:00:00+05:00' });
      expect($(after, '[part=silence-notice]')).to.equal(null);

      const off = await finder(undefined, 'en', { now: '2026-03-14T12:00:00+05:00', silence: 'off' });
      expect($(off, '[part=silence-notice]')).to.equal(null);
      expect(count(off)).to.equal('6 events');
    });

    it('follows a configured window for the next vote', async () => {
      const el = await finder(undefined, 'ru', {
        now: '2026-11-25T09:00:00+05:00',
        silenceFrom: '2026-11-25T00:00:00+05:00',
        silenceUntil: '2026-11-26T20:00:00+05:00',
      });
      expect(text($(el, '[part=silence-notice]'))).to.include('26 ноября, 20:00');
    });
  });
});
