import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings } from '../core/testing.js';
import { tickerState } from '../core/ticker.js';
import { PREVIEW_NOW } from './countdown-previews.js';
import type { CountdownState } from './countdown-state.js';
import { DauysCountdown, type VoteKind } from './define.js';

type Variant = 'full' | 'compact' | 'inline';

async function countdown(
  attrs: { now?: string; target?: string; closes?: string; variant?: Variant; kind?: VoteKind } = {},
  lang = 'kk',
): Promise<DauysCountdown> {
  // The element itself is the fixture (a plain wrapper would make fixture() wait for an
  // animation frame, which never comes in a background test page); its own `lang` sets the locale.
  return fixture<DauysCountdown>(
    html`<dauys-countdown
      lang=${lang}
      now=${attrs.now ?? ''}
      target=${attrs.target ?? ''}
      closes=${attrs.closes ?? ''}
      variant=${attrs.variant ?? 'full'}
      kind=${attrs.kind ?? 'referendum'}
    ></dauys-countdown>`,
  );
}

const shadow = (el: DauysCountdown) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const values = (el: DauysCountdown) => [...shadow(el).querySelectorAll('[part="value"]')].map(text);
const labels = (el: DauysCountdown) => [...shadow(el).querySelectorAll('[part="label"]')].map(text);
const message = (el: DauysCountdown) => text(shadow(el).querySelector(`slot[name="${el.state}"]`));
const sentence = (el: DauysCountdown) => text(shadow(el).querySelector('#sentence'));
/** An ISO instant `ms` from the visitor's real clock, for tests that watch time pass. */
const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<dauys-countdown>', () => {
  beforeEach(() => setVisibility('visible'));
  afterEach(() => setVisibility('visible'));

  it('is registered by define.ts', () => {
    expect(customElements.get('dauys-countdown')).to.equal(DauysCountdown);
  });

  describe('states at each boundary (pinned clock, default schedule)', () => {
    const cases: [string, CountdownState, string[]][] = [
      ['2026-03-15T06:59:59+05:00', 'upcoming', ['0', '00', '00', '01']],
      ['2026-03-15T07:00:00+05:00', 'voting', ['13', '00', '00']],
      ['2026-03-15T07:00:01+05:00', 'voting', ['12', '59', '59']],
      ['2026-03-15T19:59:59+05:00', 'voting', ['00', '00', '01']],
      ['2026-03-15T20:00:00+05:00', 'ended', []],
      ['2026-03-15T20:00:01+05:00', 'ended', []],
    ];
    for (const [now, state, shown] of cases) {
      it(`${now}: ${state}, shows [${shown.join(' ')}]`, async () => {
        const el = await countdown({ now }, 'en');
        expect(el.state).to.equal(state);
        expect(values(el)).to.deep.equal(shown);
        expect(shadow(el).querySelector('.base')!.getAttribute('data-state')).to.equal(state);
      });
    }

    it("reads a pinned time without an offset as Kazakhstan time, not the browser's", async () => {
      expect((await countdown({ now: '2026-03-15T06:59:59' })).state).to.equal('upcoming');
      expect((await countdown({ now: '2026-03-15T07:00:00' })).state).to.equal('voting');
    });
  });

  describe('texts', () => {
    const days = async (now: string, lang: string) => {
      const el = await countdown({ now }, lang);
      return `${values(el)[0]} ${labels(el)[0]}`;
    };

    it('inflects Russian units: 1 день, 2 дня, 5 дней, 21 день', async () => {
      expect(await days('2026-03-14T07:00:00+05:00', 'ru')).to.equal('1 день');
      expect(await days('2026-03-13T07:00:00+05:00', 'ru')).to.equal('2 дня');
      expect(await days('2026-03-10T07:00:00+05:00', 'ru')).to.equal('5 дней');
      expect(await days('2026-02-22T07:00:00+05:00', 'ru')).to.equal('21 день');
      const el = await countdown({ now: PREVIEW_NOW.upcoming }, 'ru');
      expect(labels(el)).to.deep.equal(['дня', 'час', 'минута', 'секунды']);
      expect(sentence(el)).to.equal('4 дня 21 час 1 минута до референдума 15 марта 2026 г.');
    });

    it('uses English one/other and a Kazakh unit that does not change', async () => {
      expect(await days('2026-03-14T07:00:00+05:00', 'en')).to.equal('1 day');
      expect(await days('2026-03-10T07:00:00+05:00', 'en')).to.equal('5 days');
      expect(await days('2026-03-10T07:00:00+05:00', 'kk')).to.equal('5 күн');
      expect(await days('2026-03-14T07:00:00+05:00', 'kk')).to.equal('1 күн');
    });

    const expected: Record<string, Record<CountdownState, string[]>> = {
      kk: {
        upcoming: [
          'Референдумға дейін',
          'Дауыс беру күні – 2026 жылғы 15 наурыз, учаскелердің жұмыс уақыты: 07:00–20:00 (Астана уақыты).',
          '2026 жылғы 15 наурыз күні өтетін референдумға дейін 4 күн 21 сағат 1 минут қалды',
        ],
        voting: [
          'Учаскелер жабылғанға дейін',
          'Дауыс беру жүріп жатыр, учаскелердің жабылу уақыты: 20:00 (Астана уақыты).',
          'Дауыс беру жүріп жатыр: учаскелер жабылғанға дейін 3 сағат 12 минут қалды (жабылу уақыты: 20:00, Астана уақыты)',
        ],
        ended: ['', 'Референдум 2026 жылғы 15 наурыз күні өтті.', ''],
      },
      ru: {
        upcoming: [
          'До референдума',
          'День голосования — 15 марта 2026 г., участки открыты с 07:00 до 20:00 (по времени Астаны).',
          '4 дня 21 час 1 минута до референдума 15 марта 2026 г.',
        ],
        voting: [
          'До закрытия участков',
          'Голосование идёт до 20:00 (по времени Астаны).',
          'Голосование идёт до 20:00 (по времени Астаны): до закрытия участков 3 часа 12 минут',
        ],
        ended: ['', 'Референдум состоялся 15 марта 2026 г.', ''],
      },
      en: {
        upcoming: [
          'Until the referendum',
          'Voting day: 15 March 2026, polling stations are open from 07:00 to 20:00 (Astana time).',
          '4 days 21 hours 1 minute until the referendum on 15 March 2026',
        ],
        voting: [
          'Until polling stations close',
          'Voting is open until 20:00 (Astana time).',
          'Voting is open until 20:00 (Astana time): 3 hours 12 minutes left until polling stations close',
        ],
        ended: ['', 'The referendum took place on 15 March 2026.', ''],
      },
    };
    for (const [lang, states] of Object.entries(expected)) {
      for (const [state, [title, msg, spoken]] of Object.entries(states) as [CountdownState, string[]][]) {
        it(`${lang} ${state}: title, message and spoken sentence`, async () => {
          const el = await countdown({ now: PREVIEW_NOW[state] }, lang);
          expect(el.state).to.equal(state);
          expect(text(shadow(el).querySelector('[part="title"]'))).to.equal(title);
          expect(message(el)).to.equal(msg);
          expect(sentence(el)).to.equal(spoken);
          // Kazakh dates come from Dauys's own tables: never Chromium's "2026 M03 15".
          expect(text(shadow(el).querySelector('.base'))).not.to.match(/M\d\d/);
        });
      }
    }

    it('switches language live when the page lang changes', async () => {
      const el = await countdown({ now: PREVIEW_NOW.ended }, 'kk');
      el.setAttribute('lang', 'en');
      await waitUntil(() => message(el) === 'The referendum took place on 15 March 2026.');
    });

    it('says "less than a minute" in the last minute', async () => {
      const el = await countdown({ now: '2026-03-15T19:59:30+05:00' }, 'ru');
      expect(sentence(el)).to.equal(
        'Голосование идёт до 20:00 (по времени Астаны): до закрытия участков меньше минуты',
      );
    });

    it('words the next vote as an election or a plain vote on another date', async () => {
      const election = await countdown(
        { kind: 'election', target: '2027-05-02T08:00:00+05:00', now: '2027-05-01T08:00:00+05:00' },
        'ru',
      );
      expect(text(shadow(election).querySelector('[part="title"]'))).to.equal('До выборов');
      expect(message(election)).to.equal(
        'День голосования — 2 мая 2027 г., участки открыты с 08:00 до 20:00 (по времени Астаны).',
      );
      election.now = '2027-05-03T08:00:00+05:00';
      await election.updateComplete;
      expect(message(election)).to.equal('Выборы состоялись 2 мая 2027 г.');
      const vote = await countdown({ kind: 'vote', now: PREVIEW_NOW.ended }, 'kk');
      expect(message(vote)).to.equal('Дауыс беру 2026 жылғы 15 наурыз күні өтті.');
    });

    it('shows short units on one line in compact, and a sentence in inline', async () => {
      const compact = await countdown({ now: PREVIEW_NOW.upcoming, variant: 'compact' }, 'ru');
      expect([...shadow(compact).querySelectorAll('[part="unit"]')].map(text)).to.deep.equal([
        '4д',
        '21ч',
        '01мин',
        '03с',
      ]);
      expect(message(compact)).to.equal('15 марта 2026 г.');
      const inline = await countdown({ now: PREVIEW_NOW.voting, variant: 'inline' }, 'en');
      expect(text(shadow(inline).querySelector('[part="timer"]'))).to.equal(
        'Voting is open until 20:00 (Astana time): 3 hours 12 minutes left until polling stations close.',
      );
      expect(getComputedStyle(inline).display).to.equal('inline');
    });

    it('reads as part of the host sentence in inline: no stray spaces, the paragraph line height', async () => {
      const paragraph = await fixture<HTMLParagraphElement>(html`
        <p lang="en" style="line-height: 1.2">
          Remember: <dauys-countdown variant="inline" now=${PREVIEW_NOW.voting}></dauys-countdown>
        </p>
      `);
      const el = paragraph.querySelector('dauys-countdown')!;
      await el.updateComplete;
      for (const state of ['upcoming', 'voting', 'ended'] as const) {
        el.now = PREVIEW_NOW[state];
        await el.updateComplete;
        const shown = [
          ...shadow(el).querySelectorAll(
            '[part="timer"]:not([hidden]) slot:not([hidden]), slot[name="ended"]:not([hidden])',
          ),
        ]
          .map((slot) => slot.textContent)
          .join('');
        const rendered = shadow(el).querySelector('[part="base"]')!.textContent!;
        expect(rendered.trim(), state).to.equal(shown);
        expect(rendered, state).to.equal(shown);
        expect(shown, `${state}: one full stop of its own`).to.match(/[^.]\.$/);
      }
      expect(getComputedStyle(el).lineHeight).to.equal(getComputedStyle(paragraph).lineHeight);
    });
  });

  describe('slots', () => {
    it('renders every state slot, hides the inactive ones, and lets content replace the message', async () => {
      const el = await fixture<DauysCountdown>(
        html`<dauys-countdown lang="en" now=${PREVIEW_NOW.ended}>
          <a slot="ended" href="https://example.org/results">See the results</a>
        </dauys-countdown>`,
      );
      const slots = [...shadow(el).querySelectorAll('slot')];
      expect(slots.map((s) => [s.name, s.hidden])).to.deep.equal([
        ['upcoming', true],
        ['voting', true],
        ['ended', false],
      ]);
      const ended = slots[2];
      expect(ended.assignedElements().map(text)).to.deep.equal(['See the results']);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
      el.now = PREVIEW_NOW.voting;
      await el.updateComplete;
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('accessibility', () => {
    for (const variant of ['full', 'compact', 'inline'] as const) {
      for (const state of ['upcoming', 'voting', 'ended'] as const) {
        it(`${state} × ${variant} passes axe, light and dark`, async () => {
          const el = await countdown({ now: PREVIEW_NOW[state], variant }, 'kk');
          await expect(el).to.be.accessible();
          el.setAttribute('theme', 'dark');
          expect(getComputedStyle(el).colorScheme).to.equal('dark');
          await expect(el).to.be.accessible();
        });
      }
    }

    it('exposes a focusable timer named by a sentence, with the ticking numbers hidden', async () => {
      const el = await countdown({ now: PREVIEW_NOW.upcoming }, 'en');
      const timer = shadow(el).querySelector('[role="timer"]')!;
      expect(timer.getAttribute('tabindex')).to.equal('0');
      // Reached with the keyboard, then the calendar button.
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(timer);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('[part="calendar-button"]'));
      expect(timer.hasAttribute('aria-live')).to.equal(false);
      expect(timer.getAttribute('aria-labelledby')).to.equal('sentence');
      expect(shadow(el).querySelector('.cards')!.getAttribute('aria-hidden')).to.equal('true');
      // The live region stays empty until the state changes while the page is open.
      expect(text(shadow(el).querySelector('[aria-live="polite"]'))).to.equal('');
    });

    it('changes the spoken sentence only once a minute', async () => {
      const el = await countdown({ now: '2026-03-15T06:57:59+05:00' }, 'en');
      const first = sentence(el);
      el.now = '2026-03-15T06:57:01+05:00';
      await el.updateComplete;
      expect(values(el)[3]).to.equal('59');
      expect(sentence(el)).to.equal(first);
      el.now = '2026-03-15T06:58:01+05:00';
      await el.updateComplete;
      expect(sentence(el)).to.equal('1 minute until the referendum on 15 March 2026');
    });
  });

  describe('layout', () => {
    it('keeps its size while the numbers and words change', async () => {
      const el = await countdown({ now: '2026-03-14T07:00:00+05:00' }, 'ru');
      const size = () => {
        const { width, height } = el.getBoundingClientRect();
        return [width, height];
      };
      const before = size();
      for (const now of [
        '2026-03-14T06:59:59+05:00',
        '2026-03-09T05:47:52+05:00',
        '2026-02-20T04:38:49+05:00',
      ]) {
        el.now = now;
        await el.updateComplete;
        expect(size()).to.deep.equal(before);
      }
    });

    it('fits the documented :not(:defined) reservation in every state and locale, so upgrade moves nothing', async () => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const reserved = { full: 18 * rem, compact: 3 * rem };
      for (const variant of ['full', 'compact'] as const) {
        for (const lang of ['kk', 'ru', 'en']) {
          for (const state of ['upcoming', 'voting', 'ended'] as const) {
            const el = await countdown({ now: PREVIEW_NOW[state], variant }, lang);
            el.style.inlineSize = '800px';
            expect(el.getBoundingClientRect().height, `${variant} ${lang} ${state}`).to.equal(
              reserved[variant],
            );
          }
        }
      }
    });
  });

  describe('ticking', () => {
    it('does not tick with a pinned clock', async () => {
      await countdown({ now: PREVIEW_NOW.upcoming });
      expect(tickerState().listeners).to.equal(0);
    });

    it('ticks on the shared ticker while connected, and stops when removed or ended', async () => {
      const el = await countdown({ target: fromNow(86_400_000) });
      await countdown({ target: fromNow(86_400_000) });
      expect(tickerState().listeners).to.equal(2);
      const seconds = values(el)[3];
      await waitUntil(() => values(el)[3] !== seconds, 'no tick', { timeout: 2500 });
      el.remove();
      expect(tickerState().listeners).to.equal(1);
      const ended = await countdown({});
      expect(ended.state).to.equal('ended');
      expect(tickerState().listeners).to.equal(1);
    });

    it('updates only the text that changed on a tick', async () => {
      // Half a minute past a whole day count, so the first tick changes only the seconds.
      const el = await countdown({ target: fromNow(3 * 86_400_000 + 30_500) }, 'ru');
      const changed: Node[] = [];
      let structural = 0;
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'characterData') changed.push(record.target);
          else structural++;
        }
      });
      observer.observe(shadow(el), { subtree: true, characterData: true, childList: true, attributes: true });
      const seconds = values(el)[3];
      await waitUntil(() => values(el)[3] !== seconds, 'no tick', { timeout: 2500 });
      observer.disconnect();
      expect(structural).to.equal(0);
      const cards = [...shadow(el).querySelectorAll('[part="unit"]')];
      // The seconds card always; the minutes card, its label and the sentence only on a new minute.
      for (const node of changed) {
        const card = cards.indexOf(node.parentElement!.closest('[part="unit"]')!);
        expect(
          card === 3 || card === 2 || node.parentElement!.id === 'sentence',
          text(node.parentElement),
        ).to.equal(true);
      }
      expect(changed.length).to.be.within(1, 6);
    });

    it('pauses while the tab is hidden and catches up when it is shown', async () => {
      const el = await countdown({ target: fromNow(86_400_000) });
      setVisibility('hidden');
      expect(tickerState().running).to.equal(false);
      const shown = values(el).join();
      await aTimeout(1300);
      expect(values(el).join()).to.equal(shown);
      setVisibility('visible');
      await el.updateComplete;
      expect(values(el).join()).not.to.equal(shown);
      expect(tickerState().running).to.equal(true);
    });

    it('fires dauys-countdown-state and announces once when polls open and close while open', async () => {
      const el = await countdown({ target: fromNow(1200), closes: fromNow(2300) }, 'en');
      expect(el.state).to.equal('upcoming');
      const voting = await oneEvent(el, 'dauys-countdown-state');
      expect(voting.detail).to.deep.equal({ state: 'voting' });
      expect(voting.bubbles && voting.composed).to.equal(true);
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[aria-live="polite"]'))).to.match(
        /^Voting has started\. Voting is open until/,
      );
      const ended = await oneEvent(el, 'dauys-countdown-state');
      expect(ended.detail).to.deep.equal({ state: 'ended' });
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[aria-live="polite"]'))).to.match(
        /^The referendum took place on /,
      );
      expect(tickerState().listeners).to.equal(0);
    });

    it('does not fire the event when the host sets the clock or the dates', async () => {
      const el = await countdown({ now: PREVIEW_NOW.upcoming });
      let fired = 0;
      el.addEventListener('dauys-countdown-state', () => fired++);
      el.now = PREVIEW_NOW.voting;
      await el.updateComplete;
      el.target = '2026-12-01T07:00:00+05:00';
      await el.updateComplete;
      expect(el.state).to.equal('upcoming');
      expect(fired).to.equal(0);
    });
  });

  describe('add to calendar', () => {
    it('downloads an .ics file for voting day with UTC times, in the page language', async () => {
      const el = await countdown({ now: PREVIEW_NOW.upcoming }, 'ru');
      const button = shadow(el).querySelector<HTMLButtonElement>('[part="calendar-button"]')!;
      expect(text(button)).to.equal('Добавить день голосования в календарь');
      let link: HTMLAnchorElement | undefined;
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        link = this as HTMLAnchorElement;
      };
      try {
        button.click();
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(link!.download).to.equal('Референдум-день-голосования.ics');
      // Unfold the 75-octet lines (RFC 5545 §3.1) before reading the values.
      const ics = (await (await fetch(link!.href)).text()).replace(/\r\n /g, '');
      expect(ics).to.include('DTSTART:20260315T020000Z\r\n');
      expect(ics).to.include('DTEND:20260315T150000Z\r\n');
      expect(ics).to.include('SUMMARY:Референдум: день голосования\r\n');
      expect(ics).to.include('UID:referendum-2026-03-15T02:00:00.000Z@dauys\r\n');
      expect(ics).to.match(/DESCRIPTION:Участки открыты с 07:00 до 20:00 \(по времени Астаны\\, UTC\+5\)/);
    });

    it('offers the button only in the full variant before the vote', async () => {
      expect(shadow(await countdown({ now: PREVIEW_NOW.voting })).querySelector('button')).to.equal(null);
      const compact = await countdown({ now: PREVIEW_NOW.upcoming, variant: 'compact' });
      expect(shadow(compact).querySelector('button')).to.equal(null);
    });
  });

  describe('bad input', () => {
    it('warns once and falls back to the defaults for an unparseable target and closes', async () => {
      let el!: DauysCountdown;
      const warned = await captureWarnings(async () => {
        el = await countdown({ target: 'soon', closes: '2026-13-01', now: PREVIEW_NOW.voting }, 'en');
      });
      expect(warned).to.have.length(1);
      expect(warned[0]).to.match(/^\[dauys\] <dauys-countdown>: target="soon" is not an ISO 8601/);
      expect(warned[0]).to.include('closes="2026-13-01"');
      expect(el.state).to.equal('voting');
      expect(values(el)).to.deep.equal(['03', '12', '55']);
    });

    it('rejects closes before target the same way', async () => {
      let el!: DauysCountdown;
      const warned = await captureWarnings(async () => {
        el = await countdown(
          {
            target: '2026-03-15T07:00:00+05:00',
            closes: '2026-03-14T20:00:00+05:00',
            now: PREVIEW_NOW.voting,
          },
          'en',
        );
      });
      expect(warned).to.have.length(1);
      expect(warned[0]).to.include('is not after the opening time');
      expect(message(el)).to.equal('Voting is open until 20:00 (Astana time).');
    });

    it('warns about a bad pinned clock or server-time URL and uses the visitor clock', async () => {
      let el!: DauysCountdown;
      const warned = await captureWarnings(async () => {
        el = await countdown({ now: 'yesterday' });
        el.serverTime = 'javascript:alert(1)';
        await el.updateComplete;
      });
      expect(warned).to.have.length(2);
      expect(warned[0]).to.include('now="yesterday"');
      expect(warned[1]).to.include('server-time="javascript:alert(1)"');
      expect(el.state).to.equal('ended');
    });

    it('treats an unknown variant or kind as the default', async () => {
      const el = await countdown(
        { now: PREVIEW_NOW.ended, variant: 'huge' as Variant, kind: 'poll' as VoteKind },
        'en',
      );
      expect(message(el)).to.equal('The referendum took place on 15 March 2026.');
    });
  });
});
