/**
 * A minimal TopoJSON reader for the basemap files in public/geo/ (written by
 * scripts/build-basemap.ts). It knows only what those files use: a quantised
 * transform, Polygon / MultiPolygon / Point geometries. No DOM, no Leaflet, so
 * the build script and the tests share it.
 *
 * Why TopoJSON: neighbouring communes share their borders, so each border is
 * stored once (about half the points of GeoJSON) and as small delta-encoded
 * integers. Decoding is one linear pass over the arcs; the commune outlines are
 * drawn as the arcs themselves (a mesh), so no ring stitching is needed for them.
 */

/** [longitude, latitude] */
export type Position = [number, number];

export interface Transform {
  scale: [number, number];
  translate: [number, number];
}

export interface TopoPolygon {
  type: 'Polygon';
  /** Rings, each a list of arc indices; a negative index ~i means arc i reversed. */
  arcs: number[][];
  id?: string;
  properties?: Record<string, string>;
}

export interface TopoMultiPolygon {
  type: 'MultiPolygon';
  arcs: number[][][];
  id?: string;
  properties?: Record<string, string>;
}

export interface TopoPoint {
  type: 'Point';
  /** Quantised, not delta-encoded. */
  coordinates: Position;
  id?: string;
  properties?: Record<string, string>;
}

export type TopoGeometry = TopoPolygon | TopoMultiPolygon | TopoPoint;

export interface GeometryCollection<G extends TopoGeometry = TopoGeometry> {
  type: 'GeometryCollection';
  geometries: G[];
}

export interface Topology {
  type: 'Topology';
  bbox?: [number, number, number, number];
  transform: Transform;
  /** Each arc: a first quantised position, then deltas. */
  arcs: Position[][];
  objects: Record<string, GeometryCollection>;
}

/** Whether a parsed JSON value has the shape of a quantised Topology (cheap structural check). */
export function isTopology(value: unknown): value is Topology {
  if (typeof value !== 'object' || value === null) return false;
  const topology = value as Partial<Topology>;
  return (
    topology.type === 'Topology' &&
    Array.isArray(topology.arcs) &&
    typeof topology.objects === 'object' &&
    topology.objects !== null &&
    Array.isArray(topology.transform?.scale) &&
    Array.isArray(topology.transform?.translate)
  );
}

/** Every arc as absolute [lon, lat] positions, in arc order. */
export function decodeArcs(topology: Topology): Position[][] {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty] as Position;
    });
  });
}

/** A quantised point geometry's absolute [lon, lat]. */
export function decodePoint(topology: Topology, point: TopoPoint): Position {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return [point.coordinates[0] * sx + tx, point.coordinates[1] * sy + ty];
}

/** One closed ring from its arc indices. */
export function stitchRing(ring: number[], arcs: Position[][]): Position[] {
  const positions: Position[] = [];
  for (const index of ring) {
    const arc = index >= 0 ? arcs[index] : arcs[~index]?.slice().reverse();
    if (!arc) throw new RangeError(`Unknown arc ${index}`);
    // Consecutive arcs share their joining point: keep it once.
    positions.push(...(positions.length > 0 ? arc.slice(1) : arc));
  }
  return positions;
}

/** A polygon geometry as a list of polygons, each a list of closed rings. */
export function polygonRings(geometry: TopoPolygon | TopoMultiPolygon, arcs: Position[][]): Position[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
  return polygons.map((polygon) => polygon.map((ring) => stitchRing(ring, arcs)));
}

/** Indices of the arcs an object's polygons use, each once, in ascending order: its outlines as a mesh. */
export function meshArcIndices(collection: GeometryCollection): number[] {
  const used = new Set<number>();
  for (const geometry of collection.geometries) {
    if (geometry.type === 'Point') continue;
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
    for (const polygon of polygons) for (const ring of polygon) for (const index of ring) used.add(index < 0 ? ~index : index);
  }
  return [...used].sort((a, b) => a - b);
}
