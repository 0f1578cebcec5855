import type { Place, PlaceStop } from '../../places/place';

/**
 * The communes an itinerant service stops in. The snapshot pipeline finds
 * them in the service's description (scripts/lib/snapshot/itinerant-stops.ts);
 * fixed places have none.
 */
export function stopsOf(place: Place): readonly PlaceStop[] {
  return place.complements.arrets ?? [];
}
