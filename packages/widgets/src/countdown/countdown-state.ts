import { DAY_MS, kzStartOfDayOf, parseInstant } from '../core/kz-time.js';

const HOUR_MS = 3_600_000;

/**
 * The pure maths of `<dauys-countdown>`: no DOM, no clock of its own. Every function takes the
 * instants it needs, so tests call them at any moment of any year from any time zone.
 */

export type CountdownState = 'upcoming' | 'voting' | 'ended';

/** Polls open on 15 March 2026 at 07:00 Kazakhstan time (UTC+5)… */
export const DEFAULT_TARGET = '2026-03-15T07:00:00+05:00';
/** …and close at 20:00 the same day. */
export const DEFAULT_CLOSES = '2026-03-15T20:00:00+05:00';

export interface CountdownSchedule {
  /** When polls open (epoch ms). */
  opens: number;
  /** When polls close (epoch ms), always after `opens`. */
  closes: number;
}

export type ScheduleProblem =
  | { kind: 'invalid-target'; value: string }
  | { kind: 'invalid-closes'; value: string }
  | { kind: 'closes-not-after-target'; value: string };

export interface ResolvedSchedule {
  schedule: CountdownSchedule;
  /** What was wrong with the input and replaced by a default; empty when all was fine. */
  problems: ScheduleProblem[];
}

/**
 * The default closing time for an opening instant: 20:00 Kazakhstan time on the same
 * Kazakhstan day, or 13 hours later (the default day's length) when the target is at or after 20:00.
 */
export function defaultClosesFor(opens: number): number {
  const evening = kzStartOfDayOf(opens) + 20 * HOUR_MS;
  return evening > opens ? evening : opens + 13 * HOUR_MS;
}

/**
 * Reads the `target` and `closes` attributes. Missing values take the defaults; unparseable
 * values, and a `closes` that is not after `target`, are reported as problems and replaced by
 * the defaults (never thrown). When only `target` is given, polls close at 20:00 Kazakhstan
 * time that day, so `target="2027-05-02T07:00+05:00"` alone describes a whole voting day.
 */
export function resolveSchedule(
  target: string | null | undefined,
  closes: string | null | undefined,
): ResolvedSchedule {
  const problems: ScheduleProblem[] = [];
  const parsedTarget = parseInstant(target);
  const parsedCloses = parseInstant(closes);
  if (target?.trim() && parsedTarget === undefined) problems.push({ kind: 'invalid-target', value: target });
  const opens = parsedTarget ?? parseInstant(DEFAULT_TARGET)!;
  let end = defaultClosesFor(opens);
  if (closes?.trim()) {
    if (parsedCloses === undefined) problems.push({ kind: 'invalid-closes', value: closes });
    else if (parsedCloses <= opens) problems.push({ kind: 'closes-not-after-target', value: closes });
    else end = parsedCloses;
  }
  return { schedule: { opens, closes: end }, problems };
}

/** One sentence per problem for the console (English: it is for the webmaster). */
export function describeProblem({ kind, value }: ScheduleProblem): string {
  const name = kind === 'invalid-target' ? 'target' : 'closes';
  const fallback = kind === 'invalid-target' ? DEFAULT_TARGET : 'closing time';
  return `${name}="${value}" is not ${
    kind === 'closes-not-after-target'
      ? 'after the opening time'
      : `an ISO 8601 date-time (for example ${kind === 'invalid-target' ? DEFAULT_TARGET : DEFAULT_CLOSES})`
  }; using the default ${fallback}.`;
}

export interface Remaining {
  /** Whole seconds left, rounded up, so 0 is shown only when the boundary is reached. */
  totalSeconds: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export interface CountdownSnapshot {
  state: CountdownState;
  /** The instant the current state ends (opening or closing), undefined once ended. */
  nextBoundary: number | undefined;
  /** Time left to `nextBoundary`; all zero once ended. */
  remaining: Remaining;
}

export function splitSeconds(totalSeconds: number): Remaining {
  const total = Math.max(0, Math.floor(totalSeconds));
  return {
    totalSeconds: total,
    days: Math.floor(total / 86_400),
    hours: Math.floor((total % 86_400) / 3_600),
    minutes: Math.floor((total % 3_600) / 60),
    seconds: total % 60,
  };
}

export const stateAt = (now: number, { opens, closes }: CountdownSchedule): CountdownState =>
  now < opens ? 'upcoming' : now < closes ? 'voting' : 'ended';

/** Everything the element shows at the instant `now`. */
export function countdownAt(now: number, schedule: CountdownSchedule): CountdownSnapshot {
  const state = stateAt(now, schedule);
  const nextBoundary = state === 'ended' ? undefined : schedule[state === 'upcoming' ? 'opens' : 'closes'];
  return {
    state,
    nextBoundary,
    remaining: splitSeconds(nextBoundary === undefined ? 0 : Math.ceil((nextBoundary - now) / 1000)),
  };
}

/**
 * Whether the voting period itself spans a day or more, in which case the voting countdown
 * needs a days unit too. Decided by the schedule, not by the time left, so the layout does not
 * change while the numbers tick.
 */
export function votingShowsDays(schedule: CountdownSchedule): boolean {
  return schedule.closes - schedule.opens >= DAY_MS;
}

/**
 * A key that changes exactly when what a visitor sees changes: every second for the number
 * variants, every minute for the `inline` sentence (which has no seconds).
 */
export function displayKey(snapshot: CountdownSnapshot, granularity: 'second' | 'minute'): string {
  const { totalSeconds } = snapshot.remaining;
  return `${snapshot.state}:${granularity === 'minute' ? Math.floor(totalSeconds / 60) : totalSeconds}`;
}

/** "07", "00": hours, minutes and seconds on the cards are always two digits wide. */
export const twoDigits = (value: number): string => String(value).padStart(2, '0');
