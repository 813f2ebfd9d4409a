import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { CampaignEvent } from '@dauys/schema';
import { generateSampleEvents, sampleEventFeed } from '@dauys/schema/sample';
import { ref } from 'lit/directives/ref.js';
import '../packages/widgets/src/event-finder/define.js';
import type { DauysEventFinder } from '../packages/widgets/src/event-finder/dauys-event-finder.js';
import { NOW, fixtureEvents } from '../packages/widgets/src/event-finder/fixtures.js';
import { answerOnce, pendingFeed } from './story-feeds.js';

/**
 * `<dauys-event-finder>` with sample events (deterministic, clearly marked "Үлгі / Пример /
 * Sample") around a pinned clock, Wednesday 25 November 2026 09:00 in Kazakhstan. Language and
 * theme come from the toolbar. Filters stay out of the Storybook URL (`url-state="off"`).
 */
interface FinderArgs {
  count: number;
  region: string;
  mapProvider: '2gis' | 'yandex' | 'osm';
  now: string;
  src: string;
  width: string;
  fixtures: boolean;
}

const samples = new Map<number, CampaignEvent[]>();
const sampleEvents = (count: number) => {
  let events = samples.get(count);
  if (!events) {
    events = generateSampleEvents({ count, seed: 2026, now: NOW });
    samples.set(count, events);
  }
  return events;
};

const render = (args: FinderArgs) =>
  html`<div style=${styleMap({ maxInlineSize: args.width || 'none' })}>
    <dauys-event-finder
      url-state="off"
      now=${args.now || nothing}
      region=${args.region || nothing}
      map-provider=${args.mapProvider}
      src=${args.src || nothing}
      .events=${args.src ? undefined : args.fixtures ? fixtureEvents() : sampleEvents(args.count)}
    ></dauys-event-finder>
  </div>`;

const meta: Meta<FinderArgs> = {
  title: 'Widgets/Event finder',
  component: 'dauys-event-finder',
  render,
  args: { count: 400, region: '', mapProvider: '2gis', now: NOW, src: '', width: '', fixtures: false },
  argTypes: {
    count: { control: { type: 'number', min: 0, max: 50_000, step: 100 }, description: 'Sample events' },
    region: { control: 'text', description: 'Preselected region id, e.g. karaganda' },
    mapProvider: { control: 'inline-radio', options: ['2gis', 'yandex', 'osm'] },
    now: { control: 'text', description: 'Pinned clock (ISO 8601); empty = the real clock' },
    src: { control: 'text', description: 'Feed URL (instead of sample events)' },
    width: { control: 'text', description: 'Width of the box around the element, e.g. 320px' },
    fixtures: { control: 'boolean', description: 'The six hand-made events of the tests' },
  },
};
export default meta;

type Story = StoryObj<FinderArgs>;

export const FullFeed: Story = { name: 'Full feed (all regions)' };

export const OneRegion: Story = { name: 'One region preselected (Karaganda)', args: { region: 'karaganda' } };

/** The hand-made events of the tests: cancelled, postponed, online, no coordinates. */
export const Statuses: Story = { name: 'Cancelled, postponed, online', args: { fixtures: true } };

export const Empty: Story = { name: 'Empty feed', args: { count: 0 } };

/** A feed that cannot be loaded: a retryable error. */
export const FeedError: Story = { name: 'Feed error', args: { src: '/__missing__/events.json' } };

/** 50,000 events: indexed once, only visible rows rendered. */
export const FiftyThousand: Story = { name: '50,000 events', args: { count: 50_000 } };

export const Narrow: Story = { name: 'Narrow (320 px)', args: { width: '320px', count: 60 } };

/** Inside the campaign-silence window of the March 2026 referendum: a neutral notice. */
export const Silence: Story = { name: 'Campaign silence', args: { now: '2026-03-14T12:00:00+05:00' } };

export const Yandex: Story = { name: 'Yandex Maps links', args: { mapProvider: 'yandex', count: 60 } };

/** Before the feed has answered: the loading line, in the space held for the element. */
export const Loading: Story = { name: 'Loading', args: { src: pendingFeed('events.json') } };

/** Filters that match nothing (a region without events): the message and "Clear filters". */
export const NoMatches: Story = {
  name: 'Nothing matches the filters',
  args: { fixtures: true, region: 'pavlodar' },
};

/**
 * The feed loaded once, then failed when it was refreshed: the last good copy stays on screen
 * under a note saying it may be out of date.
 */
export const StaleCopy: Story = {
  name: 'Last saved copy (refresh failed)',
  render: (args) => {
    const src = answerOnce('events.json', sampleEventFeed({ count: 40, seed: 2026, now: NOW }));
    // Once the first copy is on screen, refresh it: the feed now answers 503.
    const refresh = (element?: Element) => {
      const finder = element as DauysEventFinder | undefined;
      if (!finder || finder.dataset.refreshed) return;
      finder.dataset.refreshed = 'true';
      void (async () => {
        for (let i = 0; i < 100 && !finder.shadowRoot?.querySelector('[part~="list"]'); i++) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await finder.reload();
      })();
    };
    return html`<dauys-event-finder
      ${ref(refresh)}
      url-state="off"
      now=${args.now || nothing}
      map-provider=${args.mapProvider}
      src=${src}
    ></dauys-event-finder>`;
  },
};
