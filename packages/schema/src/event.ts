import * as v from 'valibot';
import {
  httpsUrlSchema,
  isHttpsUrl,
  isIsoDateTime,
  isoDateTimeSchema,
  parseItems,
  type FieldIssue,
  type ParsedItems,
} from './common.js';
import { localisedSchema, type Localised } from './locale.js';
import { REGION_IDS, type RegionId } from './regions.js';

export const EVENT_TYPES = ['meeting', 'door-to-door', 'info-stand', 'online', 'training', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_LIMITS = { id: 100, title: 200, description: 5000, locality: 200, address: 300 } as const;

export const eventSchema = v.pipe(
  v.object({
    id: v.pipe(
      v.string('invalid'),
      v.trim(),
      v.minLength(1, 'required'),
      v.maxLength(EVENT_LIMITS.id, 'too-long'),
    ),
    title: localisedSchema(EVENT_LIMITS.title),
    description: v.optional(localisedSchema(EVENT_LIMITS.description)),
    type: v.picklist(EVENT_TYPES, 'invalid'),
    start: isoDateTimeSchema,
    end: v.optional(isoDateTimeSchema),
    region: v.picklist(REGION_IDS, 'invalid-region'),
    locality: v.optional(localisedSchema(EVENT_LIMITS.locality)),
    address: v.optional(localisedSchema(EVENT_LIMITS.address)),
    location: v.optional(
      v.object({
        lat: v.pipe(v.number('invalid'), v.minValue(-90, 'invalid'), v.maxValue(90, 'invalid')),
        lon: v.pipe(v.number('invalid'), v.minValue(-180, 'invalid'), v.maxValue(180, 'invalid')),
      }),
    ),
    url: v.optional(httpsUrlSchema),
    onlineUrl: v.optional(httpsUrlSchema),
    organizer: v.optional(
      v.object({ name: localisedSchema(EVENT_LIMITS.title), url: v.optional(httpsUrlSchema) }),
    ),
    status: v.optional(v.picklist(EVENT_STATUSES, 'invalid'), 'scheduled'),
    updatedAt: v.optional(isoDateTimeSchema),
  }),
  v.forward(
    v.check(
      (event) => event.end === undefined || Date.parse(event.end) >= Date.parse(event.start),
      'end-before-start',
    ),
    ['end'],
  ),
);

/** A campaign event as the widgets and the hub use it (v1 contract). */
export type CampaignEvent = v.InferOutput<typeof eventSchema>;

export const eventFeedSchema = v.object({
  version: v.literal(1, 'invalid'),
  generatedAt: v.optional(isoDateTimeSchema),
  events: v.array(v.unknown(), 'invalid'),
});

export interface EventFeed {
  version: 1;
  generatedAt?: string;
  events: CampaignEvent[];
}

const LINK_FIELDS = new Set(['url', 'onlineUrl', 'organizer.url']);

/**
 * A link that is not https (a `javascript:` URL, say) must never become a link, but it should
 * not hide the event either: such links are dropped and the event kept.
 */
function dropUnsafeLinks(item: unknown, issues: FieldIssue[]): unknown {
  if (!issues.every((issue) => LINK_FIELDS.has(issue.field))) return undefined;
  const copy = { ...(item as Record<string, unknown>) };
  for (const { field } of issues) {
    if (field === 'organizer.url') copy.organizer = { ...(copy.organizer as object), url: undefined };
    else copy[field] = undefined;
  }
  return copy;
}

// --- Fast path ------------------------------------------------------------------------------
//
// A feed of 50,000 events spent most of a widget's first render in valibot (~15–25 µs an
// event). `fastEvent` checks the common well-formed event with plain code and builds exactly
// the output valibot would (same keys in the same order, strings trimmed, status defaulted).
// It only ever vouches: whatever it is not sure of (a missing or wrong field, an odd object,
// an unusual URL) returns undefined and goes through `eventSchema`, so what is accepted and
// every issue code stay exactly as the schema says. schema tests compare both on valid,
// invalid and fuzzed events.

type Plain = Record<string, unknown>;

const TYPES: ReadonlySet<unknown> = new Set(EVENT_TYPES);
const STATUSES: ReadonlySet<unknown> = new Set(EVENT_STATUSES);
const REGION_SET: ReadonlySet<unknown> = new Set(REGION_IDS);
const LOCALE_KEYS = ['kk', 'ru', 'en'] as const;

/** An object literal or JSON object (not an array, a Date, a class instance or a proxy target we cannot see through). */
function isPlain(value: unknown): value is Plain {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A trimmed text of 1..max characters (the schema's text pipe), else undefined. */
function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= max ? trimmed : undefined;
}

/** `localisedSchema(max)`'s output for a plain string or plain {kk, ru, en} object, else undefined. */
function localised(value: unknown, max: number): Localised | undefined {
  if (typeof value === 'string') return text(value, max);
  if (!isPlain(value)) return undefined;
  const out: { kk?: string; ru?: string; en?: string } = {};
  let any = false;
  for (const key of LOCALE_KEYS) {
    if (!(key in value)) continue;
    const item = value[key];
    if (item === undefined) out[key] = undefined;
    else {
      const checked = text(item, max);
      if (checked === undefined) return undefined;
      out[key] = checked;
      any = true;
    }
  }
  return any ? out : undefined;
}

/**
 * Memo of `isIsoDateTime` as the instant (NaN when not a date-time): the same start and update
 * times recur across a feed, and Date.parse of an offset date-time is the slowest step left.
 * Both are pure functions of the string, so a cached answer is the answer.
 */
const instants = new Map<string, number>();
const MEMO_LIMIT = 20_000;

function instant(value: string): number {
  let known = instants.get(value);
  if (known === undefined) {
    known = isIsoDateTime(value) ? Date.parse(value) : Number.NaN;
    if (instants.size >= MEMO_LIMIT) instants.clear();
    instants.set(value, known);
  }
  return known;
}

function dateTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return Number.isNaN(instant(trimmed)) ? undefined : trimmed;
}

/** Hosts of `https://host/…` URLs the URL parser has accepted (true) or refused (false). */
const hosts = new Map<string, boolean>();

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
  const host = value.slice(8, end);
  let ok = hosts.get(host);
  if (ok === undefined) {
    ok = isHttpsUrl(`https://${host}/`);
    if (hosts.size >= MEMO_LIMIT) hosts.clear();
    hosts.set(host, ok);
  }
  return ok || isHttpsUrl(value);
}

function httpsUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return isHttpsUrlCached(trimmed) ? trimmed : undefined;
}

/**
 * Optional fields: absent stays absent, present-but-undefined stays `key: undefined` (as
 * valibot's object does), anything else must pass `check`. False when it does not.
 */
function optional(input: Plain, out: Plain, key: string, check: (value: unknown) => unknown): boolean {
  if (!(key in input)) return true;
  const value = input[key];
  if (value === undefined) {
    out[key] = undefined;
    return true;
  }
  const checked = check(value);
  if (checked === undefined) return false;
  out[key] = checked;
  return true;
}

const checkDescription = (value: unknown) => localised(value, EVENT_LIMITS.description);
const checkLocality = (value: unknown) => localised(value, EVENT_LIMITS.locality);
const checkAddress = (value: unknown) => localised(value, EVENT_LIMITS.address);

function checkLocation(value: unknown): { lat: number; lon: number } | undefined {
  if (!isPlain(value) || !('lat' in value) || !('lon' in value)) return undefined;
  const { lat, lon } = value;
  // NaN fails every comparison, so it is left to the schema.
  if (typeof lat !== 'number' || !(lat >= -90 && lat <= 90)) return undefined;
  if (typeof lon !== 'number' || !(lon >= -180 && lon <= 180)) return undefined;
  return { lat, lon };
}

function checkOrganizer(value: unknown): Plain | undefined {
  if (!isPlain(value) || !('name' in value)) return undefined;
  const name = localised(value.name, EVENT_LIMITS.title);
  if (name === undefined) return undefined;
  const out: Plain = { name };
  return optional(value, out, 'url', httpsUrl) ? out : undefined;
}

/**
 * The schema's output for a well-formed event, built without valibot; undefined when the
 * event needs the full schema (it may still be valid, or it has issues to report).
 */
export function fastEvent(input: unknown): CampaignEvent | undefined {
  if (!isPlain(input)) return undefined;
  // Required fields, in the schema's order (the output keeps it).
  if (!('id' in input) || !('title' in input) || !('type' in input)) return undefined;
  if (!('start' in input) || !('region' in input)) return undefined;
  const out: Plain = {};
  const id = text(input.id, EVENT_LIMITS.id);
  if (id === undefined) return undefined;
  out.id = id;
  const title = localised(input.title, EVENT_LIMITS.title);
  if (title === undefined) return undefined;
  out.title = title;
  if (!optional(input, out, 'description', checkDescription)) return undefined;
  if (!TYPES.has(input.type)) return undefined;
  out.type = input.type;
  const start = dateTime(input.start);
  if (start === undefined) return undefined;
  out.start = start;
  if (!optional(input, out, 'end', dateTime)) return undefined;
  if (!REGION_SET.has(input.region)) return undefined;
  out.region = input.region as RegionId;
  if (!optional(input, out, 'locality', checkLocality)) return undefined;
  if (!optional(input, out, 'address', checkAddress)) return undefined;
  if (!optional(input, out, 'location', checkLocation)) return undefined;
  if (!optional(input, out, 'url', httpsUrl)) return undefined;
  if (!optional(input, out, 'onlineUrl', httpsUrl)) return undefined;
  if (!optional(input, out, 'organizer', checkOrganizer)) return undefined;
  const status = input.status;
  if (status === undefined) out.status = 'scheduled';
  else if (STATUSES.has(status)) out.status = status;
  else return undefined;
  if (!optional(input, out, 'updatedAt', dateTime)) return undefined;
  if (typeof out.end === 'string' && !(instant(out.end) >= instant(start))) return undefined;
  return out as CampaignEvent;
}

/**
 * Validates feed events one by one: valid ones kept (non-https links dropped), the others listed
 * as skipped with field issues. `{ fast: false }` uses the schema alone for every event (tests
 * compare the two; the result is the same).
 */
export function parseEvents(
  raw: readonly unknown[],
  options: { fast?: boolean } = {},
): ParsedItems<CampaignEvent> {
  return parseItems(eventSchema, raw, dropUnsafeLinks, options.fast === false ? undefined : fastEvent);
}

/**
 * Reads an event feed document: throws for a document that is not a v1 feed at all; otherwise
 * keeps every valid event and lists the skipped ones.
 */
export function parseEventFeed(
  json: unknown,
): EventFeed & { skipped: ParsedItems<CampaignEvent>['skipped'] } {
  const result = v.safeParse(eventFeedSchema, json);
  if (!result.success) throw new Error('Not a Dauys event feed (expected {"version": 1, "events": [...]}).');
  const { items, skipped } = parseEvents(result.output.events);
  return { version: 1, generatedAt: result.output.generatedAt, events: items, skipped };
}
