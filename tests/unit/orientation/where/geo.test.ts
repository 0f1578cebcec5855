import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bearing, bearingDegrees, COMPASS_POINTS, distanceKm } from '../../../../src/orientation/where/geo';
import type { Commune } from '../../../../src/orientation/where/communes';

const communes = (JSON.parse(readFileSync('data/communes/centre-val-de-loire.json', 'utf8')) as { communes: Commune[] }).communes;
const named = (nom: string) => communes.find((commune) => commune.nom === nom)!;
const [tours, chinon, orleans, bourges, chartres, chateauroux] = ['Tours', 'Chinon', 'Orléans', 'Bourges', 'Chartres', 'Châteauroux'].map(named) as [Commune, Commune, Commune, Commune, Commune, Commune];

describe('distanceKm', () => {
  it('measures Tours → Chinon as the crow flies, commune centre to commune centre (42–48 km)', () => {
    expect(distanceKm(tours, chinon)).toBeGreaterThan(42);
    expect(distanceKm(tours, chinon)).toBeLessThan(48);
  });

  it('agrees with known distances between towns of the region', () => {
    // Town centres: Tours (47.3941, 0.6848) → Orléans (47.9025, 1.9090) is about 105 km.
    expect(distanceKm({ latitude: 47.3941, longitude: 0.6848 }, { latitude: 47.9025, longitude: 1.909 })).toBeCloseTo(105, -1);
    expect(distanceKm(orleans, chartres)).toBeGreaterThan(65);
    expect(distanceKm(orleans, chartres)).toBeLessThan(80);
  });

  it('takes places ({ latitude, longitude }) and communes ({ lat, lon }) alike', () => {
    const place = { latitude: tours.lat, longitude: tours.lon };
    expect(distanceKm(place, chinon)).toBe(distanceKm(tours, chinon));
    expect(distanceKm(place, tours)).toBe(0);
  });

  it('is symmetric, zero on the same point, and obeys the triangle inequality', () => {
    const point = fc.record({ lat: fc.double({ min: -80, max: 80, noNaN: true }), lon: fc.double({ min: -179, max: 179, noNaN: true }) });
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        expect(distanceKm(a, a)).toBe(0);
        expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 6);
        expect(distanceKm(a, c)).toBeLessThanOrEqual(distanceKm(a, b) + distanceKm(b, c) + 1e-6);
        expect(distanceKm(a, b)).toBeLessThanOrEqual(Math.PI * 6371.0088 + 1e-6);
      }),
    );
  });
});

describe('bearing', () => {
  it('gives the direction in eight compass points (French initials: O is west)', () => {
    expect(bearing(tours, orleans)).toBe('NE');
    expect(bearing(orleans, tours)).toBe('SO');
    expect(bearing(tours, chinon)).toBe('SO');
    expect(bearing(tours, bourges)).toBe('E');
    expect(bearing(orleans, chartres)).toBe('NO');
    expect(bearing(orleans, chateauroux)).toBe('S');
    expect(bearing(chinon, { lat: 48.2, lon: chinon.lon })).toBe('N');
    expect(bearing(chinon, { lat: chinon.lat, lon: -0.5 })).toBe('O');
  });

  it('cuts the circle into eight equal sectors', () => {
    const origin = { lat: 0, lon: 0 };
    // Points at a small distance in a given direction (flat enough near the equator).
    const toward = (degrees: number) => ({ lat: 0.01 * Math.cos((degrees * Math.PI) / 180), lon: 0.01 * Math.sin((degrees * Math.PI) / 180) });
    COMPASS_POINTS.forEach((point, i) => {
      expect(bearing(origin, toward(i * 45))).toBe(point);
      expect(bearing(origin, toward(i * 45 + 20))).toBe(point);
      expect(bearing(origin, toward(i * 45 - 20))).toBe(point);
    });
    expect(bearingDegrees(origin, toward(90))).toBeCloseTo(90, 6);
  });

  it('says N for the same point rather than failing', () => {
    expect(bearing(tours, tours)).toBe('N');
  });
});
