/**
 * Cuts one self-contained, quantised TopoJSON file out of the shared raw
 * topology: only the arcs its objects use, renumbered in first-use order,
 * coordinates on a round grid (scale = precision, translate rounded down to the
 * grid) so that every decoded coordinate has at most as many decimals as the
 * precision, and arcs delta-encoded.
 */
import type { GeometryCollection, Position, TopoGeometry, Topology } from '../../../src/map/topojson';
import type { RawTopology } from './simplify';

/** A copy of a geometry with each arc index (possibly negative) replaced. */
function mapArcIndices(geometry: TopoGeometry, replace: (index: number) => number): TopoGeometry {
  switch (geometry.type) {
    case 'Polygon':
      return { ...geometry, arcs: geometry.arcs.map((ring) => ring.map(replace)) };
    case 'MultiPolygon':
      return { ...geometry, arcs: geometry.arcs.map((polygon) => polygon.map((ring) => ring.map(replace))) };
    case 'Point':
      return geometry;
  }
}

/** Removes repeated consecutive positions inside an arc, keeping both ends (they join other arcs). */
function withoutRepeats(arc: Position[]): Position[] {
  const kept: Position[] = [];
  arc.forEach((position, i) => {
    const previous = kept[kept.length - 1];
    const repeated = previous !== undefined && previous[0] === position[0] && previous[1] === position[1];
    if (!repeated) kept.push(position);
    else if (i === arc.length - 1 && kept.length > 1) kept[kept.length - 1] = position;
  });
  if (kept.length === 1) kept.push(kept[0] as Position); // a degenerate arc still needs two ends
  return kept;
}

/**
 * @param raw the shared topology (absolute coordinates)
 * @param objects the output objects; their polygon arc indices refer to raw.arcs, points are absolute
 * @param precision the grid step in degrees, e.g. 0.0001
 */
export function quantisedTopology(
  raw: RawTopology,
  objects: Record<string, GeometryCollection>,
  precision: number,
): Topology {
  const grid = (value: number) => Math.round(value / precision);

  // Renumber the used arcs in first-use order (deterministic: objects and geometries are in a fixed order).
  const renumbered = new Map<number, number>();
  const renumber = (index: number): number => {
    const raw_ = index < 0 ? ~index : index;
    let next = renumbered.get(raw_);
    if (next === undefined) {
      next = renumbered.size;
      renumbered.set(raw_, next);
    }
    return index < 0 ? ~next : next;
  };
  const renumberedObjects: Record<string, GeometryCollection> = {};
  for (const [name, collection] of Object.entries(objects)) {
    renumberedObjects[name] = {
      type: 'GeometryCollection',
      geometries: collection.geometries.map((geometry) => mapArcIndices(geometry, renumber)),
    };
  }

  const arcs: Position[][] = [];
  for (const [rawIndex, index] of renumbered) {
    const arc = raw.arcs[rawIndex];
    if (!arc) throw new RangeError(`raw topology has no arc ${rawIndex}`);
    arcs[index] = withoutRepeats(arc.map(([x, y]) => [grid(x), grid(y)]));
  }
  const points = Object.values(renumberedObjects).flatMap((collection) =>
    collection.geometries.flatMap((geometry) => (geometry.type === 'Point' ? [geometry] : [])),
  );
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const extend = ([x, y]: Position) => {
    [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
  };
  for (const arc of arcs) arc.forEach(extend);
  for (const point of points) extend([grid(point.coordinates[0]), grid(point.coordinates[1])]);
  const decimals = Math.max(0, Math.round(-Math.log10(precision)));
  const degrees = (gridValue: number) => Number((gridValue * precision).toFixed(decimals));

  const quantisedObjects: Record<string, GeometryCollection> = {};
  for (const [name, collection] of Object.entries(renumberedObjects)) {
    quantisedObjects[name] = {
      type: 'GeometryCollection',
      geometries: collection.geometries.map((geometry) =>
        geometry.type === 'Point'
          ? { ...geometry, coordinates: [grid(geometry.coordinates[0]) - minX, grid(geometry.coordinates[1]) - minY] }
          : geometry,
      ),
    };
  }

  return {
    type: 'Topology',
    bbox: [degrees(minX), degrees(minY), degrees(maxX), degrees(maxY)],
    transform: { scale: [precision, precision], translate: [degrees(minX), degrees(minY)] },
    objects: quantisedObjects,
    arcs: arcs.map((arc) => {
      let [px, py] = [minX, minY];
      return arc.map(([x, y]) => {
        const delta: Position = [x - px, y - py];
        [px, py] = [x, y];
        return delta;
      });
    }),
  };
}
