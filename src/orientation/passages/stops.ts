import type { Place } from '../../places/place';
import type { CommuneFinder } from '../where/commune-finder';
import type { Commune } from '../where/communes';
import { isItinerant, stopCandidates } from './itinerant';

const cache = new WeakMap<Place, Commune[]>();

/**
 * The communes an itinerant service stops in, as its description names them:
 * a name counts only when it is, exactly, a commune of the service's own
 * département (the CARSAT bus of Bourges stops at "Lunery", Cher — never at a
 * Lunery elsewhere, and "Tournée dans la région" is no commune at all).
 * Fixed places have no stops.
 */
export function stopsOf(place: Place, finder: CommuneFinder): Commune[] {
  const known = cache.get(place);
  if (known) return known;
  const stops: Commune[] = [];
  if (isItinerant(place)) {
    const departement = place.code_insee?.slice(0, place.code_insee.startsWith('97') ? 3 : 2);
    for (const candidate of stopCandidates(place.complements.itinerance_detail)) {
      const commune = finder.named(candidate).find((match) => !departement || match.code.startsWith(departement));
      if (commune && !stops.some((stop) => stop.code === commune.code)) stops.push(commune);
    }
  }
  cache.set(place, stops);
  return stops;
}
