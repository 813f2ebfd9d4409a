import {
  EVENT_TYPES,
  REGION_CENTRES,
  REGION_IDS,
  eventColumns,
  fillEventColumns,
  type CampaignEvent,
  type EventSource,
  type EventType,
  type RegionId,
} from '@dauys/schema';
import { foldForSearch } from '../core/text-search.js';
import { DAY_MS, KZ_OFFSET_MINUTES } from '../core/kz-time.js';

const KZ_OFFSET_MS = KZ_OFFSET_MINUTES * 60_000;
/** An event without an end is taken to last an hour, as in its calendar file. */
export const DEFAULT_DURATION_MS = 3_600_000;

export const REGION_INDEX = new Map<RegionId, number>(REGION_IDS.map((id, i) => [id, i]));
/** Each region's centre, by its position in REGION_IDS (the order of REGIONS). */
const CENTRES = REGION_IDS.map((id) => REGION_CENTRES[id]);
export const TYPE_INDEX = new Map<EventType, number>(EVENT_TYPES.map((type, i) => [type, i]));

/**
 * Everything the filters need, computed once per feed: columns of numbers in typed arrays and
 * one folded search string per event, so that filtering 50,000 events is a few plain loops
 * with no allocation per event and no re-parsing of dates or re-folding of text per keystroke.
 * Events are sorted by start (then id), so a filtered list is already in time order.
 */
export interface EventIndex {
  /**
   * The events, in index order, as far as they have been read: an index built from an
   * `EventSurvey` validates each one in full only when `event(i)` first asks for it.
   */
  readonly events: readonly (CampaignEvent | undefined)[];
  /** The event at `i`, validated; undefined when it turned out malformed (see `EventSurvey`). */
  event(i: number): CampaignEvent | undefined;
  /** Takes the events of a full validation that kept exactly the indexed ones (see `EventSurvey`). */
  settle(items: readonly CampaignEvent[]): void;
  readonly size: number;
  /** Start and effective end, epoch ms. */
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Kazakhstan calendar day of the start, in days since 1970-01-01 (UTC+5). */
  readonly day: Int32Array;
  /** Index into REGION_IDS (the order of REGIONS), EVENT_TYPES and EVENT_STATUSES. */
  readonly region: Uint8Array;
  readonly type: Uint8Array;
  readonly status: Uint8Array;
  /** The event's own location, or its region's centre when it has none (see `ownLocation`). */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly ownLocation: Uint8Array;
  /**
   * Folded title, locality and address in every language they are given in. Filled after the
   * first render (see `prepareSearchText`), or at once by `searchText` when a search needs it.
   */
  readonly text: string[];
  /** How many leading entries of `text` are filled. */
  textReady: number;
  /** Position of an event by its id. */
  readonly byId: { get(id: string): number | undefined };
  /**
   * Positions in the input of events left out because an earlier event has the same id (ids
   * link and share events, so the first one wins).
   */
  readonly duplicates: readonly number[];
}

/**
 * Folds like core `foldForSearch` (same result for every text), in one pass of the engine's
 * own `toLowerCase` when the text has no letter whose lower case changes length or depends on
 * its neighbours: about ten times faster over a large feed.
 */
export function foldIndexText(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length || text.includes('Σ')) return foldForSearch(text);
  return lower.includes('ё') ? lower.replaceAll('ё', 'е') : lower;
}

/** Kazakhstan day number (days since 1970-01-01 at UTC+5) of an instant. */
export function kzDayNumber(instant: number): number {
  return Math.floor((instant + KZ_OFFSET_MS) / DAY_MS);
}

/** The instant 00:00 Kazakhstan time starts on a day number. */
export function kzDayStart(dayNumber: number): number {
  return dayNumber * DAY_MS - KZ_OFFSET_MS;
}

/** All languages of a Localised value, one per line, without building arrays per event. */
function allText(value: CampaignEvent['title'] | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return `${value.kk ?? ''}\n${value.ru ?? ''}\n${value.en ?? ''}`;
}

function eventSearchText(event: CampaignEvent | undefined): string {
  if (event === undefined) return '';
  return foldIndexText(`${allText(event.title)}\n${allText(event.locality)}\n${allText(event.address)}`);
}

/** Epoch seconds fit 31 bits until 2038 and 33 until 2242; × 2^20 stays under 2^53. */
const ORDER_BITS = 2 ** 20;

/**
 * Positions of `starts` in ascending order, ties in input order. Most feeds come sorted (the
 * hub sorts them): checked in one pass. Otherwise a native numeric sort of packed keys
 * (start in seconds × 2^20 + position), several times faster than a comparator sort.
 */
function startOrder(starts: Float64Array): Int32Array {
  const n = starts.length;
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (starts[i] < starts[i - 1]) sorted = false;
  const order = new Int32Array(n);
  if (sorted) {
    for (let i = 0; i < n; i++) order[i] = i;
    return order;
  }
  if (n < ORDER_BITS && starts.every((s) => s % 1000 === 0 && s >= 0 && s / 1000 < 2 ** 33)) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = (starts[i] / 1000) * ORDER_BITS + i;
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = keys[i] % ORDER_BITS;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => starts[a] - starts[b] || a - b);
}

/** A plain array of validated events as an `EventSource`: columns and duplicate ids worked out here. */
function arraySource(events: readonly CampaignEvent[]): EventSource {
  const size = events.length;
  const columns = eventColumns(size);
  const seen = new Set<string>();
  const duplicates: number[] = [];
  for (let k = 0; k < size; k++) {
    fillEventColumns(columns, k, events[k]);
    const before = seen.size;
    seen.add(events[k].id);
    if (seen.size === before) duplicates.push(k);
  }
  return { size, columns, duplicates, event: (k) => events[k], id: (k) => events[k].id };
}

/**
 * Builds the index of validated events (an array, or an `EventIntake` / `EventSurvey` from
 * @dauys/schema, whose columns spare it reading dates and looking names up again), leaving
 * out events whose id an earlier one has (see `duplicates`).
 */
export function buildEventIndex(
  input: readonly CampaignEvent[] | EventSource,
  options: { lazyText?: boolean } = {},
): EventIndex {
  const source: EventSource = Array.isArray(input) ? arraySource(input) : (input as EventSource);
  const total = source.size;
  const { columns, duplicates } = source;
  // Input positions of the events kept, when some are left out.
  let kept: Int32Array | undefined;
  let starts = columns.start.subarray(0, total);
  if (duplicates.length) {
    kept = new Int32Array(total - duplicates.length);
    starts = new Float64Array(kept.length);
    let d = 0;
    let j = 0;
    for (let k = 0; k < total; k++) {
      if (duplicates[d] === k) d++;
      else {
        kept[j] = k;
        starts[j++] = columns.start[k];
      }
    }
  }
  const size = starts.length;
  const order = startOrder(starts);

  const events: (CampaignEvent | undefined)[] = new Array(size).fill(undefined);
  /** Input position of each indexed event. */
  const inputAt = new Int32Array(size);
  const start = new Float64Array(size);
  const end = new Float64Array(size);
  const day = new Int32Array(size);
  const region = new Uint8Array(size);
  const type = new Uint8Array(size);
  const status = new Uint8Array(size);
  const lat = new Float64Array(size);
  const lon = new Float64Array(size);
  const ownLocation = new Uint8Array(size);
  const text: string[] = new Array(size).fill('');
  const c = columns;

  for (let i = 0; i < size; i++) {
    const k = kept ? kept[order[i]] : order[i];
    inputAt[i] = k;
    const s = c.start[k];
    start[i] = s;
    const e = c.end[k];
    end[i] = e >= s ? e : s + DEFAULT_DURATION_MS;
    day[i] = kzDayNumber(s);
    const r = c.region[k];
    region[i] = r;
    type[i] = c.type[k];
    status[i] = c.status[k];
    const ownLat = c.lat[k];
    if (ownLat === ownLat) {
      lat[i] = ownLat;
      lon[i] = c.lon[k];
      ownLocation[i] = 1;
    } else {
      lat[i] = CENTRES[r].lat;
      lon[i] = CENTRES[r].lon;
    }
  }
  if (Array.isArray(input)) for (let i = 0; i < size; i++) events[i] = input[inputAt[i]];

  // Let go once every event is in (see `settle`), with the feed it reads from.
  let pending: EventSource | undefined = source;
  const event = (i: number) => events[i] ?? (events[i] = pending?.event(inputAt[i]));
  const settle = (items: readonly CampaignEvent[]) => {
    for (let i = 0; i < size; i++) events[i] ??= items[inputAt[i]];
    pending = undefined;
  };
  // Ids by position, built when first asked for (a shared link to one event).
  let positions: Map<string, number> | undefined;
  const byId = {
    get(id: string) {
      if (!positions) {
        positions = new Map();
        for (let i = 0; i < size; i++) positions.set(events[i]?.id ?? pending!.id(inputAt[i]), i);
      }
      return positions.get(id);
    },
  };
  const index = {
    events,
    event,
    settle,
    size,
    start,
    end,
    day,
    region,
    type,
    status,
    lat,
    lon,
    ownLocation,
    text,
    byId,
    duplicates,
    textReady: 0,
  };
  if (!options.lazyText) searchText(index);
  return index;
}

/**
 * Fills the search text for up to `budgetMs` (call it in idle time after the first render);
 * true when all is done.
 */
export function prepareSearchText(index: EventIndex, budgetMs: number): boolean {
  const until = performance.now() + budgetMs;
  const { text, size } = index;
  let i = index.textReady;
  while (i < size) {
    const stop = Math.min(size, i + 500);
    for (; i < stop; i++) text[i] = eventSearchText(index.event(i));
    if (performance.now() >= until) break;
  }
  index.textReady = i;
  return i >= size;
}

/** The search text of every event, finishing what idle time has not done yet. */
export function searchText(index: EventIndex): readonly string[] {
  if (index.textReady < index.size) prepareSearchText(index, Number.POSITIVE_INFINITY);
  return index.text;
}
