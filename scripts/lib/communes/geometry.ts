/**
 * Plane geometry on longitude/latitude pairs. A uniform scaling of one axis
 * leaves centroids and area ratios unchanged, so planar formulas on degrees
 * give the same centroid as an equirectangular projection at commune scale.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

export type Ring = Position[];
/** One polygon: its outer ring first, then its holes. */
export type PolygonRings = Ring[];

export interface LonLat {
  lon: number;
  lat: number;
}

export function polygonsOf(geometry: Polygon | MultiPolygon): PolygonRings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

interface WeightedCentroid {
  area: number;
  lon: number;
  lat: number;
}

function ringMoments(ring: Ring): WeightedCentroid {
  let doubleArea = 0;
  let lonMoment = 0;
  let latMoment = 0;
  for (let index = 0; index < ring.length - 1; index++) {
    const [x0 = 0, y0 = 0] = ring[index] ?? [];
    const [x1 = 0, y1 = 0] = ring[index + 1] ?? [];
    const cross = x0 * y1 - x1 * y0;
    doubleArea += cross;
    lonMoment += (x0 + x1) * cross;
    latMoment += (y0 + y1) * cross;
  }
  const area = doubleArea / 2;
  return { area, lon: lonMoment, lat: latMoment };
}

/**
 * Area-weighted centroid of several polygons taken together (a commune made of
 * the outlines of the communes it absorbed). Holes count negatively whatever
 * their winding order.
 */
export function areaWeightedCentroid(polygons: PolygonRings[]): LonLat | undefined {
  let totalArea = 0;
  let lonMoment = 0;
  let latMoment = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, ringIndex) => {
      const moments = ringMoments(ring);
      // Orientation differs between sources: the outer ring adds, holes subtract.
      const sign = Math.sign(moments.area) * (ringIndex === 0 ? 1 : -1);
      totalArea += sign * moments.area;
      lonMoment += sign * moments.lon;
      latMoment += sign * moments.lat;
    });
  }
  if (totalArea === 0) return undefined;
  // Moments carry a factor 6·area relative to the centroid (shoelace formula, area = doubleArea / 2).
  return { lon: lonMoment / (6 * totalArea), lat: latMoment / (6 * totalArea) };
}

export function isInside(point: LonLat, polygons: PolygonRings[]): boolean {
  return polygons.some((polygon) =>
    booleanPointInPolygon([point.lon, point.lat], { type: 'Polygon', coordinates: polygon }),
  );
}

/**
 * A point guaranteed inside the outline, for crescent-shaped communes whose
 * centroid falls outside: the middle of the widest inside stretch of the
 * parallel through the centroid.
 */
export function insidePointOnParallel(polygons: PolygonRings[], latitude: number): LonLat | undefined {
  let best: { from: number; to: number } | undefined;
  for (const polygon of polygons) {
    const crossings: number[] = [];
    for (const ring of polygon) {
      for (let index = 0; index < ring.length - 1; index++) {
        const [x0 = 0, y0 = 0] = ring[index] ?? [];
        const [x1 = 0, y1 = 0] = ring[index + 1] ?? [];
        if (y0 <= latitude !== y1 <= latitude) crossings.push(x0 + ((latitude - y0) / (y1 - y0)) * (x1 - x0));
      }
    }
    crossings.sort((a, b) => a - b);
    for (let index = 0; index + 1 < crossings.length; index += 2) {
      const from = crossings[index] ?? 0;
      const to = crossings[index + 1] ?? 0;
      if (!best || to - from > best.to - best.from) best = { from, to };
    }
  }
  return best && { lon: (best.from + best.to) / 2, lat: latitude };
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: LonLat, b: LonLat): number {
  const toRadians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRadians;
  const dLon = (b.lon - a.lon) * toRadians;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRadians) * Math.cos(b.lat * toRadians) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function roundCoordinate(value: number): number {
  const rounded = Math.round(value * 1e5) / 1e5;
  return rounded === 0 ? 0 : rounded;
}

/**
 * Distance in kilometres from a point to the nearest edge of an outline (0
 * inside), on a local equirectangular projection: exact enough within a
 * département.
 */
export function distanceToOutlineKm(point: LonLat, polygons: PolygonRings[]): number {
  if (isInside(point, polygons)) return 0;
  const kmPerDegreeLat = 111.195;
  const kmPerDegreeLon = kmPerDegreeLat * Math.cos((point.lat * Math.PI) / 180);
  let best = Infinity;
  for (const ring of polygons.flat()) {
    for (let index = 0; index < ring.length - 1; index++) {
      const [x0 = 0, y0 = 0] = ring[index] ?? [];
      const [x1 = 0, y1 = 0] = ring[index + 1] ?? [];
      const ax = (x0 - point.lon) * kmPerDegreeLon;
      const ay = (y0 - point.lat) * kmPerDegreeLat;
      const bx = (x1 - point.lon) * kmPerDegreeLon;
      const by = (y1 - point.lat) * kmPerDegreeLat;
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSquared = dx * dx + dy * dy;
      const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}
