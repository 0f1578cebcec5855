/**
 * The week rules the import writes for a stop served every other week are read
 * by the app's own hours evaluation: open on the even weeks, closed on the odd
 * ones (dates fixed here, the clock is not read).
 */
import { describe, expect, it } from 'vitest';
import { weekTable } from '../../../../src/orientation/hours/evaluate';

const mondayIntervals = (osm: string, monday: string) => weekTable(osm, new Date(`${monday}T12:00:00+01:00`))?.days.find((day) => day.date === monday)?.intervals.length;

describe('alternate weeks in the app', () => {
  it('shows an even-week stop open on the Monday of ISO week 2 and closed on that of week 3', () => {
    expect(mondayIntervals('week 02-52/2 Mo 09:00-12:00', '2026-01-05')).toBe(1);
    expect(mondayIntervals('week 02-52/2 Mo 09:00-12:00', '2026-01-12')).toBe(0);
  });

  it('shows an odd-week stop the other way round', () => {
    expect(mondayIntervals('week 01-53/2 Mo 14:00-17:00', '2026-01-05')).toBe(0);
    expect(mondayIntervals('week 01-53/2 Mo 14:00-17:00', '2026-01-12')).toBe(1);
  });
});
