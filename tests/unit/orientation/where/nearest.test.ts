import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../../../src/orientation/where/geo';
import { createNearestIndex } from '../../../../src/orientation/where/nearest';

const point = (latMin: number, latMax: number, lonMin: number, lonMax: number) =>
  fc.record({ lat: fc.double({ min: latMin, max: latMax, noNaN: true }), lon: fc.double({ min: lonMin, max: lonMax, noNaN: true }) });

describe('createNearestIndex', () => {
  it('finds what a scan of every point finds (same distance), dense or sparse, near or far', () => {
    fc.assert(
      fc.property(
        fc.array(point(42, 51, -5, 8), { minLength: 1, maxLength: 300 }),
        fc.oneof(point(42, 51, -5, 8), point(-30, 70, -60, 60)),
        (items, query) => {
          const nearest = createNearestIndex(items);
          const found = nearest(query.lat, query.lon)!;
          const best = Math.min(...items.map((item) => distanceKm(query, item)));
          expect(found.km).toBeCloseTo(best, 9);
          expect(distanceKm(query, found.item)).toBeCloseTo(best, 9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns nothing without points or without a position', () => {
    expect(createNearestIndex([])(47, 1)).toBeUndefined();
    expect(createNearestIndex([{ lat: 47, lon: 1 }])(Number.NaN, 1)).toBeUndefined();
  });
});
