// Writes JSON Schema files (draft-07) for partners who produce or consume feeds without JS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { eventFeedSchema, eventSchema, faqEntrySchema, faqFeedSchema, signupSchema } from '../src/index.js';

const out = new URL('../json-schema/', import.meta.url);
mkdirSync(out, { recursive: true });

const schemas: Record<string, { schema: GenericSchema; title: string; items?: [string, GenericSchema] }> = {
  event: { schema: eventSchema, title: 'Dauys campaign event (v1)' },
  'event-feed': { schema: eventFeedSchema, title: 'Dauys event feed (v1)', items: ['events', eventSchema] },
  'faq-entry': { schema: faqEntrySchema, title: 'Dauys FAQ entry (v1)' },
  'faq-feed': { schema: faqFeedSchema, title: 'Dauys FAQ feed (v1)', items: ['entries', faqEntrySchema] },
  signup: { schema: signupSchema, title: 'Dauys volunteer signup (v1)' },
};

for (const [name, { schema, title, items }] of Object.entries(schemas)) {
  // Checks written as functions (ISO dates with offset, https links) cannot be expressed as
  // JSON Schema; their descriptions in docs/ say what they require.
  const json = toJsonSchema(schema, { errorMode: 'ignore' }) as Record<string, unknown>;
  if (items) {
    const properties = json.properties as Record<string, unknown>;
    properties[items[0]] = { type: 'array', items: toJsonSchema(items[1], { errorMode: 'ignore' }) };
  }
  json.$id = `https://dauys.kz/schema/v1/${name}.json`;
  json.title = title;
  writeFileSync(new URL(`${name}.json`, out), JSON.stringify(json, null, 2) + '\n');
}
console.log(`schema: wrote ${Object.keys(schemas).length} JSON Schema files to json-schema/`);
