import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countPages, groupByService, placesWithin, placeServiceIds } from '../../../src/handoff/leaflet';
import { findNeed } from '../../../src/orientation/needs';
import { distanceKm } from '../../../src/orientation/where/geo';
import type { Place } from '../../../src/places/place';
import { makePlace } from '../fixtures/place';

const snapshot = JSON.parse(readFileSync(new URL('../../../public/data/snapshot.json', import.meta.url), 'utf8')) as { places: Place[] };
const communes = JSON.parse(readFileSync(new URL('../../../data/communes/centre-val-de-loire.json', import.meta.url), 'utf8')) as {
  communes: { code: string; lat: number; lon: number }[];
};
const gallardon = communes.communes.find((commune) => commune.code === '28168')!;

describe('the places of a leaflet', () => {
  it('are every snapshot place within the radius, nearest first', () => {
    const entries = placesWithin(snapshot.places, gallardon, 15);
    const expected = snapshot.places.filter((place) => distanceKm(gallardon, place) <= 15).map((place) => place.id);
    expect(entries.map((entry) => entry.place.id).sort()).toEqual([...expected].sort());
    expect(expected.length).toBeGreaterThan(0);
    expect(entries.map((entry) => entry.km)).toEqual([...entries.map((entry) => entry.km)].sort((a, b) => a - b));
    expect(placesWithin(snapshot.places, gallardon, 40).length).toBeGreaterThan(entries.length);
  });

  it('narrow to a need when one is given', () => {
    const need = findNeed('demarches')!;
    const all = placesWithin(snapshot.places, gallardon, 40);
    const narrowed = placesWithin(snapshot.places, gallardon, 40, need);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
  });

  it('are grouped once each, under their first service in the standard\'s order', () => {
    const places = [
      makePlace({ id: 'a', services: ['Accès internet et matériel informatique', 'Aide aux démarches administratives'] }),
      makePlace({ id: 'b', services: ['Accès internet et matériel informatique'] }),
      makePlace({ id: 'c', services: [] }),
    ];
    const groups = groupByService(places.map((place) => ({ place, km: 1 })));
    expect(groups.map((group) => [group.id, group.entries.map((entry) => entry.place.id)])).toEqual([
      ['demarches', ['a']],
      ['acces-internet-materiel', ['b']],
      ['other', ['c']],
    ]);
    expect(placeServiceIds(places[0]!)).toEqual(['demarches', 'acces-internet-materiel']);
  });
});

describe('the page count', () => {
  it('fills pages greedily, never cutting a block nor leaving a heading at the foot of a page', () => {
    expect(countPages([], 100)).toBe(1);
    expect(countPages([{ height: 50 }, { height: 50 }], 100)).toBe(1);
    expect(countPages([{ height: 50 }, { height: 51 }], 100)).toBe(2);
    // The heading (10) would fit on page 1, its first place (50) would not: both go to page 2.
    expect(countPages([{ height: 80 }, { height: 10, keepWithNext: true }, { height: 50 }], 100)).toBe(2);
    expect(countPages([{ height: 250 }], 100)).toBe(3);
  });
});
