/**
 * The one mapshaper run of the basemap build: simplify the commune outlines,
 * derive département and region outlines from them, and place a label point
 * inside each commune. The result is an unquantised TopoJSON topology whose
 * layers all share the same arcs, so département and region borders lie exactly
 * on the commune borders at every zoom.
 */
import mapshaper from 'mapshaper';

export interface SimplifyOptions {
  /** Simplification tolerance in metres (Visvalingam weighted, mapshaper's default method). */
  intervalMetres: number;
  /** Coordinate precision in degrees (e.g. 0.0001). */
  precision: number;
}

/** An unquantised topology as mapshaper writes it: absolute coordinates in arcs and points. */
export interface RawTopology {
  type: 'Topology';
  arcs: [number, number][][];
  objects: Record<string, { type: 'GeometryCollection'; geometries: RawGeometry[] }>;
}

export type RawGeometry =
  | { type: 'Polygon'; arcs: number[][]; properties: Record<string, unknown> }
  | { type: 'MultiPolygon'; arcs: number[][][]; properties: Record<string, unknown> }
  | { type: 'Point'; coordinates: [number, number]; properties: Record<string, unknown> }
  | { type: null; properties: Record<string, unknown> };

/** Layer names in the returned topology. */
export const LAYERS = { communes: 'communes', departements: 'departements', region: 'region', labels: 'labels' } as const;

export async function simplifyOutlines(communesGeoJson: string, options: SimplifyOptions): Promise<RawTopology> {
  const commands = [
    `-i communes.json name=${LAYERS.communes}`,
    // keep-shapes: no commune may vanish, however small.
    `-simplify interval=${options.intervalMetres} keep-shapes`,
    // area (m²) orders the labels: bigger communes are labelled first when labels collide.
    `-each 'dep=code.slice(0,2); area=Math.round(this.area)'`,
    `-dissolve dep + name=${LAYERS.departements}`,
    `-dissolve target=${LAYERS.communes} + name=${LAYERS.region}`,
    // "inner": a point inside the largest ring of the simplified polygon, not a centroid (which can fall outside).
    `-points inner target=${LAYERS.communes} + name=${LAYERS.labels}`,
    `-o format=topojson no-quantization precision=${options.precision} fix-geometry`,
    `target=${LAYERS.communes},${LAYERS.departements},${LAYERS.region},${LAYERS.labels} out.json`,
  ].join(' ');
  const output = await mapshaper.applyCommands(commands, { 'communes.json': communesGeoJson });
  const text = output['out.json'];
  if (text === undefined) throw new Error('mapshaper wrote no out.json');
  return JSON.parse(text.toString()) as RawTopology;
}
