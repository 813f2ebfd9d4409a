import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { currentTime, syncWithServerClock } from '../core/clock.js';
import { DauysBaseElement } from '../core/dauys-base-element.js';
import { emit } from '../core/events.js';
import { registerTranslations } from '../core/i18n.js';
import { buildIcs, downloadIcs, icsFileName } from '../core/ics.js';
import { parseInstant } from '../core/kz-time.js';
import { buttonStyles } from '../core/theme.js';
import { subscribeToTicker } from '../core/ticker.js';
import {
  countdownAt,
  describeProblem,
  displayKey,
  resolveSchedule,
  twoDigits,
  votingShowsDays,
  type CountdownSchedule,
  type CountdownSnapshot,
  type CountdownState,
} from './countdown-state.js';
import {
  calendarButtonLabel,
  calendarDescription,
  calendarSummary,
  endedMessage,
  unitAbbreviation,
  unitWord,
  upcomingMessage,
  upcomingSentence,
  upcomingTitle,
  votingMessage,
  votingShortMessage,
  votingSentence,
  votingStartedAnnouncement,
  votingTitle,
  voteDate,
  voteKind,
  type TimeUnit,
  type VoteKind,
} from './countdown-texts.js';
import { countdownStyles } from './countdown.styles.js';
import { templates as kk } from './locales/kk.js';
import { templates as ru } from './locales/ru.js';

registerTranslations({ kk, ru });

export type CountdownVariant = 'full' | 'compact' | 'inline';
const UNITS: readonly TimeUnit[] = ['days', 'hours', 'minutes', 'seconds'];

declare global {
  interface DauysEventMap {
    'dauys-countdown-state': { state: CountdownState };
  }
  interface GlobalEventHandlersEventMap {
    'dauys-countdown-state': CustomEvent<{ state: CountdownState }>;
  }
}

/**
 * `inline` is a whole sentence in every state, ending with its own full stop (the ended message
 * and a Russian date's "г." already have one), so the page adds none after it.
 */
const fullStop = (sentence: string) => (sentence.endsWith('.') ? sentence : `${sentence}.`);

const warn = (text: string) => console.warn(`[dauys] <dauys-countdown>: ${text}`);

/**
 * A countdown to voting day that knows the three moments of a vote: before polls open
 * (`upcoming`), while they are open (`voting`) and after they close (`ended`). Times are
 * Kazakhstan time (UTC+5) whatever the visitor's own zone.
 *
 * @summary Countdown to the vote: days, hours, minutes and seconds until polls open, time left
 * while they are open, and the date of the vote afterwards.
 *
 * @attr target - When polls open (ISO 8601). Default 2026-03-15T07:00:00+05:00.
 * @attr closes - When polls close (ISO 8601). Default 20:00 Kazakhstan time on the day of `target`.
 * @attr variant - `full` (default), `compact` or `inline`.
 * @attr kind - `referendum` (default), `election` or `vote`: the wording of the texts.
 * @attr now - A fixed clock (ISO 8601) for previews and tests; the widget then does not tick.
 * @attr server-time - URL whose `Date` header corrects a wrong visitor clock.
 *
 * @slot upcoming - Replaces the message shown before polls open (in `inline`, the whole sentence).
 * @slot voting - Replaces the message shown while polls are open (in `inline`, the whole sentence).
 * @slot ended - Replaces the message shown after polls close, e.g. with a link to the results.
 *
 * @csspart base - The box around everything.
 * @csspart title - The heading over the numbers ("Until the referendum").
 * @csspart timer - The `role="timer"` element holding the numbers (or the inline sentence).
 * @csspart unit - One number with its unit (a card in `full`, a segment in `compact`).
 * @csspart value - The number of a unit.
 * @csspart label - The unit word or abbreviation.
 * @csspart message - The message of the current state (where the state's slot goes).
 * @csspart calendar-button - The "Add voting day to calendar" button.
 *
 * @cssproperty --dauys-countdown-gap - Space between title, numbers and message.
 * @cssproperty --dauys-countdown-padding - Padding of the box.
 * @cssproperty --dauys-countdown-card-background - Background of a card in `full`.
 * @cssproperty --dauys-countdown-card-border - Border colour of a card in `full`.
 * @cssproperty --dauys-countdown-value-color - Colour of the numbers.
 * @cssproperty --dauys-countdown-value-size - Font size of the numbers in `full`.
 * @cssproperty --dauys-countdown-min-block-size - Height reserved for the element (18rem `full`, 3rem `compact`; 23rem and 9rem on screens under 30rem).
 *
 * @event dauys-countdown-state - `{ state }` when the state changes as time passes (polls open or
 * close while the page is open, or a server clock correction moves the state). Not fired for the
 * first render or when you set `target`, `closes` or `now`; read the `state` property then.
 */
export class DauysCountdown extends DauysBaseElement {
  static override styles = [...DauysBaseElement.styles, buttonStyles, countdownStyles];

  // Reactive properties are declared statically (not with decorators) and initialised in the
  // constructor, so the class works the same under any compiler's class-field semantics.
  static override properties = {
    target: {},
    closes: {},
    variant: { reflect: true },
    kind: {},
    now: {},
    serverTime: { attribute: 'server-time' },
    announcement: { state: true },
  };

  /** When polls open (ISO 8601; without an offset it is read as Kazakhstan time). */
  declare target: string | undefined;

  /** When polls close (ISO 8601). Default: 20:00 Kazakhstan time on the day of `target`. */
  declare closes: string | undefined;

  /** `full` (large cards), `compact` (one line) or `inline` (a sentence inside a paragraph). */
  declare variant: CountdownVariant;

  /** What is voted on, for the wording: `referendum` (default), `election` or `vote`. */
  declare kind: VoteKind;

  /** A fixed clock (ISO 8601) for previews and tests; the widget then does not tick. */
  declare now: string | undefined;

  /** A URL whose `Date` header corrects a wrong visitor clock (read once per page and URL). */
  declare serverTime: string | undefined;

  /** Text of the polite live region: set only when the state changes while the page is open. */
  declare private announcement: string;

  constructor() {
    super();
    this.variant = 'full';
    this.kind = 'referendum';
    this.announcement = '';
  }

  #schedule: CountdownSchedule = resolveSchedule(undefined, undefined).schedule;
  #pinnedNow: number | undefined;
  #snapshot: CountdownSnapshot = countdownAt(currentTime(), this.#schedule);
  #shownKey = '';
  #lastState: CountdownState | undefined;
  #pendingStateEvent: CountdownState | undefined;
  #stopTicker: (() => void) | undefined;

  /** The current state: `upcoming`, `voting` or `ended`. */
  get state(): CountdownState {
    return this.#snapshot.state;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Time has passed while detached: look at the clock again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#syncTicker();
  }

  /** The variant to render: an unknown value is `full`. */
  get #shape(): CountdownVariant {
    return this.variant === 'compact' || this.variant === 'inline' ? this.variant : 'full';
  }

  /** `inline` shows no seconds, so it changes once a minute. */
  #key(snapshot: CountdownSnapshot): string {
    return displayKey(snapshot, this.#shape === 'inline' ? 'minute' : 'second');
  }

  readonly #onTick = (): void => {
    if (this.#key(countdownAt(currentTime(), this.#schedule)) !== this.#shownKey) this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    const setByHost = changed.has('target') || changed.has('closes');
    if (setByHost || !this.hasUpdated) {
      const { schedule, problems } = resolveSchedule(this.target, this.closes);
      this.#schedule = schedule;
      if (problems.length) warn(problems.map(describeProblem).join(' '));
    }
    if (changed.has('now')) {
      this.#pinnedNow = parseInstant(this.now);
      if (this.now && this.#pinnedNow === undefined) {
        warn(`now="${this.now}" is not an ISO 8601 date-time; using the visitor's clock.`);
      }
    }
    if (changed.has('serverTime') && this.serverTime) this.#readServerClock(this.serverTime);

    this.#snapshot = countdownAt(this.#pinnedNow ?? currentTime(), this.#schedule);
    this.#shownKey = this.#key(this.#snapshot);
    const { state } = this.#snapshot;
    if (this.#lastState && state !== this.#lastState && !setByHost && !changed.has('now')) {
      this.#pendingStateEvent = state;
      this.announcement = this.inLocale(() =>
        state === 'voting'
          ? votingStartedAnnouncement(this.#schedule)
          : state === 'ended'
            ? endedMessage(this.kind, this.#schedule)
            : '',
      );
    }
    this.#lastState = state;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncTicker();
    const state = this.#pendingStateEvent;
    if (state) {
      this.#pendingStateEvent = undefined;
      emit(this, 'dauys-countdown-state', { state });
    }
  }

  /** Ticks only while connected, on a live clock, and before the end (nothing changes after). */
  #syncTicker(): void {
    const wanted = this.isConnected && this.#pinnedNow === undefined && this.#snapshot.state !== 'ended';
    if (wanted && !this.#stopTicker) {
      this.#stopTicker = subscribeToTicker(this.#onTick);
    } else if (!wanted && this.#stopTicker) {
      this.#stopTicker();
      this.#stopTicker = undefined;
    }
  }

  #readServerClock(value: string): void {
    let url: URL | undefined;
    try {
      url = new URL(value, document.baseURI);
    } catch {
      // Not a URL at all: warned below.
    }
    if (!/^https?:$/.test(url?.protocol ?? '')) {
      warn(`server-time="${value}" is not an http(s) URL; using the visitor's clock.`);
      return;
    }
    void syncWithServerClock(url!.href).then(() => {
      if (this.#pinnedNow === undefined) this.requestUpdate();
    });
  }

  /** Offers voting day as an .ics file (UTC times, so every calendar shows the right hour). */
  #addToCalendar(): void {
    const { opens, closes } = this.#schedule;
    const [summary, description] = this.inLocale(() => [
      calendarSummary(this.kind),
      calendarDescription(this.#schedule),
    ]);
    downloadIcs(
      icsFileName(summary),
      buildIcs([
        {
          uid: `${voteKind(this.kind)}-${new Date(opens).toISOString()}@dauys`,
          start: opens,
          end: closes,
          summary,
          description,
          status: 'CONFIRMED',
        },
      ]),
    );
  }

  protected override render(): TemplateResult {
    const { state } = this.#snapshot;
    const variant = this.#shape;
    const compact = variant === 'compact';
    const schedule = this.#schedule;
    const ended = this.#renderSlot('ended', () => endedMessage(this.kind, schedule));
    const live = html`<span class="visually-hidden" aria-live="polite">${this.announcement}</span>`;
    // `inline` sits in the host's sentence: no whitespace of its own before, between or after
    // its pieces (line breaks inside the tags), or "… 20:00 ." would show a space before the
    // page's full stop.
    return variant === 'inline'
      ? html`<span part="base" class="base" data-state=${state}
          ><span part="timer" class="timer" role="timer" ?hidden=${state === 'ended'}
            >${this.#renderSlot('upcoming', () => fullStop(this.#sentence()))}${this.#renderSlot(
              'voting',
              () => fullStop(this.#sentence()),
            )}</span
          >${ended}${live}</span
        >`
      : html`<div part="base" class="base" data-state=${state}>
          ${state === 'ended' ? nothing : this.#renderTimer(variant)}
          <div part="message" class="message">
            ${this.#renderSlot('upcoming', () => (compact ? voteDate : upcomingMessage)(schedule))}
            ${this.#renderSlot('voting', () => (compact ? votingShortMessage : votingMessage)(schedule))}
            ${ended}
          </div>
          ${
            state === 'upcoming' && variant === 'full'
              ? html`<div class="actions">
                  <button part="calendar-button" class="button" type="button" @click=${this.#addToCalendar}>
                    ${calendarButtonLabel()}
                  </button>
                </div>`
              : nothing
          }
          ${live}
        </div>`;
  }

  /** Every slot is always in the tree; the ones for other states are hidden. */
  #renderSlot(name: CountdownState, fallback: () => string): TemplateResult {
    const active = this.#snapshot.state === name;
    return html`<slot name=${name} ?hidden=${!active}>${active ? fallback() : nothing}</slot>`;
  }

  /** The state in one sentence at minute precision: what a screen reader hears. */
  #sentence(): string {
    const { state, remaining } = this.#snapshot;
    return state === 'voting'
      ? votingSentence(this.#schedule, remaining)
      : upcomingSentence(this.kind, this.#schedule, remaining);
  }

  #renderTimer(variant: 'full' | 'compact'): TemplateResult {
    const { state, remaining } = this.#snapshot;
    const full = variant === 'full';
    const units = state === 'upcoming' || votingShowsDays(this.#schedule) ? UNITS : UNITS.slice(1);
    // The visible numbers are hidden from screen readers, which get the sentence instead: it
    // changes once a minute, and the timer role is not live, so nothing is read out every second.
    // `full` shows cards with unit words, `compact` one line with short units.
    return html`<p part="title" class="title">
        ${state === 'upcoming' ? upcomingTitle(this.kind) : votingTitle()}
      </p>
      <div part="timer" class="timer" role="timer" tabindex="0" aria-labelledby="sentence">
        <span id="sentence" class="visually-hidden">${this.#sentence()}</span>
        <div class=${full ? 'cards' : 'line'} aria-hidden="true">
          ${units.map(
            (unit) =>
              html`<span part="unit" class=${full ? 'card' : 'segment'}
                ><span part="value" class="value"
                  >${unit === 'days' ? remaining.days : twoDigits(remaining[unit])}</span
                ><span part="label" class=${full ? 'label' : 'unit'}
                  >${full ? unitWord(unit, remaining[unit]) : unitAbbreviation(unit)}</span
                ></span
              >`,
          )}
        </div>
      </div>`;
  }
}
