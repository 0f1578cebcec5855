import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNeed } from '../../../../src/orientation/needs';
import { hasWeekParity, isItinerant, stopCandidates } from '../../../../src/orientation/passages/itinerant';
import { stopsOf } from '../../../../src/orientation/passages/stops';
import { PASSES_NEAR_KM, rankPlaces, type RankContext } from '../../../../src/orientation/rank';
import type { Commune } from '../../../../src/orientation/where/communes';
import { distanceKm } from '../../../../src/orientation/where/geo';
import type { Place, Snapshot } from '../../../../src/places/place';

const communes = (JSON.parse(readFileSync('data/communes/centre-val-de-loire.json', 'utf8')) as { communes: Commune[] }).communes;
const places = (JSON.parse(readFileSync('public/data/snapshot.json', 'utf8')) as Snapshot).places;
const byId = (id: string) => places.find((place) => place.id === id)!;
const commune = (name: string) => communes.find((c) => c.nom === name)!;

function context(origin: { latitude: number; longitude: number }): RankContext {
  return {
    origin,
    openingOf: () => 'unknown',
    opensOnSaturday: () => false,
    distanceKm,
    isItinerant,
    stopsOf: (place: Place) => stopsOf(place).map((stop) => ({ latitude: stop.lat, longitude: stop.lon, label: stop.nom })),
  };
}

describe('itinerant services', () => {
  it('are those that say they travel or whose hours hold one week in two', () => {
    expect(hasWeekParity('week 01-53/2 Mo 09:30-12:30')).toBe(true);
    expect(hasWeekParity('Mo 09:30-12:30; week 02-52/2')).toBe(true);
    expect(hasWeekParity('Mo-Fr 09:00-12:00 "week 1/2 dans le texte"')).toBe(false);
    expect(isItinerant({ itinerance: ['Fixe'], horaires: 'week 01-53/2 Tu 14:00-17:00' })).toBe(true);
    expect(isItinerant({ itinerance: ['Itinérant'] })).toBe(true);
    expect(isItinerant({ itinerance: ['Fixe'], horaires: 'Mo-Fr 09:00-17:00' })).toBe(false);
  });

  it('split a description into pieces that may be communes', () => {
    expect(stopCandidates('Arrêts : Trouy, Lunery, Bourges (4 jours).')).toEqual(['Arrêts', 'Trouy', 'Lunery', 'Bourges']);
  });

  it('stop where the snapshot says: the communes of their département their description names (the CARSAT bus of Bourges)', () => {
    const names = stopsOf(byId('mono-bourges-bus-numerique-carsat')).map((stop) => stop.nom);
    expect(names).toEqual(
      expect.arrayContaining(['Trouy', 'Lunery', 'Nérondes', 'Bourges', 'Jouet-sur-l\'Aubois', 'Saint-Martin-d\'Auxigny', 'Les Aix-d\'Angillon', 'Le Subdray', 'La Guerche-sur-l\'Aubois', 'Henrichemont'].map((name) => expect.stringMatching(new RegExp(`^${name.replace(/'/g, "['’]")}$`)))),
    );
    expect(stopsOf(byId('hub-30')).map((stop) => stop.nom).sort()).toEqual(['Anet', 'Mainvilliers']);
    expect(stopsOf(byId('hub-47'))).toEqual([]); // a library stays where it is
  });

  it('are listed at 0 km near a village the bus stops in, and the "passes near me" filter keeps only them', () => {
    const lunery = commune('Lunery');
    const need = findNeed('outils-quotidien');
    const ranked = rankPlaces(places, need, {}, context({ latitude: lunery.lat, longitude: lunery.lon }));
    const bus = ranked.find((entry) => entry.place.id === 'mono-bourges-bus-numerique-carsat')!;
    expect(bus.distanceKm).toBeCloseTo(0, 5);
    expect(bus.nearestStop).toBe('Lunery');
    // It gives neither hours nor a phone: only places as near that can be checked come before it (issue 16's order).
    expect(bus.checkable).toBe(false);
    const ahead = ranked.slice(0, ranked.indexOf(bus));
    for (const entry of ahead) expect(entry.distanceKm!, entry.place.id).toBeLessThan(5);

    const near = rankPlaces(places, undefined, { passesNear: true }, context({ latitude: lunery.lat, longitude: lunery.lon }));
    expect(near.map((entry) => entry.place.id)).toContain('mono-bourges-bus-numerique-carsat');
    for (const entry of near) {
      expect(isItinerant(entry.place)).toBe(true);
      expect(entry.distanceKm!).toBeLessThanOrEqual(PASSES_NEAR_KM);
    }
  });
});
