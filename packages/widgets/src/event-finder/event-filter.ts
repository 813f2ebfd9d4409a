import { EVENT_TYPES, isRegionId, type EventType, type RegionId } from '@dauys/schema';
import { matchesAllTerms, searchTerms } from '../core/text-search.js';
import { parseKzDayKey } from '../core/kz-time.js';
import {
  REGION_INDEX,
  TYPE_INDEX,
  kzDayNumber,
  kzDayStart,
  searchText,
  type EventIndex,
} from './event-index.js';
import { haversineKm, type GeoPoint } from './geo.js';

export const DATE_FILTERS = ['any', 'today', 'week', 'weekend', 'range'] as const;
export type DateFilter = (typeof DATE_FILTERS)[number];
export const SORT_ORDERS = ['time', 'distance'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
/** Radii offered once the visitor's position is known (km); 0 means any distance. */
export const RADII_KM = [5, 10, 25, 50, 100, 250, 0] as const;
export const DEFAULT_RADIUS_KM = 25;

/** What the visitor chose. Plain strings, so it maps one to one onto the page URL. */
export interface EventFilters {
  /** '' = all regions. */
  region: RegionId | '';
  date: DateFilter;
  /** `YYYY-MM-DD` (Kazakhstan days) for `date: 'range'`; '' = open-ended. */
  from: string;
  to: string;
  /** '' = every type. */
  type: EventType | '';
  /** Free text; every word must occur in title, locality or address (any language). */
  q: string;
  /** Applies only once the visitor's position is known; 0 = any distance. */
  radiusKm: number;
  sort: SortOrder;
}

export const DEFAULT_FILTERS: Readonly<EventFilters> = {
  region: '',
  date: 'any',
  from: '',
  to: '',
  type: '',
  q: '',
  radiusKm: DEFAULT_RADIUS_KM,
  sort: 'time',
};

/** What else a filter run depends on: the clock (past events hidden) and the visitor's position. */
export interface FilterContext {
  now: number;
  near?: GeoPoint;
}

/** Coerces loose input (URL values, attributes) into valid filters; unknown values → defaults. */
export function normaliseFilters(
  input: Partial<Record<keyof EventFilters, unknown>>,
  base = DEFAULT_FILTERS,
): EventFilters {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const region = text(input.region);
  const date = text(input.date) as DateFilter;
  const type = text(input.type) as EventType;
  const sort = text(input.sort) as SortOrder;
  const radius = Number(input.radiusKm);
  const day = (value: unknown) => (parseKzDayKey(text(value)) === undefined ? '' : text(value));
  return {
    region: input.region === undefined ? base.region : isRegionId(region) ? region : '',
    date: DATE_FILTERS.includes(date) ? date : base.date,
    from: input.from === undefined ? base.from : day(input.from),
    to: input.to === undefined ? base.to : day(input.to),
    type: input.type === undefined ? base.type : EVENT_TYPES.includes(type) ? type : '',
    q: input.q === undefined ? base.q : text(input.q).slice(0, 200),
    radiusKm: (RADII_KM as readonly number[]).includes(radius) ? radius : base.radiusKm,
    sort: SORT_ORDERS.includes(sort) ? sort : base.sort,
  };
}

/** True when the filters narrow the list beyond `base` (offer "clear filters"). */
export function hasActiveFilters(filters: EventFilters, base: EventFilters = DEFAULT_FILTERS): boolean {
  return (
    filters.region !== base.region ||
    filters.type !== base.type ||
    filters.q.trim() !== '' ||
    (filters.date !== 'any' && (filters.date !== 'range' || filters.from !== '' || filters.to !== ''))
  );
}

/**
 * The half-open window `[from, until)` of the date filter in Kazakhstan days, or undefined for
 * any date. Weeks run Monday to Sunday; "this weekend" is the coming (or current) Saturday and
 * Sunday; a range covers whole days from `from` to `to` inclusive (either side may be open).
 */
export function dateWindow(
  filters: Pick<EventFilters, 'date' | 'from' | 'to'>,
  now: number,
): { from: number; until: number } | undefined {
  const today = kzDayNumber(now);
  // 1970-01-01 was a Thursday: day 0 → weekday 4 (0 = Sunday).
  const weekday = (((today + 4) % 7) + 7) % 7;
  const daysToMonday = weekday === 0 ? 1 : 8 - weekday;
  switch (filters.date) {
    case 'today':
      return { from: kzDayStart(today), until: kzDayStart(today + 1) };
    case 'week':
      return { from: kzDayStart(today), until: kzDayStart(today + daysToMonday) };
    case 'weekend': {
      const saturday = weekday === 0 ? today - 1 : today + (6 - weekday);
      return { from: kzDayStart(saturday), until: kzDayStart(saturday + 2) };
    }
    case 'range': {
      let from = parseKzDayKey(filters.from);
      let to = parseKzDayKey(filters.to);
      if (from === undefined && to === undefined) return undefined;
      if (from !== undefined && to !== undefined && to < from) [from, to] = [to, from];
      return {
        from: from ?? Number.NEGATIVE_INFINITY,
        until: to === undefined ? Number.POSITIVE_INFINITY : kzDayStart(kzDayNumber(to) + 1),
      };
    }
    default:
      return undefined;
  }
}

export interface FilterResult {
  /** Positions in the index, in display order. */
  indices: Int32Array;
  /** Distance in km from the visitor per index position (NaN where not computed). */
  distances?: Float64Array;
  /** The run this came from, so the next one can narrow it (see `filterEvents`). */
  readonly run: { filters: EventFilters; now: number; near?: GeoPoint; terms: string[] };
}

const distanceCache = new WeakMap<EventIndex, { lat: number; lon: number; km: Float64Array }>();

/** Distances from `near` to every event (own location, or its region's centre), memoised per index. */
export function distancesFrom(index: EventIndex, near: GeoPoint): Float64Array {
  const cached = distanceCache.get(index);
  if (cached && cached.lat === near.lat && cached.lon === near.lon) return cached.km;
  const km = new Float64Array(index.size);
  for (let i = 0; i < index.size; i++) km[i] = haversineKm(near.lat, near.lon, index.lat[i], index.lon[i]);
  distanceCache.set(index, { lat: near.lat, lon: near.lon, km });
  return km;
}

/**
 * True when `next` can only keep a subset of what `previous` kept: everything is the same but
 * the search words, and each old word is still inside one of the new ones (the visitor typed
 * more). Then only the previous matches need checking, which keeps typing fast at 50,000.
 */
function narrows(
  previous: FilterResult['run'],
  filters: EventFilters,
  context: FilterContext,
  terms: string[],
) {
  const a = previous.filters;
  return (
    previous.now === context.now &&
    previous.near?.lat === context.near?.lat &&
    previous.near?.lon === context.near?.lon &&
    a.region === filters.region &&
    a.date === filters.date &&
    a.from === filters.from &&
    a.to === filters.to &&
    a.type === filters.type &&
    a.radiusKm === filters.radiusKm &&
    a.sort === filters.sort &&
    previous.terms.every((old) => terms.some((term) => term.includes(old)))
  );
}

/**
 * Applies the filters: not yet ended at `now`, region, type, date window, every search word,
 * and (when the visitor's position is known) the radius; sorted by time or by distance.
 * Pass the previous result to narrow it instead of scanning the whole feed when possible.
 */
export function filterEvents(
  index: EventIndex,
  filters: EventFilters,
  context: FilterContext,
  previous?: FilterResult,
): FilterResult {
  const terms = searchTerms(filters.q);
  const near = context.near;
  const region = filters.region ? (REGION_INDEX.get(filters.region) ?? -1) : -1;
  const type = filters.type ? (TYPE_INDEX.get(filters.type) ?? -1) : -1;
  const window = dateWindow(filters, context.now);
  const windowFrom = window?.from ?? Number.NEGATIVE_INFINITY;
  const windowUntil = window?.until ?? Number.POSITIVE_INFINITY;
  const distances = near ? distancesFrom(index, near) : undefined;
  const radius = near && filters.radiusKm > 0 ? filters.radiusKm : Number.POSITIVE_INFINITY;
  const now = context.now;
  const { start, end } = index;
  const text = terms.length ? searchText(index) : index.text;

  const narrowing = previous && narrows(previous.run, filters, context, terms);
  const candidates = narrowing ? previous.indices : undefined;
  const count = candidates ? candidates.length : index.size;
  const kept = new Int32Array(count);
  let n = 0;
  for (let k = 0; k < count; k++) {
    const i = candidates ? candidates[k] : k;
    if (end[i] <= now) continue;
    if (region >= 0 && index.region[i] !== region) continue;
    if (type >= 0 && index.type[i] !== type) continue;
    if (start[i] >= windowUntil || end[i] <= windowFrom) continue;
    if (distances && distances[i] > radius) continue;
    if (terms.length && !matchesAllTerms(text[i], terms)) continue;
    kept[n++] = i;
  }
  let indices = kept.slice(0, n);
  if (distances && filters.sort === 'distance' && !narrowing) {
    // Stable on the time order the index already has.
    indices = Int32Array.from(indices).sort((a, b) => distances[a] - distances[b] || a - b);
  }
  return { indices, distances, run: { filters: { ...filters }, now, near, terms } };
}

/**
 * The rows of the virtualised list: event positions (≥ 0) with a day header before each new
 * Kazakhstan day when sorted by time (header row = -1 - day number). By distance the list is
 * flat and each row shows its own date.
 */
export function buildRows(index: EventIndex, indices: Int32Array, groupByDay: boolean): number[] {
  const rows: number[] = [];
  let lastDay = Number.NaN;
  for (let k = 0; k < indices.length; k++) {
    const i = indices[k];
    if (groupByDay && index.day[i] !== lastDay) {
      lastDay = index.day[i];
      rows.push(-1 - lastDay);
    }
    rows.push(i);
  }
  return rows;
}

/** The day number of a header row, or undefined for an event row. */
export const headerDay = (row: number): number | undefined => (row < 0 ? -1 - row : undefined);
