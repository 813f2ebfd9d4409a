import * as v from 'valibot';
import { EVENT_LIMITS, EVENT_STATUSES, EVENT_TYPES } from './event.js';
import { REGION_IDS } from './regions.js';
import { httpsUrlSchema, isoDateTimeSchema, localisedSchema, textSchema } from './validation.js';

/**
 * The event contract, declared with valibot: the hub imports with it and the JSON Schema files
 * are generated from it. Widgets read feeds with `parseEvents`, `EventIntake` and `EventSurvey`
 * (event.ts, without valibot), which event.test.ts checks give the same events and issues.
 */
export const eventSchema = v.pipe(
  v.object({
    id: textSchema(EVENT_LIMITS.id),
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

export const eventFeedSchema = v.object({
  version: v.literal(1, 'invalid'),
  generatedAt: v.optional(isoDateTimeSchema),
  events: v.array(v.unknown(), 'invalid'),
});
