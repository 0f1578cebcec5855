// The device is in France (see src/orientation/hours/time.ts); foreign-device.test.ts covers the other case.
process.env.TZ = 'Europe/Paris';

import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  evaluateHours,
  hoursParseErrors,
  isOpenOn,
  openAt,
  prepareHours,
  resetHoursCache,
  weekTable,
  withHolidayDefault,
} from '../../../../src/orientation/hours/evaluate';
import type { HoursStatus } from '../../../../src/orientation/hours/types';

/** Instants are written with their Paris offset (+01:00 in winter, +02:00 in summer), never relying on the machine's zone. */
const at = (iso: string) => new Date(iso);

const GRID = 'Mo-Fr 08:30-12:30,13:30-17:30; PH off';
const GRID_NO_PH = 'Mo-Fr 08:30-12:30,13:30-17:30';
const LIBRARY = 'Tu 14:00-18:00; We 10:00-18:00; Sa 09:30-12:00,14:00-17:30';
const SATURDAY_MORNING = 'Sa 09:00-12:00';

function open(status: HoursStatus) {
  if (status.kind !== 'open') throw new Error(`expected open, got ${JSON.stringify(status)}`);
  return status;
}
function closed(status: HoursStatus) {
  if (status.kind !== 'closed') throw new Error(`expected closed, got ${JSON.stringify(status)}`);
  return status;
}

beforeEach(() => resetHoursCache());

describe('evaluateHours on a weekday grid "Mo-Fr 08:30-12:30,13:30-17:30; PH off"', () => {
  it('is open on Tuesday 24 November 2026 at 10:00 until 12:30', () => {
    const status = open(evaluateHours(GRID, at('2026-11-24T10:00+01:00')));
    expect(status.closesAt).toEqual(at('2026-11-24T12:30+01:00'));
    expect(status.closesSoon).toBe(false);
    expect(status.uncertain).toBe(false);
  });

  it('closes soon within 30 minutes of the lunch break, not 31', () => {
    expect(open(evaluateHours(GRID, at('2026-11-24T12:00+01:00'))).closesSoon).toBe(true);
    expect(open(evaluateHours(GRID, at('2026-11-24T11:59+01:00'))).closesSoon).toBe(false);
  });

  it('at lunch it is closed and opens again today at 13:30, soon', () => {
    const status = closed(evaluateHours(GRID, at('2026-11-24T12:45+01:00')));
    expect(status.opensAt).toEqual(at('2026-11-24T13:30+01:00'));
    expect(status.opensToday).toBe(true);
    expect(status.opensSoon).toBe(true);
    expect(status.holiday).toBeUndefined();
  });

  it('in the evening it opens tomorrow at 08:30', () => {
    const status = closed(evaluateHours(GRID, at('2026-11-24T18:00+01:00')));
    expect(status.opensAt).toEqual(at('2026-11-25T08:30+01:00'));
    expect(status.opensToday).toBe(false);
    expect(status.opensSoon).toBe(false);
  });

  it('on Friday evening and on Sunday it opens on Monday', () => {
    expect(closed(evaluateHours(GRID, at('2026-11-27T18:00+01:00'))).opensAt).toEqual(at('2026-11-30T08:30+01:00'));
    const sunday = closed(evaluateHours(GRID, at('2026-11-29T10:00+01:00')));
    expect(sunday.opensAt).toEqual(at('2026-11-30T08:30+01:00'));
    expect(sunday.holiday).toBeUndefined();
  });

  it('is closed on Armistice day (Wednesday 11 November 2026) and says it is a holiday', () => {
    const status = closed(evaluateHours(GRID, at('2026-11-11T10:00+01:00')));
    expect(status.holiday).toBe('Armistice 1918');
    expect(status.holidayAssumed).toBeUndefined();
    expect(status.opensAt).toEqual(at('2026-11-12T08:30+01:00'));
  });

  it('is closed on Christmas (Friday 25 December 2026) and opens on Monday 28', () => {
    const status = closed(evaluateHours(GRID, at('2026-12-25T10:00+01:00')));
    expect(status.holiday).toBe('Noël');
    expect(status.comment).toBeUndefined();
    expect(status.opensAt).toEqual(at('2026-12-28T08:30+01:00'));
  });

  it('is closed on Easter Monday 2027 (29 March, the day after the clocks go forward) and opens on Tuesday at 08:30 summer time', () => {
    const status = closed(evaluateHours(GRID, at('2027-03-29T10:00+02:00')));
    expect(status.holiday).toBe('Lundi de Pâques');
    expect(status.opensAt).toEqual(at('2027-03-30T08:30+02:00'));
  });

  it('is closed on 14 July 2026 (a Tuesday)', () => {
    expect(closed(evaluateHours(GRID, at('2026-07-14T10:00+02:00'))).holiday).toBe('Fête Nationale de la France');
    expect(open(evaluateHours(GRID, at('2026-07-15T10:00+02:00'))).closesAt).toEqual(at('2026-07-15T12:30+02:00'));
  });
});

describe('public holidays when the value says nothing about them', () => {
  it('treats them as closed, and says the closure is assumed', () => {
    const status = closed(evaluateHours(GRID_NO_PH, at('2026-11-11T10:00+01:00')));
    expect(status.holiday).toBe('Armistice 1918');
    expect(status.holidayAssumed).toBe(true);
    expect(weekTable(GRID_NO_PH, at('2026-11-09T12:00+01:00'))?.holidays).toBe('assumed-closed');
  });

  it('keeps ordinary days as written', () => {
    expect(open(evaluateHours(GRID_NO_PH, at('2026-11-10T10:00+01:00'))).closesAt).toEqual(at('2026-11-10T12:30+01:00'));
  });

  it('follows a value that opens on public holidays', () => {
    const value = 'Mo-Fr 09:00-12:00; PH 10:00-11:00';
    const status = open(evaluateHours(value, at('2026-11-11T10:30+01:00')));
    expect(status.closesAt).toEqual(at('2026-11-11T11:00+01:00'));
    const after = closed(evaluateHours(value, at('2026-11-11T11:30+01:00')));
    expect(status.comment).toBeUndefined(); // the library's comment there is the holiday's name, not the place's
    expect(after.holiday).toBeUndefined(); // it did open today: the holiday is not why it is closed now
    expect(after.comment).toBeUndefined();
    expect(weekTable(value, at('2026-11-09T12:00+01:00'))?.days[2]?.intervals).toEqual([{ start: '10:00', end: '11:00', uncertain: false }]);
    expect(weekTable(value, at('2026-11-09T12:00+01:00'))?.holidays).toBe('explicit');
  });

  it('leaves 24/7 alone', () => {
    const status = open(evaluateHours('24/7', at('2026-12-25T03:00+01:00')));
    expect(status.closesAt).toBeUndefined();
    expect(status.closesSoon).toBe(false);
    expect(withHolidayDefault('24/7').holidays).toBe('none');
  });

  it('adds "; PH off" only when PH is absent outside comments', () => {
    expect(withHolidayDefault('Mo-Fr 09:00-12:00;')).toEqual({ value: 'Mo-Fr 09:00-12:00; PH off', holidays: 'assumed-closed' });
    expect(withHolidayDefault('Mo-Fr 09:00-12:00 "fermé PH"').holidays).toBe('assumed-closed');
    expect(withHolidayDefault('Mo-Fr 09:00-12:00; PH off').holidays).toBe('explicit');
    expect(withHolidayDefault('Mo-Fr,PH 09:00-12:00').holidays).toBe('explicit');
  });
});

describe('a "Tu-Sa" library: "Tu 14:00-18:00; We 10:00-18:00; Sa 09:30-12:00,14:00-17:30"', () => {
  it('on Monday it opens on Tuesday afternoon', () => {
    const status = closed(evaluateHours(LIBRARY, at('2026-11-23T10:00+01:00')));
    expect(status.opensAt).toEqual(at('2026-11-24T14:00+01:00'));
    expect(status.opensToday).toBe(false);
  });

  it('on Tuesday morning it opens today at 14:00', () => {
    const status = closed(evaluateHours(LIBRARY, at('2026-11-24T10:00+01:00')));
    expect(status.opensAt).toEqual(at('2026-11-24T14:00+01:00'));
    expect(status.opensToday).toBe(true);
    expect(status.opensSoon).toBe(false);
  });

  it('on Saturday it has a split day, closes soon at 17:30, then opens on Tuesday', () => {
    expect(open(evaluateHours(LIBRARY, at('2026-11-28T10:00+01:00'))).closesAt).toEqual(at('2026-11-28T12:00+01:00'));
    expect(closed(evaluateHours(LIBRARY, at('2026-11-28T12:30+01:00'))).opensAt).toEqual(at('2026-11-28T14:00+01:00'));
    expect(open(evaluateHours(LIBRARY, at('2026-11-28T17:15+01:00'))).closesSoon).toBe(true);
    expect(closed(evaluateHours(LIBRARY, at('2026-11-28T18:00+01:00'))).opensAt).toEqual(at('2026-12-01T14:00+01:00'));
  });

  it('is open on Saturdays and Wednesdays, not on Mondays', () => {
    const from = at('2026-11-24T10:00+01:00');
    expect(isOpenOn(LIBRARY, 6, from)).toBe(true);
    expect(isOpenOn(LIBRARY, 3, from)).toBe(true);
    expect(isOpenOn(LIBRARY, 1, from)).toBe(false);
    expect(isOpenOn(LIBRARY, 0, from)).toBe(false);
  });
});

describe('a place open on Saturday morning only', () => {
  it('on Wednesday says it opens on Saturday at 09:00', () => {
    const status = closed(evaluateHours(SATURDAY_MORNING, at('2026-11-25T15:00+01:00')));
    expect(status.opensAt).toEqual(at('2026-11-28T09:00+01:00'));
  });

  it('passes the Saturday filter only', () => {
    const from = at('2026-11-25T15:00+01:00');
    expect(isOpenOn(SATURDAY_MORNING, 6, from)).toBe(true);
    for (const weekday of [0, 1, 2, 3, 4, 5]) expect(isOpenOn(SATURDAY_MORNING, weekday, from)).toBe(false);
  });

  it('is open at 11:59 and closed at 12:00 on Saturday', () => {
    expect(openAt(SATURDAY_MORNING, at('2026-11-28T11:59+01:00'))).toBe(true);
    expect(openAt(SATURDAY_MORNING, at('2026-11-28T12:00+01:00'))).toBe(false);
  });

  it('a Saturday that is a public holiday (1 May 2027) is closed but does not hide the following Saturdays', () => {
    const fromHolidayWeek = at('2027-04-28T10:00+02:00');
    expect(closed(evaluateHours(SATURDAY_MORNING, at('2027-05-01T10:00+02:00'))).holiday).toBe('Fête du travail');
    expect(isOpenOn(SATURDAY_MORNING, 6, fromHolidayWeek)).toBe(true);
  });
});

describe('missing and unreadable hours: never guess', () => {
  it('says unknown for no value', () => {
    for (const value of [undefined, '', '   ']) {
      expect(evaluateHours(value, at('2026-11-24T10:00+01:00'))).toEqual({ kind: 'unknown', reason: 'missing' });
      expect(weekTable(value, at('2026-11-24T10:00+01:00'))).toBeUndefined();
      expect(isOpenOn(value, 2)).toBeUndefined();
      expect(openAt(value, at('2026-11-24T10:00+01:00'))).toBeUndefined();
    }
  });

  it('says unknown for an unparseable value, counts it once per distinct value and never throws', () => {
    const now = at('2026-11-24T10:00+01:00');
    const before = hoursParseErrors().count;
    expect(evaluateHours('du lundi au vendredi de 9h à 12h', now)).toEqual({ kind: 'unknown', reason: 'unreadable' });
    expect(evaluateHours('du lundi au vendredi de 9h à 12h', now)).toEqual({ kind: 'unknown', reason: 'unreadable' });
    expect(evaluateHours('Mo-Fr 25:00-26:00', now)).toEqual({ kind: 'unknown', reason: 'unreadable' });
    expect(hoursParseErrors().count).toBe(before + 2);
    expect(hoursParseErrors().values.has('du lundi au vendredi de 9h à 12h')).toBe(true);
    expect(weekTable('du lundi au vendredi de 9h à 12h', now)).toBeUndefined();
    expect(isOpenOn('du lundi au vendredi de 9h à 12h', 1, now)).toBeUndefined();
  });

  it('says unknown for an invalid date', () => {
    expect(evaluateHours(GRID, new Date(Number.NaN)).kind).toBe('unknown');
  });

  it('rejects a weekday outside 0–6', () => {
    expect(isOpenOn(GRID, 7)).toBeUndefined();
    expect(isOpenOn(GRID, 1.5)).toBeUndefined();
  });
});

describe('many places at the same moment', () => {
  it('gives each caller its own status object, equal for equal values', () => {
    const now = at('2026-11-24T10:00+01:00');
    const first = evaluateHours(GRID, now);
    const second = evaluateHours(` ${GRID} `, now);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    (first as { kind: string }).kind = 'changed by a caller';
    expect(evaluateHours(GRID, now).kind).toBe('open');
    expect(evaluateHours(GRID, at('2026-11-24T18:00+01:00')).kind).toBe('closed');
    expect(evaluateHours(LIBRARY, now).kind).toBe('closed');
  });
});

describe('comments and "maybe"', () => {
  it('a time with a comment and no "open" is "maybe open", with the comment', () => {
    const value = 'Mo-Fr 09:00-12:00 "sur rendez-vous"';
    const status = open(evaluateHours(value, at('2026-11-24T10:00+01:00')));
    expect(status.uncertain).toBe(true);
    expect(status.comment).toBe('sur rendez-vous');
    expect(status.closesAt).toEqual(at('2026-11-24T12:00+01:00'));
    expect(openAt(value, at('2026-11-24T10:00+01:00'))).toBeUndefined();
    expect(openAt(value, at('2026-11-24T13:00+01:00'))).toBe(false);
  });

  it('an explicit "open" with a comment is open, with the comment', () => {
    const status = open(evaluateHours('Mo-Fr 09:00-12:00 open "sur rendez-vous"', at('2026-11-24T10:00+01:00')));
    expect(status.uncertain).toBe(false);
    expect(status.comment).toBe('sur rendez-vous');
  });
});

describe('weekTable', () => {
  it('lists seven days from the given day, with intervals, weekdays and the holiday', () => {
    const week = weekTable(GRID, at('2026-11-09T15:00+01:00'));
    expect(week?.days.map((d) => d.date)).toEqual([
      '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15',
    ]);
    expect(week?.days.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    const [monday, , wednesday, , , saturday, sunday] = week?.days ?? [];
    expect(monday?.intervals).toEqual([
      { start: '08:30', end: '12:30', uncertain: false },
      { start: '13:30', end: '17:30', uncertain: false },
    ]);
    expect(monday?.holiday).toBeUndefined();
    expect(wednesday?.holiday).toBe('Armistice 1918');
    expect(wednesday?.intervals).toEqual([]);
    expect(saturday?.intervals).toEqual([]);
    expect(sunday?.intervals).toEqual([]);
    expect(monday?.noon).toEqual(at('2026-11-09T12:00+01:00'));
  });

  it('splits a night opening at midnight', () => {
    const week = weekTable('Fr 20:00-02:00', at('2026-11-27T09:00+01:00'));
    expect(week?.days[0]?.intervals).toEqual([{ start: '20:00', end: '24:00', uncertain: false }]);
    expect(week?.days[1]?.intervals).toEqual([{ start: '00:00', end: '02:00', uncertain: false }]);
    const status = open(evaluateHours('Fr 20:00-02:00', at('2026-11-27T23:00+01:00')));
    expect(status.closesAt).toEqual(at('2026-11-28T02:00+01:00'));
  });

  it('keeps wall-clock times across the change to summer time', () => {
    const week = weekTable('Mo-Su 09:00-12:00', at('2027-03-27T09:00+01:00'));
    expect(week?.days.slice(0, 3).map((d) => [d.date, d.intervals])).toEqual([
      ['2027-03-27', [{ start: '09:00', end: '12:00', uncertain: false }]],
      ['2027-03-28', [{ start: '09:00', end: '12:00', uncertain: false }]],
      ['2027-03-29', []], // Easter Monday, closed by the public-holiday default
    ]);
    expect(week?.days[1]?.noon).toEqual(at('2027-03-28T12:00+02:00'));
  });

  it('keeps the comment and the "maybe" of an interval', () => {
    const week = weekTable('Tu 14:00-17:00 "sur rendez-vous"', at('2026-11-24T09:00+01:00'));
    expect(week?.days[0]?.intervals).toEqual([{ start: '14:00', end: '17:00', uncertain: true, comment: 'sur rendez-vous' }]);
  });
});

describe('properties (random instants in 2026–2027)', () => {
  const instants = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true });
  const values = fc.constantFrom(GRID, GRID_NO_PH, LIBRARY, SATURDAY_MORNING, 'Mo-Fr 09:00-12:00; Th 14:00-16:00', 'Fr 20:00-02:00');
  const minute = 60_000;

  it('an open place is open until closesAt and closed at closesAt', () => {
    fc.assert(
      fc.property(values, instants, (value, now) => {
        const status = evaluateHours(value, now);
        if (status.kind !== 'open' || !status.closesAt) return;
        expect(status.closesAt.getTime()).toBeGreaterThan(now.getTime());
        expect(openAt(value, new Date(status.closesAt.getTime() - minute))).toBe(true);
        expect(openAt(value, status.closesAt)).toBe(false);
        expect(status.closesSoon).toBe(status.closesAt.getTime() - now.getTime() <= 30 * minute);
      }),
      { numRuns: 300 },
    );
  });

  it('a closed place stays closed until opensAt and is open at opensAt', () => {
    fc.assert(
      fc.property(values, instants, (value, now) => {
        const status = evaluateHours(value, now);
        expect(status.kind).not.toBe('unknown');
        if (status.kind !== 'closed') return;
        expect(openAt(value, now)).toBe(false);
        if (!status.opensAt) return;
        expect(status.opensAt.getTime()).toBeGreaterThan(now.getTime());
        expect(openAt(value, status.opensAt)).toBe(true);
        expect(openAt(value, new Date(status.opensAt.getTime() - minute))).toBe(false);
        expect(status.opensSoon).toBe(status.opensAt.getTime() - now.getTime() <= 60 * minute);
      }),
      { numRuns: 300 },
    );
  });
});

describe('prepareHours: a list’s hours evaluated ahead of its ranking, in slices', () => {
  const now = at('2026-11-24T10:00+01:00');

  it('evaluates every distinct value once, with the same statuses as evaluating them one by one, and says which could not be read', async () => {
    const values = [GRID, LIBRARY, GRID, undefined, 'lundi matin', SATURDAY_MORNING, LIBRARY];
    await prepareHours(values, now, Infinity, () => Promise.resolve());
    expect(hoursParseErrors().values.has('lundi matin')).toBe(true);
    const prepared = values.map((value) => evaluateHours(value, now));
    resetHoursCache();
    expect(prepared).toEqual(values.map((value) => evaluateHours(value, now)));
  });

  it('gives the page a turn whenever a slice has taken its time, and none within a slice', async () => {
    let turns = 0;
    const values = [GRID, LIBRARY, SATURDAY_MORNING, GRID_NO_PH];
    await prepareHours(values, now, 0, async () => void turns++);
    expect(turns).toBe(values.length);
    resetHoursCache();
    turns = 0;
    await prepareHours(values, now, Infinity, async () => void turns++);
    expect(turns).toBe(0);
  });
});
