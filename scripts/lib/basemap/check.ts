/**
 * Geometry checks shared by the basemap build (which refuses to write a broken
 * basemap) and its tests.
 */
import type { Position } from '../../../src/map/topojson';

/** Even-odd ray casting: whether a point lies inside a polygon given as rings (outer, then holes). */
export function insidePolygon([x, y]: Position, rings: Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as Position;
      const [xj, yj] = ring[j] as Position;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Whether a ring is closed and has at least the four positions of a triangle. */
export function isClosedRing(ring: Position[]): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return ring.length >= 4 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
}
