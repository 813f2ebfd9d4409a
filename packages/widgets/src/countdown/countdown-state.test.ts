import { expect } from '@open-wc/testing';
import {
  countdownAt,
  DEFAULT_CLOSES,
  DEFAULT_TARGET,
  defaultClosesFor,
  describeProblem,
  displayKey,
  resolveSchedule,
  splitSeconds,
  stateAt,
  twoDigits,
  votingShowsDays,
} from './countdown-state.js';
import { PREVIEW_NOW } from './countdown-previews.js';

const at = (iso: string) => Date.parse(iso);
const { schedule } = resolveSchedule(undefined, undefined);
const OPENS = at('2026-03-15T07:00:00+05:00');
const CLOSES = at('2026-03-15T20:00:00+05:00');

describe('countdown-state (pure, no DOM)', () => {
  // The suite runs in Pacific/Honolulu (UTC-10); it also passes with DAUYS_TEST_TZ set to
  // America/New_York (DST), Asia/Almaty or Pacific/Kiritimati (UTC+14).
  it('runs in a browser whose zone is not Kazakhstan time', () => {
    expect(new Date(OPENS).getTimezoneOffset()).not.to.equal(-300);
  });

  it('defaults to polls open 07:00–20:00 Kazakhstan time on 15 March 2026', () => {
    expect(schedule).to.deep.equal({ opens: OPENS, closes: CLOSES });
    expect(new Date(schedule.opens).toISOString()).to.equal('2026-03-15T02:00:00.000Z');
    expect(new Date(schedule.closes).toISOString()).to.equal('2026-03-15T15:00:00.000Z');
    expect(at(DEFAULT_TARGET)).to.equal(OPENS);
    expect(at(DEFAULT_CLOSES)).to.equal(CLOSES);
  });

  describe('state boundaries, one second either side', () => {
    const cases: [string, string, number][] = [
      ['2026-03-15T06:59:59+05:00', 'upcoming', 1],
      ['2026-03-15T07:00:00+05:00', 'voting', 13 * 3600],
      ['2026-03-15T07:00:01+05:00', 'voting', 13 * 3600 - 1],
      ['2026-03-15T19:59:59+05:00', 'voting', 1],
      ['2026-03-15T20:00:00+05:00', 'ended', 0],
      ['2026-03-15T20:00:01+05:00', 'ended', 0],
    ];
    for (const [now, state, seconds] of cases) {
      it(`${now} is ${state} with ${seconds} s left`, () => {
        const snapshot = countdownAt(at(now), schedule);
        expect(snapshot.state).to.equal(state);
        expect(stateAt(at(now), schedule)).to.equal(state);
        expect(snapshot.remaining.totalSeconds).to.equal(seconds);
      });
    }

    it('never shows zero while still upcoming: partial seconds round up', () => {
      const snapshot = countdownAt(OPENS - 1, schedule);
      expect(snapshot.state).to.equal('upcoming');
      expect(snapshot.remaining.totalSeconds).to.equal(1);
      expect(countdownAt(OPENS - 1001, schedule).remaining.totalSeconds).to.equal(2);
    });

    it('names the next boundary: opening, then closing, then none', () => {
      expect(countdownAt(OPENS - 1000, schedule).nextBoundary).to.equal(OPENS);
      expect(countdownAt(OPENS, schedule).nextBoundary).to.equal(CLOSES);
      expect(countdownAt(CLOSES, schedule).nextBoundary).to.equal(undefined);
    });
  });

  it('gives the same answer whatever offset the instant is written in (visitor zones, DST)', () => {
    // 06:59:59 in Astana written as Honolulu, New York (EDT from 8 March 2026) and UTC.
    for (const now of ['2026-03-14T15:59:59-10:00', '2026-03-14T21:59:59-04:00', '2026-03-15T01:59:59Z']) {
      expect(countdownAt(at(now), schedule).state, now).to.equal('upcoming');
      expect(countdownAt(at(now) + 1000, schedule).state, now).to.equal('voting');
    }
  });

  it('splits the time left into days, hours, minutes and seconds', () => {
    const snapshot = countdownAt(at(PREVIEW_NOW.upcoming), schedule);
    expect(snapshot.remaining).to.deep.equal({
      totalSeconds: 4 * 86400 + 21 * 3600 + 60 + 3,
      days: 4,
      hours: 21,
      minutes: 1,
      seconds: 3,
    });
    expect(splitSeconds(-5)).to.deep.equal({ totalSeconds: 0, days: 0, hours: 0, minutes: 0, seconds: 0 });
    expect(twoDigits(3)).to.equal('03');
    expect(twoDigits(42)).to.equal('42');
  });

  describe('resolveSchedule', () => {
    it('reads a target without an offset as Kazakhstan time, not the visitor zone', () => {
      expect(resolveSchedule('2026-03-15T07:00', null).schedule.opens).to.equal(OPENS);
    });

    it('closes at 20:00 Kazakhstan time on the day of a custom target', () => {
      const { schedule: next, problems } = resolveSchedule('2027-05-02T07:00:00+05:00', undefined);
      expect(problems).to.deep.equal([]);
      expect(next.closes).to.equal(at('2027-05-02T20:00:00+05:00'));
      // A target at 21:00 keeps the default 13 hours of voting.
      expect(defaultClosesFor(at('2027-05-02T21:00:00+05:00'))).to.equal(at('2027-05-03T10:00:00+05:00'));
    });

    it('takes target and closes as given when both are valid', () => {
      const { schedule: custom, problems } = resolveSchedule('2027-05-01T08:00Z', '2027-05-02T08:00Z');
      expect(problems).to.deep.equal([]);
      expect(custom).to.deep.equal({ opens: at('2027-05-01T08:00Z'), closes: at('2027-05-02T08:00Z') });
      expect(votingShowsDays(custom)).to.equal(true);
      expect(votingShowsDays(schedule)).to.equal(false);
    });

    it('treats empty values as absent', () => {
      expect(resolveSchedule('  ', '')).to.deep.equal({ schedule, problems: [] });
    });

    it('replaces bad input with defaults and reports each problem, never throwing', () => {
      const bad = resolveSchedule('next sunday', '2026-02-30T20:00');
      expect(bad.schedule).to.deep.equal(schedule);
      expect(bad.problems.map((p) => p.kind)).to.deep.equal(['invalid-target', 'invalid-closes']);
      const reversed = resolveSchedule('2026-03-15T07:00+05:00', '2026-03-15T06:00+05:00');
      expect(reversed.schedule).to.deep.equal(schedule);
      expect(reversed.problems).to.deep.equal([
        { kind: 'closes-not-after-target', value: '2026-03-15T06:00+05:00' },
      ]);
      const equal = resolveSchedule('2026-03-15T07:00+05:00', '2026-03-15T07:00+05:00');
      expect(equal.problems.map((p) => p.kind)).to.deep.equal(['closes-not-after-target']);
      for (const problem of [...bad.problems, ...reversed.problems]) {
        expect(describeProblem(problem)).to.include(problem.value).and.to.include('default');
      }
    });
  });

  it('changes its display key every second for numbers, every minute for sentences', () => {
    const a = countdownAt(OPENS - 90_000, schedule);
    const b = countdownAt(OPENS - 89_000, schedule);
    const c = countdownAt(OPENS - 59_000, schedule);
    expect(displayKey(a, 'second')).not.to.equal(displayKey(b, 'second'));
    expect(displayKey(a, 'minute')).to.equal(displayKey(b, 'minute'));
    expect(displayKey(b, 'minute')).not.to.equal(displayKey(c, 'minute'));
    expect(displayKey(countdownAt(OPENS - 1000, schedule), 'minute')).not.to.equal(
      displayKey(countdownAt(OPENS, schedule), 'minute'),
    );
  });
});
