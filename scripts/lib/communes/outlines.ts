/**
 * Commune outlines of IGN Admin Express COG 2018 (codes of 2018), as shipped in
 * ../shared/geo. Only read at build and test time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { DecoupageCommune } from './decoupage';
import { polygonsOf, type PolygonRings } from './geometry';
import { SHARED_DIR } from './paths';

export const OUTLINES_ATTRIBUTION = 'IGN — Admin Express COG 2018 (Licence Ouverte)';
export const REGIONAL_OUTLINES_FILE = join(SHARED_DIR, 'geo', 'communes-centre-val-de-loire.geojson');
export const NATIONAL_OUTLINES_DIR = join(SHARED_DIR, 'geo', 'france', 'communes');
export const REGION_OUTLINE_FILE = join(SHARED_DIR, 'geo', 'region-centre-val-de-loire.geojson');

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

export function loadNationalOutlines(): OutlinesByCode2018 {
  const outlines: OutlinesByCode2018 = new Map();
  for (const file of readdirSync(NATIONAL_OUTLINES_DIR).filter((name) => name.endsWith('.geojson')).sort()) {
    addOutlines(join(NATIONAL_OUTLINES_DIR, file), outlines);
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
