/** One event of an iCalendar file (RFC 5545). */
export interface CalendarEntry {
  /** Globally unique and stable, e.g. "event-42@dauys". */
  uid: string;
  start: number;
  /** Defaults to one hour after start. */
  end?: number;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  geo?: { lat: number; lon: number };
}

/** "20260315T020000Z": an instant in UTC, the form every calendar reads the same way. */
const utcStamp = (instant: number) => new Date(instant).toISOString().replace(/[-:]|\.\d+/g, '');

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export const escapeIcsText = (text: string): string =>
  text.replace(/[\\;,]/g, '\\$&').replace(/\r\n?|\n/g, '\\n');

const encoder = new TextEncoder();

/** Folds a content line to at most 75 octets per line without splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts: 74 octets of text after the first.
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/**
 * Builds an iCalendar file with times in UTC, so every calendar app shows the right local
 * time whatever the visitor's zone. `stamp` (DTSTAMP) is pinned in tests.
 */
export function buildIcs(entries: readonly CalendarEntry[], stamp: number = Date.now()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Dauys//Dauys widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const { uid, start, end, summary, description, location, url, status, geo } of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(uid)}`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `DTSTART:${utcStamp(start)}`,
      `DTEND:${utcStamp(end ?? start + 3_600_000)}`,
      `SUMMARY:${escapeIcsText(summary)}`,
    );
    if (description) lines.push(`DESCRIPTION:${escapeIcsText(description)}`);
    if (location) lines.push(`LOCATION:${escapeIcsText(location)}`);
    if (url) lines.push(`URL:${url}`);
    if (geo) lines.push(`GEO:${geo.lat.toFixed(6)};${geo.lon.toFixed(6)}`);
    if (status) lines.push(`STATUS:${status}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR', '');
  return lines.map(foldIcsLine).join('\r\n');
}

/** A safe file name from a title: letters (any script), digits and dashes. */
export const icsFileName = (title: string): string =>
  `${
    title
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'event'
  }.ics`;

/** Offers the file to the visitor as a download, made entirely in the browser. */
export function downloadIcs(fileName: string, ics: string): void {
  const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), {
    href,
    download: fileName,
    rel: 'noopener',
    hidden: true,
  });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
}
