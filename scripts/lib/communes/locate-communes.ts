/**
 * Gives every current commune a position from the 2018 outlines: the
 * area-weighted centroid of its own outline and of those of the communes it
 * absorbed, or a point inside the outline when that centroid falls outside.
 */
import type { DecoupageCommune } from './decoupage';
import type { CommuneRecord } from './commune-record';
import {
  areaWeightedCentroid,
  insidePointOnParallel,
  isInside,
  roundCoordinate,
  type LonLat,
  type PolygonRings,
} from './geometry';
import { outlinesOfCurrentCommune, type OutlinesByCode2018 } from './outlines';

export type PositionMethod =
  /** Area-weighted centroid of the commune's outline(s). */
  | 'centroid'
  /** The centroid fell outside (crescent shape): middle of the widest inside stretch of its parallel. */
  | 'inside-point'
  /** No outline: centroid of the outlines of the communes of the département sharing a postal code. */
  | 'postal-neighbours'
  /** No outline and nothing to fall back on. */
  | 'none';

export interface LocatedCommune {
  record: CommuneRecord;
  method: PositionMethod;
}

function positionOf(polygons: PolygonRings[]): { point: LonLat; method: PositionMethod } | undefined {
  const centroid = areaWeightedCentroid(polygons);
  if (!centroid) return undefined;
  if (isInside(centroid, polygons)) return { point: centroid, method: 'centroid' };
  const inside = insidePointOnParallel(polygons, centroid.lat);
  return inside ? { point: inside, method: 'inside-point' } : { point: centroid, method: 'centroid' };
}

function sharesPostalCode(a: DecoupageCommune, b: DecoupageCommune): boolean {
  return (a.codesPostaux ?? []).some((code) => (b.codesPostaux ?? []).includes(code));
}

export function locateCommunes(communes: DecoupageCommune[], outlines: OutlinesByCode2018): LocatedCommune[] {
  const located = communes.map((commune) => {
    const polygons = outlinesOfCurrentCommune(commune, outlines);
    const position = polygons.length > 0 ? positionOf(polygons) : undefined;
    if (position) return { commune, point: position.point, method: position.method };
    // Communes restored since 2018 (split back out of a commune nouvelle) have no 2018 outline of their own.
    const neighbours = communes.filter(
      (other) => other !== commune && other.departement === commune.departement && sharesPostalCode(other, commune),
    );
    const neighbourPolygons = neighbours.flatMap((other) => outlinesOfCurrentCommune(other, outlines));
    const fallback = neighbourPolygons.length > 0 ? areaWeightedCentroid(neighbourPolygons) : undefined;
    return fallback
      ? { commune, point: fallback, method: 'postal-neighbours' as const }
      : { commune, point: undefined, method: 'none' as const };
  });

  return located
    .map(({ commune, point, method }) => ({
      method,
      record: {
        code: commune.code,
        nom: commune.nom,
        codesPostaux: [...(commune.codesPostaux ?? [])].sort(),
        population: commune.population ?? null,
        departement: commune.departement,
        lat: point ? roundCoordinate(point.lat) : null,
        lon: point ? roundCoordinate(point.lon) : null,
      },
    }))
    .sort((a, b) => (a.record.code < b.record.code ? -1 : a.record.code > b.record.code ? 1 : 0));
}
