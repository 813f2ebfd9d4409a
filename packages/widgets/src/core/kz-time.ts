import type { Locale } from '@dauys/schema';

/**
 * All of Kazakhstan is UTC+5 since 1 March 2024. Browsers and phones with older tz data still
 * put Almaty at +6, so Dauys never asks the browser's zone database: it shifts instants by a
 * fixed offset and reads the UTC fields.
 */
export const KZ_OFFSET_MINUTES = 5 * 60;
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
export function kzStartOfDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - KZ_OFFSET_MS;
}

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
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidDate(year, month, day)) return undefined;
  return kzStartOfDay(year, month, day);
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Parses an ISO 8601 date or date-time into epoch milliseconds. A value without an offset is
 * read as Kazakhstan time (never the visitor's zone), so `target="2026-03-15T07:00"` means
 * 07:00 in Kazakhstan. Returns undefined for anything else.
 */
export function parseInstant(value: string | null | undefined): number | undefined {
  const match = ISO_INSTANT.exec(value?.trim() ?? '');
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '0', zone] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (!isValidDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = Math.floor(Number(`0.${fraction}`) * 1000);
  let offsetMinutes = KZ_OFFSET_MINUTES;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = Number(digits.slice(2) || '0');
    if (hours > 14 || minutes > 59) return undefined;
    offsetMinutes = sign * (hours * 60 + minutes);
  } else if (zone) {
    offsetMinutes = 0;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
}

/** Kazakh month names, nominative ("наурыз") and genitive ("наурыздың"). */
export const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
] as const;
export const KK_MONTHS_GENITIVE = [
  'қаңтардың',
  'ақпанның',
  'наурыздың',
  'сәуірдің',
  'мамырдың',
  'маусымның',
  'шілденің',
  'тамыздың',
  'қыркүйектің',
  'қазанның',
  'қарашаның',
  'желтоқсанның',
] as const;
/** Kazakh weekday names, Sunday first like `Date#getDay`. */
export const KK_WEEKDAYS = [
  'жексенбі',
  'дүйсенбі',
  'сейсенбі',
  'сәрсенбі',
  'бейсенбі',
  'жұма',
  'сенбі',
] as const;
export const KK_WEEKDAYS_SHORT = ['жс', 'дс', 'сс', 'ср', 'бс', 'жм', 'сб'] as const;

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

const intlOptions: Record<KzDateStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  'day-long': { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  'day-month': { day: 'numeric', month: 'long' },
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
};

const intlFormats = new Map<string, Intl.DateTimeFormat>();

function intlFormat(locale: 'ru' | 'en', style: KzDateStyle): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = intlFormats.get(key);
  if (!format) {
    // 'Etc/GMT-5' is a fixed UTC+5 (the sign is inverted in Etc names) that every browser has.
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ru-RU', {
      ...intlOptions[style],
      timeZone: 'Etc/GMT-5',
    });
    intlFormats.set(key, format);
  }
  return format;
}

function formatKazakhDate(parts: KzDateParts, style: KzDateStyle): string {
  const month = KK_MONTHS[parts.month - 1];
  const weekday = KK_WEEKDAYS[parts.weekday];
  switch (style) {
    case 'long':
      return `${parts.year} жылғы ${parts.day} ${month}`;
    case 'day':
      return `${parts.day} ${month}, ${weekday}`;
    case 'day-long':
      return `${parts.year} жылғы ${parts.day} ${month}, ${weekday}`;
    case 'day-month':
      return `${parts.day} ${month}`;
    case 'numeric':
      return `${pad(parts.day)}.${pad(parts.month)}.${parts.year}`;
  }
}

/**
 * Formats the Kazakhstan calendar date of `instant`. Kazakh comes from Dauys's own tables
 * (browsers have no Kazakh date data and would print "2026 M03 15"); Russian and English use
 * Intl with a fixed UTC+5.
 */
export function formatKzDate(instant: number, locale: Locale, style: KzDateStyle = 'long'): string {
  if (locale === 'kk') return formatKazakhDate(kzParts(instant), style);
  const text = intlFormat(locale, style).format(instant);
  // en-GB writes "Sunday 15 March"; a comma after the weekday reads better in a heading.
  return locale === 'en' && (style === 'day' || style === 'day-long')
    ? text.replace(/^(\p{L}+) /u, '$1, ')
    : text;
}

/** "07:00": Kazakhstan time on the 24-hour clock, as all three languages write it there. */
export function formatKzTime(instant: number): string {
  const { hour, minute } = kzParts(instant);
  return `${pad(hour)}:${pad(minute)}`;
}
