import { describe, expect, it } from 'vitest';
import { readNationalCommunes, readRegionalCommunes } from '../../../../scripts/lib/communes/communes-file';
import { itinerantStops, withStops } from '../../../../scripts/lib/snapshot/itinerant-stops';
import type { Place } from '../../../../src/places/place';

const regional = itinerantStops(readRegionalCommunes());

function itinerant(code_insee: string, itinerance_detail: string, overrides: Partial<Place> = {}): Place {
  return {
    id: 'bus',
    pivot: '',
    nom: 'Bus numérique',
    commune: 'Bourges',
    code_postal: '18000',
    adresse: 'place',
    latitude: 47.08,
    longitude: 2.39,
    services: [],
    source: 'test',
    date_maj: '2024-01-01',
    itinerance: ['Itinérant'],
    code_insee,
    complements: { provenance: [], itinerance_detail },
    ...overrides,
  } as Place;
}

const names = (place: Place) => regional(place).map((stop) => stop.nom);

describe('the stops of an itinerant service, found by the pipeline', () => {
  it('are the communes of its own département that its description names, with their centres', () => {
    const stops = regional(itinerant('18033', 'Arrêts : Trouy, Lunery, Bourges (4 jours) ; Saint-Martin-d’Auxigny et Chambon.'));
    expect(stops.map((stop) => stop.nom)).toEqual(['Trouy', 'Lunery', 'Bourges', "Saint-Martin-d'Auxigny", 'Chambon']);
    // Chambon is also a commune of Indre-et-Loire (37048): the bus of the Cher stops in the Cher's (18046).
    expect(stops.find((stop) => stop.nom === 'Chambon')?.code).toBe('18046');
    for (const stop of stops) {
      expect(stop.code.startsWith('18')).toBe(true);
      expect(stop.lat).toBeGreaterThan(46);
      expect(stop.lon).toBeGreaterThan(1.5);
    }
  });

  it('forgive accents, case, hyphens and apostrophes, but a beginning or a phrase is no commune', () => {
    expect(names(itinerant('18033', "saint martin d'auxigny"))).toEqual(["Saint-Martin-d'Auxigny"]);
    expect(names(itinerant('18033', 'SAINT-MARTIN-D’AUXIGNY, Saint-Martin, Tournée dans la région'))).toEqual(["Saint-Martin-d'Auxigny"]);
  });

  it('are counted once, and a fixed place has none', () => {
    expect(names(itinerant('18033', 'Lunery, Lunery; Lunery'))).toEqual(['Lunery']);
    expect(regional(itinerant('18033', 'Lunery', { itinerance: ['Fixe'] }))).toEqual([]);
  });

  it('stop in a commune of another région when the service is there (the national list)', () => {
    const national = itinerantStops(readNationalCommunes());
    expect(national(itinerant('63113', 'Tournée : Clermont-Ferrand, Riom')).map((stop) => stop.code)).toEqual(['63113', '63300']);
  });

  it('replace whatever stops a place carried, and leave none behind when there are none', () => {
    const stale = itinerant('18033', 'Lunery', { complements: { provenance: [], itinerance_detail: 'Lunery', arrets: [{ code: '99999', nom: 'Ailleurs', lat: 0, lon: 0 }] } });
    expect(withStops(stale, regional).complements.arrets?.map((stop) => stop.nom)).toEqual(['Lunery']);
    const fixed = { ...stale, itinerance: ['Fixe'] };
    expect('arrets' in withStops(fixed, regional).complements).toBe(false);
  });
});
