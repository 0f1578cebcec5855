/**
 * Where the basemap comes from and where it goes. The sources are the IGN Admin
 * Express COG 2018 outlines in data/sources/geo (read at build and test time only);
 * the output is public/geo/, served by the app from its own origin.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GEO_DIR } from '../sources/paths';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const BASEMAP_DIR = join(REPO_ROOT, 'public', 'geo');

export const SOURCE_FILES = {
  region: join(GEO_DIR, 'region-centre-val-de-loire.geojson'),
  departements: join(GEO_DIR, 'departements-centre-val-de-loire.geojson'),
  communes: join(GEO_DIR, 'communes-centre-val-de-loire.geojson'),
} as const;

export interface Named {
  code: string;
  nom: string;
}

export interface BasemapSources {
  /** The communes file as read, handed to mapshaper unchanged. */
  communesText: string;
  region: Named;
  departements: Named[];
}

function named(feature: Feature<Geometry | null, Partial<Named> | null>, file: string): Named {
  const { code, nom } = feature.properties ?? {};
  if (typeof code !== 'string' || typeof nom !== 'string') throw new Error(`${file}: a feature has no code or nom`);
  return { code, nom };
}

/** Reads the three source files; only the communes carry geometry into the build (see build.ts). */
export function readSources(): BasemapSources {
  const region = JSON.parse(readFileSync(SOURCE_FILES.region, 'utf8')) as Feature<Geometry, Named>;
  const departements = JSON.parse(readFileSync(SOURCE_FILES.departements, 'utf8')) as FeatureCollection<Geometry, Named>;
  return {
    communesText: readFileSync(SOURCE_FILES.communes, 'utf8'),
    region: named(region, SOURCE_FILES.region),
    departements: departements.features.map((feature) => named(feature, SOURCE_FILES.departements)),
  };
}
