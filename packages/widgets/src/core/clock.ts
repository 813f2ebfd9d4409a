import { parseInstant } from './kz-time.js';

let serverOffsetMs = 0;

/**
 * The current time: the pinned `now` of an element (previews, tests) when it parses, else the
 * visitor's clock corrected by a server clock reading if one was taken.
 */
export function currentTime(pinnedNow?: string | null): number {
  return parseInstant(pinnedNow) ?? Date.now() + serverOffsetMs;
}

export function serverClockOffset(): number {
  return serverOffsetMs;
}

const readings = new Map<string, Promise<number>>();

/**
 * Reads a server's clock once per URL (the `Date` header of a HEAD request) and from then on
 * corrects `currentTime()` for a visitor whose own clock is wrong. Failures keep the visitor's
 * clock. Resolves to the offset in milliseconds.
 */
export function syncWithServerClock(url: string): Promise<number> {
  let reading = readings.get(url);
  if (!reading) {
    reading = (async () => {
      try {
        const sentAt = Date.now();
        const response = await fetch(url, { method: 'HEAD', cache: 'no-store' });
        const receivedAt = Date.now();
        const serverDate = Date.parse(response.headers.get('date') ?? '');
        if (Number.isNaN(serverDate)) return serverOffsetMs;
        // The Date header has one-second resolution; half a second centres the error.
        serverOffsetMs = Math.round(serverDate + 500 - (sentAt + receivedAt) / 2);
        // Offsets under two seconds are noise from the header's resolution.
        if (Math.abs(serverOffsetMs) < 2000) serverOffsetMs = 0;
      } catch {
        // Keep the visitor's clock.
      }
      return serverOffsetMs;
    })();
    readings.set(url, reading);
  }
  return reading;
}
