import { describe, expect, it } from 'vitest';
import { compassPoint, distanceKm } from '../../../src/orientation/geo';

const tours = { latitude: 47.3941, longitude: 0.6848 };
const chinon = { latitude: 47.1675, longitude: 0.2417 };
const orleans = { latitude: 47.9025, longitude: 1.909 };
const bourges = { latitude: 47.081, longitude: 2.3988 };

describe('distanceKm', () => {
  it('measures Tours → Chinon as the crow flies (about 41 km)', () => {
    expect(distanceKm(tours, chinon)).toBeGreaterThan(39);
    expect(distanceKm(tours, chinon)).toBeLessThan(43);
  });
  it('is zero for the same point and symmetric', () => {
    expect(distanceKm(tours, tours)).toBe(0);
    expect(distanceKm(orleans, bourges)).toBeCloseTo(distanceKm(bourges, orleans), 9);
  });
});

describe('compassPoint', () => {
  it('gives the direction in eight points', () => {
    expect(compassPoint(tours, orleans)).toBe('NE');
    expect(compassPoint(tours, chinon)).toBe('SO');
    expect(compassPoint(tours, bourges)).toBe('E');
    expect(compassPoint(orleans, chinon)).toBe('SO');
    expect(compassPoint(chinon, { latitude: 48.2, longitude: 0.2417 })).toBe('N');
    expect(compassPoint(chinon, { latitude: 47.1675, longitude: -0.5 })).toBe('O');
  });
});
