import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/widgets/src/faq/define.js';
import {
  HOSTILE_ANSWER,
  LONG_KAZAKH_ENTRY,
  SAMPLE_ENTRIES,
  sampleFeed,
} from '../packages/widgets/src/faq/faq-samples.js';
import { pendingFeed } from './story-feeds.js';

/**
 * `<dauys-faq>` from `<details>` written in the page, from a feed, with search, categories,
 * long Kazakh words in a narrow column and a feed that fails. The same sample questions as the
 * tests; language and theme come from the toolbar (feed questions follow it, `<details>` are in
 * the page's own language).
 */
interface FaqArgs {
  multiple: boolean;
  searchable: boolean;
  headingLevel: number;
}

const meta: Meta<FaqArgs> = {
  title: 'Widgets/FAQ',
  component: 'dauys-faq',
  args: { multiple: false, searchable: true, headingLevel: 3 },
  argTypes: {
    multiple: { control: 'boolean', description: 'Several answers open at once' },
    searchable: { control: 'boolean', description: 'Search box that filters as you type' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 }, description: 'Heading level (2–6)' },
  },
};
export default meta;

type Story = StoryObj<FaqArgs>;

/** A feed given inline (a data: URL), so the story loads it like any `src` without a server. */
const dataUrl = (feed: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(feed))}`;

export const FromDetails: Story = {
  name: 'From <details> in the page',
  render: (args) =>
    html`<dauys-faq
      ?multiple=${args.multiple}
      ?searchable=${args.searchable}
      heading-level=${args.headingLevel}
    >
      <details id="faq-age" data-category="Дауыс беру">
        <summary>Неше жастан бастап дауыс беруге болады?</summary>
        <p>Дауыс беру күні 18 жасқа толған Қазақстан азаматтары дауыс бере алады.</p>
      </details>
      <details id="faq-documents" data-category="Құжаттар" open>
        <summary>Учаскеге қандай құжат алып бару керек?</summary>
        <p>Жеке куәлік немесе паспорт.</p>
        <ul>
          <li>Электрондық құжат (eGov Mobile) те жарамды.</li>
        </ul>
      </details>
      <details id="faq-hours" data-category="Дауыс беру">
        <summary>Учаскелер қашан ашылады?</summary>
        <p>Сағат 07:00-ден 20:00-ге дейін, Қазақстан уақытымен.</p>
      </details>
    </dauys-faq>`,
};

export const FromFeed: Story = {
  name: 'From a feed (src)',
  render: (args) =>
    html`<dauys-faq
      src=${dataUrl(sampleFeed())}
      ?multiple=${args.multiple}
      ?searchable=${args.searchable}
      heading-level=${args.headingLevel}
    ></dauys-faq>`,
};

export const MultipleOpen: Story = {
  name: 'Several open, expand/collapse all',
  args: { multiple: true, searchable: false },
  render: (args) =>
    html`<dauys-faq
      .entries=${SAMPLE_ENTRIES}
      ?multiple=${args.multiple}
      ?searchable=${args.searchable}
      heading-level=${args.headingLevel}
    ></dauys-faq>`,
};

export const CategoriesAndLongKazakh: Story = {
  name: 'Categories · long Kazakh words at 320 px',
  render: (args) =>
    html`<div style="max-inline-size: 320px">
      <dauys-faq
        .entries=${[...SAMPLE_ENTRIES, LONG_KAZAKH_ENTRY]}
        ?multiple=${args.multiple}
        ?searchable=${args.searchable}
        heading-level=${args.headingLevel}
      ></dauys-faq>
    </div>`,
};

/** An answer full of scripts, handlers and forms, opened: only the safe markup is left. */
export const HostileAnswer: Story = {
  name: 'Hostile answer, sanitised',
  render: () =>
    html`<dauys-faq
      .entries=${[{ id: 'hostile', question: 'What survives sanitising?', answer: HOSTILE_ANSWER }]}
    >
    </dauys-faq>`,
  // Opened, so what is left of the answer after sanitising is on screen.
  play: async ({ canvasElement }) => {
    const faq = canvasElement.querySelector('dauys-faq');
    await faq?.updateComplete;
    faq?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="button"]')?.click();
  },
};

export const FeedError: Story = {
  name: 'Feed that fails (retry)',
  render: (args) =>
    html`<dauys-faq src="/__missing__/faq-feed.json" ?searchable=${args.searchable || nothing}></dauys-faq>`,
};

/** Before a `src` feed has answered: the loading line, in the space held for the element. */
export const Loading: Story = {
  name: 'Loading a feed',
  render: () => html`<dauys-faq src=${pendingFeed('faq.json')}></dauys-faq>`,
};

/** Types into the search box of the rendered FAQ, as a visitor would. */
const search =
  (words: Record<string, string>): Story['play'] =>
  async ({ canvasElement, globals }) => {
    const faq = canvasElement.querySelector('dauys-faq');
    await faq?.updateComplete;
    const input = faq?.shadowRoot?.querySelector<HTMLInputElement>('[part~="search-input"]');
    if (!input) return;
    input.value = words[String(globals.locale)] ?? words.kk;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  };

/** A search: matches highlighted, and the words around a match found only in an answer. */
export const Searching: Story = {
  name: 'Search with matches (highlight, excerpt)',
  render: (args) =>
    html`<dauys-faq .entries=${SAMPLE_ENTRIES} searchable heading-level=${args.headingLevel}></dauys-faq>`,
  play: search({ kk: 'куәлік', ru: 'паспорт', en: 'passport' }),
};

/** A search that finds nothing: the message with the words searched for. */
export const NoMatches: Story = {
  name: 'Search with no matches',
  render: (args) =>
    html`<dauys-faq .entries=${SAMPLE_ENTRIES} searchable heading-level=${args.headingLevel}></dauys-faq>`,
  play: search({ kk: 'жолдама', ru: 'справка', en: 'certificate' }),
};
