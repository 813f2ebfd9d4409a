import { expect } from '@open-wc/testing';
import { buildIcs, escapeIcsText, foldIcsLine, icsFileName } from './ics.js';

describe('iCalendar files', () => {
  it('writes UTC times, CRLF lines and escaped text', () => {
    const ics = buildIcs(
      [
        {
          uid: 'referendum-2026@dauys',
          start: Date.UTC(2026, 2, 15, 2),
          end: Date.UTC(2026, 2, 15, 15),
          summary: 'Референдум; дауыс беру, 07:00–20:00',
          location: 'Астана\nучаскe №1',
          status: 'CONFIRMED',
        },
      ],
      Date.UTC(2026, 0, 1),
    );
    const lines = ics.split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('DTSTART:20260315T020000Z');
    expect(lines).to.include('DTEND:20260315T150000Z');
    expect(lines).to.include('DTSTAMP:20260101T000000Z');
    expect(lines).to.include('SUMMARY:Референдум\\; дауыс беру\\, 07:00–20:00');
    expect(lines).to.include('LOCATION:Астана\\nучаскe №1');
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics).not.to.match(/[^\r]\n/);
  });

  it('folds long lines at 75 octets without splitting a Cyrillic letter', () => {
    const folded = foldIcsLine(`SUMMARY:${'Қазақстан '.repeat(20)}`);
    const encoder = new TextEncoder();
    for (const line of folded.split('\r\n')) {
      expect(encoder.encode(line).length).to.be.at.most(75);
    }
    expect(
      folded
        .split('\r\n')
        .map((l, i) => (i ? l.slice(1) : l))
        .join(''),
    ).to.equal(`SUMMARY:${'Қазақстан '.repeat(20)}`);
    expect(escapeIcsText('a\\b')).to.equal('a\\\\b');
  });

  it('names files after the title in any script', () => {
    expect(icsFileName('Дауыс беру күні: 15 наурыз!')).to.equal('Дауыс-беру-күні-15-наурыз.ics');
    expect(icsFileName('***')).to.equal('event.ics');
  });
});
