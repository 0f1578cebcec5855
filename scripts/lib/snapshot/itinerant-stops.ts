/**
 * Where itinerant services stop, found once by the pipeline and written into
 * the snapshot (`complements.arrets`), so that a phone ranks a bus by the
 * villages it visits without first loading the commune list.
 */
import { isItinerant, stopCandidates } from '../../../src/orientation/passages/itinerant';
import { departementOf } from '../../../src/places/departement';
import type { Place, PlaceStop } from '../../../src/places/place';
import type { CommuneRecord } from '../communes/commune-record';

export type StopFinder = (place: Place) => PlaceStop[];

/** "Saint-Martin-d’Auxigny" and "saint martin d'auxigny" are the same name; "Saint-Martin" is another. */
function foldedName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'\-\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * A description's pieces that are, exactly, a commune of the service's own
 * département: the CARSAT bus of Bourges stops at "Lunery", Cher — never at a
 * Lunery elsewhere — and "Tournée dans la région" is no commune at all.
 * Fixed places have no stops.
 */
export function itinerantStops(communes: readonly CommuneRecord[]): StopFinder {
  const byName = new Map<string, PlaceStop[]>();
  for (const commune of communes) {
    if (commune.lat === null || commune.lon === null) continue;
    const key = foldedName(commune.nom);
    const stop = { code: commune.code, nom: commune.nom, lat: commune.lat, lon: commune.lon };
    byName.set(key, [...(byName.get(key) ?? []), stop]);
  }
  return (place) => {
    if (!isItinerant(place)) return [];
    const departement = departementOf(place.code_insee);
    const stops: PlaceStop[] = [];
    for (const candidate of stopCandidates(place.complements.itinerance_detail)) {
      const stop = byName.get(foldedName(candidate))?.find((match) => !departement || match.code.startsWith(departement));
      if (stop && !stops.some((known) => known.code === stop.code)) stops.push(stop);
    }
    return stops;
  };
}

/** The place with the stops this pipeline finds, whatever a source or an earlier snapshot said. */
export function withStops(place: Place, stopsOf: StopFinder): Place {
  const { arrets: _earlier, ...complements } = place.complements;
  const arrets = stopsOf(place);
  return { ...place, complements: arrets.length > 0 ? { ...complements, arrets } : complements };
}
