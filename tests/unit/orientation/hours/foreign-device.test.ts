// A phone left on another time zone (here New Zealand: +13 h in November, with its own summer time)
// must still describe French hours in French wall-clock time.
process.env.TZ = 'Pacific/Auckland';

import { describe, expect, it } from 'vitest';
import { evaluateHours, isOpenOn, openAt, weekTable } from '../../../../src/orientation/hours/evaluate';
import { fromWall, parisDateKey, parisWallClock, toWall } from '../../../../src/orientation/hours/time';

const at = (iso: string) => new Date(iso);
const GRID = 'Mo-Fr 08:30-12:30,13:30-17:30; PH off';

describe('on a device that is not on Paris time', () => {
  it('really is on another zone in this test', () => {
    expect(new Date('2026-11-24T10:00+01:00').getHours()).not.toBe(10);
  });

  it('toWall and fromWall are inverse, and toWall shows the Paris clock', () => {
    for (const iso of ['2026-11-24T10:00+01:00', '2027-03-28T03:30+02:00', '2026-07-14T23:59+02:00', '2026-10-25T01:30+02:00']) {
      const instant = at(iso);
      const wall = toWall(instant);
      const paris = parisWallClock(instant);
      expect([wall.getFullYear(), wall.getMonth() + 1, wall.getDate(), wall.getHours(), wall.getMinutes()]).toEqual([
        paris.year, paris.month, paris.day, paris.hour, paris.minute,
      ]);
      expect(fromWall(wall)).toEqual(instant);
    }
  });

  it('evaluates open, closed and next opening at the same instants as in France', () => {
    const open = evaluateHours(GRID, at('2026-11-24T10:00+01:00'));
    expect(open).toMatchObject({ kind: 'open', closesAt: at('2026-11-24T12:30+01:00') });
    const evening = evaluateHours(GRID, at('2026-11-24T18:00+01:00'));
    expect(evening).toMatchObject({ kind: 'closed', opensAt: at('2026-11-25T08:30+01:00'), opensToday: false });
    // 23:30 in Paris on Tuesday is already Wednesday in Auckland: "today" is still Paris's Tuesday.
    const late = evaluateHours(GRID, at('2026-11-24T23:30+01:00'));
    expect(late).toMatchObject({ kind: 'closed', opensAt: at('2026-11-25T08:30+01:00'), opensToday: false });
    const early = evaluateHours(GRID, at('2026-11-25T07:30+01:00'));
    expect(early).toMatchObject({ kind: 'closed', opensAt: at('2026-11-25T08:30+01:00'), opensToday: true, opensSoon: true });
  });

  it('finds French public holidays on the Paris date', () => {
    expect(evaluateHours(GRID, at('2026-11-11T10:00+01:00'))).toMatchObject({ kind: 'closed', holiday: 'Armistice 1918' });
    expect(evaluateHours(GRID, at('2027-03-29T10:00+02:00'))).toMatchObject({
      kind: 'closed',
      holiday: 'Lundi de Pâques',
      opensAt: at('2027-03-30T08:30+02:00'),
    });
  });

  it('builds the week table and the weekday filter on Paris days', () => {
    const week = weekTable(GRID, at('2026-11-09T23:30+01:00'));
    expect(week?.days[0]?.date).toBe('2026-11-09');
    expect(week?.days[0]?.weekday).toBe(1);
    expect(week?.days[0]?.intervals[0]).toEqual({ start: '08:30', end: '12:30', uncertain: false });
    expect(parisDateKey(week?.days[2]?.noon ?? new Date(Number.NaN))).toBe('2026-11-11');
    expect(isOpenOn('Sa 09:00-12:00', 6, at('2026-11-25T23:30+01:00'))).toBe(true);
    expect(openAt('Sa 09:00-12:00', at('2026-11-28T11:59+01:00'))).toBe(true);
    expect(openAt('Sa 09:00-12:00', at('2026-11-28T12:00+01:00'))).toBe(false);
  });
});
