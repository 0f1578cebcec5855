import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTourFile, isoWeekOf, nextStops, stopsOn, stopsThere, tourDayOf, tourFile, type TourStop } from '../../../src/mediator/tour';

const gallardon = { code: '28168', name: 'Gallardon', latitude: 48.526, longitude: 1.692 };
const stop = (extra: Partial<TourStop>): TourStop => ({ id: 's', commune: gallardon, weekday: 2, start: '09:30', end: '12:30', recurrence: { kind: 'weekly' }, ...extra });
const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
};

describe('when the bus is at a stop', () => {
  it('every week on its weekday', () => {
    expect(stopsThere(stop({}), day('2026-12-01'))).toBe(true); // a Tuesday
    expect(stopsThere(stop({}), day('2026-12-02'))).toBe(false);
  });

  it('every other week by ISO week parity, across the year end (weeks 53 and 1 are both odd)', () => {
    const odd = stop({ weekday: 1, recurrence: { kind: 'fortnightly', parity: 'odd' } });
    expect(isoWeekOf(day('2026-12-28'))).toBe(53);
    expect(stopsThere(odd, day('2026-12-21'))).toBe(false); // week 52
    expect(stopsThere(odd, day('2026-12-28'))).toBe(true); // week 53
    expect(stopsThere(odd, day('2027-01-04'))).toBe(true); // week 1
    expect(stopsThere(odd, day('2027-01-11'))).toBe(false);
  });

  it('the first Tuesday of the month, and never a fifth that does not exist', () => {
    const first = stop({ recurrence: { kind: 'monthly', nth: 1 } });
    expect(stopsOn([first], day('2026-12-01'))).toHaveLength(1);
    expect(stopsOn([first], day('2026-12-08'))).toHaveLength(0);
    const fifth = stop({ recurrence: { kind: 'monthly', nth: 5 } });
    expect(stopsOn([fifth], day('2026-12-29'))).toHaveLength(1);
    expect(nextStops([fifth], day('2027-01-01'))?.day).toEqual(day('2027-03-30')); // no fifth Tuesday in January or February 2027
  });

  it('a monthly stop happens exactly once in every month that has such a weekday (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2035 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 4 }), (year, month, weekday, nth) => {
        const monthly = stop({ weekday: weekday as TourStop['weekday'], recurrence: { kind: 'monthly', nth: nth as 1 | 2 | 3 | 4 } });
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const hits = Array.from({ length: days }, (_, i) => ({ year, month, day: i + 1 })).filter((d) => stopsThere(monthly, d));
        expect(hits).toHaveLength(1);
      }),
    );
  });

  it('reads "today" in Paris, whatever the instant', () => {
    expect(tourDayOf(new Date('2026-12-31T23:30:00Z'))).toEqual(day('2027-01-01'));
  });
});

describe('the tour file', () => {
  const tour = [stop({ id: 'a' }), stop({ id: 'b', place: { id: 'hub-47', name: 'Bibliothèque : Gallardon' }, recurrence: { kind: 'fortnightly', parity: 'even' } })];

  it('round-trips: export then import gives the same tour', () => {
    const checked = checkTourFile(JSON.stringify(tourFile(tour)));
    expect(checked).toEqual({ ok: true, stops: tour });
  });

  it('refuses what is not JSON, not a tour, or a stop with a wrong field, naming it', () => {
    expect(checkTourFile('{ pas du json')).toEqual({ ok: false, problem: { key: 'notJson' } });
    expect(checkTourFile(JSON.stringify({ stops: [] }))).toEqual({ ok: false, problem: { key: 'notTour' } });
    const file = tourFile(tour);
    const bad = (change: (stop: Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(file)) as { stops: Record<string, unknown>[] };
      change(copy.stops[1]!);
      return checkTourFile(JSON.stringify(copy));
    };
    expect(bad((s) => (s.weekday = 8))).toEqual({ ok: false, problem: { key: 'badStop', index: 1, field: 'weekday' } });
    expect(bad((s) => (s.end = '08:00'))).toEqual({ ok: false, problem: { key: 'badStop', index: 1, field: 'end' } });
    expect(bad((s) => (s.commune = { code: 'Gallardon', name: 'x', latitude: 1, longitude: 1 }))).toMatchObject({ ok: false, problem: { field: 'commune' } });
    expect(bad((s) => (s.recurrence = { kind: 'monthly', nth: 6 }))).toMatchObject({ ok: false, problem: { field: 'recurrence' } });
    expect(bad((s) => (s.id = 'a'))).toMatchObject({ ok: false, problem: { field: 'id' } });
  });

  it('keeps only the known fields of a stop', () => {
    const file = tourFile(tour) as unknown as { stops: Record<string, unknown>[] };
    file.stops[0]!.nom_du_visiteur = 'Jean';
    const checked = checkTourFile(JSON.stringify(file));
    expect(checked.ok && JSON.stringify(checked.stops)).not.toContain('Jean');
  });
});
