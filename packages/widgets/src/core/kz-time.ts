import type { Locale } from '@dauys/schema';

/**
 * All of Kazakhstan is UTC+5 since 1 March 2024. Browsers and phones with older tz data still
 * put Almaty at +6, so Dauys never asks the browser's zone database: it shifts instants by a
 * fixed offset and reads the UTC fields.
 */
export const KZ_OFFSET_MINUTES = 300;
const KZ_OFFSET_MS = KZ_OFFSET_MINUTES * 60_000;
export const DAY_MS = 86_400_000;

export interface KzDateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

export function kzParts(instant: number | Date): KzDateParts {
  const shifted = new Date(+instant + KZ_OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/** The instant of 00:00 Kazakhstan time on the given calendar day. */
export const kzStartOfDay = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) - KZ_OFFSET_MS;

/** The instant at which the Kazakhstan calendar day containing `instant` starts. */
export function kzStartOfDayOf(instant: number): number {
  const { year, month, day } = kzParts(instant);
  return kzStartOfDay(year, month, day);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** "2026-03-15": the Kazakhstan calendar day, for grouping and for `<input type=date>`. */
export function kzDayKey(instant: number): string {
  const { year, month, day } = kzParts(instant);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Parses a "YYYY-MM-DD" day key as 00:00 Kazakhstan time, or undefined. */
export function parseKzDayKey(key: string | null | undefined): number | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)$/.exec(key ?? '');
  return match ? parseInstant(match[0]) : undefined;
}

const ISO_INSTANT =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?)?\s*(?:(Z)|([+-])(\d\d)(?::?(\d\d))?)?$/i;

/**
 * Parses an ISO 8601 date or date-time into epoch milliseconds. A value without an offset is
 * read as Kazakhstan time (never the visitor's zone), so `target="2026-03-15T07:00"` means
 * 07:00 in Kazakhstan. Returns undefined for anything else (including 30 February or 25:00).
 */
export function parseInstant(value: string | null | undefined): number | undefined {
  const match = ISO_INSTANT.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [year, month, day, hour, minute, second, , , , zoneHours, zoneMinutes] = match
    .slice(1)
    .map((part) => +(part ?? 0));
  const offset = match[8]
    ? 0
    : match[9]
      ? +`${match[9]}1` * (zoneHours * 60 + zoneMinutes)
      : KZ_OFFSET_MINUTES;
  const date = new Date(Date.UTC(year, month - 1, day));
  // A day or month out of range rolls over into another date: refuse it rather than move it.
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || zoneHours > 14 || zoneMinutes > 59) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, +`0.${match[7] ?? 0}` * 1000) - offset * 60_000;
}

/** Kazakh month names, nominative ("наурыз") and genitive ("наурыздың"). */
export const KK_MONTHS =
  'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'.split(' ');
export const KK_MONTHS_GENITIVE =
  'қаңтардың ақпанның наурыздың сәуірдің мамырдың маусымның шілденің тамыздың қыркүйектің қазанның қарашаның желтоқсанның'.split(
    ' ',
  );
/** Kazakh weekday names, Sunday first like `Date#getDay`. */
export const KK_WEEKDAYS = 'жексенбі дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі'.split(' ');
export const KK_WEEKDAYS_SHORT = 'жс дс сс ср бс жм сб'.split(' ');

export type KzDateStyle =
  /** "2026 жылғы 15 наурыз" · "15 марта 2026 г." · "15 March 2026" */
  | 'long'
  /** "15 наурыз, жексенбі" · "воскресенье, 15 марта" · "Sunday, 15 March" (day headings) */
  | 'day'
  /** "2026 жылғы 15 наурыз, жексенбі" · "воскресенье, 15 марта 2026 г." · "Sunday, 15 March 2026" */
  | 'day-long'
  /** "15 наурыз" · "15 марта" · "15 March" */
  | 'day-month'
  /** "15.03.2026" · "15.03.2026" · "15/03/2026" */
  | 'numeric';

const intlFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats the Kazakhstan calendar date of `instant`. Kazakh comes from Dauys's own tables
 * (browsers have no Kazakh date data and would print "2026 M03 15"); Russian and English use
 * Intl with a fixed UTC+5 ('Etc/GMT-5': the sign is inverted in Etc names).
 */
export function formatKzDate(instant: number, locale: Locale, style: KzDateStyle = 'long'): string {
  const numeric = style === 'numeric';
  const year = style.endsWith('long');
  const weekday = style.startsWith('day') && style !== 'day-month';
  if (locale === 'kk') {
    const { year: y, month, day, weekday: w } = kzParts(instant);
    return numeric
      ? `${pad(day)}.${pad(month)}.${y}`
      : `${year ? `${y} жылғы ` : ''}${day} ${KK_MONTHS[month - 1]}${weekday ? `, ${KK_WEEKDAYS[w]}` : ''}`;
  }
  let format = intlFormats.get(locale + style);
  if (!format) {
    const digits = numeric ? '2-digit' : undefined;
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ru-RU', {
      day: digits ?? 'numeric',
      month: digits ?? 'long',
      year: numeric || year ? 'numeric' : undefined,
      weekday: weekday ? 'long' : undefined,
      timeZone: 'Etc/GMT-5',
    });
    intlFormats.set(locale + style, format);
  }
  const text = format.format(instant);
  // en-GB writes "Sunday 15 March"; a comma after the weekday reads better in a heading.
  return locale === 'en' && weekday ? text.replace(/^(\p{L}+) /u, '$1, ') : text;
}

/** "07:00": Kazakhstan time on the 24-hour clock, as all three languages write it there. */
export function formatKzTime(instant: number): string {
  const { hour, minute } = kzParts(instant);
  return `${pad(hour)}:${pad(minute)}`;
}
