import type { EventStatus, EventType, Locale } from '@dauys/schema';
import { activeLocale, msg, plural, str } from '../core/i18n.js';
import type { DateFilter, SortOrder } from './event-filter.js';
import type { GeolocationFailure } from './geo.js';

/**
 * Every text of `<dauys-event-finder>`, in the locale of the element being rendered (call these
 * during render or inside `inLocale`). Kazakh dates come from core's own tables, never Intl.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as people write it in the active locale: "50 000" and "3,2" in Kazakh and Russian,
 * "50,000" and "3.2" in English. Kazakh uses the Russian rules (browsers lack Kazakh data).
 */
export function formatNumber(value: number, maximumFractionDigits = 0): string {
  const locale: Locale = activeLocale();
  const tag = locale === 'en' ? 'en-GB' : 'ru-RU';
  const key = `${tag}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, { maximumFractionDigits });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function typeLabel(type: EventType): string {
  switch (type) {
    case 'meeting':
      return msg('Meeting', { id: 'event-finder.type.meeting' });
    case 'door-to-door':
      return msg('Door-to-door', { id: 'event-finder.type.door-to-door' });
    case 'info-stand':
      return msg('Info stand', { id: 'event-finder.type.info-stand' });
    case 'online':
      return msg('Online', { id: 'event-finder.type.online' });
    case 'training':
      return msg('Training', { id: 'event-finder.type.training' });
    default:
      return msg('Other', { id: 'event-finder.type.other' });
  }
}

/** The words next to a cancelled or postponed event (never colour alone). */
export function statusLabel(status: EventStatus): string {
  switch (status) {
    case 'cancelled':
      return msg('Cancelled', { id: 'event-finder.status.cancelled' });
    case 'postponed':
      return msg('Postponed', { id: 'event-finder.status.postponed' });
    default:
      return msg('Scheduled', { id: 'event-finder.status.scheduled' });
  }
}

export function dateFilterLabel(filter: DateFilter): string {
  switch (filter) {
    case 'today':
      return msg('Today', { id: 'event-finder.date.today' });
    case 'week':
      return msg('This week', { id: 'event-finder.date.week' });
    case 'weekend':
      return msg('This weekend', { id: 'event-finder.date.weekend' });
    case 'range':
      return msg('Choose dates', { id: 'event-finder.date.range' });
    default:
      return msg('Any date', { id: 'event-finder.date.any' });
  }
}

export function sortLabel(order: SortOrder): string {
  return order === 'distance'
    ? msg('Nearest first', { id: 'event-finder.sort.distance' })
    : msg('Soonest first', { id: 'event-finder.sort.time' });
}

export const labels = {
  filters: () => msg('Find events', { id: 'event-finder.filters' }),
  search: () => msg('Search', { id: 'event-finder.search' }),
  searchHint: () => msg('Title, town or address', { id: 'event-finder.search-hint' }),
  region: () => msg('Region', { id: 'event-finder.region' }),
  allRegions: () => msg('All regions', { id: 'event-finder.region.all' }),
  date: () => msg('When', { id: 'event-finder.date' }),
  from: () => msg('From', { id: 'event-finder.date.from' }),
  to: () => msg('To', { id: 'event-finder.date.to' }),
  type: () => msg('Type', { id: 'event-finder.type' }),
  allTypes: () => msg('All types', { id: 'event-finder.type.all' }),
  nearMe: () => msg('Events near me', { id: 'event-finder.near-me' }),
  locating: () => msg('Finding your location…', { id: 'event-finder.locating' }),
  stopNearMe: () => msg('Stop using my location', { id: 'event-finder.near-me.stop' }),
  radius: () => msg('Distance', { id: 'event-finder.radius' }),
  anyDistance: () => msg('Any distance', { id: 'event-finder.radius.any' }),
  sort: () => msg('Order', { id: 'event-finder.sort' }),
  clearFilters: () => msg('Clear filters', { id: 'event-finder.clear' }),
  results: () => msg('Events', { id: 'event-finder.results' }),
  timesNote: () => msg('Times are Kazakhstan time (UTC+5).', { id: 'event-finder.times-note' }),
  details: () => msg('Details', { id: 'event-finder.details' }),
  joinOnline: () => msg('Join online', { id: 'event-finder.join-online' }),
  map: () => msg('Map', { id: 'event-finder.map' }),
  addToCalendar: () => msg('Add to calendar', { id: 'event-finder.calendar' }),
  share: () => msg('Share', { id: 'event-finder.share' }),
  linkCopied: () => msg('Link copied.', { id: 'event-finder.link-copied' }),
  copyThisLink: () => msg('Copy this link:', { id: 'event-finder.copy-this-link' }),
  newTab: () => msg('(opens in a new tab)', { id: 'event-finder.new-tab' }),
  organizer: () => msg('Organiser', { id: 'event-finder.organizer' }),
  today: () => msg('Today', { id: 'event-finder.day.today' }),
  tomorrow: () => msg('Tomorrow', { id: 'event-finder.day.tomorrow' }),
  regionCentre: () => msg('from the region centre', { id: 'event-finder.region-centre' }),
  noMatches: () => msg('No events match these filters.', { id: 'event-finder.empty' }),
  truncated: () =>
    msg('Only the first events are shown. Narrow the filters to see the others.', {
      id: 'event-finder.truncated',
    }),
  noUpcoming: () =>
    msg('There are no upcoming events yet. Please check again later.', { id: 'event-finder.none' }),
};

/** "1 event", "2 события" / "5 событий", "3 іс-шара". */
export function resultCount(count: number): string {
  const n = formatNumber(count);
  return plural(count, {
    one: msg(str`${n} event`, { id: 'event-finder.count.one' }),
    few: msg(str`${n} events`, { id: 'event-finder.count.few' }),
    many: msg(str`${n} events`, { id: 'event-finder.count.many' }),
    other: msg(str`${n} events`, { id: 'event-finder.count.other' }),
  });
}

/** The polite announcement after the list changed. */
export function resultAnnouncement(count: number): string {
  if (count === 0) return labels.noMatches();
  const n = formatNumber(count);
  return plural(count, {
    one: msg(str`${n} event found.`, { id: 'event-finder.found.one' }),
    few: msg(str`${n} events found.`, { id: 'event-finder.found.few' }),
    many: msg(str`${n} events found.`, { id: 'event-finder.found.many' }),
    other: msg(str`${n} events found.`, { id: 'event-finder.found.other' }),
  });
}

/** "3,2 km" (one decimal under 10 km, whole kilometres above). */
export function distanceLabel(km: number): string {
  const value = formatNumber(km < 10 ? Math.round(km * 10) / 10 : Math.round(km), km < 10 ? 1 : 0);
  return msg(str`${value} km`, { id: 'event-finder.km' });
}

/** "Up to 25 km". */
export function radiusLabel(km: number): string {
  if (km === 0) return labels.anyDistance();
  const value = formatNumber(km);
  return msg(str`Within ${value} km`, { id: 'event-finder.radius.within' });
}

/** The button of the empty state that widens the radius to the next step. */
export function widenRadiusLabel(km: number): string {
  if (km === 0) return msg('Show events at any distance', { id: 'event-finder.widen.any' });
  const value = formatNumber(km);
  return msg(str`Show events within ${value} km`, { id: 'event-finder.widen' });
}

export function geolocationMessage(failure: GeolocationFailure): string {
  switch (failure) {
    case 'denied':
      return msg(
        'Location access was refused, so events cannot be sorted by distance. Choose your region instead, or allow location for this site in your browser settings and try again.',
        { id: 'event-finder.geo.denied' },
      );
    case 'timeout':
      return msg('Finding your location took too long. Try again, or choose your region instead.', {
        id: 'event-finder.geo.timeout',
      });
    case 'unsupported':
      return msg('This browser cannot share your location. Choose your region instead.', {
        id: 'event-finder.geo.unsupported',
      });
    default:
      return msg('Your location could not be found. Try again, or choose your region instead.', {
        id: 'event-finder.geo.unavailable',
      });
  }
}

export const nearMeActive = () =>
  msg('Sorted by distance from you. Your location stays in this browser.', {
    id: 'event-finder.near-me.active',
  });
