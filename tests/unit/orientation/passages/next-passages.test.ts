// Hours are Europe/Paris wall-clock times; the device is in France here (see src/orientation/hours/time.ts).
process.env.TZ = 'Europe/Paris';

import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { nextPassages, resetHoursCache } from '../../../../src/orientation/hours/evaluate';
import { describePassage } from '../../../../src/orientation/passages/wording';

/** Monday mornings, odd ISO weeks, in the OSM form (the week selector leads the rule). */
const ODD_MONDAYS = 'week 01-53/2 Mo 09:30-12:30';
const EVEN_MONDAYS = 'week 02-52/2 Mo 09:30-12:30';

// ---- an independent computation, written from the calendar rules, not from opening_hours

const DAY = 86_400_000;

/** ISO 8601 week number of a calendar date: the week of its Thursday, week 1 holding 4 January. */
function isoWeek(year: number, month: number, day: number): number {
  const date = Date.UTC(year, month, day);
  const mondayIndex = (new Date(date).getUTCDay() + 6) % 7;
  const thursday = new Date(date + (3 - mondayIndex) * DAY);
  const thursdayYear = thursday.getUTCFullYear();
  const january4 = Date.UTC(thursdayYear, 0, 4);
  const weekOneMonday = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * DAY;
  return Math.floor((thursday.getTime() - weekOneMonday) / (7 * DAY)) + 1;
}

/** Easter Sunday (anonymous Gregorian algorithm), as [month 0-11, day]. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month - 1, day];
}

/** French public holidays (metropolitan France): closed, as Boussole assumes when hours do not say. */
function isFrenchHoliday(year: number, month: number, day: number): boolean {
  const fixed = ['0-1', '4-1', '4-8', '6-14', '7-15', '10-1', '10-11', '11-25'];
  if (fixed.includes(`${month}-${day}`)) return true;
  const [em, ed] = easter(year);
  const easterDay = Date.UTC(year, em, ed);
  const date = Date.UTC(year, month, day);
  return [1, 39, 50].some((offset) => easterDay + offset * DAY === date); // Easter Monday, Ascension, Whit Monday
}

function expectedPassages(from: Date, parity: 1 | 0, count: number): { start: Date; end: Date }[] {
  const found: { start: Date; end: Date }[] = [];
  for (let i = -1; found.length < count && i < 200; i++) {
    const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + i);
    const [y, m, d] = [day.getFullYear(), day.getMonth(), day.getDate()];
    if (day.getDay() !== 1 || isoWeek(y, m, d) % 2 !== parity || isFrenchHoliday(y, m, d)) continue;
    const start = new Date(y, m, d, 9, 30);
    const end = new Date(y, m, d, 12, 30);
    if (end.getTime() > from.getTime()) found.push({ start, end });
  }
  return found;
}

const at = (iso: string) => new Date(iso);

beforeEach(() => resetHoursCache());

describe('the independent ISO week function itself', () => {
  it('knows the weeks around known year ends', () => {
    expect(isoWeek(2026, 11, 28)).toBe(53); // 2026 has 53 weeks (it starts on a Thursday)
    expect(isoWeek(2027, 0, 3)).toBe(53);
    expect(isoWeek(2027, 0, 4)).toBe(1);
    expect(isoWeek(2024, 11, 30)).toBe(1); // Monday 30 December 2024 is in week 1 of 2025
    expect(isoWeek(2021, 0, 3)).toBe(53);
  });
});

describe('nextPassages of Monday mornings every other week', () => {
  it('passes in week 53 of 2026 and again in week 1 of 2027: two odd weeks running', () => {
    const passages = nextPassages(ODD_MONDAYS, at('2026-12-20T10:00+01:00'));
    expect(passages).toEqual([
      { start: at('2026-12-28T09:30+01:00'), end: at('2026-12-28T12:30+01:00') },
      { start: at('2027-01-04T09:30+01:00'), end: at('2027-01-04T12:30+01:00') },
      { start: at('2027-01-18T09:30+01:00'), end: at('2027-01-18T12:30+01:00') },
    ]);
  });

  it('gives the opening under way first, with its real start', () => {
    const [first] = nextPassages(ODD_MONDAYS, at('2027-01-04T10:00+01:00'));
    expect(first).toEqual({ start: at('2027-01-04T09:30+01:00'), end: at('2027-01-04T12:30+01:00') });
  });

  it('skips a public holiday (Easter Monday 2027 is in odd week 13)', () => {
    const passages = nextPassages(ODD_MONDAYS, at('2027-03-20T12:00+01:00'));
    expect(passages[0]!.start).toEqual(at('2027-04-12T09:30+02:00'));
  });

  it('matches the independent computation from any date, odd weeks (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.date({ min: new Date('2020-01-01T00:00Z'), max: new Date('2035-12-31T00:00Z'), noInvalidDate: true }),
          // Year ends on purpose: week 52 or 53, then week 1.
          fc.record({ year: fc.integer({ min: 2020, max: 2035 }), offset: fc.integer({ min: -20, max: 20 }), minutes: fc.integer({ min: 0, max: 1439 }) }).map(
            ({ year, offset, minutes }) => new Date(year, 11, 31 + offset, 0, minutes),
          ),
        ),
        (from) => {
          expect(nextPassages(ODD_MONDAYS, from)).toEqual(expectedPassages(from, 1, 3));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('matches the independent computation for even weeks too (fast-check)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01T00:00Z'), max: new Date('2035-12-31T00:00Z'), noInvalidDate: true }), (from) => {
        expect(nextPassages(EVEN_MONDAYS, from)).toEqual(expectedPassages(from, 0, 3));
      }),
      { numRuns: 150 },
    );
  });

  it('reads "Mo 09:30-12:30; week 01-53/2" as OSM does: a later rule that opens whole odd weeks', () => {
    // The rule after ";" overrides: every day of an odd week is open all day. Data must put the week first.
    const [first] = nextPassages('Mo 09:30-12:30; week 01-53/2', at('2026-12-21T13:00+01:00'));
    expect(first!.start).toEqual(at('2026-12-28T00:00+01:00'));
    expect(first!.end).toEqual(at('2027-01-01T00:00+01:00')); // open day and night until New Year's Day (a holiday)
  });

  it('gives nothing for missing or unreadable hours', () => {
    expect(nextPassages(undefined, at('2027-01-04T10:00+01:00'))).toEqual([]);
    expect(nextPassages('pas une heure', at('2027-01-04T10:00+01:00'))).toEqual([]);
  });

  it('is worded with the weekday, date and French clock times', () => {
    const [first] = nextPassages(ODD_MONDAYS, at('2026-12-20T10:00+01:00'));
    expect(describePassage(first!, 'fr-FR').replace(/\u00a0/g, ' ')).toBe('lundi 28 décembre, 9 h 30 – 12 h 30');
  });
});
