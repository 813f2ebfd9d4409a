import { activeLocale, msg, plural, str } from '../core/i18n.js';
import { formatKzDate, formatKzTime } from '../core/kz-time.js';
import type { CountdownSchedule, Remaining } from './countdown-state.js';

/**
 * Every text of `<dauys-countdown>`, in the locale of the element being rendered (call these
 * during render or inside `inLocale`). Kazakh dates come from core's own tables, never Intl.
 */

/** What is being voted on; chooses the wording ("the referendum", "the election", "voting"). */
export type VoteKind = 'referendum' | 'election' | 'vote';

export type TimeUnit = 'days' | 'hours' | 'minutes' | 'seconds';

/** The kind `kind` names: anything unknown is a referendum (the default). */
export const voteKind = (kind: string): VoteKind =>
  kind === 'election' || kind === 'vote' ? kind : 'referendum';

/** The text for `kind`, worded as a referendum when the kind is unknown. */
const byKind = (kind: string, referendum: string, election: string, vote: string): string =>
  ({ referendum, election, vote })[voteKind(kind)];

/**
 * "день / дня / дней", "day / days", "күн": the unit word that agrees with `count`. Each
 * unit is one message holding its forms, in the order of the locale's plural categories.
 */
export function unitWord(unit: TimeUnit, count: number): string {
  const forms = (
    unit === 'days'
      ? msg('day|days', {
          id: 'countdown.unit.day',
          desc: 'Forms after a number, split by |: en one|other, ru one|few|many (день|дня|дней), kk one (күн)',
        })
      : unit === 'hours'
        ? msg('hour|hours', {
            id: 'countdown.unit.hour',
            desc: 'Forms after a number, split by |: en one|other, ru one|few|many (день|дня|дней), kk one (күн)',
          })
        : unit === 'minutes'
          ? msg('minute|minutes', {
              id: 'countdown.unit.minute',
              desc: 'Forms after a number, split by |: en one|other, ru one|few|many (день|дня|дней), kk one (күн)',
            })
          : msg('second|seconds', {
              id: 'countdown.unit.second',
              desc: 'Forms after a number, split by |: en one|other, ru one|few|many (день|дня|дней), kk one (күн)',
            })
  ).split('|');
  // one → the first form, few → the second, many and other → the last (a fraction never occurs).
  return forms[Math.min(plural(count, { one: 0, few: 1, other: 2 }), forms.length - 1)];
}

/** "д", "ч", "мин", "с": short units for the one-line `compact` variant (they never inflect). */
export const unitAbbreviation = (unit: TimeUnit): string =>
  msg('d|h|min|s', {
    id: 'countdown.abbr',
    desc: 'Short units after a number, split by |: days|hours|minutes|seconds',
  }).split('|')[['days', 'hours', 'minutes', 'seconds'].indexOf(unit)];

/**
 * "5 дней 3 часа 12 минут": the time left in words at minute precision (what a screen reader
 * hears and the inline sentence shows), without zero parts; "less than a minute" at the end.
 */
export const durationInWords = (remaining: Remaining): string =>
  (['days', 'hours', 'minutes'] as const)
    .filter((unit) => remaining[unit])
    .map((unit) => `${remaining[unit]} ${unitWord(unit, remaining[unit])}`)
    .join(' ') || msg('less than a minute', { id: 'countdown.less-than-a-minute' });

/** The date of the vote: "2026 жылғы 15 наурыз" · "15 марта 2026 г." · "15 March 2026". */
export const voteDate = (schedule: CountdownSchedule): string => formatKzDate(schedule.opens, activeLocale());

/** Heading over the numbers before the vote: "Until the referendum". */
export const upcomingTitle = (kind: VoteKind): string =>
  byKind(
    kind,
    msg('Until the referendum', { id: 'countdown.title.referendum' }),
    msg('Until the election', { id: 'countdown.title.election' }),
    msg('Until voting day', { id: 'countdown.title.vote' }),
  );

/** The message under the numbers before the vote (replaceable with the `upcoming` slot). */
export function upcomingMessage(schedule: CountdownSchedule): string {
  const date = voteDate(schedule);
  const opens = formatKzTime(schedule.opens);
  const closes = formatKzTime(schedule.closes);
  return msg(str`Voting day: ${date}, polling stations are open from ${opens} to ${closes} (Astana time).`, {
    id: 'countdown.upcoming.message',
  });
}

/** "5 дней 3 часа до референдума 15 марта 2026 г.": the whole upcoming state in a sentence. */
export function upcomingSentence(kind: VoteKind, schedule: CountdownSchedule, remaining: Remaining): string {
  const duration = durationInWords(remaining);
  const date = voteDate(schedule);
  return byKind(
    kind,
    msg(str`${duration} until the referendum on ${date}`, { id: 'countdown.upcoming.sentence.referendum' }),
    msg(str`${duration} until the election on ${date}`, { id: 'countdown.upcoming.sentence.election' }),
    msg(str`${duration} until voting day, ${date}`, { id: 'countdown.upcoming.sentence.vote' }),
  );
}

export const votingTitle = (): string =>
  msg('Until polling stations close', { id: 'countdown.voting.title' });

/** "Voting is open until 20:00 (Astana time)." (replaceable with the `voting` slot). */
export function votingMessage(schedule: CountdownSchedule): string {
  const time = formatKzTime(schedule.closes);
  return msg(str`Voting is open until ${time} (Astana time).`, { id: 'countdown.voting.message' });
}

/** The short voting message of the one-line `compact` variant: "Closing time: 20:00 (Astana time)". */
export function votingShortMessage(schedule: CountdownSchedule): string {
  const time = formatKzTime(schedule.closes);
  return msg(str`Closing time: ${time} (Astana time)`, { id: 'countdown.voting.short' });
}

/** The voting state in a sentence, with the time left. */
export function votingSentence(schedule: CountdownSchedule, remaining: Remaining): string {
  const time = formatKzTime(schedule.closes);
  const duration = durationInWords(remaining);
  return msg(str`Voting is open until ${time} (Astana time): ${duration} left until polling stations close`, {
    id: 'countdown.voting.sentence',
  });
}

/** "The referendum took place on 15 March 2026." (replaceable with the `ended` slot). */
export function endedMessage(kind: VoteKind, schedule: CountdownSchedule): string {
  const date = voteDate(schedule);
  return byKind(
    kind,
    msg(str`The referendum took place on ${date}.`, { id: 'countdown.ended.referendum' }),
    msg(str`The election took place on ${date}.`, { id: 'countdown.ended.election' }),
    msg(str`Voting took place on ${date}.`, { id: 'countdown.ended.vote' }),
  );
}

/** Announced (politely, once) when polls open while the page is open. */
export function votingStartedAnnouncement(schedule: CountdownSchedule): string {
  const message = votingMessage(schedule);
  return msg(str`Voting has started. ${message}`, { id: 'countdown.voting.started' });
}

export const calendarButtonLabel = (): string =>
  msg('Add voting day to calendar', { id: 'countdown.calendar.button' });

/** SUMMARY of the .ics event. */
export const calendarSummary = (kind: VoteKind): string =>
  byKind(
    kind,
    msg('Referendum: voting day', { id: 'countdown.calendar.summary.referendum' }),
    msg('Election: voting day', { id: 'countdown.calendar.summary.election' }),
    msg('Voting day', { id: 'countdown.calendar.summary.vote' }),
  );

/** DESCRIPTION of the .ics event. */
export function calendarDescription(schedule: CountdownSchedule): string {
  const opens = formatKzTime(schedule.opens);
  const closes = formatKzTime(schedule.closes);
  return msg(
    str`Polling stations are open from ${opens} to ${closes} (Astana time, UTC+5). Bring your identity document.`,
    { id: 'countdown.calendar.description' },
  );
}
