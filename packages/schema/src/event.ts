import type { InferOutput } from 'valibot';
import {
  isHttpsUrl,
  isIsoDateTime,
  type FieldIssue,
  type IssueCode,
  type ParsedItems,
  type SkippedItem,
  type Validation,
} from './common.js';
import { REGION_IDS } from './region-names.js';
import type { eventSchema } from './event-schema.js';
import {
  checkLocalised,
  checkText,
  firstPerField,
  isTyped,
  skippedItem,
  startTypeCheck,
  wrongType,
} from './text-check.js';

// Events are read without valibot, so that the event finder's bundle carries none: `checkEvent`
// gives the full answer (the output or the issues) of `eventSchema` (event-schema.ts, the
// contract the hub and the JSON Schema files use), with shortcuts for the common well-formed
// event; `EventSurvey` reads only what an index needs, for a large feed's first rows.
// event.test.ts checks all of them against the schema on fuzzed and hostile input.

export const EVENT_TYPES = ['meeting', 'door-to-door', 'info-stand', 'online', 'training', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_LIMITS = { id: 100, title: 200, description: 5000, locality: 200, address: 300 } as const;

/** A campaign event as the widgets and the hub use it (v1 contract; `eventSchema` declares it). */
export type CampaignEvent = InferOutput<typeof eventSchema>;

export interface EventFeed {
  version: 1;
  generatedAt?: string;
  events: CampaignEvent[];
}

const LINK_FIELDS = new Set(['url', 'onlineUrl', 'organizer.url']);

/**
 * A link that is not https (a `javascript:` URL, say) must never become a link, but it should
 * not hide the event either: when an event's only issues are links, it is checked again with
 * them dropped (undefined when it has other issues). `parseItems(eventSchema, raw,
 * dropUnsafeLinks)` reads a feed as `parseEvents` does.
 */
export function dropUnsafeLinks(item: unknown, issues: FieldIssue[]): unknown {
  if (!issues.every((issue) => LINK_FIELDS.has(issue.field))) return undefined;
  const copy = { ...(item as Record<string, unknown>) };
  for (const { field } of issues) {
    if (field === 'organizer.url') copy.organizer = { ...(copy.organizer as object), url: undefined };
    else copy[field] = undefined;
  }
  return copy;
}

// --- Shortcuts -------------------------------------------------------------------------------
//
// A feed of 50,000 events spent most of a widget's first render in valibot (~15–25 µs an
// event). The checks below give `eventSchema`'s answer with plain code, and take shortcuts for
// the common well-formed event: a text with nothing to trim, a date-time in the contract's
// usual form, a nested object already in the schema's shape are kept as they are (no trim, no
// copy), which is exactly the output valibot builds. schema tests compare both on valid,
// invalid and fuzzed events.

type Plain = Record<string, unknown>;

/** Position of each type, status and region (REGION_IDS is the order of REGIONS). */
const positions = (list: readonly string[]): ReadonlyMap<unknown, number> =>
  new Map(list.map((item, i) => [item, i]));
const TYPE_POSITION = positions(EVENT_TYPES);
const STATUS_POSITION = positions(EVENT_STATUSES);
const REGION_POSITION = positions(REGION_IDS);
const SCHEDULED = STATUS_POSITION.get('scheduled')!;

/** An object literal or JSON object (not an array, a Date, a class instance or a proxy target we cannot see through). */
function isPlain(value: unknown): value is Plain {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * True for a character `trim()` never removes, checked for the common ones (printable ASCII,
 * then Latin to Cyrillic and the rest up to U+167F, a range with no white space in it).
 */
const solidEdge = (code: number) => (code > 32 && code < 127) || (code > 0xa0 && code < 0x1680);

/** A text of 1..max characters with nothing to trim: the schema's text pipe leaves it as it is. */
const isSolidText = (value: unknown, max: number): value is string =>
  typeof value === 'string' &&
  value.length >= 1 &&
  value.length <= max &&
  solidEdge(value.charCodeAt(0)) &&
  solidEdge(value.charCodeAt(value.length - 1));

/**
 * Which of `names` a plain object has (bit n for the key of `rank` n + 1) when it is already
 * what the schema would make of it: those keys in that order and nothing else, each value
 * passing `solid`; else 0. Such objects are kept as they are instead of copied, which spares
 * most events all their nested allocations (and the garbage collector the copying of them).
 * The copy would differ only in what JSON cannot express (a non-enumerable own key, a key
 * inherited from a polluted Object.prototype), never in what reading the fields gives.
 */
function canonicalKeys(
  value: Plain,
  rank: (key: string) => number,
  solid: (item: unknown, key: string, max: number) => boolean,
  max = 0,
): number {
  let last = 0;
  let seen = 0;
  for (const key in value) {
    const place = rank(key);
    if (place <= last || !solid(value[key], key, max)) return 0;
    last = place;
    seen |= 1 << (place - 1);
  }
  return seen;
}

const localeRank = (key: string) => (key === 'kk' ? 1 : key === 'ru' ? 2 : key === 'en' ? 3 : 0);
const isSolidLocaleText = (item: unknown, _key: string, max: number) => isSolidText(item, max);

/** A plain {kk, ru, en} object of texts with nothing to trim: `localisedSchema(max)` keeps it as it is. */
const isSolidLocalised = (value: unknown, max: number) =>
  isPlain(value) && canonicalKeys(value, localeRank, isSolidLocaleText, max) !== 0;

// --- Date-times ---

const DAY_MS = 86_400_000;

/** Two ASCII digits at `at` as a number, or -1000 (outside every range checked) if either is not one. */
function two(value: string, at: number): number {
  const a = value.charCodeAt(at) - 48;
  const b = value.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1000;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (month 1–12). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return (
    era * 146_097 +
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear -
    719_468
  );
}

const daysInMonth = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/**
 * The instant of a date-time in the contract's usual form, `YYYY-MM-DDTHH:MM[:SS]` then `Z` or
 * `±HH:MM`, with every field inside its calendar range: exactly what `Date.parse` gives (and a
 * text `isIsoDateTime` accepts), read at fixed positions with integer arithmetic. NaN for any
 * other text, which may still be a valid date-time (fractions of a second, a 24:00, a day past
 * the month's end that Date.parse rolls over): ask `isIsoDateTime` and `Date.parse` then.
 */
export function contractInstant(value: string): number {
  const n = value.length;
  const withSeconds = value.charCodeAt(16) === 58; // ':'
  const zoneAt = withSeconds ? 19 : 16;
  const zone = value.charCodeAt(zoneAt);
  if (zone === 90) {
    if (n !== zoneAt + 1) return Number.NaN; // 'Z'
  } else if ((zone !== 43 && zone !== 45) || n !== zoneAt + 6 || value.charCodeAt(zoneAt + 3) !== 58) {
    return Number.NaN; // '+HH:MM' or '-HH:MM'
  }
  if (
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45 ||
    value.charCodeAt(10) !== 84 ||
    value.charCodeAt(13) !== 58
  ) {
    return Number.NaN;
  }
  const century = two(value, 0);
  const yearInCentury = two(value, 2);
  const month = two(value, 5);
  const day = two(value, 8);
  const hour = two(value, 11);
  const minute = two(value, 14);
  const second = withSeconds ? two(value, 17) : 0;
  const offsetHours = zone === 90 ? 0 : two(value, zoneAt + 1);
  const offsetMinutes = zone === 90 ? 0 : two(value, zoneAt + 4);
  const year = century * 100 + yearInCentury;
  if (
    century < 0 ||
    yearInCentury < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 59 ||
    offsetHours < 0 ||
    offsetHours > 23 ||
    offsetMinutes < 0 ||
    offsetMinutes > 59
  ) {
    return Number.NaN;
  }
  const offset = (zone === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  return daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute - offset) * 60 + second) * 1000;
}

/**
 * Memo of `isIsoDateTime` as the instant (NaN when not a date-time) for the forms
 * `contractInstant` leaves: pure functions of the string, so a cached answer is the answer.
 */
const instants = new Map<string, number>();
const MEMO_LIMIT = 20_000;

/** The instant of a valid date-time (as Date.parse), NaN when `isIsoDateTime` says it is not one. */
function instant(value: string): number {
  const quick = contractInstant(value);
  if (quick === quick) return quick; // not NaN
  let known = instants.get(value);
  if (known === undefined) {
    known = isIsoDateTime(value) ? Date.parse(value) : Number.NaN;
    if (instants.size >= MEMO_LIMIT) instants.clear();
    instants.set(value, known);
  }
  return known;
}

/** The instant of a date-time field; NaN when it is not one. */
const readDateTime = (value: unknown): number =>
  typeof value === 'string' ? instant(value.trim()) : Number.NaN;

// --- Links ---

/** Hosts of `https://host/…` URLs the URL parser has accepted (true) or refused (false). */
const hosts = new Map<string, boolean>();
let lastHost = '';
let lastHostOk = false;

const isHostChar = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 45 ||
  code === 46;

/**
 * `isHttpsUrl(value)`, asking the URL parser once per host: for `https://` + a host of ASCII
 * letters, digits, dots and hyphens (no user, no port) + nothing or `/`, `?`, `#` and the rest,
 * only the host can make parsing fail (path, query and fragment never do). Any other shape is
 * parsed in full.
 */
export function isHttpsUrlCached(value: string): boolean {
  if (value.length > 2048 || !value.startsWith('https://')) return isHttpsUrl(value);
  let end = 8;
  while (end < value.length && isHostChar(value.charCodeAt(end))) end++;
  const next = value[end];
  if (end === 8 || (next !== undefined && next !== '/' && next !== '?' && next !== '#'))
    return isHttpsUrl(value);
  // Most links of a feed share a host: the last one is checked in place, with no new string.
  if (end - 8 === lastHost.length && value.startsWith(lastHost, 8)) return lastHostOk || isHttpsUrl(value);
  const host = value.slice(8, end);
  let ok = hosts.get(host);
  if (ok === undefined) {
    ok = isHttpsUrl(`https://${host}/`);
    if (hosts.size >= MEMO_LIMIT) hosts.clear();
    hosts.set(host, ok);
  }
  lastHost = host;
  lastHostOk = ok;
  return ok || isHttpsUrl(value);
}

// --- Events ---

const locationRank = (key: string) => (key === 'lat' ? 1 : key === 'lon' ? 2 : 0);
const inRange = (item: unknown, key: string) =>
  typeof item === 'number' && (key === 'lat' ? item >= -90 && item <= 90 : item >= -180 && item <= 180);

const organizerRank = (key: string) => (key === 'name' ? 1 : key === 'url' ? 2 : 0);
const isSolidOrganizerField = (item: unknown, key: string) =>
  key === 'name'
    ? isSolidText(item, EVENT_LIMITS.title) || isSolidLocalised(item, EVENT_LIMITS.title)
    : isSolidText(item, 2048) && isHttpsUrlCached(item);

/**
 * What an index of events needs, one entry per event kept, in plain numbers: an index built
 * from them never reads dates or looks names up again (see `EventIntake`).
 */
export interface EventColumns {
  /** Start and end, epoch ms; end NaN when the event has none. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Positions in REGIONS, EVENT_TYPES and EVENT_STATUSES. */
  readonly region: Uint8Array;
  readonly type: Uint8Array;
  readonly status: Uint8Array;
  /** The event's location; NaN when it has none. */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
}

export function eventColumns(size: number): EventColumns {
  return {
    start: new Float64Array(size),
    end: new Float64Array(size),
    region: new Uint8Array(size),
    type: new Uint8Array(size),
    status: new Uint8Array(size),
    lat: new Float64Array(size),
    lon: new Float64Array(size),
  };
}

/** Writes the columns of a valid event at `at` (its start and end instants given, or read here). */
export function fillEventColumns(
  columns: EventColumns,
  at: number,
  event: CampaignEvent,
  start = instant(event.start),
  end = event.end === undefined ? Number.NaN : instant(event.end),
): void {
  columns.start[at] = start;
  columns.end[at] = end;
  columns.region[at] = REGION_POSITION.get(event.region) ?? 0;
  columns.type[at] = TYPE_POSITION.get(event.type) ?? TYPE_POSITION.get('other')!;
  columns.status[at] = STATUS_POSITION.get(event.status) ?? SCHEDULED;
  columns.lat[at] = event.location ? event.location.lat : Number.NaN;
  columns.lon[at] = event.location ? event.location.lon : Number.NaN;
}

// --- Full check -----------------------------------------------------------------------------
//
// `eventSchema`'s answer for any input, written out: the same output (keys in the schema's
// order, `key: undefined` kept where the input has one, texts trimmed, status defaulted) or
// the same issues in the same order, as `toFieldIssues` (validation.ts) reports valibot's.

/** Collects issues, every one in valibot's order (the first of each field is reported). */
type Issues = FieldIssue[];

/**
 * The instants of the start and the end (0 and 1) the last event check read, NaN for a text
 * that is not a date-time: its end check and columns take them from here instead of reading
 * the dates again (2 takes any other date-time's, unused). A typed array keeps numbers
 * without boxing each one.
 */
const instantsRead = new Float64Array(3);

/**
 * A date-time: its trimmed text, also when it is not one (the end check reads it then), and
 * its instant in `instantsRead[slot]`.
 */
const dateTime =
  (slot: number): Check =>
  (value, field, issues) => {
    if (typeof value !== 'string') return wrongType(issues, field, value, 'invalid-date');
    const trimmed = value.trim();
    const at = (instantsRead[slot] = instant(trimmed));
    if (at !== at) issues.push({ field, code: 'invalid-date' });
    return trimmed;
  };
const checkDateTime = dateTime(2);

/** `Date.parse`, as the schema's end check calls it (on texts that may not be date-times). */
const parseDate = (text: string, known: number) => (known === known ? known : Date.parse(text));

function checkUrl(value: unknown, field: string, issues: Issues): string | undefined {
  if (typeof value !== 'string') return wrongType(issues, field, value, 'invalid-url');
  const trimmed = value.trim();
  if (isHttpsUrlCached(trimmed)) return trimmed;
  issues.push({ field, code: 'invalid-url' });
}

/** A number in -limit..limit (`v.number`, minValue, maxValue, all with 'invalid'). */
const coordinate =
  (limit: number): Check =>
  (value, field, issues) => {
    if (typeof value !== 'number' || Number.isNaN(value)) return wrongType(issues, field, value, 'invalid');
    if (value >= -limit && value <= limit) return value;
    issues.push({ field, code: 'invalid' });
  };

/** How a field is read: its check, and 1 when required, 0 when optional, or its default. */
type Check = (value: unknown, field: string, issues: Issues) => unknown;
type Fields = Record<string, [need: 0 | 1 | string, check: Check]>;

const trimmedText =
  (max: number): Check =>
  (value, field, issues) =>
    isSolidText(value, max) ? value : checkText(value, max, field, issues);

const localisedText =
  (max: number): Check =>
  (value, field, issues) =>
    isSolidText(value, max) || isSolidLocalised(value, max)
      ? value
      : checkLocalised(value, max, field, issues);

/**
 * A picklist: one of `list` (`position` tells where each is), else `code`. The list's own
 * string is kept (the same value), so that later comparisons with it are by identity.
 */
const oneOf =
  (list: readonly string[], position: ReadonlyMap<unknown, number>, code: IssueCode): Check =>
  (value, field, issues) => {
    const at = position.get(value);
    return at === undefined ? wrongType(issues, field, value, code) : list[at];
  };

/**
 * The keys of `spec` read from `input` in the spec's order (`v.object`): a required key
 * missing is an issue; an optional one stays absent, or `key: undefined`, or takes its default.
 */
function readFields(input: Plain, spec: Fields, prefix: string, issues: Issues): Plain {
  const out: Plain = {};
  for (const key in spec) {
    const need = spec[key][0];
    const field = prefix + key;
    if (key in input) {
      const value = input[key];
      out[key] = value === undefined && need !== 1 ? need || undefined : spec[key][1](value, field, issues);
    } else if (need === 1) wrongType(issues, field, undefined, 'required');
    else if (need) out[key] = need;
  }
  return out;
}

/**
 * A nested object (`v.object`, no message of its own), kept as it is when it is a plain one
 * already in the schema's shape: `canonicalKeys` by `rank` and `solid`, with the `required`
 * keys' bits.
 */
const fields =
  (
    spec: Fields,
    rank: (key: string) => number,
    solid: (item: unknown, key: string) => boolean,
    required: number,
  ): Check =>
  (value, field, issues) => {
    if (!value || typeof value !== 'object') return wrongType(issues, field, value, 'invalid');
    const seen = isPlain(value) ? canonicalKeys(value, rank, solid) : 0;
    return seen !== 0 && (seen & required) === required
      ? value
      : readFields(value as Plain, spec, `${field}.`, issues);
  };

const { id, title, description, locality, address } = EVENT_LIMITS;

/** `eventSchema`'s object, key by key. */
const EVENT_FIELDS: Fields = {
  id: [1, trimmedText(id)],
  title: [1, localisedText(title)],
  description: [0, localisedText(description)],
  type: [1, oneOf(EVENT_TYPES, TYPE_POSITION, 'invalid')],
  start: [1, dateTime(0)],
  end: [0, dateTime(1)],
  region: [1, oneOf(REGION_IDS, REGION_POSITION, 'invalid-region')],
  locality: [0, localisedText(locality)],
  address: [0, localisedText(address)],
  location: [0, fields({ lat: [1, coordinate(90)], lon: [1, coordinate(180)] }, locationRank, inRange, 0b11)],
  url: [0, checkUrl],
  onlineUrl: [0, checkUrl],
  organizer: [
    0,
    fields({ name: [1, localisedText(title)], url: [0, checkUrl] }, organizerRank, isSolidOrganizerField, 1),
  ],
  status: ['scheduled', oneOf(EVENT_STATUSES, STATUS_POSITION, 'invalid')],
  updatedAt: [0, checkDateTime],
};

/** `eventSchema`'s output for `input`, or undefined with all its issues in `issues`. */
function eventOrIssues(input: unknown, issues: Issues): CampaignEvent | undefined {
  startTypeCheck();
  if (!input || typeof input !== 'object') return wrongType(issues, '', input, 'invalid');
  instantsRead[1] = Number.NaN; // no end
  const out = readFields(input as Plain, EVENT_FIELDS, '', issues) as { start: string; end?: string };
  // The schema's last check, run unless some value has the wrong type.
  if (
    isTyped() &&
    out.end !== undefined &&
    !(parseDate(out.end, instantsRead[1]) >= parseDate(out.start, instantsRead[0]))
  ) {
    issues.push({ field: 'end', code: 'end-before-start' });
  }
  return issues.length ? undefined : (out as CampaignEvent);
}

/** Every issue of the event being checked (one list for all: most events have none). */
const found: Issues = [];

/** `validateWith(eventSchema, input)` without valibot: the output, or the first issue of each field. */
export function validateEvent(input: unknown): Validation<CampaignEvent> {
  found.length = 0;
  const output = eventOrIssues(input, found);
  if (output !== undefined) return { success: true, output };
  return { success: false, issues: firstPerField(found) };
}

/** The full check of one event, as a feed reads it: the schema, unsafe links dropped. */
function checkEvent(item: unknown): Validation<CampaignEvent> {
  const result = validateEvent(item);
  if (result.success) return result;
  const repaired = dropUnsafeLinks(item, result.issues);
  return repaired === undefined ? result : validateEvent(repaired);
}

/**
 * Events ready for an index: how many are kept, their columns, which repeat an earlier id,
 * and each event validated in full.
 */
export interface EventSource {
  readonly size: number;
  /** One entry per kept event (arrays may be longer than `size`). */
  readonly columns: EventColumns;
  /** Kept positions of events whose id an earlier kept event has (the first one wins). */
  readonly duplicates: readonly number[];
  /** The kept event at `k`; undefined when a full check shows it is malformed after all. */
  event(k: number): CampaignEvent | undefined;
  /** The (trimmed) id of the kept event at `k`, without validating the rest of it. */
  id(k: number): string;
}

/**
 * The full check of one event, as a feed reads it: the event (its columns, when given,
 * written at `at`), or undefined with the event listed in `skipped` at `index`.
 */
function keepOrSkip(
  item: unknown,
  index: number,
  skipped: SkippedItem[],
  columns?: EventColumns,
  at = 0,
): CampaignEvent | undefined {
  const checked = checkEvent(item);
  if (!checked.success) {
    skipped.push(skippedItem(index, item, checked.issues));
    return undefined;
  }
  if (columns) fillEventColumns(columns, at, checked.output, instantsRead[0], instantsRead[1]);
  return checked.output;
}

/**
 * What `EventIntake` and `EventSurvey` share: a feed read in steps (a widget yields to the page
 * between them), the columns of the events kept, and which of them repeat an earlier id.
 */
abstract class EventReader implements EventSource {
  readonly skipped: SkippedItem[] = [];
  /** One entry per kept event (sized for every event; the first `size` are filled). */
  readonly columns: EventColumns;
  readonly duplicates: number[] = [];
  /** Ids kept so far; the trimmed id (what the schema outputs) is the key. */
  private readonly seen = new Set<string>();
  private done = 0;

  constructor(protected readonly raw: readonly unknown[]) {
    this.columns = eventColumns(raw.length);
  }

  abstract readonly size: number;
  abstract event(k: number): CampaignEvent | undefined;
  abstract id(k: number): string;

  /** Reads the event at `k` of the feed: keeps it (at `size`, then counted) and gives its id, or skips it. */
  protected abstract read(item: unknown, k: number): string | undefined;

  /** Reads up to `count` more events; true when every event has been. */
  take(count: number): boolean {
    const { raw, seen } = this;
    const stop = Math.min(raw.length, this.done + count);
    for (let k = this.done; k < stop; k++) {
      const id = this.read(raw[k], k);
      if (id === undefined) continue;
      const before = seen.size;
      seen.add(id);
      if (seen.size === before) this.duplicates.push(this.size - 1);
    }
    this.done = stop;
    return stop >= raw.length;
  }
}

/**
 * Validates a feed's events in steps (a widget yields to the page between them): valid ones
 * kept with their `columns` (non-https links dropped), the others listed as skipped with field
 * issues, exactly as `parseEvents` does.
 */
export class EventIntake extends EventReader {
  readonly items: CampaignEvent[] = [];

  get size(): number {
    return this.items.length;
  }

  event(k: number): CampaignEvent | undefined {
    return this.items[k];
  }

  id(k: number): string {
    return this.items[k].id;
  }

  protected read(item: unknown, k: number): string | undefined {
    const event = keepOrSkip(item, k, this.skipped, this.columns, this.items.length);
    if (event === undefined) return undefined;
    this.items.push(event);
    return event.id;
  }
}

/**
 * The fields an index needs (id, start, end, region, type, status, location) checked and
 * written to `columns` at `at`; returns the id. Undefined when they are not all sure to be
 * valid (an id to trim, say). The other fields are not looked at, so the event
 * may still turn out malformed.
 */
function indexFacts(input: unknown, columns: EventColumns, at: number): string | undefined {
  // Provisional: an absent field reads as undefined and fails here (the full check then
  // decides), and any object goes (the full check allows only plain ones).
  if (input === null || typeof input !== 'object') return undefined;
  const event = input as Plain;
  const id = event.id;
  if (!isSolidText(id, EVENT_LIMITS.id)) return undefined;
  const start = readDateTime(event.start);
  if (start !== start) return undefined;
  let end = Number.NaN;
  if (event.end !== undefined) {
    end = readDateTime(event.end);
    if (!(end >= start)) return undefined;
  }
  const region = REGION_POSITION.get(event.region);
  const type = TYPE_POSITION.get(event.type);
  const status = event.status === undefined ? SCHEDULED : STATUS_POSITION.get(event.status);
  if (region === undefined || type === undefined || status === undefined) return undefined;
  let lat = Number.NaN;
  let lon = Number.NaN;
  const location = event.location as Plain | null | undefined;
  if (location !== undefined) {
    if (location === null || typeof location !== 'object') return undefined;
    lat = location.lat as number;
    lon = location.lon as number;
    if (typeof lat !== 'number' || !(lat >= -90 && lat <= 90)) return undefined;
    if (typeof lon !== 'number' || !(lon >= -180 && lon <= 180)) return undefined;
  }
  columns.start[at] = start;
  columns.end[at] = end;
  columns.region[at] = region;
  columns.type[at] = type;
  columns.status[at] = status;
  columns.lat[at] = lat;
  columns.lon[at] = lon;
  return id;
}

/**
 * A quick first pass over a large feed, so that a widget can show its first rows before every
 * event has been validated in full: each event's index fields are checked (see `indexFacts`),
 * about a third of the work. An event whose quick check fails is validated in full at once,
 * and kept or skipped for good; the others are kept provisionally and validated in full by
 * `event(k)` when first read. Run an `EventIntake` over the same feed afterwards: it keeps
 * exactly these events unless some of them are malformed in a field not checked here (then
 * it keeps fewer, and its answer is the one that counts).
 */
export class EventSurvey extends EventReader {
  private readonly positions = new Int32Array(this.raw.length);
  private readonly checked: (CampaignEvent | undefined)[] = [];
  private readonly keptIds: string[] = [];
  private kept = 0;

  get size(): number {
    return this.kept;
  }

  protected read(item: unknown, k: number): string | undefined {
    let id = indexFacts(item, this.columns, this.kept);
    if (id === undefined) {
      // Validated in full now: kept for good, or skipped for good.
      const event = keepOrSkip(item, k, this.skipped, this.columns, this.kept);
      if (event === undefined) return undefined;
      this.checked[this.kept] = event;
      id = event.id;
    }
    this.keptIds.push(id);
    this.positions[this.kept++] = k;
    return id;
  }

  id(k: number): string {
    return this.keptIds[k];
  }

  event(k: number): CampaignEvent | undefined {
    if (k >= this.kept) return undefined;
    if (!(k in this.checked)) {
      const checked = checkEvent(this.raw[this.positions[k]]);
      this.checked[k] = checked.success ? checked.output : undefined;
    }
    return this.checked[k];
  }
}

/**
 * Validates feed events one by one: valid ones kept (non-https links dropped), the others listed
 * as skipped with field issues, exactly as `parseItems(eventSchema, raw, dropUnsafeLinks)`.
 */
export function parseEvents(raw: readonly unknown[]): ParsedItems<CampaignEvent> {
  const result: ParsedItems<CampaignEvent> = { items: [], skipped: [] };
  raw.forEach((item, index) => {
    const event = keepOrSkip(item, index, result.skipped);
    if (event !== undefined) result.items.push(event);
  });
  return result;
}

/**
 * Reads an event feed document: throws for a document that is not a v1 feed at all (as
 * `eventFeedSchema` says); otherwise keeps every valid event and lists the skipped ones.
 */
export function parseEventFeed(
  json: unknown,
): EventFeed & { skipped: ParsedItems<CampaignEvent>['skipped'] } {
  const feed = json as Plain;
  const generatedAt = feed && typeof feed === 'object' ? feed.generatedAt : undefined;
  const issues: Issues = [];
  const stamp =
    generatedAt === undefined ? undefined : (checkDateTime(generatedAt, 'generatedAt', issues) as string);
  if (
    !feed ||
    typeof feed !== 'object' ||
    feed.version !== 1 ||
    issues.length ||
    !Array.isArray(feed.events)
  ) {
    throw new Error('Not a Dauys event feed (expected {"version": 1, "events": [...]}).');
  }
  // The schema reads the array into a new one, holes as undefined.
  const { items, skipped } = parseEvents(Array.from(feed.events as unknown[]));
  return { version: 1, generatedAt: stamp, events: items, skipped };
}
