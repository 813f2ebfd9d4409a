import { DEFAULT_FILTERS, normaliseFilters, type EventFilters } from './event-filter.js';

/**
 * The finder keeps its filters in the page URL so a filtered view can be bookmarked and shared,
 * under its own prefix so the host page's parameters (and its hash) are never touched:
 * `?page=2&dauys-ef-region=karaganda&dauys-ef-q=жастар#news`.
 * The visitor's position is never written there (it is personal data, and meaningless to the
 * person a link is shared with); nor are the radius and the sort order that only apply with it.
 */
export const URL_PREFIX = 'dauys-ef-';

const PARAMS = {
  region: `${URL_PREFIX}region`,
  date: `${URL_PREFIX}date`,
  from: `${URL_PREFIX}from`,
  to: `${URL_PREFIX}to`,
  type: `${URL_PREFIX}type`,
  q: `${URL_PREFIX}q`,
} as const satisfies Partial<Record<keyof EventFilters, string>>;

/** A shared link to one event: the finder scrolls to it and opens it. */
export const EVENT_PARAM = `${URL_PREFIX}event`;

/** "All regions" when the element preselects a region, so the choice survives a reload. */
const ALL = 'all';

/**
 * Reads the filters from a query string. `base` holds the element's own defaults (its
 * preselected `region`); parameters that are absent keep them, invalid ones are ignored.
 */
export function filtersFromSearch(search: string, base: EventFilters = DEFAULT_FILTERS): EventFilters {
  const params = new URLSearchParams(search);
  const input: Partial<Record<keyof EventFilters, unknown>> = {};
  for (const [key, name] of Object.entries(PARAMS) as [keyof typeof PARAMS, string][]) {
    const value = params.get(name);
    if (value !== null) input[key] = value;
  }
  if (input.region === ALL) input.region = '';
  if ((input.from !== undefined || input.to !== undefined) && input.date === undefined) input.date = 'range';
  return normaliseFilters(input, base);
}

/** The event id of a shared event link, if the URL has one. */
export function eventIdFromSearch(search: string): string | undefined {
  return new URLSearchParams(search).get(EVENT_PARAM)?.slice(0, 100) || undefined;
}

/**
 * The same URL with the finder's parameters set for `filters` (values equal to `base` are left
 * out) and every other parameter, their order and the hash kept as they were.
 */
export function urlWithFilters(
  href: string,
  filters: EventFilters,
  base: EventFilters = DEFAULT_FILTERS,
): string {
  const values: Record<keyof typeof PARAMS, string> = {
    region: filters.region === base.region ? '' : filters.region || ALL,
    date:
      filters.date === base.date || (filters.date === 'range' && !filters.from && !filters.to)
        ? ''
        : filters.date,
    from: filters.date === 'range' ? filters.from : '',
    to: filters.date === 'range' ? filters.to : '',
    type: filters.type === base.type ? '' : filters.type,
    q: filters.q.trim() === '' ? '' : filters.q,
  };
  const next = replaceParams(
    href,
    new Set(Object.values(PARAMS)),
    (Object.entries(PARAMS) as [keyof typeof PARAMS, string][])
      .filter(([key]) => values[key] !== '')
      .map(([key, name]) => [name, values[key]]),
  );
  return sameParams(next, href) ? href : next;
}

/**
 * Removes the parameters named in `remove` and appends `add`, leaving every other parameter
 * byte for byte as it was (its encoding and order) and the hash untouched.
 */
function replaceParams(href: string, remove: ReadonlySet<string>, add: readonly [string, string][]): string {
  const [beforeHash, hash = undefined] = splitOnce(href, '#');
  const [path, query = ''] = splitOnce(beforeHash, '?');
  const kept = query.split('&').filter((part) => part !== '' && !remove.has(paramName(part)));
  for (const [name, value] of add) kept.push(`${name}=${encodeURIComponent(value)}`);
  return `${path}${kept.length ? `?${kept.join('&')}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at === -1 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}

function paramName(part: string): string {
  const name = part.split('=', 1)[0];
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** Same parameters with the same values (ours in any order): no history entry needed. */
function sameParams(a: string, b: string): boolean {
  const read = (href: string) => {
    const params = [...new URL(href).searchParams].map(([k, v]) => `${k}=${v}`);
    return params.sort().join('&');
  };
  return read(a) === read(b);
}

/** The URL of the page with a shared-event parameter (for "share" when an event has no page). */
export function urlWithEvent(href: string, eventId: string): string {
  return replaceParams(href, new Set([EVENT_PARAM]), [[EVENT_PARAM, eventId]]);
}
