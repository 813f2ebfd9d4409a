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

const utcStamp = (instant: number) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line to at most 75 octets per line without splitting a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = chunks.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
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
  for (const entry of entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(entry.uid)}`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `DTSTART:${utcStamp(entry.start)}`,
      `DTEND:${utcStamp(entry.end ?? entry.start + 3_600_000)}`,
      `SUMMARY:${escapeIcsText(entry.summary)}`,
    );
    if (entry.description) lines.push(`DESCRIPTION:${escapeIcsText(entry.description)}`);
    if (entry.location) lines.push(`LOCATION:${escapeIcsText(entry.location)}`);
    if (entry.url) lines.push(`URL:${entry.url}`);
    if (entry.geo) lines.push(`GEO:${entry.geo.lat.toFixed(6)};${entry.geo.lon.toFixed(6)}`);
    if (entry.status) lines.push(`STATUS:${entry.status}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** A safe file name from a title: letters (any script), digits and dashes. */
export function icsFileName(title: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'event'}.ics`;
}

/** Offers the file to the visitor as a download, made entirely in the browser. */
export function downloadIcs(fileName: string, ics: string): void {
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
