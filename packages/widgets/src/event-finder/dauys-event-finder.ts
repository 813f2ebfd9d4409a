import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import {
  EVENT_TYPES,
  EventIntake,
  EventSurvey,
  isRegionId,
  parseEventFeed,
  pickLocalised,
  regionIdsByName,
  regionName,
  type CampaignEvent,
  type EventStatus,
  type Localised,
  type RegionId,
  type SkippedItem,
} from '@dauys/schema';
import { currentTime } from '../core/clock.js';
import { DauysElement } from '../core/dauys-element.js';
import { emit } from '../core/events.js';
import { FeedError, loadFeed } from '../core/feed.js';
import { registerTranslations } from '../core/i18n.js';
import { downloadIcs } from '../core/ics.js';
import { formatKzDate, formatKzTime, parseInstant } from '../core/kz-time.js';
import { feedErrorNotice, loadingLabel, staleCopyMessage } from '../core/notices.js';
import { silenceNotice } from '../core/silence-notice.js';
import { SilenceController } from '../core/silence.js';
import { safeHttpsUrl } from '../core/url.js';
import {
  DATE_FILTERS,
  DEFAULT_FILTERS,
  RADII_KM,
  buildRows,
  filterEvents,
  hasActiveFilters,
  headerDay,
  type EventFilters,
  type FilterResult,
} from './event-filter.js';
import {
  dateFilterLabel,
  distanceLabel,
  geolocationMessage,
  labels,
  nearMeActive,
  radiusLabel,
  resultAnnouncement,
  resultCount,
  sortLabel,
  statusLabel,
  typeLabel,
  widenRadiusLabel,
} from './event-finder-texts.js';
import { eventFinderStyles } from './event-finder.styles.js';
import { eventIcsFile } from './event-ics.js';
import {
  buildEventIndex,
  kzDayNumber,
  kzDayStart,
  prepareSearchText,
  searchText,
  type EventIndex,
} from './event-index.js';
import { eventIdFromSearch, filtersFromSearch, urlWithEvent, urlWithFilters } from './event-url-state.js';
import { GeolocationError, requestPosition, type GeoPoint, type GeolocationFailure } from './geo.js';
import { mapUrl, normaliseMapProvider, type MapProvider } from './map-links.js';
import { loadedVirtualizer, loadVirtualizer, virtualizerFailed } from './virtualizer-loader.js';
import { templates as kk } from './locales/kk.js';
import { templates as ru } from './locales/ru.js';

registerTranslations({ kk, ru });

declare global {
  interface DauysEventMap {
    'dauys-event-select': { eventId: string; title: Localised };
  }
  interface GlobalEventHandlersEventMap {
    'dauys-event-select': CustomEvent<{ eventId: string; title: Localised }>;
  }
}

/** Up to this many rows render as a plain list; more go through the virtualiser. */
export const PLAIN_LIST_LIMIT = 60;
/**
 * A long list's first screen is shown first as plain rows (more than fill the box), laid out
 * in the same frame as the results; the virtualiser takes over right after. Measured: an event
 * row is 207 px at 1280 px wide and about 300 px at 320 px, a day heading 50 px, the box at
 * most 44rem (704 px), so 12 rows fill it twice over and cost half the layout of 24.
 */
const FIRST_PAGE_ROWS = 12;
/** Rows of a long list shown plainly when the virtualiser cannot be loaded. */
const FALLBACK_ROWS = 200;
const ANNOUNCE_DELAY_MS = 600;
/** Up to this many events are validated at once; more are validated in slices. */
const VALIDATION_SLICE = 2000;
/** Events per step of a slice, and how long a slice may run before the page gets a turn. */
const VALIDATION_STEP = 500;
const VALIDATION_BUDGET_MS = 12;

/**
 * Gives the page a turn (input, paint) between validation slices: `scheduler.yield()` where
 * the browser has it, else a message, which unlike `setTimeout(0)` is not clamped to 4 ms once
 * timeouts nest (a 50,000-event feed would wait 100 ms or more in clamps alone).
 */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
const MARK = 'dauys-event-finder';

/** User Timing for benchmarks and monitoring; never throws (a mark may be missing). */
function measure(name: string, start: string | number, end?: number): void {
  try {
    performance.measure(`${MARK}:${name}`, {
      start: typeof start === 'string' ? `${MARK}:${start}` : start,
      end,
    });
  } catch {
    // No such mark (a cached feed skipped parsing): nothing to measure.
  }
}

type LoadState = 'idle' | 'loading' | 'ready' | 'error';
type GeoState = 'idle' | 'locating' | 'located' | GeolocationFailure;

/** The region id an attribute value names (any case, spaces around), else '' (all regions). */
function regionOf(value: string | undefined): RegionId | '' {
  const region = value?.trim().toLowerCase();
  return isRegionId(region) ? region : '';
}

const warn = (text: string) => console.warn(`[dauys] <dauys-event-finder>: ${text}`);

function describeSkipped(skipped: readonly SkippedItem[]): string {
  const named = skipped.slice(0, 10).map((item) => {
    const who = item.id ? `"${item.id.slice(0, 60)}"` : `#${item.index}`;
    const why = item.issues.map((issue) => `${issue.field || 'event'}: ${issue.code}`).join(', ');
    return `${who} (${why})`;
  });
  const more = skipped.length > 10 ? ` and ${skipped.length - 10} more` : '';
  return `skipped ${skipped.length} malformed event${skipped.length === 1 ? '' : 's'}: ${named.join('; ')}${more}.`;
}

/**
 * Finds campaign events: filters by region, date, type, free text and distance from the
 * visitor, keeps the filters in the page URL (shareable, back/forward), lists the results by
 * day in Kazakhstan time, and offers each event's page, a map, a calendar file and sharing.
 * Stays fast with 50,000 events (the feed is indexed once; only visible rows are rendered).
 *
 * @summary Campaign events near the visitor: filters, list by day, map, calendar and share.
 *
 * @csspart base - The box around everything.
 * @csspart filters - The search form with the filters.
 * @csspart count - The number of events found.
 * @csspart list - The list of results (it scrolls inside itself when long).
 * @csspart day - A day heading in the list.
 * @csspart event - One event.
 * @csspart badge - The event type badge.
 * @csspart status - The "Cancelled" / "Postponed" badge.
 * @csspart actions - The links and buttons of an event.
 * @csspart empty - What shows when nothing matches.
 * @csspart stale - The note over a last saved copy when the feed could not be refreshed.
 * @csspart error - The error notice with a retry button (from core).
 * @csspart silence-notice - The notice shown during campaign silence (from core).
 *
 * @cssproperty --dauys-event-finder-gap - Space between the filters, summary and list.
 * @cssproperty --dauys-event-finder-list-height - Height of a long list, which then scrolls inside itself (default min(75vh, 44rem)).
 * @cssproperty --dauys-event-finder-row-background - Background of an event.
 * @cssproperty --dauys-event-finder-row-border - Border colour of an event.
 * @cssproperty --dauys-event-finder-badge-background - Background of the type badge.
 * @cssproperty --dauys-event-finder-badge-color - Text colour of the type badge.
 * @cssproperty --dauys-event-finder-min-block-size - Height held until the feed has loaded (default 21rem, 31rem when narrower than 30rem).
 *
 * @event dauys-event-select - `{ eventId, title }` (the event's id and its title as in the feed,
 * one string or `{ kk, ru, en }`) when the visitor opens an event (its title) or follows its
 * details link, e.g. to offer the volunteer form for that event, which then names it.
 */
export class DauysEventFinder extends DauysElement {
  static override styles = [...DauysElement.styles, eventFinderStyles];

  static override properties = {
    src: {},
    events: { attribute: false },
    region: {},
    now: {},
    mapProvider: { attribute: 'map-provider' },
    headingLevel: { attribute: 'heading-level', type: Number },
    urlState: { attribute: 'url-state' },
    silence: {},
    silenceFrom: { attribute: 'silence-from' },
    silenceUntil: { attribute: 'silence-until' },
    filters: { state: true },
    near: { state: true },
    geoState: { state: true },
    loadState: { state: true },
    feedError: { state: true },
    stale: { state: true },
    index: { state: true },
    expanded: { state: true },
    announcement: { state: true },
    shareFallback: { state: true },
    clockTick: { state: true },
  };

  /** URL of an event feed (`{ "version": 1, "events": [...] }`), e.g. the hub's `/api/v1/events`. */
  declare src: string | undefined;

  /** Events given directly (validated like a feed); when set, `src` is not loaded. */
  declare events: readonly CampaignEvent[] | undefined;

  /** Region preselected (an id such as `karaganda`); the visitor can still choose another. */
  declare region: string | undefined;

  /** A fixed clock (ISO 8601) for previews and tests; events that ended before it are hidden. */
  declare now: string | undefined;

  /** Which map the map links open: `2gis` (default), `yandex` or `osm`. */
  declare mapProvider: string | undefined;

  /** ARIA level of the day headings (2–6, default 3); event titles are one level below. */
  declare headingLevel: number;

  /** `off` keeps the filters out of the page URL (e.g. two finders on one page). */
  declare urlState: string | undefined;

  /** `off` turns campaign silence off for this element. */
  declare silence: string | undefined;

  /** Start of the campaign-silence window (ISO 8601); default from the page or the law. */
  declare silenceFrom: string | undefined;

  /** End of the campaign-silence window (ISO 8601). */
  declare silenceUntil: string | undefined;

  declare private filters: EventFilters;
  declare private near: GeoPoint | undefined;
  declare private geoState: GeoState;
  declare private loadState: LoadState;
  declare private feedError: FeedError | undefined;
  declare private stale: boolean;
  declare private index: EventIndex | undefined;
  declare private expanded: ReadonlySet<string>;
  declare private announcement: string;
  declare private shareFallback: { id: string; url: string } | undefined;
  declare private clockTick: number;

  private result: FilterResult | undefined;
  private resultIndex: EventIndex | undefined;
  private rows: number[] = [];
  private abort: AbortController | undefined;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private clockTimer: ReturnType<typeof setInterval> | undefined;
  private targetEventId: string | undefined;
  /** The running slice-by-slice validation of an `events` array; replaced to cancel it. */
  private validation: object | undefined;
  /** A surveyed feed still to validate in full after its first rows (see `settle`). */
  private settling:
    { index: EventIndex; raw: readonly unknown[]; survey: EventSurvey; cancelled: () => boolean } | undefined;
  private targetPending = false;
  private targetSwitched = false;
  private focusAfterUpdate: string | undefined;
  /** New filters start the list from its top (a long list keeps its own scroll position). */
  private listToTop = false;
  private firstRenderPending = false;
  /** The first render of a long list shows plain rows (see FIRST_PAGE_ROWS). */
  private firstPage = false;

  private readonly silenceController = new SilenceController(this, () => ({
    silence: this.silence,
    silenceFrom: this.silenceFrom,
    silenceUntil: this.silenceUntil,
    now: currentTime(this.now),
    clockPinned: parseInstant(this.now) !== undefined,
  }));

  constructor() {
    super();
    this.headingLevel = 3;
    this.filters = { ...DEFAULT_FILTERS };
    this.geoState = 'idle';
    this.loadState = 'idle';
    this.stale = false;
    this.expanded = new Set();
    this.announcement = '';
    this.clockTick = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.usesUrl) {
      window.addEventListener('popstate', this.onPopState);
      this.filters = {
        ...this.filters,
        ...filtersFromSearch(location.search, this.baseFilters()),
        ...this.nearOnly(),
      };
      this.targetEventId = eventIdFromSearch(location.search);
      this.targetPending = this.targetEventId !== undefined;
    } else {
      this.filters = { ...this.filters, region: this.baseFilters().region };
    }
    // Events end while the page stays open: look again every minute (not with a pinned clock).
    this.clockTimer = setInterval(() => {
      if (parseInstant(this.now) === undefined) this.clockTick++;
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    clearInterval(this.clockTimer);
    clearTimeout(this.announceTimer);
    this.abort?.abort();
  }

  private get usesUrl(): boolean {
    return this.urlState?.trim().toLowerCase() !== 'off' && typeof location !== 'undefined';
  }

  /** The element's own defaults: the preselected region, nothing else. */
  private baseFilters(): EventFilters {
    return { ...DEFAULT_FILTERS, region: regionOf(this.region) };
  }

  /** The parts of the filters that never go into the URL (they belong to "near me"). */
  private nearOnly(): Pick<EventFilters, 'radiusKm' | 'sort'> {
    return { radiusKm: this.filters.radiusKm, sort: this.filters.sort };
  }

  private readonly onPopState = () => {
    this.filters = { ...filtersFromSearch(location.search, this.baseFilters()), ...this.nearOnly() };
  };

  /** The clock filters use: pinned, or now to the minute (so typing can narrow the last result). */
  private clockNow(): number {
    return parseInstant(this.now) ?? Math.floor(currentTime() / 60_000) * 60_000;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('region')) {
      const previousBase = regionOf(changed.get('region') as string | undefined);
      const hasUrlRegion = this.usesUrl && new URLSearchParams(location.search).has('dauys-ef-region');
      if (!hasUrlRegion && this.filters.region === previousBase) {
        this.filters = { ...this.filters, region: this.baseFilters().region };
      }
      if (this.region && !regionOf(this.region)) {
        warn(`region="${this.region}" is not a region id (e.g. "karaganda"); showing all regions.`);
      }
    }
    if (changed.has('events') && this.events !== undefined) {
      this.ingestProperty(this.events);
    } else if (changed.has('src') && this.events === undefined) {
      void this.load();
    }
    if (changed.has('filters') || changed.has('near')) this.listToTop = !this.targetPending;
    if (
      this.index &&
      (changed.has('index') ||
        changed.has('filters') ||
        changed.has('near') ||
        changed.has('now') ||
        changed.has('clockTick'))
    ) {
      this.applyFilters();
    }
  }

  /** Loads `src` again (the retry button does this). */
  async reload(): Promise<void> {
    await this.load();
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const src = this.src?.trim();
    if (!src) {
      this.loadState = 'idle';
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.loadState = 'loading';
    this.feedError = undefined;
    // While the feed downloads: the number format of the result count (the first Intl object
    // of a locale costs milliseconds), so that the first rows do not wait for it.
    whenIdle(() => this.inLocale(() => resultCount(0)));
    try {
      // The envelope is checked by the schema here; the events are validated in slices below,
      // so a 50,000-event feed never freezes the host page in one long task.
      const parse = (json: unknown) => {
        const events = (json as { events?: unknown } | null)?.events;
        parseEventFeed({ ...(json as object), events: Array.isArray(events) ? [] : events });
        return events as unknown[];
      };
      const result = await loadFeed(src, { parse, signal: abort.signal });
      if (abort.signal.aborted) return;
      performance.mark(`${MARK}:data`);
      const cancelled = () => abort.signal.aborted;
      const validated = await this.validate(result.data, cancelled, true);
      if (!validated) return;
      this.accept(validated, result.data, cancelled);
      this.stale = result.stale;
    } catch (error) {
      if (abort.signal.aborted) return;
      if (!(error instanceof FeedError)) throw error;
      this.feedError = error;
      this.loadState = 'error';
      if (error.kind === 'format') warn(`the feed at ${src} could not be read: ${error.message}`);
    }
  }

  private ingestProperty(raw: readonly unknown[]): void {
    // Given events replace a feed being loaded and events still being validated.
    this.abort?.abort();
    this.validation = undefined;
    performance.mark(`${MARK}:data`);
    this.stale = false;
    if (!Array.isArray(raw)) {
      warn('`events` must be an array of events.');
      this.accept(new EventIntake([]));
      return;
    }
    if (raw.length <= VALIDATION_SLICE) {
      const intake = new EventIntake(raw);
      intake.take(raw.length);
      this.accept(intake);
      return;
    }
    const token = {};
    this.validation = token;
    this.loadState = 'loading';
    const cancelled = () => this.validation !== token;
    void this.validate(raw, cancelled, true).then((validated) => {
      if (validated) this.accept(validated, raw, cancelled);
    });
  }

  /**
   * Validates events in slices, yielding to the page between slices (typing and scrolling on
   * the host page stay smooth). Undefined when `cancelled()` turns true. With `survey`, a feed
   * of more than VALIDATION_SLICE events gets only its quick first pass here (see EventSurvey
   * in @dauys/schema): the first rows show sooner, and `settle` finishes the job after them.
   */
  private async validate(raw: readonly unknown[], cancelled: () => boolean): Promise<EventIntake | undefined>;
  private async validate(
    raw: readonly unknown[],
    cancelled: () => boolean,
    survey: true,
  ): Promise<EventIntake | EventSurvey | undefined>;
  private async validate(
    raw: readonly unknown[],
    cancelled: () => boolean,
    survey = false,
  ): Promise<EventIntake | EventSurvey | undefined> {
    const intake = survey && raw.length > VALIDATION_SLICE ? new EventSurvey(raw) : new EventIntake(raw);
    let sliceStart = performance.now();
    while (!intake.take(VALIDATION_STEP)) {
      if (performance.now() - sliceStart >= VALIDATION_BUDGET_MS) {
        await yieldToPage();
        if (cancelled()) return undefined;
        sliceStart = performance.now();
      }
    }
    // Indexing and the first render get a task of their own, not the rest of the last slice's.
    if (raw.length > VALIDATION_STEP) {
      await yieldToPage();
      if (cancelled()) return undefined;
    }
    return intake;
  }

  /**
   * Indexes validated events and shows them. After a survey, `raw` and `cancelled` are kept
   * for `settle`, which validates the feed in full once the first rows are on screen.
   */
  private accept(
    source: EventIntake | EventSurvey,
    raw?: readonly unknown[],
    cancelled?: () => boolean,
  ): void {
    const validated = performance.now();
    measure('validate', 'data', validated);
    performance.mark(`${MARK}:validated`, { startTime: validated });
    const index = buildEventIndex(source, { lazyText: true });
    measure('index', validated, performance.now());
    this.warnSkipped(source.skipped, index.duplicates, source);
    this.settling =
      source instanceof EventSurvey && raw && cancelled
        ? { index, raw, survey: source, cancelled }
        : undefined;
    this.index = index;
    this.loadState = 'ready';
    this.feedError = undefined;
    this.firstRenderPending = true;
    // A shared link scrolls to its event, which may be further down: that needs the virtualiser.
    this.firstPage = this.targetEventId === undefined;
  }

  /** One warning for the malformed events (and repeated ids) of a feed. */
  private warnSkipped(
    skipped: readonly SkippedItem[],
    duplicates: readonly number[],
    source: { id(k: number): string },
  ): void {
    const problems = [...skipped];
    for (const at of duplicates) {
      problems.push({ index: at, id: source.id(at), issues: [{ field: 'id', code: 'invalid' }] });
    }
    if (problems.length) warn(describeSkipped(problems));
  }

  /**
   * After a survey's first rows: validates the whole feed in slices. Almost always it keeps
   * exactly the surveyed events, which the index then takes as they are; when some turn out
   * malformed in a field the survey does not read, the full result replaces the index (the
   * count drops by them) with a warning that names them.
   */
  private async settle(index: EventIndex): Promise<void> {
    // Only this index's own survey (a newer feed may have come in meanwhile).
    const settling = this.settling?.index === index ? this.settling : undefined;
    let settled = index;
    if (settling) {
      this.settling = undefined;
      const { raw, survey, cancelled } = settling;
      const intake = await this.validate(raw, () => cancelled() || this.index !== index);
      if (!intake) return;
      if (intake.size === survey.size) index.settle(intake.items);
      else {
        const reported = new Set(survey.skipped.map((item) => item.index));
        const later = intake.skipped.filter((item) => !reported.has(item.index));
        if (later.length) warn(describeSkipped(later));
        settled = buildEventIndex(intake, { lazyText: true });
        this.index = settled;
      }
    }
    if (this.index === settled) this.prepareSearchInIdleTime(settled);
  }

  private applyFilters(): void {
    const index = this.index!;
    const started = performance.now();
    const previous = this.resultIndex === index ? this.result : undefined;
    const filters = this.near ? this.filters : { ...this.filters, sort: 'time' as const };
    const result = filterEvents(index, filters, { now: this.clockNow(), near: this.near }, previous);
    const grouped = !(this.near && filters.sort === 'distance');
    this.result = result;
    this.resultIndex = index;
    this.rows = buildRows(index, result.indices, grouped);
    measure('filter', started, performance.now());
    // A long list needs the virtualiser: fetched once, then it takes over from the plain rows.
    if (this.rows.length > PLAIN_LIST_LIMIT && !loadedVirtualizer() && !virtualizerFailed()) {
      void loadVirtualizer().then(() => this.requestUpdate());
    }
    if (this.targetPending) this.revealTarget();
    this.scheduleAnnouncement(result.indices.length);
  }

  private scheduleAnnouncement(count: number): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.inLocale(() => resultAnnouncement(count));
    }, ANNOUNCE_DELAY_MS);
  }

  /** A shared link to one event: show it (switching to its region if needed) and open it. */
  private revealTarget(): void {
    this.targetPending = false;
    const id = this.targetEventId!;
    const index = this.index!;
    const position = index.byId.get(id);
    if (position === undefined) return;
    if (!this.result!.indices.includes(position)) {
      if (this.targetSwitched) return; // ended, or filtered out even in its own region
      this.targetSwitched = true;
      const region = index.event(position)?.region ?? '';
      this.filters = { ...DEFAULT_FILTERS, region, ...this.nearOnly() };
      this.targetPending = true;
      this.applyFilters(); // within this update: changes made in willUpdate do not trigger another
      return;
    }
    this.expanded = new Set([...this.expanded, id]);
    void this.updateComplete.then(() => this.scrollToRow(this.rows.indexOf(position)));
  }

  /** The virtualiser of a long list, once it has taken over from the plain first rows. */
  private virtualizer():
    VirtualizerHostElement[typeof import('@lit-labs/virtualizer/virtualize.js').virtualizerRef] | undefined {
    const ref = loadedVirtualizer()?.virtualizerRef;
    const list = this.renderRoot.querySelector<HTMLElement & Partial<VirtualizerHostElement>>('.list');
    return ref && list ? list[ref] : undefined;
  }

  private async scrollToRow(row: number): Promise<void> {
    if (row < 0) return;
    if (this.rows.length > PLAIN_LIST_LIMIT && !loadedVirtualizer() && (await loadVirtualizer())) {
      await this.updateComplete;
    }
    const virtualizer = this.virtualizer();
    if (virtualizer) virtualizer.element(row)?.scrollIntoView({ block: 'center' });
    else this.renderRoot.querySelector(`[data-row="${row}"]`)?.scrollIntoView({ block: 'center' });
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.listToTop) {
      this.listToTop = false;
      const list = this.renderRoot.querySelector<HTMLElement>('.list[data-virtual]');
      if (list) list.scrollTop = 0;
    }
    if (this.focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
    if (this.firstRenderPending && this.index) {
      this.firstRenderPending = false;
      const index = this.index;
      const done = () => {
        const end = performance.now();
        measure('first-render', 'data', end);
        measure('render', 'validated', end);
        void this.settle(index);
      };
      if (this.firstPage) {
        // Plain first rows: laid out in the next frame; then the virtualiser takes over.
        const list = this.renderRoot.querySelector<HTMLElement>('.list');
        requestAnimationFrame(() => {
          // Forces the layout of those rows, so the measure ends once they are laid out. A call,
          // not a property read: the CDN build's minifier (pure_getters) drops unused reads.
          list?.getBoundingClientRect();
          done();
          this.firstPage = false;
          this.requestUpdate();
        });
      } else {
        void (this.virtualizer()?.layoutComplete ?? Promise.resolve()).catch(() => undefined).then(done);
      }
    }
  }

  /** Folds the search text in idle slices after the first render, so typing finds it ready. */
  private prepareSearchInIdleTime(index: EventIndex): void {
    const step = () => {
      if (this.index === index && this.isConnected && !prepareSearchText(index, 8)) whenIdle(step);
    };
    whenIdle(step);
  }

  // --- Filter changes -------------------------------------------------------------------

  /** Sets filters; discrete changes add a history entry, typing replaces the current one. */
  private setFilters(patch: Partial<EventFilters>, history: 'push' | 'replace'): void {
    this.filters = { ...this.filters, ...patch };
    if (!this.usesUrl) return;
    const next = urlWithFilters(location.href, this.filters, this.baseFilters());
    if (next === location.href) return;
    if (history === 'push') window.history.pushState(window.history.state, '', next);
    else window.history.replaceState(window.history.state, '', next);
  }

  /** Whatever idle time has not folded yet is folded now, before the first key lands. */
  private readonly onSearchFocus = () => {
    if (this.index) searchText(this.index);
  };

  private readonly onSearchInput = (event: Event) => {
    this.setFilters({ q: (event.target as HTMLInputElement).value }, 'replace');
  };

  private readonly onRegionChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.setFilters({ region: isRegionId(value) ? value : '' }, 'push');
  };

  private readonly onTypeChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.setFilters(
      { type: (EVENT_TYPES as readonly string[]).includes(value) ? (value as EventFilters['type']) : '' },
      'push',
    );
  };

  private readonly onDateChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value as EventFilters['date'];
    this.setFilters({ date: DATE_FILTERS.includes(value) ? value : 'any' }, 'push');
  };

  private readonly onRangeChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    this.setFilters(input.id === 'from' ? { from: input.value } : { to: input.value }, 'push');
  };

  private readonly onRadiusChange = (event: Event) => {
    this.filters = { ...this.filters, radiusKm: Number((event.target as HTMLSelectElement).value) };
  };

  private readonly onSortChange = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    this.filters = { ...this.filters, sort: value === 'distance' ? 'distance' : 'time' };
  };

  private readonly clearFilters = () => this.clear(this.baseFilters().region);

  /** Back to the default filters in `region` (near-me keeps its radius and order); focus on the search. */
  private clear(region: EventFilters['region']): void {
    this.setFilters({ region, date: 'any', from: '', to: '', type: '', q: '' }, 'push');
    this.focusAfterUpdate = '#q';
  }

  /** The next radius out from the current one (0: anywhere). */
  private widerRadius(): number {
    return RADII_KM.find((km) => km === 0 || km > this.filters.radiusKm) ?? 0;
  }

  private readonly widenRadius = () => {
    this.filters = { ...this.filters, radiusKm: this.widerRadius() };
    this.focusAfterUpdate = '.count';
  };

  private readonly locate = async () => {
    if (this.geoState === 'locating') return;
    this.geoState = 'locating';
    try {
      this.near = await requestPosition();
      this.geoState = 'located';
      this.filters = { ...this.filters, sort: 'distance' };
      this.focusAfterUpdate = '#radius';
    } catch (error) {
      this.geoState = error instanceof GeolocationError ? error.reason : 'unavailable';
      this.focusAfterUpdate = '#near-me';
    }
  };

  private readonly stopNearMe = () => {
    this.near = undefined;
    this.geoState = 'idle';
    this.filters = { ...this.filters, sort: 'time' };
    this.focusAfterUpdate = '#near-me';
  };

  // --- Event actions --------------------------------------------------------------------

  private toggle(event: CampaignEvent): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(event.id)) expanded.delete(event.id);
    else {
      expanded.add(event.id);
      emit(this, 'dauys-event-select', { eventId: event.id, title: event.title });
    }
    this.expanded = expanded;
  }

  private addToCalendar(event: CampaignEvent): void {
    const file = eventIcsFile(event, this.locale);
    downloadIcs(file.name, file.text);
  }

  /** The link shared for an event: its own https page, else this page opened on the event. */
  private shareUrl(event: CampaignEvent): string {
    return safeHttpsUrl(event.url) ?? urlWithEvent(location.href.replace(/#.*$/, ''), event.id);
  }

  private async share(event: CampaignEvent): Promise<void> {
    const url = this.shareUrl(event);
    const title = pickLocalised(event.title, this.locale);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The visitor closed the share sheet: nothing to do.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      this.shareFallback = undefined;
      clearTimeout(this.announceTimer);
      // Same text twice in a row would not be announced again: clear first.
      this.announcement = '';
      await this.updateComplete;
      this.announcement = this.inLocale(() => labels.linkCopied());
    } catch {
      // No clipboard (insecure page, permission): show the link to copy by hand.
      this.shareFallback = { id: event.id, url };
      this.focusAfterUpdate = '.share-fallback input';
    }
  }

  // --- Rendering ------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const silenceWindow = this.silenceController.window;
    if (silenceWindow && this.silenceController.active) {
      return html`<div class="finder" part="base">${silenceNotice(silenceWindow)}</div>`;
    }
    // Until the events are in, the box holds the height reserved for it (see the styles).
    return html`<section
      class="finder"
      part="base"
      aria-label=${labels.filters()}
      ?data-pending=${!this.index}
    >
      ${this.renderFilters()} ${this.renderBody()}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${this.announcement}
      </div>
    </section>`;
  }

  private renderFilters(): TemplateResult {
    const f = this.filters;
    const locale = this.locale;
    return html`<form
      part="filters"
      role="search"
      aria-label=${labels.filters()}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <div class="field field--search">
        <label for="q">${labels.search()}</label>
        <input
          id="q"
          type="search"
          autocomplete="off"
          maxlength="200"
          aria-describedby="q-hint"
          .value=${live(f.q)}
          @focus=${this.onSearchFocus}
          @input=${this.onSearchInput}
        />
        <span id="q-hint" class="hint">${labels.searchHint()}</span>
      </div>
      ${selectField('region', labels.region(), this.onRegionChange, f.region, [
        ['', labels.allRegions()],
        ...regionIdsByName(locale).map((id) => [id, regionName(id, locale)] as const),
      ])}
      ${selectField(
        'date',
        labels.date(),
        this.onDateChange,
        f.date,
        DATE_FILTERS.map((value) => [value, dateFilterLabel(value)] as const),
      )}
      ${
        f.date === 'range'
          ? html`${this.dateField('from', labels.from(), f.from, undefined, f.to)}
            ${this.dateField('to', labels.to(), f.to, f.from)}`
          : nothing
      }
      ${selectField('type', labels.type(), this.onTypeChange, f.type, [
        ['', labels.allTypes()],
        ...EVENT_TYPES.map((type) => [type, typeLabel(type)] as const),
      ])}
      ${this.renderNearMe()}
      ${
        hasActiveFilters(f, this.baseFilters())
          ? html`<div class="form-actions">
              <button class="button" type="button" @click=${this.clearFilters}>
                ${labels.clearFilters()}
              </button>
            </div>`
          : nothing
      }
    </form>`;
  }

  /** A date of the chosen range, kept within the other end's date when there is one. */
  private dateField(id: 'from' | 'to', label: string, value: string, min?: string, max?: string) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="date"
        .value=${live(value)}
        min=${ifDefined(min || undefined)}
        max=${ifDefined(max || undefined)}
        @change=${this.onRangeChange}
      />
    </div>`;
  }

  private renderNearMe(): TemplateResult {
    const state = this.geoState;
    if (state === 'located') {
      return html`<div class="near">
        ${selectField(
          'radius',
          labels.radius(),
          this.onRadiusChange,
          this.filters.radiusKm,
          RADII_KM.map((km) => [km, radiusLabel(km)] as const),
        )}
        ${selectField(
          'sort',
          labels.sort(),
          this.onSortChange,
          this.filters.sort,
          (['distance', 'time'] as const).map((order) => [order, sortLabel(order)] as const),
        )}
        <button class="button" type="button" @click=${this.stopNearMe}>${labels.stopNearMe()}</button>
        <p class="near-note">${nearMeActive()}</p>
      </div>`;
    }
    const failure = state !== 'idle' && state !== 'locating' ? state : undefined;
    return html`<div class="near">
      <button
        id="near-me"
        class="button"
        type="button"
        aria-disabled=${state === 'locating' ? 'true' : 'false'}
        @click=${this.locate}
      >
        ${state === 'locating' ? labels.locating() : labels.nearMe()}
      </button>
      ${failure ? html`<p class="geo-message notice" data-tone="warning" role="alert">${geolocationMessage(failure)}</p>` : nothing}
    </div>`;
  }

  private renderBody(): TemplateResult | typeof nothing {
    if (!this.index) {
      if (this.loadState === 'error' && this.feedError) {
        return feedErrorNotice(this.feedError, () => void this.reload());
      }
      if (this.loadState === 'loading') return html`<p class="loading">${loadingLabel()}</p>`;
      return nothing;
    }
    const count = this.result?.indices.length ?? 0;
    return html`${
        this.stale
          ? html`<div class="notice" data-tone="warning" part="stale" role="note">
              <p>${staleCopyMessage()}</p>
            </div>`
          : nothing
      }
      <div class="summary">
        <p class="count" part="count" tabindex="-1">${resultCount(count)}</p>
        <p class="times-note">${labels.timesNote()}</p>
      </div>
      ${count === 0 ? this.renderEmpty() : this.renderList()}`;
  }

  private renderEmpty(): TemplateResult {
    const base = this.baseFilters();
    const active = hasActiveFilters(this.filters, base) || this.filters.region !== '';
    const canWiden = this.near !== undefined && this.filters.radiusKm !== 0;
    const next = this.widerRadius();
    return html`<div class="empty" part="empty">
      <p>${active || canWiden ? labels.noMatches() : labels.noUpcoming()}</p>
      ${
        canWiden
          ? html`<button class="button" type="button" @click=${this.widenRadius}>
              ${widenRadiusLabel(next)}
            </button>`
          : nothing
      }
      ${
        active
          ? html`<button class="button" type="button" @click=${this.clearAll}>
              ${labels.clearFilters()}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** From the empty state: back to every region too, so something shows. */
  private readonly clearAll = () => this.clear('');

  private renderList(): TemplateResult {
    const rows = this.rows;
    if (rows.length <= PLAIN_LIST_LIMIT) {
      return html`<div class="list" part="list" role="region" aria-label=${labels.results()}>
        ${this.renderPlainRows(rows)}
      </div>`;
    }
    // Plain first rows until the virtualiser is loaded and the first screen is on show.
    const virtualize = this.firstPage ? undefined : loadedVirtualizer()?.virtualize;
    const plainRows = virtualizerFailed() ? FALLBACK_ROWS : FIRST_PAGE_ROWS;
    return html`<div
      class="list"
      part="list"
      role="region"
      aria-label=${labels.results()}
      tabindex="0"
      data-virtual
    >
      ${
        virtualize
          ? virtualize({
              items: rows,
              keyFunction: (row: number) => row,
              // The virtualiser renders rows itself, after scrolling and once it has measured the
              // list: outside this element's update, where msg() and plural() would fall back to kk.
              renderItem: (row: number, position: number) =>
                this.inLocale(() => this.renderRow(row, position)),
              scroller: true,
            })
          : this.renderPlainRows(rows.slice(0, plainRows))
      }
      ${
        !virtualize && virtualizerFailed() && rows.length > plainRows
          ? html`<p class="row truncated">${labels.truncated()}</p>`
          : nothing
      }
    </div>`;
  }

  /** Rows rendered in place: a short list, or a long one's first rows before the virtualiser. */
  private renderPlainRows(rows: readonly number[]) {
    return repeat(
      rows,
      (row) => row,
      (row, position) => this.renderRow(row, position),
    );
  }

  private renderRow(row: number, position: number): TemplateResult {
    const day = headerDay(row);
    if (day !== undefined) {
      return html`<div
        class="row day"
        part="day"
        role="heading"
        aria-level=${this.dayLevel}
        data-row=${position}
      >
        ${this.dayLabel(day)}
      </div>`;
    }
    return this.renderEvent(row, position);
  }

  private get dayLevel(): number {
    const level = Math.trunc(Number(this.headingLevel));
    return level >= 1 && level <= 6 ? level : 3;
  }

  private dayLabel(day: number): string {
    const today = kzDayNumber(this.clockNow());
    const date = formatKzDate(kzDayStart(day), this.locale, 'day');
    if (day === today) return `${labels.today()}, ${date}`;
    if (day === today + 1) return `${labels.tomorrow()}, ${date}`;
    // Russian weekdays are lower case inside a sentence; a heading starts with a capital.
    return date.charAt(0).toLocaleUpperCase(this.locale) + date.slice(1);
  }

  private timeText(event: CampaignEvent, start: number): string {
    const startText = formatKzTime(start);
    const end = event.end ? Date.parse(event.end) : Number.NaN;
    if (!Number.isFinite(end) || end <= start) return startText;
    if (kzDayNumber(end) === kzDayNumber(start)) return `${startText}–${formatKzTime(end)}`;
    return `${startText} – ${formatKzDate(end, this.locale, 'day-month')}, ${formatKzTime(end)}`;
  }

  private renderEvent(i: number, position: number): TemplateResult {
    const index = this.index!;
    const event = index.event(i);
    // Malformed after all (see EventSurvey): left out once the full validation is in.
    if (!event) return html`<div class="row" data-row=${position}></div>`;
    const locale = this.locale;
    const status: EventStatus = event.status ?? 'scheduled';
    const open = this.expanded.has(event.id);
    const start = index.start[i];
    const grouped = !(this.near && this.filters.sort === 'distance');
    const time = this.timeText(event, start);
    const when = grouped ? time : `${this.dayLabel(index.day[i])}, ${time}`;
    const locality = pickLocalised(event.locality, locale);
    const regionText = this.filters.region === '' ? regionName(event.region, locale) : undefined;
    // "Алматы, Алатау ауданы · … · Алматы" says the city twice: name the region only when new.
    const region = regionText && !locality.includes(regionText) ? regionText : undefined;
    const place = [locality, pickLocalised(event.address, locale), region].filter(Boolean).join(' · ');
    const distance =
      this.near && this.result?.distances && event.type !== 'online' ? this.result.distances[i] : undefined;
    const details = safeHttpsUrl(event.url);
    const online = safeHttpsUrl(event.onlineUrl);
    const map = safeHttpsUrl(mapUrl(event, this.provider));
    const titleId = `t${i}`;
    const fallback = this.shareFallback?.id === event.id ? this.shareFallback.url : undefined;
    // Spacing is padding of the row wrapper, not margin: the virtualiser stacks rows by their
    // measured boxes.
    return html`<div class="row row--event" data-row=${position}>
      <article
        class="event"
        part="event"
        data-status=${status}
        ?data-target=${this.targetEventId === event.id}
        aria-labelledby=${titleId}
      >
        <div class="when">
          <time datetime=${event.start}>${when}</time>
          ${
            distance !== undefined
              ? html`<span class="distance"
                  >${distanceLabel(distance)}${index.ownLocation[i] ? '' : ` (${labels.regionCentre()})`}</span
                >`
              : nothing
          }
        </div>
        <div class="title" role="heading" aria-level=${Math.min(this.dayLevel + 1, 6)} id=${titleId}>
          <button
            class="title-button"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${`d${i}`}
            @click=${() => this.toggle(event)}
          >
            ${pickLocalised(event.title, locale)}
          </button>
        </div>
        <div class="badges">
          <span class="badge" part="badge">${typeLabel(event.type)}</span>
          ${
            status !== 'scheduled'
              ? html`<span class="badge" part="status" data-status=${status}>${statusLabel(status)}</span>`
              : nothing
          }
        </div>
        ${place ? html`<p class="place">${place}</p>` : nothing}
        <div class="details" id=${`d${i}`} ?hidden=${!open}>
          ${open ? this.renderDetails(event) : nothing}
        </div>
        <div class="actions" part="actions">
          ${
            details
              ? newTabLink(details, labels.details(), titleId, () =>
                  emit(this, 'dauys-event-select', { eventId: event.id, title: event.title }),
                )
              : nothing
          }
          ${online && status !== 'cancelled' ? newTabLink(online, labels.joinOnline(), titleId) : nothing}
          ${map ? newTabLink(map, labels.map(), titleId) : nothing}
          ${
            status !== 'cancelled'
              ? html`<button
                  class="button"
                  type="button"
                  aria-describedby=${titleId}
                  @click=${() => this.addToCalendar(event)}
                >
                  ${labels.addToCalendar()}
                </button>`
              : nothing
          }
          <button
            class="button"
            type="button"
            aria-describedby=${titleId}
            @click=${() => void this.share(event)}
          >
            ${labels.share()}
          </button>
          ${
            fallback
              ? html`<p class="share-fallback">
                  <label
                    >${labels.copyThisLink()}
                    <input type="url" readonly .value=${fallback} @focus=${selectAll}
                  /></label>
                </p>`
              : nothing
          }
        </div>
      </article>
    </div>`;
  }

  private renderDetails(event: CampaignEvent): TemplateResult {
    const locale = this.locale;
    const description = pickLocalised(event.description, locale);
    const organizer = pickLocalised(event.organizer?.name, locale);
    const organizerUrl = safeHttpsUrl(event.organizer?.url);
    return html`${description ? html`<p class="description">${description}</p>` : nothing}
    ${
      organizer
        ? html`<p>
            ${labels.organizer()}:
            ${
              organizerUrl
                ? html`<a href=${organizerUrl} target="_blank" rel="noopener noreferrer"
                    >${organizer}<span class="visually-hidden"> ${labels.newTab()}</span></a
                  >`
                : organizer
            }
          </p>`
        : nothing
    }`;
  }

  private get provider(): MapProvider {
    return normaliseMapProvider(this.mapProvider);
  }
}

const whenIdle = (callback: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(callback, { timeout: 500 })
    : setTimeout(callback, 16);

/** An action link that opens in a new tab (and says so), described by the event's title. */
const newTabLink = (href: string, label: string, describedBy: string, onClick?: () => void) =>
  html`<a
    class="button"
    href=${href}
    target="_blank"
    rel="noopener noreferrer"
    aria-describedby=${describedBy}
    @click=${onClick}
    >${label}<span class="visually-hidden"> ${labels.newTab()}</span></a
  >`;

/** A labelled select of `[value, text]` options, the one equal to `selected` chosen. */
const selectField = <T extends string | number>(
  id: string,
  label: string,
  onChange: (event: Event) => void,
  selected: T,
  options: readonly (readonly [value: T, text: string])[],
) =>
  html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${onChange}>
      ${options.map(([value, text]) => html`<option value=${value} ?selected=${value === selected}>${text}</option>`)}
    </select>
  </div>`;

const selectAll = (event: Event) => (event.target as HTMLInputElement).select();

export type { EventFilters } from './event-filter.js';
export type { MapProvider } from './map-links.js';
export type { RegionId };
