import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { clearFeedCache } from '../core/feed.js';
import { captureWarnings } from '../core/testing.js';
import { decodeEntities, readableText, sanitiseAnswer } from './faq-answer.js';
import { HOSTILE_ANSWER, LONG_KAZAKH_ENTRY, SAMPLE_ENTRIES, sampleFeed } from './faq-samples.js';
import './define.js';
import type { DauysFaq } from './define.js';

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: DauysFaq) => el.shadowRoot!;
const buttons = (el: DauysFaq) => [...root(el).querySelectorAll<HTMLButtonElement>('.header-button')];
const questions = (el: DauysFaq) => buttons(el).map(text);
const expanded = (el: DauysFaq) => buttons(el).map((b) => b.getAttribute('aria-expanded'));
const panel = (el: DauysFaq, button: HTMLButtonElement) =>
  root(el).getElementById(button.getAttribute('aria-controls')!)!;
const focused = (el: DauysFaq) => root(el).activeElement;
/** Ends open/close slides at once (axe would read colours mid-fade). */
const settled = (el: DauysFaq) =>
  root(el)
    .getAnimations()
    .forEach((a) => a.finish());

const mounted: HTMLElement[] = [];
/**
 * Renders a template into the page. Not open-wc's fixture(): that waits for an animation frame,
 * which never comes while another test file's page is in front (concurrent runs).
 */
function mount(template: TemplateResult): HTMLDivElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  return container.firstElementChild as HTMLDivElement;
}

let key = 0;
const feedUrl = (body: unknown, route = 'feed', params: Record<string, string> = {}) =>
  `/__test__/${route}?${new URLSearchParams({ key: `faq-${Date.now()}-${key++}`, body: JSON.stringify(body), ...params })}`;

/** Sets the search box's value as typing does. */
async function search(el: DauysFaq, query: string) {
  const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function lightFaq(attrs = '', lang = 'kk') {
  const wrapper = mount(html`<div lang=${lang}></div>`);
  // Written as a webmaster would, in plain HTML (the attributes vary per test).
  const template = document.createElement('template');
  template.innerHTML = `<dauys-faq ${attrs}>
      <details id="faq-age" data-category="Дауыс беру"><summary>Неше жастан дауыс беруге болады?</summary><p>18 жастан бастап.</p></details>
      <details id="documents" data-category="Құжаттар"><summary>Қандай ҚҰЖАТ керек?</summary><p>Жеке куәлік немесе паспорт.</p><script>window.__dauysLight = (window.__dauysLight ?? 0) + 1</script></details>
      <details id="faq-hours" data-category="Дауыс беру"><summary>Учаскелер қашан ашылады?</summary><p>07:00-ден 20:00-ге дейін.</p></details>
    </dauys-faq>`;
  wrapper.append(template.content);
  const el = wrapper.querySelector('dauys-faq')!;
  await el.updateComplete;
  return el;
}

async function feedFaq(
  src: string,
  attrs: { lang?: string; structuredData?: boolean; searchable?: boolean } = {},
) {
  const wrapper = mount(
    html`<div lang=${attrs.lang ?? 'kk'}>
      <dauys-faq
        src=${src}
        ?structured-data=${attrs.structuredData}
        ?searchable=${attrs.searchable}
      ></dauys-faq>
    </div>`,
  );
  const el = wrapper.querySelector('dauys-faq')!;
  await waitUntil(
    () => buttons(el).length > 0 || root(el).querySelector('[part=error]'),
    'feed did not render',
    {
      timeout: 5000,
    },
  );
  await el.updateComplete;
  return el;
}

describe('<dauys-faq>', () => {
  afterEach(() => {
    for (const container of mounted.splice(0)) container.remove();
    clearFeedCache();
    history.replaceState(null, '', location.pathname + location.search);
  });

  describe('accordion from <details>', () => {
    it('renders an APG accordion: heading > button with aria-expanded/controls, labelled regions', async () => {
      const el = await lightFaq();
      expect(questions(el)).to.deep.equal([
        'Неше жастан дауыс беруге болады?',
        'Қандай ҚҰЖАТ керек?',
        'Учаскелер қашан ашылады?',
      ]);
      for (const button of buttons(el)) {
        expect(button.parentElement!.localName).to.equal('h3');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const region = panel(el, button);
        expect(region.getAttribute('role')).to.equal('region');
        expect(region.getAttribute('aria-labelledby')).to.equal(button.id);
        expect(region.getAttribute('hidden')).to.equal('until-found');
      }
      // The light DOM stays for search engines and no-JS readers, but is not shown twice.
      expect(el.querySelectorAll('details')).to.have.length(3);
      expect(el.querySelector('details')!.getBoundingClientRect().height).to.equal(0);
      // The copy of the answer carries no scripts.
      expect(root(el).querySelector('script')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('opens and closes with a click, one at a time, and tells the page', async () => {
      const el = await lightFaq();
      const [first, second] = buttons(el);
      setTimeout(() => first.click());
      const event = await oneEvent(el, 'dauys-faq-toggle');
      expect(event.detail).to.deep.equal({ id: 'age', open: true });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['true', 'false', 'false']);
      expect(panel(el, first).hasAttribute('hidden')).to.equal(false);
      expect(text(panel(el, first))).to.contain('18 жастан бастап.');
      expect(panel(el, first).getAnimations()).to.have.length(1);
      settled(el);
      await expect(el).to.be.accessible();
      second.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
      second.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
    });

    it('moves between headers with Up, Down, Home, End and toggles with Enter and Space', async () => {
      const el = await lightFaq();
      buttons(el)[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(buttons(el)[1]);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(buttons(el)[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(buttons(el)[2]);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(buttons(el)[0]);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(buttons(el)[2]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'false', 'true']);
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['true', 'false', 'false']);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
    });

    it('keeps several open with `multiple`, with expand and collapse all', async () => {
      const el = await lightFaq('multiple heading-level="2"');
      expect(buttons(el)[0].parentElement!.localName).to.equal('h2');
      buttons(el)[0].click();
      buttons(el)[2].click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['true', 'false', 'true']);
      const [expandAll, collapseAll] = root(el).querySelectorAll<HTMLButtonElement>('.bulk button');
      expect(text(expandAll)).to.equal('Барлығын ашу');
      expandAll.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['true', 'true', 'true']);
      settled(el);
      await expect(el).to.be.accessible();
      collapseAll.click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
    });

    it('does not slide under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await lightFaq();
        buttons(el)[0].click();
        await el.updateComplete;
        expect(panel(el, buttons(el)[0]).getAnimations()).to.have.length(0);
        buttons(el)[0].click();
        await el.updateComplete;
        expect(panel(el, buttons(el)[0]).getAttribute('hidden')).to.equal('until-found');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('slides answers for as long as --dauys-duration says, and not at all at 0s', async () => {
      const el = await lightFaq('style="--dauys-duration: 0.6s"');
      buttons(el)[0].click();
      await el.updateComplete;
      const [slide] = panel(el, buttons(el)[0]).getAnimations();
      expect(slide?.effect?.getTiming().duration).to.equal(600);
      el.style.setProperty('--dauys-duration', '0s');
      buttons(el)[1].click();
      await el.updateComplete;
      expect(panel(el, buttons(el)[1]).getAnimations()).to.have.length(0);
      expect(panel(el, buttons(el)[1]).hidden).to.equal(false);
    });

    it('opens a <details open> and follows later changes to the light DOM', async () => {
      const el = await lightFaq();
      const added = document.createElement('details');
      added.id = 'faq-new';
      added.open = true;
      added.innerHTML = '<summary>Жаңа сұрақ</summary>Жауап';
      el.append(added);
      await waitUntil(() => questions(el).length === 4);
      expect(questions(el)[3]).to.equal('Жаңа сұрақ');
      expect(expanded(el)[3]).to.equal('true');
    });

    it('opens when find-in-page reaches a closed answer', async () => {
      const el = await lightFaq();
      const region = panel(el, buttons(el)[1]);
      setTimeout(() => region.dispatchEvent(new Event('beforematch')));
      const event = await oneEvent(el, 'dauys-faq-toggle');
      expect(event.detail).to.deep.equal({ id: 'documents', open: true });
    });
  });

  describe('deep links', () => {
    it('opens and focuses the linked question on load', async () => {
      history.replaceState(null, '', '#faq-hours');
      const el = await lightFaq();
      await waitUntil(() => expanded(el)[2] === 'true');
      await el.updateComplete;
      expect(focused(el)).to.equal(buttons(el)[2]);
    });

    it('opens the question on hashchange, clearing a search that hides it', async () => {
      const el = await lightFaq('searchable');
      await search(el, 'құжат');
      expect(questions(el)).to.have.length(1);
      location.hash = '#faq-age';
      await waitUntil(() => expanded(el)[0] === 'true', 'did not open on hashchange');
      expect(questions(el)).to.have.length(3);
      expect(focused(el)).to.equal(buttons(el)[0]);
      location.hash = '#elsewhere';
      await aTimeout(20);
      expect(expanded(el)[0]).to.equal('true');
    });

    it('copies a link to a question, or shows it to copy by hand', async () => {
      const el = await lightFaq();
      buttons(el)[0].click();
      await el.updateComplete;
      const clipboard = navigator.clipboard;
      const copied: string[] = [];
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void copied.push(value) },
      });
      try {
        root(el).querySelector<HTMLButtonElement>('[part=copy-link]')!.click();
        await waitUntil(() => copied.length === 1);
        await el.updateComplete;
        expect(copied[0]).to.equal(`${location.origin}${location.pathname}${location.search}#faq-age`);
        expect(text(root(el).querySelector('.copy-status'))).to.equal('Сілтеме көшірілді.');
        expect(text(root(el).querySelector('[role=status]'))).to.equal('Сілтеме көшірілді.');

        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
        });
        root(el).querySelector<HTMLButtonElement>('[part=copy-link]')!.click();
        await waitUntil(() => root(el).querySelector('.copy-field'));
        const field = root(el).querySelector<HTMLInputElement>('.copy-field')!;
        expect(field.value).to.equal(copied[0]);
        await waitUntil(() => focused(el) === field);
        settled(el);
        await expect(el).to.be.accessible();
      } finally {
        Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
      }
    });
  });

  describe('search and categories', () => {
    it('filters in Kazakh whatever the case, highlights with <mark> and counts', async () => {
      const el = await lightFaq('searchable');
      await search(el, 'құжат');
      expect(questions(el)).to.deep.equal(['Қандай ҚҰЖАТ керек?']);
      expect([...root(el).querySelectorAll('.question mark')].map(text)).to.deep.equal(['ҚҰЖАТ']);
      expect(text(root(el).querySelector('[part=count]'))).to.equal('3 сұрақтың ішінен 1 сұрақ табылды');
      await search(el, 'ПАСПОРТ');
      expect(questions(el)).to.deep.equal(['Қандай ҚҰЖАТ керек?']);
      // Closed, matched only in the answer: the words around the match show under the question.
      expect(text(root(el).querySelector('[part=excerpt]'))).to.equal('Жеке куәлік немесе паспорт.');
      expect(text(root(el).querySelector('[part=excerpt] mark'))).to.equal('паспорт');
      buttons(el)[0].click();
      await el.updateComplete;
      expect([...root(el).querySelectorAll('.answer mark')].map(text)).to.deep.equal(['паспорт']);
      settled(el);
      await waitUntil(() => text(root(el).querySelector('[role=status]')) !== '', 'no announcement');
      expect(text(root(el).querySelector('[role=status]'))).to.equal('3 сұрақтың ішінен 1 сұрақ табылды');
      await expect(el).to.be.accessible();
    });

    it('searches a Russian feed with ё as е and Russian plural counts', async () => {
      const el = await feedFaq(feedUrl(sampleFeed()), { lang: 'ru', searchable: true });
      await search(el, 'ЕМКОСТЬ');
      expect(questions(el)).to.deep.equal(['Как найти свой избирательный участок?']);
      expect(text(root(el).querySelector('[part=count]'))).to.equal('Найден 1 вопрос из 4');
      buttons(el)[0].click();
      await el.updateComplete;
      expect([...root(el).querySelectorAll('.answer mark')].map(text)).to.deep.equal(['Ёмкость']);
      await search(el, 'участ');
      expect(text(root(el).querySelector('[part=count]'))).to.equal('Найдено 2 вопроса из 4');
      await search(el, 'в');
      expect(text(root(el).querySelector('[part=count]'))).to.equal('Найдено 4 вопроса из 4');
    });

    it('shows a helpful empty state with a button that clears the search', async () => {
      const el = await lightFaq('searchable');
      await search(el, 'жоқсөз');
      expect(questions(el)).to.deep.equal([]);
      const empty = root(el).querySelector('[part=empty]')!;
      expect(text(empty)).to.contain('«жоқсөз» сұранысына сәйкес сұрақ табылмады.');
      expect(text(empty)).to.contain('Жазылуын тексеріңіз');
      await expect(el).to.be.accessible();
      empty.querySelector('button')!.click();
      await el.updateComplete;
      expect(questions(el)).to.have.length(3);
      await waitUntil(() => focused(el) === root(el).querySelector('input[type=search]'));
    });

    it('filters by category chips that are toggle buttons', async () => {
      const el = await lightFaq();
      const chips = () => [...root(el).querySelectorAll<HTMLButtonElement>('[part=category]')];
      expect(chips().map(text)).to.deep.equal(
        ['✓ Барлығы', 'Дауыс беру', 'Құжаттар'].map((t) => t.replace('✓ ', '')),
      );
      expect(chips().map((chip) => chip.getAttribute('aria-pressed'))).to.deep.equal([
        'true',
        'false',
        'false',
      ]);
      chips()[2].click();
      await el.updateComplete;
      expect(questions(el)).to.deep.equal(['Қандай ҚҰЖАТ керек?']);
      expect(chips().map((chip) => chip.getAttribute('aria-pressed'))).to.deep.equal([
        'false',
        'false',
        'true',
      ]);
      expect(root(el).querySelector('[role=group]')!.getAttribute('aria-label')).to.equal('Санаттар');
      await expect(el).to.be.accessible();
      chips()[0].click();
      await el.updateComplete;
      expect(questions(el)).to.have.length(3);
    });
  });

  describe('feed', () => {
    it('shows the feed in the active locale and follows a locale change', async () => {
      const el = await feedFaq(
        feedUrl(
          sampleFeed([
            ...SAMPLE_ENTRIES,
            { ...LONG_KAZAKH_ENTRY, question: { kk: (LONG_KAZAKH_ENTRY.question as { kk: string }).kk } },
          ]),
        ),
      );
      expect(questions(el)[0]).to.equal('Референдумда кім дауыс бере алады?');
      el.parentElement!.setAttribute('lang', 'en');
      await waitUntil(() => questions(el)[0] === 'Who can vote in the referendum?');
      // Missing English falls back to Kazakh.
      expect(questions(el)[4]).to.equal((LONG_KAZAKH_ENTRY.question as { kk: string }).kk);
      buttons(el)[0].click();
      await el.updateComplete;
      const link = root(el).querySelector<HTMLAnchorElement>('.answer a')!;
      expect(link.href).to.equal('https://www.election.gov.kz/');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(root(el).querySelector('.answer strong')).to.not.equal(null);
      settled(el);
      await expect(el).to.be.accessible();
    });

    it('turns a hostile answer into harmless nodes, keeping its text', async () => {
      const el = await feedFaq(feedUrl(sampleFeed([{ id: 'x', question: 'Q', answer: HOSTILE_ANSWER }])));
      buttons(el)[0].click();
      await el.updateComplete;
      const answer = root(el).querySelector('.answer')!;
      expect(answer.querySelector('script, img, iframe, style, span, form, input, button, svg')).to.equal(
        null,
      );
      for (const element of answer.querySelectorAll('*')) {
        for (const name of element.getAttributeNames()) expect(['class', 'href', 'rel']).to.include(name);
      }
      const links = [...answer.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://example.org/rules',
        `${location.origin}/local`,
      ]);
      expect(links[0].rel).to.equal('noopener noreferrer');
      expect(links[1].hasAttribute('rel')).to.equal(false);
      for (const kept of ['Safe start', 'bad link', 'good link', 'span text', 'bold', 'send', 'end']) {
        expect(text(answer)).to.contain(kept);
      }
      expect(text(answer)).not.to.contain('__dauysPwned');
      await aTimeout(50);
      expect((window as { __dauysPwned?: number }).__dauysPwned).to.equal(undefined);
    });

    it('builds answers from the allow-list only, decoding entities as text', () => {
      const box = document.createElement('div');
      box.append(
        sanitiseAnswer(
          '<OL><li>one<br/>two</li></ol><a href="tel:+77001234567">call</a> <a href="data:text/html,x">d</a>' +
            '<a href=https://example.org/a><a href="https://example.org/b">nested</a></a>' +
            '<div>block</div><h4>words</h4><B>bold</B><i>it</i>' +
            '<p>&lt;b&gt;not bold&lt;/b&gt; &amp; &#1178;&#x49b; &#0; <!-- hidden --><unclosed',
          location.href,
        ),
      );
      expect(box.querySelector('ol li br')).to.not.equal(null);
      expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:+77001234567',
        'https://example.org/a',
      ]);
      expect(box.querySelector('p')!.textContent).to.equal('<b>not bold</b> & Ққ \ufffd <unclosed');
      expect(box.querySelector('b, i, div, h4')).to.equal(null);
      expect([...box.querySelectorAll('strong, em')].map((e) => e.outerHTML)).to.deep.equal([
        '<strong>bold</strong>',
        '<em>it</em>',
      ]);
      expect(box.textContent).to.contain(' block  words ');
      expect(readableText(box)).to.match(/^one two call dnested block words boldit <b>not bold/);
      expect(text(box)).to.contain('d');
      expect(decodeEntities('&nbsp;&unknown;')).to.equal('\u00a0&unknown;');
    });

    it('reads a long hostile answer quickly', () => {
      const started = performance.now();
      const fragment = sanitiseAnswer(
        '<a b'.repeat(4000) + '<p x="'.repeat(1000) + '<script>'.repeat(1000) + '<!--',
        location.href,
      );
      expect(performance.now() - started).to.be.below(200);
      expect(fragment.textContent).to.contain('<a b<a b');
    });

    it('skips malformed entries with one warning naming them', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await feedFaq(
          feedUrl(sampleFeed([SAMPLE_ENTRIES[0], { id: 'broken', question: 'No answer' }])),
        );
        expect(questions(el)).to.have.length(1);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"broken"');
    });

    it('shows a retryable error when the feed fails and there is nothing else to show', async () => {
      const src = feedUrl(sampleFeed(), 'flaky', { fail: '3', status: '503' });
      const el = await feedFaq(src);
      const error = root(el).querySelector('[part=error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('Сервер қазір деректерді бере алмады');
      await expect(el).to.be.accessible();
      error.querySelector('button')!.click();
      await waitUntil(() => buttons(el).length === 4, 'retry did not load the feed', { timeout: 5000 });
      expect(root(el).querySelector('[part=error]')).to.equal(null);
    });

    it('holds the reserved space while the feed loads, in kk, ru and en', async () => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      for (const lang of ['kk', 'ru', 'en']) {
        const src = feedUrl(sampleFeed(), 'slow', { ms: '1500' });
        const wrapper = mount(html`<div lang=${lang}><dauys-faq src=${src} searchable></dauys-faq></div>`);
        const el = wrapper.querySelector('dauys-faq')!;
        el.style.inlineSize = lang === 'kk' ? '320px' : '800px';
        await el.updateComplete;
        // The same number as the documented `dauys-faq[src]:not(:defined)` rule, so upgrading moves nothing.
        expect(el.getBoundingClientRect().height, lang).to.equal(20 * rem);
        expect(text(root(el).querySelector('.loading'))).to.equal(
          { kk: 'Жүктелуде…', ru: 'Загрузка…', en: 'Loading…' }[lang],
        );
        await expect(el).to.be.accessible();
      }
    });

    it('takes the reserved height from --dauys-faq-min-block-size, and lets go once the feed is there', async () => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const src = feedUrl(sampleFeed([SAMPLE_ENTRIES[0]]), 'slow', { ms: '600' });
      const wrapper = mount(html`<div lang="en"><dauys-faq src=${src}></dauys-faq></div>`);
      const el = wrapper.querySelector('dauys-faq')!;
      el.style.setProperty('--dauys-faq-min-block-size', '31rem');
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(31 * rem);
      await waitUntil(() => buttons(el).length === 1, 'feed did not render', { timeout: 5000 });
      // One question is much shorter than the reservation: the element is its own height again.
      expect(el.getBoundingClientRect().height).to.be.below(10 * rem);
      expect(root(el).querySelector('.loading')).to.equal(null);
    });

    it('shows the <details> questions, not a loading box, until the feed arrives', async () => {
      const src = feedUrl(sampleFeed(), 'slow', { ms: '800' });
      const el = await lightFaq(`src="${src}" searchable`);
      expect(questions(el)).to.deep.equal([
        'Неше жастан дауыс беруге болады?',
        'Қандай ҚҰЖАТ керек?',
        'Учаскелер қашан ашылады?',
      ]);
      expect(root(el).querySelector('.loading')).to.equal(null);
      expect(root(el).querySelector('.reserving')).to.equal(null);
      expect(root(el).querySelector('input[type=search]')).to.not.equal(null);
      settled(el);
      await expect(el).to.be.accessible();
      await waitUntil(() => buttons(el).length === SAMPLE_ENTRIES.length, 'feed did not replace them', {
        timeout: 5000,
      });
      expect(questions(el)[0]).to.equal('Референдумда кім дауыс бере алады?');
    });

    it('keeps the <details> questions when the feed fails', async () => {
      const src = feedUrl(sampleFeed(), 'flaky', { fail: '9', status: '500' });
      const el = await lightFaq(`src="${src}"`);
      await waitUntil(() => !(el as unknown as { loading: boolean }).loading, 'feed did not settle', {
        timeout: 5000,
      });
      await el.updateComplete;
      expect(questions(el)).to.have.length(3);
      expect(root(el).querySelector('[part=error]')).to.equal(null);
    });
  });

  describe('structured data', () => {
    const scripts = () => [
      ...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'),
    ];

    it('puts one FAQPage script in the head, updates it on locale change and removes it', async () => {
      const el = await feedFaq(feedUrl(sampleFeed()), { structuredData: true });
      expect(scripts()).to.have.length(1);
      const doc = JSON.parse(scripts()[0].textContent!);
      expect(doc['@type']).to.equal('FAQPage');
      expect(doc.inLanguage).to.equal('kk');
      expect(doc.mainEntity).to.have.length(4);
      expect(doc.mainEntity[0].name).to.equal('Референдумда кім дауыс бере алады?');
      expect(doc.mainEntity[0].acceptedAnswer.text).to.contain('<strong>18 жасқа толған</strong>');
      expect(scripts()[0].textContent).not.to.contain('<');
      el.parentElement!.setAttribute('lang', 'ru');
      await waitUntil(() => JSON.parse(scripts()[0].textContent!).inLanguage === 'ru');
      expect(scripts()).to.have.length(1);
      expect(JSON.parse(scripts()[0].textContent!).mainEntity[0].name).to.equal(
        'Кто может голосовать на референдуме?',
      );
      const parent = el.parentElement!;
      el.remove();
      expect(scripts()).to.have.length(0);
      parent.append(el);
      await waitUntil(() => scripts().length === 1);
      expect(JSON.parse(scripts()[0].textContent!).inLanguage).to.equal('ru');
      el.remove();
      expect(scripts()).to.have.length(0);
    });
  });
});
