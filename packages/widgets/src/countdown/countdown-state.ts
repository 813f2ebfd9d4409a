import { DAY_MS, kzParts, kzStartOfDay, parseInstant } from '../core/kz-time.js';

/**
 * The pure maths of `<dauys-countdown>`: no DOM, no clock of its own. Every function takes the
 * instants it needs, so tests call them at any moment of any year from any time zone.
 */

export type CountdownState = 'upcoming' | 'voting' | 'ended';

/** Polls open on 15 March 2026 at 07:00 Kazakhstan time (UTC+5)… */
export const DEFAULT_TARGET = '2026-03-15T07:00:00+05:00';
/** …and close at 20:00 the same day. */
export const DEFAULT_CLOSES = '2026-03-15T20:00:00+05:00';

/** The closing hour used when only `target` is given (Kazakhstan time, as on 15 March 2026). */
const DEFAULT_CLOSING_HOUR = 20;
/** Polls are open 13 hours by default; used when the target is at or after 20:00. */
const DEFAULT_OPEN_MS = 13 * 3_600_000;

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

const given = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * The default closing time for an opening instant: 20:00 Kazakhstan time on the same
 * Kazakhstan day, or 13 hours later when the target is already at or after 20:00.
 */
export function defaultClosesFor(opens: number): number {
  const { year, month, day } = kzParts(opens);
  const evening = kzStartOfDay(year, month, day) + DEFAULT_CLOSING_HOUR * 3_600_000;
  return evening > opens ? evening : opens + DEFAULT_OPEN_MS;
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
  let opens = parseInstant(DEFAULT_TARGET)!;
  if (given(target)) {
    const parsed = parseInstant(target);
    if (parsed === undefined) problems.push({ kind: 'invalid-target', value: target });
    else opens = parsed;
  }
  const fallbackCloses =
    opens === parseInstant(DEFAULT_TARGET) ? parseInstant(DEFAULT_CLOSES)! : defaultClosesFor(opens);
  let end = fallbackCloses;
  if (given(closes)) {
    const parsed = parseInstant(closes);
    if (parsed === undefined) problems.push({ kind: 'invalid-closes', value: closes });
    else if (parsed <= opens) problems.push({ kind: 'closes-not-after-target', value: closes });
    else end = parsed;
  }
  return { schedule: { opens, closes: end }, problems };
}

/** One sentence per problem for the console (English: it is for the webmaster). */
export function describeProblem(problem: ScheduleProblem): string {
  switch (problem.kind) {
    case 'invalid-target':
      return `target="${problem.value}" is not an ISO 8601 date-time (for example ${DEFAULT_TARGET}); using the default ${DEFAULT_TARGET}.`;
    case 'invalid-closes':
      return `closes="${problem.value}" is not an ISO 8601 date-time (for example ${DEFAULT_CLOSES}); using the default closing time.`;
    case 'closes-not-after-target':
      return `closes="${problem.value}" is not after the opening time; using the default closing time.`;
  }
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

export function stateAt(now: number, schedule: CountdownSchedule): CountdownState {
  if (now < schedule.opens) return 'upcoming';
  if (now < schedule.closes) return 'voting';
  return 'ended';
}

/** Everything the element shows at the instant `now`. */
export function countdownAt(now: number, schedule: CountdownSchedule): CountdownSnapshot {
  const state = stateAt(now, schedule);
  const nextBoundary =
    state === 'upcoming' ? schedule.opens : state === 'voting' ? schedule.closes : undefined;
  const left = nextBoundary === undefined ? 0 : Math.ceil((nextBoundary - now) / 1000);
  return { state, nextBoundary, remaining: splitSeconds(left) };
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
