import { describe, expect, it } from 'vitest';
import { freshnessOf } from '../../../src/about/freshness';
import { makePlace } from '../fixtures/place';

describe('freshnessOf', () => {
  it('gives the oldest and newest dates and counts places confirmed more than a year before today', () => {
    const places = [
      makePlace({ id: 'a', date_maj: '2020-10-21' }),
      makePlace({ id: 'b', date_maj: '2025-12-02' }),
      makePlace({ id: 'c', date_maj: '2025-12-03' }),
      makePlace({ id: 'd', date_maj: '2026-06-01' }),
    ];
    expect(freshnessOf(places, '2026-12-03')).toEqual({ oldest: '2020-10-21', newest: '2026-06-01', olderThanAYear: 2 });
  });

  it('counts a place as of the date its data was last confirmed, when the snapshot says it', () => {
    const confirmed = makePlace({ id: 'a', date_maj: '2020-10-21' });
    confirmed.complements = { ...confirmed.complements, confirme_le: '2026-11-30' };
    expect(freshnessOf([confirmed, makePlace({ id: 'b', date_maj: '2025-06-01' })], '2026-12-03')).toEqual({ oldest: '2025-06-01', newest: '2026-11-30', olderThanAYear: 1 });
  });

  it('says nothing of dates when no place has one', () => {
    expect(freshnessOf([makePlace({ id: 'a', date_maj: '' })], '2026-12-03')).toEqual({ oldest: undefined, newest: undefined, olderThanAYear: 0 });
  });
});
