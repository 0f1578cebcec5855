/**
 * Commune outlines of IGN Admin Express COG 2018 (codes of 2018), as committed
 * in data/sources/geo. Only read at build and test time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { decodeArcs, isTopology, polygonRings, type GeometryCollection, type TopoMultiPolygon, type TopoPolygon } from '../../../src/map/topojson';
import type { DecoupageCommune } from './decoupage';
import { polygonsOf, type PolygonRings } from './geometry';
import { GEO_DIR, NATIONAL_OUTLINES_FILE } from '../sources/paths';

export const OUTLINES_ATTRIBUTION = 'IGN — Admin Express COG 2018 (Licence Ouverte)';
export const REGIONAL_OUTLINES_FILE = join(GEO_DIR, 'communes-centre-val-de-loire.geojson');
export const REGION_OUTLINE_FILE = join(GEO_DIR, 'region-centre-val-de-loire.geojson');

interface OutlineProperties {
  code: string;
  nom: string;
}

/** Polygons of each 2018 commune, by its 2018 INSEE code. */
export type OutlinesByCode2018 = Map<string, PolygonRings[]>;

function addOutlines(file: string, outlines: OutlinesByCode2018): void {
  const collection = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, OutlineProperties>;
  for (const feature of collection.features) {
    outlines.set(feature.properties.code, polygonsOf(feature.geometry));
  }
}

export function loadRegionalOutlines(): OutlinesByCode2018 {
  const outlines: OutlinesByCode2018 = new Map();
  addOutlines(REGIONAL_OUTLINES_FILE, outlines);
  return outlines;
}

/** Every French commune, from one simplified TopoJSON file (layer `communes`, properties code and nom). */
export function loadNationalOutlines(file = NATIONAL_OUTLINES_FILE): OutlinesByCode2018 {
  const topology: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isTopology(topology)) throw new Error(`${file}: not a TopoJSON topology`);
  const arcs = decodeArcs(topology);
  const layer = topology.objects['communes'] as GeometryCollection<TopoPolygon | TopoMultiPolygon> | undefined;
  if (!layer) throw new Error(`${file}: no layer "communes"`);
  const outlines: OutlinesByCode2018 = new Map();
  for (const geometry of layer.geometries) {
    const code = (geometry.properties as { code?: string } | undefined)?.code;
    if (code && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) outlines.set(code, polygonRings(geometry, arcs));
  }
  return outlines;
}

/** The outline of the region, as polygons. */
export function loadRegionOutline(): PolygonRings[] {
  const parsed = JSON.parse(readFileSync(REGION_OUTLINE_FILE, 'utf8')) as
    | { type: 'Feature'; geometry: Polygon | MultiPolygon }
    | FeatureCollection<Polygon | MultiPolygon>;
  if (parsed.type === 'Feature') return polygonsOf(parsed.geometry);
  return parsed.features.flatMap((feature) => polygonsOf(feature.geometry));
}

/**
 * The 2018 outlines that together make up a current commune: its own code and
 * the codes of the communes it absorbed since (`anciensCodes`).
 */
export function outlinesOfCurrentCommune(commune: DecoupageCommune, outlines: OutlinesByCode2018): PolygonRings[] {
  const codes = [commune.code, ...(commune.anciensCodes ?? [])];
  return codes.flatMap((code) => outlines.get(code) ?? []);
}
