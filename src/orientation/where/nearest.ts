import { distanceKm } from './geo';

interface Located {
  lat: number;
  lon: number;
}

/** Cells of a tenth of a degree: about 11 km north–south, 7.5 km east–west in France, two or three communes each. */
const CELL_DEGREES = 0.1;
/** Beyond this many rings of cells (≈ 500 km) a plain scan is cheaper than walking empty rings. */
const MAX_RINGS = 50;
const KM_PER_DEGREE = 111.19;

/**
 * The nearest of many points to a position, for GPS: a grid of buckets, then
 * rings of cells around the position until no closer point can remain.
 * Building it for 35,000 communes is one pass; a lookup reads a few cells.
 */
export function createNearestIndex<T extends Located>(items: readonly T[]): (lat: number, lon: number) => { item: T; km: number } | undefined {
  const cells = new Map<number, number[]>();
  const key = (row: number, column: number) => row * 100_000 + column;
  items.forEach((item, i) => {
    const cell = key(Math.floor(item.lat / CELL_DEGREES), Math.floor(item.lon / CELL_DEGREES));
    const bucket = cells.get(cell);
    if (bucket) bucket.push(i);
    else cells.set(cell, [i]);
  });

  const scan = (lat: number, lon: number) => {
    let best: { item: T; km: number } | undefined;
    for (const item of items) {
      const km = distanceKm({ lat, lon }, item);
      if (!best || km < best.km) best = { item, km };
    }
    return best;
  };

  return (lat, lon) => {
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || items.length === 0) return undefined;
    const row = Math.floor(lat / CELL_DEGREES);
    const column = Math.floor(lon / CELL_DEGREES);
    // The narrowest a cell can be around here (east–west shrinks towards the poles).
    const cellKm = CELL_DEGREES * KM_PER_DEGREE * Math.cos((Math.min(89, Math.abs(lat) + 1) * Math.PI) / 180);
    let best: { item: T; km: number } | undefined;
    for (let ring = 0; ring <= MAX_RINGS; ring++) {
      for (let dr = -ring; dr <= ring; dr++) {
        const edge = Math.abs(dr) === ring;
        for (let dc = -ring; dc <= ring; dc += edge ? 1 : 2 * ring) {
          for (const i of cells.get(key(row + dr, column + dc)) ?? []) {
            const item = items[i]!;
            const km = distanceKm({ lat, lon }, item);
            if (!best || km < best.km) best = { item, km };
          }
        }
      }
      // Every point of the next ring is at least `ring` whole cells away.
      if (best && best.km <= ring * cellKm) return best;
    }
    return scan(lat, lon);
  };
}
