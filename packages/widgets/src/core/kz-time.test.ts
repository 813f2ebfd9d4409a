import { expect } from '@open-wc/testing';
import {
  formatKzDate,
  formatKzTime,
  kzDayKey,
  kzParts,
  kzStartOfDayOf,
  parseInstant,
  parseKzDayKey,
} from './kz-time.js';

const pollsOpen = Date.UTC(2026, 2, 15, 2, 0, 0); // 07:00 in Kazakhstan

describe('Kazakhstan time', () => {
  it('reads every instant as UTC+5, whatever the browser zone', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Pacific/Honolulu');
    expect(kzParts(pollsOpen)).to.deep.equal({
      year: 2026,
      month: 3,
      day: 15,
      weekday: 0,
      hour: 7,
      minute: 0,
      second: 0,
    });
    // 19:30 UTC on 14 March is already 00:30 on 15 March in Kazakhstan.
    expect(kzDayKey(Date.UTC(2026, 2, 14, 19, 30))).to.equal('2026-03-15');
    expect(kzStartOfDayOf(pollsOpen)).to.equal(Date.UTC(2026, 2, 14, 19, 0));
  });

  it('parses ISO instants, reading a missing offset as Kazakhstan time', () => {
    expect(parseInstant('2026-03-15T07:00:00+05:00')).to.equal(pollsOpen);
    expect(parseInstant('2026-03-15T02:00:00Z')).to.equal(pollsOpen);
    expect(parseInstant('2026-03-15T07:00')).to.equal(pollsOpen);
    expect(parseInstant('2026-03-15T08:00:00+0600')).to.equal(pollsOpen);
    expect(parseInstant('2026-03-15T02:00:00.250Z')).to.equal(pollsOpen + 250);
    expect(parseInstant('2026-03-15')).to.equal(Date.UTC(2026, 2, 14, 19));
    for (const bad of ['', 'soon', '2026-02-30T07:00', '2026-03-15T25:00', '15.03.2026', null]) {
      expect(parseInstant(bad), String(bad)).to.equal(undefined);
    }
    expect(parseKzDayKey('2026-03-15')).to.equal(Date.UTC(2026, 2, 14, 19));
    expect(parseKzDayKey('2026-13-01')).to.equal(undefined);
  });

  it('writes Kazakh dates from its own tables, never the browser data', () => {
    expect(formatKzDate(pollsOpen, 'kk', 'long')).to.equal('2026 жылғы 15 наурыз');
    expect(formatKzDate(pollsOpen, 'kk', 'day')).to.equal('15 наурыз, жексенбі');
    expect(formatKzDate(pollsOpen, 'kk', 'day-long')).to.equal('2026 жылғы 15 наурыз, жексенбі');
    expect(formatKzDate(pollsOpen, 'kk', 'numeric')).to.equal('15.03.2026');
    expect(formatKzDate(Date.UTC(2026, 8, 1, 3), 'kk', 'day')).to.equal('1 қыркүйек, сейсенбі');
  });

  it('writes Russian and English dates through Intl at UTC+5', () => {
    expect(formatKzDate(pollsOpen, 'ru', 'long')).to.equal('15 марта 2026 г.');
    expect(formatKzDate(pollsOpen, 'ru', 'day')).to.equal('воскресенье, 15 марта');
    expect(formatKzDate(pollsOpen, 'en', 'long')).to.equal('15 March 2026');
    expect(formatKzDate(pollsOpen, 'en', 'day')).to.equal('Sunday, 15 March');
    expect(formatKzDate(pollsOpen, 'en', 'day-month')).to.equal('15 March');
    // 20:30 UTC on 14 March is Sunday in Kazakhstan but Saturday in Honolulu and London.
    expect(formatKzDate(Date.UTC(2026, 2, 14, 20, 30), 'en', 'day')).to.equal('Sunday, 15 March');
  });

  it('writes times on the 24-hour clock in Kazakhstan time', () => {
    expect(formatKzTime(pollsOpen)).to.equal('07:00');
    expect(formatKzTime(Date.UTC(2026, 2, 15, 15, 0))).to.equal('20:00');
  });
});
