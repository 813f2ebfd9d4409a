import * as v from 'valibot';
import {
  httpsUrlSchema,
  isoDateTimeSchema,
  parseItems,
  type FieldIssue,
  type ParsedItems,
} from './common.js';
import { localisedSchema } from './locale.js';
import { REGION_IDS } from './regions.js';

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

export function parseEvents(raw: readonly unknown[]): ParsedItems<CampaignEvent> {
  return parseItems(eventSchema, raw, dropUnsafeLinks);
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
