import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { parseFaqEntries, parseFaqFeed, pickLocalised, type FaqEntry, type Locale } from '@dauys/schema';
import { DauysElement } from '../core/dauys-element.js';
import { emit } from '../core/events.js';
import { FeedError, loadFeed } from '../core/feed.js';
import { msg, plural, registerTranslations, str } from '../core/i18n.js';
import { feedErrorNotice, loadingLabel, staleCopyMessage } from '../core/notices.js';
import { highlightParts, searchTerms, type TextPart } from '../core/text-search.js';
import {
  cloneLightAnswer,
  highlightText,
  readableText,
  sanitiseAnswer,
  schemaAnswerHtml,
  textAnswer,
} from './faq-answer.js';
import {
  collectCategories,
  deepLink,
  faqPageJsonLd,
  filterItems,
  hasMarkup,
  idFromElementId,
  idFromHash,
  matchExcerpt,
  nextHeaderIndex,
  searchIndex,
  toCategory,
  toggleOpen,
  type FaqItem,
} from './faq-model.js';
import { faqStyles } from './faq.styles.js';
import { templates as kk } from './locales/kk.js';
import { templates as ru } from './locales/ru.js';

registerTranslations({ kk, ru });

declare global {
  interface DauysEventMap {
    /** A visitor opened or closed a question (click, keyboard or find-in-page). */
    'dauys-faq-toggle': { id: string; open: boolean };
  }
  interface GlobalEventHandlersEventMap {
    'dauys-faq-toggle': CustomEvent<DauysEventMap['dauys-faq-toggle']>;
  }
}

/** An item with its answer as nodes (a template that is cloned, never shown itself). */
interface AnswerItem extends FaqItem {
  answer: DocumentFragment;
  /** Position in the full list: the base of the element ids inside the shadow root. */
  index: number;
  search: string;
}

interface CopyState {
  id: string;
  ok: boolean;
  url: string;
}

type DetailsTemplate = (item: AnswerItem) => TemplateResult;

/** A real heading element of the chosen level around a question button (2 to 6). */
function heading(level: number, content: TemplateResult): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class="header" part="header">${content}</h2>`;
    case 4:
      return html`<h4 class="header" part="header">${content}</h4>`;
    case 5:
      return html`<h5 class="header" part="header">${content}</h5>`;
    case 6:
      return html`<h6 class="header" part="header">${content}</h6>`;
    default:
      return html`<h3 class="header" part="header">${content}</h3>`;
  }
}

/** Text with its search matches in `<mark>`. */
const marked = (parts: readonly TextPart[]) =>
  parts.map((part) => (part.match ? html`<mark>${part.text}</mark>` : part.text));

const ANNOUNCE_DELAY_MS = 500;

/** The theme's `--dauys-duration` (`200ms`, `0.3s`, `0s`) in ms, for the panels' slide. */
function themeDurationMs(element: Element): number {
  const value = getComputedStyle(element).getPropertyValue('--_duration').trim();
  const amount = parseFloat(value);
  if (Number.isNaN(amount)) return 200;
  return value.endsWith('ms') ? amount : amount * 1000;
}

interface ScriptPolicy {
  createScript(input: string): unknown;
}
let jsonLdPolicy: ScriptPolicy | null | undefined;

/**
 * Script text for the JSON-LD element. Under Trusted Types even a data block's text must be a
 * TrustedScript, made by a policy of this module only (named `dauys-faq`; the page allows it
 * in its `trusted-types` list). Where the page does not allow it, there is no JSON-LD.
 */
function jsonLdScriptText(json: string): unknown {
  const factory = (
    globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): ScriptPolicy } }
  ).trustedTypes;
  if (!factory) return json;
  if (jsonLdPolicy === undefined) {
    try {
      jsonLdPolicy = factory.createPolicy('dauys-faq', { createScript: (input: string) => input });
    } catch {
      jsonLdPolicy = null;
      console.warn('[dauys-faq] structured-data needs the Trusted Types policy "dauys-faq" to be allowed.');
    }
  }
  return jsonLdPolicy?.createScript(json);
}

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * An accessible, searchable FAQ accordion. Write the questions as `<details>` children (they
 * work and are indexed before any script runs) or point `src` at a FAQ feed; the element turns
 * them into a WAI-ARIA accordion with search, category chips, deep links and copy-link buttons.
 *
 * @summary Questions and answers as an accessible accordion with search and deep links.
 *
 * @slot - `<details id="faq-…"><summary>Question</summary>Answer…</details>` children, one per
 *   question (`data-category` optional). Read, not shown: the element renders its own copy.
 *
 * @csspart base - The wrapper of everything.
 * @csspart toolbar - The row with the search box, categories and expand/collapse buttons.
 * @csspart search - The search field's label and input wrapper.
 * @csspart search-input - The search `<input>`.
 * @csspart categories - The group of category chips.
 * @csspart category - One category chip (a toggle button).
 * @csspart count - The "N of M questions match" line.
 * @csspart items - The list of questions.
 * @csspart item - One question with its answer.
 * @csspart header - The heading around a question button.
 * @csspart button - The question button that opens and closes an answer.
 * @csspart panel - The answer region.
 * @csspart answer - The answer text.
 * @csspart excerpt - Under a closed question that matched a search only in its answer: the words around the match.
 * @csspart copy-link - The "Copy link" button of an answer.
 * @csspart empty - The message shown when nothing matches a search.
 * @csspart error - The error notice of a feed that could not be loaded.
 *
 * @cssproperty --dauys-faq-gap - Space between the toolbar and the questions. Default `var(--dauys-space-4)`.
 * @cssproperty --dauys-faq-header-padding - Padding of a question button. Default `var(--dauys-space-3)`.
 * @cssproperty --dauys-faq-header-background - Background of a question button. Default transparent.
 * @cssproperty --dauys-faq-open-header-background - Background of an open question's button. Default `var(--dauys-color-surface-alt)`.
 * @cssproperty --dauys-faq-border - The line between questions. Default `1px solid var(--dauys-color-border)`.
 * @cssproperty --dauys-faq-min-block-size - Height held while a `src` feed loads and no `<details>` are there to show (the same number as the `:not(:defined)` snippet). Default `20rem`.
 *
 * @event dauys-faq-toggle - A visitor opened or closed a question. `detail: { id: string; open: boolean }`.
 */
export class DauysFaq extends DauysElement {
  static override styles = [...DauysElement.styles, faqStyles];

  // Reactive properties are declared statically (not with decorators) and initialised in the
  // constructor, so the class works the same under any compiler's class-field semantics.
  static override properties = {
    src: {},
    entries: { attribute: false },
    multiple: { type: Boolean },
    searchable: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    lightItems: { state: true },
    feedEntries: { state: true },
    loading: { state: true },
    error: { state: true },
    stale: { state: true },
    openIds: { state: true },
    query: { state: true },
    chosenCategories: { state: true },
    announcement: { state: true },
    copyState: { state: true },
  };

  /** URL of a FAQ feed (`{ "version": 1, "entries": [...] }`); replaces the `<details>` once loaded. */
  declare src: string | undefined;

  /** Questions given by script (same shape as feed entries); take precedence over `src`. */
  declare entries: readonly FaqEntry[] | undefined;

  /** Allow several answers open at once (and show "Expand all" / "Collapse all"). */
  declare multiple: boolean;

  /** Show a search box that filters questions and answers as the visitor types. */
  declare searchable: boolean;

  /** Level of the headings around the questions, 2 to 6 (default 3). */
  declare headingLevel: number;

  /** Put one schema.org FAQPage JSON-LD script for these questions into `document.head`. */
  declare structuredData: boolean;

  declare private lightItems: AnswerItem[];
  declare private feedEntries: FaqEntry[] | undefined;
  declare private loading: boolean;
  declare private error: FeedError | undefined;
  declare private stale: boolean;
  declare private openIds: Set<string>;
  declare private query: string;
  declare private chosenCategories: Set<string>;
  declare private announcement: string;
  declare private copyState: CopyState | undefined;

  constructor() {
    super();
    this.multiple = false;
    this.searchable = false;
    this.headingLevel = 3;
    this.structuredData = false;
    this.lightItems = [];
    this.loading = false;
    this.stale = false;
    this.openIds = new Set();
    this.query = '';
    this.chosenCategories = new Set();
    this.announcement = '';
  }

  #items: AnswerItem[] = [];
  #itemsLocale?: Locale;
  #feedBaseUrl = '';
  readonly #feedAnswers = new Map<string, { source: string; answer: DocumentFragment }>();
  readonly #shownAnswers = new Map<
    string,
    { template: DocumentFragment; terms: string; element: HTMLElement }
  >();
  readonly #panelStates = new WeakMap<HTMLElement, boolean>();
  readonly #animations = new WeakMap<HTMLElement, Animation>();
  readonly #knownIds = new Set<string>();
  #observer?: MutationObserver;
  #abort?: AbortController;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #copyTimer?: ReturnType<typeof setTimeout>;
  #pendingLinkId?: string;
  #jsonLdScript?: HTMLScriptElement;
  /** The JSON-LD is written again only when its questions or the setting change, not per key. */
  #jsonLdStale = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readLightDom();
    this.#observer = new MutationObserver(() => this.#readLightDom());
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['id', 'data-category', 'href'],
    });
    this.#pendingLinkId = idFromHash(location.hash);
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#abort?.abort();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#announceTimer);
    clearTimeout(this.#copyTimer);
    this.#jsonLdScript?.remove();
    this.#jsonLdScript = undefined;
  }

  /** Loads the feed again (after an error, or to pick up changes). */
  reload(): Promise<void> {
    return this.#loadFeedFrom(this.src);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src') && !this.entries) void this.#loadFeedFrom(this.src);
    if (changed.has('entries') && this.entries) this.#takeEntries([...this.entries], 'entries');
    if (
      changed.has('lightItems') ||
      changed.has('feedEntries') ||
      changed.has('error') ||
      this.#itemsLocale !== this.locale
    ) {
      this.#items = this.#buildItems();
      this.#itemsLocale = this.locale;
      this.#adoptInitiallyOpen();
      this.#jsonLdStale = true;
    }
  }

  protected override updated(changed: PropertyValues): void {
    this.#syncPanels();
    if (this.#jsonLdStale || changed.has('structuredData')) {
      this.#jsonLdStale = false;
      this.#syncStructuredData();
    }
    if (this.#pendingLinkId && this.#items.some((item) => item.id === this.#pendingLinkId)) {
      const id = this.#pendingLinkId;
      this.#pendingLinkId = undefined;
      void this.#openFromLink(id);
    }
  }

  // ---- Sources ----------------------------------------------------------------------------

  #readLightDom(): void {
    const items: AnswerItem[] = [];
    const details = [...this.children].filter(
      (child): child is HTMLDetailsElement => child instanceof HTMLDetailsElement,
    );
    const seen = new Set<string>();
    details.forEach((element, position) => {
      const summary = element.querySelector(':scope > summary');
      const question = (summary?.textContent ?? '').replace(/\s+/g, ' ').trim();
      let id = element.id ? idFromElementId(element.id) : String(position + 1);
      if (!question) return;
      if (seen.has(id)) id = `${id}-${position + 1}`;
      seen.add(id);
      const answer = cloneLightAnswer(element);
      const category = element.dataset.category?.trim();
      const item: FaqItem = {
        id,
        question,
        answerText: readableText(answer),
        category: category ? toCategory(category, this.locale) : undefined,
        initiallyOpen: element.open,
      };
      items.push({ ...item, answer, index: items.length, search: searchIndex(item) });
    });
    this.lightItems = items;
  }

  async #loadFeedFrom(src: string | undefined): Promise<void> {
    this.#abort?.abort();
    if (!src) {
      this.feedEntries = undefined;
      this.error = undefined;
      this.loading = false;
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.loading = true;
    this.error = undefined;
    try {
      const result = await loadFeed(src, { parse: parseFaqFeed, signal: abort.signal });
      const { entries, skipped } = result.data;
      if (skipped.length) this.#warnSkipped(skipped, src);
      this.#feedBaseUrl = new URL(src, document.baseURI).href;
      this.stale = result.stale;
      this.#takeEntries(entries, undefined);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.error =
        error instanceof FeedError
          ? error
          : new FeedError('format', error instanceof Error ? error.message : '');
      this.feedEntries = undefined;
    } finally {
      if (!abort.signal.aborted) this.loading = false;
    }
  }

  #takeEntries(raw: unknown[], from: 'entries' | undefined): void {
    if (from === 'entries') {
      const { items, skipped } = parseFaqEntries(raw);
      if (skipped.length) this.#warnSkipped(skipped, 'entries');
      this.#feedBaseUrl = document.baseURI;
      this.error = undefined;
      this.feedEntries = this.#uniqueEntries(items);
      return;
    }
    this.feedEntries = this.#uniqueEntries(raw as FaqEntry[]);
  }

  #uniqueEntries(entries: FaqEntry[]): FaqEntry[] {
    const seen = new Set<string>();
    return entries.filter((entry) => {
      if (seen.has(entry.id)) {
        console.warn(`[dauys-faq] Skipped a second question with the id "${entry.id}".`);
        return false;
      }
      seen.add(entry.id);
      return true;
    });
  }

  #warnSkipped(skipped: { index: number; id?: string; issues: unknown }[], from: string): void {
    const source = from.length > 120 ? `${from.slice(0, 117)}…` : from;
    const list = skipped
      .map((entry) => `#${entry.index}${entry.id ? ` ("${entry.id}")` : ''}: ${JSON.stringify(entry.issues)}`)
      .join('; ');
    console.warn(
      `[dauys-faq] Skipped ${skipped.length} malformed FAQ entr${skipped.length === 1 ? 'y' : 'ies'} in ${source}: ${list}`,
    );
  }

  #feedAnswer(entry: FaqEntry, text: string, locale: Locale): DocumentFragment {
    const key = `${entry.id}\u0000${locale}`;
    const cached = this.#feedAnswers.get(key);
    if (cached?.source === text) return cached.answer;
    let answer: DocumentFragment;
    if (!hasMarkup(text)) answer = textAnswer(text);
    else answer = sanitiseAnswer(text, this.#feedBaseUrl);
    this.#feedAnswers.set(key, { source: text, answer });
    return answer;
  }

  #buildItems(): AnswerItem[] {
    if (this.feedEntries === undefined) return this.lightItems;
    const locale = this.locale;
    return (this.feedEntries ?? []).map((entry, index) => {
      const answerSource = pickLocalised(entry.answer, locale);
      const answer = this.#feedAnswer(entry, answerSource, locale);
      const item: FaqItem = {
        id: entry.id,
        question: pickLocalised(entry.question, locale),
        answerText: readableText(answer),
        category: toCategory(entry.category, locale),
      };
      return { ...item, answer, index, search: searchIndex(item) };
    });
  }

  /** Opens `<details open>` questions the first time they are seen. */
  #adoptInitiallyOpen(): void {
    let next: Set<string> | undefined;
    for (const item of this.#items) {
      if (this.#knownIds.has(item.id)) continue;
      this.#knownIds.add(item.id);
      if (item.initiallyOpen && (this.multiple || (next ?? this.openIds).size === 0)) {
        next = toggleOpen(next ?? this.openIds, item.id, this.multiple, true);
      }
    }
    if (next) this.openIds = next;
  }

  // ---- Behaviour --------------------------------------------------------------------------

  get #terms(): string[] {
    return this.searchable ? searchTerms(this.query) : [];
  }

  get #visibleItems(): AnswerItem[] {
    return filterItems(
      this.#items,
      { terms: this.#terms, categories: this.chosenCategories },
      (item) => item.search,
    );
  }

  #setOpen(id: string, open: boolean, byVisitor: boolean): void {
    if (this.openIds.has(id) === open) return;
    this.openIds = toggleOpen(this.openIds, id, this.multiple, open);
    if (byVisitor) emit(this, 'dauys-faq-toggle', { id, open });
  }

  #onHeaderClick(item: AnswerItem): void {
    this.#setOpen(item.id, !this.openIds.has(item.id), true);
  }

  #onHeaderKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.header-button')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current === -1) return;
    const next = nextHeaderIndex(current, event.key, buttons.length);
    if (next === undefined) return;
    event.preventDefault();
    buttons[next].focus();
  }

  #setAll(open: boolean): void {
    const visible = this.#visibleItems.map((item) => item.id);
    const next = new Set(this.openIds);
    for (const id of visible) {
      if (open) next.add(id);
      else next.delete(id);
    }
    this.openIds = next;
  }

  #onSearchInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.#scheduleAnnouncement();
  }

  #clearSearch(): void {
    this.query = '';
    this.chosenCategories = new Set();
    this.#scheduleAnnouncement();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>('input[type=search]')?.focus(),
    );
  }

  #toggleCategory(key: string | undefined): void {
    if (key === undefined) {
      this.chosenCategories = new Set();
    } else {
      const next = new Set(this.chosenCategories);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      this.chosenCategories = next;
    }
    this.#scheduleAnnouncement();
  }

  #isFiltering(): boolean {
    return this.#terms.length > 0 || this.chosenCategories.size > 0;
  }

  #countText(shown: number, total: number): string {
    if (shown === 0) return msg('No questions match.', { id: 'faq.count-none' });
    // Russian: one, few (2–4) and, for 5–20, `other` (its fraction form never occurs here).
    return plural(shown, {
      one: msg(str`${shown} of ${total} questions matches`, { id: 'faq.count-one' }),
      few: msg(str`${shown} of ${total} questions match`, { id: 'faq.count-few' }),
      other: msg(str`${shown} of ${total} questions match`, { id: 'faq.count-other' }),
    });
  }

  /** Tells screen readers the count once the visitor pauses typing, not on every key. */
  #scheduleAnnouncement(): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.announcement = this.#isFiltering()
        ? this.inLocale(() => this.#countText(this.#visibleItems.length, this.#items.length))
        : '';
    }, ANNOUNCE_DELAY_MS);
  }

  readonly #onHashChange = () => {
    const id = idFromHash(location.hash);
    if (id && this.#items.some((item) => item.id === id)) void this.#openFromLink(id);
  };

  /** Opens the question of a deep link, clearing filters that hide it, and scrolls to it. */
  async #openFromLink(id: string): Promise<void> {
    if (!this.#visibleItems.some((item) => item.id === id)) {
      this.query = '';
      this.chosenCategories = new Set();
    }
    this.openIds = toggleOpen(this.openIds, id, this.multiple, true);
    await this.updateComplete;
    const item = this.#items.find((candidate) => candidate.id === id);
    if (!item) return;
    const button = this.renderRoot.querySelector<HTMLButtonElement>(`#h${item.index}`);
    button
      ?.closest('.item')
      ?.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'auto' : 'smooth' });
    button?.focus({ preventScroll: true });
  }

  async #copyLink(item: AnswerItem): Promise<void> {
    const url = deepLink(location.href, item.id);
    let ok = false;
    try {
      await navigator.clipboard.writeText(url);
      ok = true;
    } catch {
      ok = false;
    }
    this.copyState = { id: item.id, ok, url };
    this.announcement = this.inLocale(() =>
      ok
        ? msg('Link copied.', { id: 'faq.link-copied' })
        : msg('Could not copy automatically. Select the link and copy it.', { id: 'faq.copy-failed' }),
    );
    clearTimeout(this.#copyTimer);
    if (ok) {
      this.#copyTimer = setTimeout(() => (this.copyState = undefined), 4000);
    } else {
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('.copy-field');
      field?.focus();
      field?.select();
    }
  }

  // ---- DOM upkeep after render --------------------------------------------------------------

  /**
   * Shows and hides answer panels (closed ones are `hidden="until-found"`, so find-in-page still
   * reaches them and opens them through `beforematch`), sliding them when a visitor toggles one.
   * New panels start in place; the slide lasts `--dauys-duration`, and reduced motion or a
   * duration of 0 skips it.
   */
  #syncPanels(): void {
    const animate = !reducedMotion();
    // Read only when a panel slides: a style read on every render (each search keystroke) costs.
    let duration: number | undefined;
    for (const panel of this.renderRoot.querySelectorAll<HTMLElement>('.panel')) {
      const open = this.openIds.has(panel.dataset.id ?? '');
      const before = this.#panelStates.get(panel);
      if (before === open) continue;
      this.#panelStates.set(panel, open);
      this.#animations.get(panel)?.cancel();
      if (open) panel.removeAttribute('hidden');
      if (before === undefined || !animate || (duration ??= themeDurationMs(this)) === 0) {
        if (!open) panel.setAttribute('hidden', 'until-found');
        continue;
      }
      const height = panel.scrollHeight;
      const frames = [
        { blockSize: '0px', opacity: 0 },
        { blockSize: `${height}px`, opacity: 1 },
      ];
      panel.classList.add('animating');
      const animation = panel.animate(open ? frames : frames.reverse(), {
        duration,
        easing: 'ease-in-out',
      });
      this.#animations.set(panel, animation);
      animation.addEventListener('finish', () => {
        panel.classList.remove('animating');
        if (!open) panel.setAttribute('hidden', 'until-found');
      });
      animation.addEventListener('cancel', () => panel.classList.remove('animating'));
    }
  }

  #syncStructuredData(): void {
    if (!this.structuredData || this.#items.length === 0) {
      this.#jsonLdScript?.remove();
      this.#jsonLdScript = undefined;
      return;
    }
    const json = faqPageJsonLd(
      this.#items.map((item) => ({ question: item.question, answer: schemaAnswerHtml(item.answer) })),
      this.locale,
    );
    if (!this.#jsonLdScript) {
      this.#jsonLdScript = document.createElement('script');
      this.#jsonLdScript.type = 'application/ld+json';
      this.#jsonLdScript.dataset.dauysFaq = '';
    }
    if (this.#jsonLdScript.textContent !== json) {
      const text = jsonLdScriptText(json);
      if (text === undefined) return;
      this.#jsonLdScript.text = text as string;
    }
    if (!this.#jsonLdScript.isConnected) document.head.append(this.#jsonLdScript);
  }

  /** The answer nodes to show: a fresh copy of the template, highlighted, kept until either changes. */
  #answerElement(item: AnswerItem, terms: readonly string[]): HTMLElement {
    const key = terms.join(' ');
    const cached = this.#shownAnswers.get(item.id);
    if (cached && cached.template === item.answer && cached.terms === key) return cached.element;
    const element = document.createElement('div');
    element.className = 'answer-body';
    element.append(item.answer.cloneNode(true));
    highlightText(element, terms);
    this.#shownAnswers.set(item.id, { template: item.answer, terms: key, element });
    return element;
  }

  // ---- Render -----------------------------------------------------------------------------

  protected override render() {
    const items = this.#items;
    const visible = this.#visibleItems;
    const terms = this.#terms;
    const categories = collectCategories(items);
    const showError = this.error && items.length === 0;
    const showLoading = this.loading && items.length === 0;
    const level = Math.min(6, Math.max(2, Math.round(Number(this.headingLevel)) || 3));
    const detailsOf: DetailsTemplate = (item) => this.#renderItem(item, level, terms);

    // While a feed loads with nothing to show yet, the element holds the space the page reserved
    // before the upgrade (the same number as the :not(:defined) snippet), so nothing below jumps.
    return html`<div part="base" class=${showLoading ? 'base reserving' : 'base'}>
      ${items.length > 0 ? this.#renderToolbar(categories, visible.length) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${this.stale ? html`<p class="notice stale" data-tone="warning">${staleCopyMessage()}</p>` : nothing}
      ${showError && this.error ? feedErrorNotice(this.error, () => void this.reload()) : nothing}
      ${showLoading ? html`<p class="loading" aria-busy="true">${loadingLabel()}</p>` : nothing}
      ${
        !showError && !showLoading && items.length === 0
          ? html`<p class="notice">${msg('There are no questions here yet.', { id: 'faq.no-questions' })}</p>`
          : nothing
      }
      <div class="items" part="items" ?hidden=${visible.length === 0} @keydown=${this.#onHeaderKeydown}>
        ${repeat(visible, (item) => item.id, detailsOf)}
      </div>
      ${items.length > 0 && visible.length === 0 ? this.#renderEmpty() : nothing}
    </div>`;
  }

  #renderToolbar(categories: { key: string; label: string }[], shown: number) {
    const showCount = this.#isFiltering() && shown > 0;
    const hasTools = this.searchable || categories.length > 1 || this.multiple;
    if (!hasTools) return nothing;
    return html`<div class="toolbar" part="toolbar">
      ${
        this.searchable
          ? html`<div class="search" part="search">
              <label for="search">${msg('Search questions', { id: 'faq.search-label' })}</label>
              <input
                id="search"
                part="search-input"
                type="search"
                autocomplete="off"
                spellcheck="false"
                .value=${this.query}
                @input=${this.#onSearchInput}
              />
            </div>`
          : nothing
      }
      ${
        categories.length > 1
          ? html`<div
              class="categories"
              part="categories"
              role="group"
              aria-label=${msg('Categories', { id: 'faq.categories' })}
            >
              <button
                class="chip"
                part="category"
                type="button"
                aria-pressed=${this.chosenCategories.size === 0 ? 'true' : 'false'}
                @click=${() => this.#toggleCategory(undefined)}
              >
                ${msg('All', { id: 'faq.all-categories' })}
              </button>
              ${categories.map(
                (category) =>
                  html`<button
                    class="chip"
                    part="category"
                    type="button"
                    aria-pressed=${this.chosenCategories.has(category.key) ? 'true' : 'false'}
                    @click=${() => this.#toggleCategory(category.key)}
                  >
                    ${category.label}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      <div class="row">
        <p class="count" part="count">${showCount ? this.#countText(shown, this.#items.length) : nothing}</p>
        ${
          this.multiple
            ? html`<div class="bulk">
                <button class="link-button" type="button" @click=${() => this.#setAll(true)}>
                  ${msg('Expand all', { id: 'faq.expand-all' })}
                </button>
                <button class="link-button" type="button" @click=${() => this.#setAll(false)}>
                  ${msg('Collapse all', { id: 'faq.collapse-all' })}
                </button>
              </div>`
            : nothing
        }
      </div>
    </div>`;
  }

  #renderItem(item: AnswerItem, level: number, terms: readonly string[]) {
    const open = this.openIds.has(item.id);
    const copy = this.copyState?.id === item.id ? this.copyState : undefined;
    const questionParts = highlightParts(item.question, terms);
    const button = html`<button
      id=${`h${item.index}`}
      class="header-button"
      part="button"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${`p${item.index}`}
      @click=${() => this.#onHeaderClick(item)}
    >
      <span class="question">${marked(questionParts)}</span>
      <span class="icon" aria-hidden="true"></span>
    </button>`;
    // A closed question that matched only in its answer shows where, so the match is not a mystery.
    const excerpt =
      !open && terms.length > 0 && !questionParts.some((part) => part.match)
        ? matchExcerpt(item.answerText, terms)
        : undefined;
    return html`<div class="item" part="item" ?data-open=${open}>
      ${heading(level, button)}
      ${
        excerpt
          ? html`<p class="excerpt" part="excerpt">${marked(highlightParts(excerpt, terms))}</p>`
          : nothing
      }
      <div
        id=${`p${item.index}`}
        class="panel"
        part="panel"
        role="region"
        aria-labelledby=${`h${item.index}`}
        data-id=${item.id}
        @beforematch=${() => this.#setOpen(item.id, true, true)}
      >
        <div class="panel-inner">
          <div class="answer" part="answer">${this.#answerElement(item, terms)}</div>
          <div class="actions">
            <button
              class="link-button"
              part="copy-link"
              type="button"
              @click=${() => void this.#copyLink(item)}
            >
              ${msg('Copy link', { id: 'faq.copy-link' })}
            </button>
            ${copy?.ok ? html`<span class="copy-status">${msg('Link copied.', { id: 'faq.link-copied' })}</span>` : nothing}
          </div>
          ${
            copy && !copy.ok
              ? html`<div class="copy-fallback">
                  <label for=${`c${item.index}`}>
                    ${msg('Could not copy automatically. Select the link and copy it.', { id: 'faq.copy-failed' })}
                  </label>
                  <input id=${`c${item.index}`} class="copy-field" type="text" readonly .value=${copy.url} />
                </div>`
              : nothing
          }
        </div>
      </div>
    </div>`;
  }

  #renderEmpty() {
    const query = this.query.trim();
    return html`<div class="empty" part="empty">
      <p class="empty-title">
        ${
          query
            ? msg(str`No questions match “${query}”.`, { id: 'faq.empty-query' })
            : msg('No questions in the chosen categories.', { id: 'faq.empty-categories' })
        }
      </p>
      <p>
        ${msg(
          'Check the spelling, try a shorter word or another one with the same meaning, or choose another category.',
          {
            id: 'faq.empty-hint',
          },
        )}
      </p>
      <button class="button" type="button" @click=${this.#clearSearch}>
        ${
          query
            ? msg('Clear search', { id: 'faq.clear-search' })
            : msg('Show all questions', { id: 'faq.show-all' })
        }
      </button>
    </div>`;
  }
}
