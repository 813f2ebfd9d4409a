import { pickLocalised, regionName, type CampaignEvent, type Locale } from '@dauys/schema';
import { buildIcs, icsFileName, type CalendarEntry } from '../core/ics.js';
import { safeHttpsUrl } from '../core/url.js';

/**
 * One event as a calendar entry, in the visitor's language: times in UTC (calendar apps show
 * them in the visitor's own zone), the place as address · locality · region, the event's page
 * (https only) as URL, and a cancelled event marked CANCELLED, a postponed one TENTATIVE.
 */
export function eventCalendarEntry(event: CampaignEvent, locale: Locale): CalendarEntry {
  const region = regionName(event.region, locale);
  const place = [pickLocalised(event.address, locale), pickLocalised(event.locality, locale), region]
    .filter((part): part is string => Boolean(part))
    .join(', ');
  const url = safeHttpsUrl(event.url) ?? safeHttpsUrl(event.onlineUrl);
  const online = safeHttpsUrl(event.onlineUrl);
  const description = [pickLocalised(event.description, locale), online && online !== url ? online : '']
    .filter(Boolean)
    .join('\n\n');
  const start = Date.parse(event.start);
  const end = event.end ? Date.parse(event.end) : undefined;
  return {
    uid: `${event.id}@dauys`,
    start,
    end: end !== undefined && Number.isFinite(end) && end >= start ? end : undefined,
    summary: pickLocalised(event.title, locale),
    description: description || undefined,
    location: event.type === 'online' && !event.address ? online : place || undefined,
    url,
    status:
      event.status === 'cancelled' ? 'CANCELLED' : event.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED',
    geo: event.location,
  };
}

/** The .ics file of one event and a file name for it. */
export function eventIcsFile(
  event: CampaignEvent,
  locale: Locale,
  stamp?: number,
): { name: string; text: string } {
  const entry = eventCalendarEntry(event, locale);
  return { name: icsFileName(entry.summary), text: buildIcs([entry], stamp) };
}
