import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseInstant } from './kz-time.js';

export interface SilenceWindow {
  from: number;
  until: number;
}

/**
 * Kazakhstan bans campaigning from 00:00 the day before the vote until polls close. For the
 * referendum of 15 March 2026 that is 14 March 00:00 to 15 March 20:00, UTC+5.
 */
export const DEFAULT_SILENCE_WINDOW: SilenceWindow = {
  from: Date.UTC(2026, 2, 13, 19, 0, 0),
  until: Date.UTC(2026, 2, 15, 15, 0, 0),
};

export interface SilenceSettings {
  /** `silence="off"` turns the window off for this element. */
  silence?: string | null;
  silenceFrom?: string | null;
  silenceUntil?: string | null;
}

let pageSetting: { value: string | null } | undefined;

/** `<html data-dauys-silence="FROM/UNTIL">` (or "off"), read once per page. */
function pageSilenceSetting(): string | null {
  pageSetting ??= {
    value:
      typeof document === 'undefined' ? null : document.documentElement.getAttribute('data-dauys-silence'),
  };
  return pageSetting.value;
}

/** For tests: read the page setting again on next use. */
export function forgetPageSilenceSetting(): void {
  pageSetting = undefined;
}

function parseWindow(from: string | null | undefined, until: string | null | undefined) {
  const start = parseInstant(from);
  const end = parseInstant(until);
  return start !== undefined && end !== undefined && end > start ? { from: start, until: end } : undefined;
}

/**
 * The campaign-silence window for an element: its own attributes first, then the page's
 * `data-dauys-silence`, then the default. Null when silence is turned off. A malformed value
 * warns and falls back to the next source.
 */
export function resolveSilenceWindow(settings: SilenceSettings): SilenceWindow | null {
  if (settings.silence?.trim().toLowerCase() === 'off') return null;
  if (settings.silenceFrom || settings.silenceUntil) {
    const own = parseWindow(settings.silenceFrom, settings.silenceUntil);
    if (own) return own;
    console.warn(
      '[dauys] silence-from/silence-until must both be ISO 8601 instants with until after from; ' +
        'using the page or default campaign-silence window.',
    );
  }
  const page = pageSilenceSetting()?.trim();
  if (page) {
    if (page.toLowerCase() === 'off') return null;
    const [from, until] = page.split('/');
    const fromPage = parseWindow(from, until);
    if (fromPage) return fromPage;
    console.warn(
      '[dauys] <html data-dauys-silence> must be "FROM/UNTIL" (ISO 8601) or "off"; using the default window.',
    );
  }
  return DEFAULT_SILENCE_WINDOW;
}

export function isInSilence(now: number, window: SilenceWindow | null): boolean {
  return window !== null && now >= window.from && now < window.until;
}

// setTimeout cannot wait longer than 2^31-1 ms (about 24.8 days).
const MAX_TIMEOUT_MS = 2_147_000_000;

/**
 * Tells a campaigning widget whether campaign silence is in force now, and re-renders it when
 * the window opens or closes while the page stays open.
 */
export class SilenceController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private windowCache: { key: string; window: SilenceWindow | null } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly settings: () => SilenceSettings & { now: number; clockPinned: boolean },
  ) {
    host.addController(this);
  }

  get window(): SilenceWindow | null {
    const settings = this.settings();
    const key = `${settings.silence}|${settings.silenceFrom}|${settings.silenceUntil}`;
    if (this.windowCache?.key !== key) {
      this.windowCache = { key, window: resolveSilenceWindow(settings) };
    }
    return this.windowCache.window;
  }

  get active(): boolean {
    return isInSilence(this.settings().now, this.window);
  }

  hostUpdated(): void {
    clearTimeout(this.timer);
    const { now, clockPinned } = this.settings();
    const window = this.window;
    if (!window || clockPinned) return;
    const next = [window.from, window.until].find((boundary) => boundary > now);
    if (next === undefined) return;
    this.timer = setTimeout(() => this.host.requestUpdate(), Math.min(next - now + 50, MAX_TIMEOUT_MS));
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
