import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/widgets/src/countdown/define.js';
import { PREVIEW_NOW } from '../packages/widgets/src/countdown/countdown-previews.js';

/**
 * `<dauys-countdown>` in each state (before, during and after the vote) and each variant.
 * Clocks are pinned with `now` (the same moments the tests use), so nothing moves from day to
 * day; language and theme come from the toolbar.
 */
interface CountdownArgs {
  variant: 'full' | 'compact' | 'inline';
  now: string;
  target: string;
  closes: string;
  kind: 'referendum' | 'election' | 'vote';
}

const render = (args: CountdownArgs) => {
  const element = html`<dauys-countdown
    variant=${args.variant}
    kind=${args.kind}
    now=${args.now || nothing}
    target=${args.target || nothing}
    closes=${args.closes || nothing}
  ></dauys-countdown>`;
  // `inline` is meant to sit inside a sentence of the host page.
  return args.variant === 'inline' ? html`<p>→ ${element}</p>` : element;
};

const meta: Meta<CountdownArgs> = {
  title: 'Widgets/Countdown',
  component: 'dauys-countdown',
  render,
  args: { variant: 'full', now: PREVIEW_NOW.upcoming, target: '', closes: '', kind: 'referendum' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact', 'inline'] },
    kind: { control: 'inline-radio', options: ['referendum', 'election', 'vote'] },
    now: { control: 'text', description: 'Pinned clock (ISO 8601); empty = the real clock' },
    target: { control: 'text', description: 'Polls open (default 2026-03-15T07:00:00+05:00)' },
    closes: { control: 'text', description: 'Polls close (default 20:00 Kazakhstan time that day)' },
  },
};
export default meta;

type Story = StoryObj<CountdownArgs>;

export const UpcomingFull: Story = { name: 'Upcoming · full', args: { now: PREVIEW_NOW.upcoming } };
export const UpcomingCompact: Story = {
  name: 'Upcoming · compact',
  args: { now: PREVIEW_NOW.upcoming, variant: 'compact' },
};
export const UpcomingInline: Story = {
  name: 'Upcoming · inline',
  args: { now: PREVIEW_NOW.upcoming, variant: 'inline' },
};

export const VotingFull: Story = { name: 'Voting · full', args: { now: PREVIEW_NOW.voting } };
export const VotingCompact: Story = {
  name: 'Voting · compact',
  args: { now: PREVIEW_NOW.voting, variant: 'compact' },
};
export const VotingInline: Story = {
  name: 'Voting · inline',
  args: { now: PREVIEW_NOW.voting, variant: 'inline' },
};

export const EndedFull: Story = { name: 'Ended · full', args: { now: PREVIEW_NOW.ended } };
export const EndedCompact: Story = {
  name: 'Ended · compact',
  args: { now: PREVIEW_NOW.ended, variant: 'compact' },
};
export const EndedInline: Story = {
  name: 'Ended · inline',
  args: { now: PREVIEW_NOW.ended, variant: 'inline' },
};

/** A partner links to the results through the `ended` slot (written in the page's language). */
const resultsSlot: Record<string, [string, string]> = {
  kk: ['Референдум 2026 жылғы 15 наурыз күні өтті.', 'Ресми нәтижелер'],
  ru: ['Референдум состоялся 15 марта 2026 г.', 'Официальные итоги'],
  en: ['The referendum took place on 15 March 2026.', 'Official results'],
};
export const EndedWithResultsLink: Story = {
  name: 'Ended · results link in the slot',
  args: { now: PREVIEW_NOW.ended },
  render: (args, { globals }) => {
    const [sentence, link] = resultsSlot[String(globals.locale)] ?? resultsSlot.kk;
    return html`<dauys-countdown now=${args.now}>
      <p slot="ended">${sentence} <a href="https://www.election.gov.kz/">${link}</a></p>
    </dauys-countdown>`;
  },
};

/** The next vote: another date and `kind="election"`; polls close at 20:00 by default. */
export const NextElection: Story = {
  name: 'Next vote · election on another date',
  args: { kind: 'election', target: '2027-05-02T07:00:00+05:00', now: '2027-04-20T12:30:00+05:00' },
};

/** The real clock, counting down to a moment a minute away: watch it tick and change state. */
export const LiveClock: Story = {
  name: 'Live clock (a vote starting in a minute)',
  render: (args) => {
    const opens = new Date(Date.now() + 60_000);
    const closes = new Date(opens.getTime() + 60_000);
    return render({ ...args, now: '', target: opens.toISOString(), closes: closes.toISOString() });
  },
};
