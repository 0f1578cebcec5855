/** The figures written in the snapshot's `counts` (the app shows some; the report all). */
import type { Place, Snapshot } from '../../../src/places/place';
import type { MonographOutcome } from './monographs';

export interface CountInputs {
  places: readonly Place[];
  monographOutcomes: ReadonlyMap<string, MonographOutcome>;
  /** Whether a place lies inside the region; counted when given. */
  isInRegion?: (place: Place) => boolean;
}

export function countSnapshot({ places, monographOutcomes, isInRegion }: CountInputs): Snapshot['counts'] {
  const outcomes = [...monographOutcomes.values()];
  const counts: Snapshot['counts'] = {
    places: places.length,
    communes: new Set(places.flatMap((place) => (place.code_insee ? [place.code_insee] : []))).size,
    horaires_osm: places.filter((place) => place.horaires !== undefined).length,
    horaires_texte_seul: places.filter((place) => place.horaires === undefined && place.complements.horaires_texte !== undefined).length,
    positions_approximatives: places.filter((place) => place.complements.position_approximative === true).length,
    monographies_fusionnees: outcomes.filter((outcome) => outcome === 'merged').length,
    monographies_ajoutees: outcomes.filter((outcome) => outcome === 'added').length,
    monographies_rejetees: outcomes.filter((outcome) => outcome === 'rejected').length,
  };
  if (isInRegion) counts.hors_region = places.filter((place) => !isInRegion(place)).length;
  const bySource = new Map<string, number>();
  for (const place of places) bySource.set(place.source, (bySource.get(place.source) ?? 0) + 1);
  for (const source of [...bySource.keys()].sort()) counts[`source:${source}`] = bySource.get(source) ?? 0;
  return counts;
}
