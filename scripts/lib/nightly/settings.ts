/**
 * The nightly's settings, from the environment: where the national file is
 * (NIGHTLY_SOURCE_URL, a URL or a local path), which région to keep
 * (NIGHTLY_REGION, an INSEE région code), and the share of places a night may
 * remove before it is refused (NIGHTLY_MAX_REMOVED_SHARE).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { UnusableInputError } from '../snapshot/errors';

const require = createRequire(import.meta.url);
const officialList = <T>(file: string): T => JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8')) as T;

/** Centre-Val de Loire. */
export const DEFAULT_REGION = '24';
export const DEFAULT_MAX_REMOVED_SHARE = 0.1;

export interface Region {
  code: string;
  nom: string;
  departements: string[];
}

export interface NightlySettings {
  source: string;
  region: Region;
  maxRemovedShare: number;
}

export function regionOf(code: string): Region {
  const region = officialList<Array<{ code: string; nom: string }>>('regions.json').find((candidate) => candidate.code === code);
  if (!region) throw new UnusableInputError(`NIGHTLY_REGION=${JSON.stringify(code)}: not an INSEE région code (e.g. 24 for Centre-Val de Loire)`);
  const codes = officialList<Array<{ code: string; region: string }>>('departements.json').filter((departement) => departement.region === code).map((departement) => departement.code);
  return { code, nom: region.nom, departements: codes };
}

export function readSettings(env: NodeJS.ProcessEnv): NightlySettings {
  const source = env.NIGHTLY_SOURCE_URL?.trim();
  if (!source) {
    throw new UnusableInputError('NIGHTLY_SOURCE_URL is not set: give the URL (or a local path) of the national consolidated file of lieux de médiation numérique, in the standard CSV (see README, "Nightly")');
  }
  const shareText = env.NIGHTLY_MAX_REMOVED_SHARE?.trim();
  const maxRemovedShare = shareText ? Number(shareText) : DEFAULT_MAX_REMOVED_SHARE;
  if (!Number.isFinite(maxRemovedShare) || maxRemovedShare < 0 || maxRemovedShare > 1) {
    throw new UnusableInputError(`NIGHTLY_MAX_REMOVED_SHARE=${JSON.stringify(shareText)}: a share between 0 and 1 (0.1 = 10 %)`);
  }
  return { source, region: regionOf(env.NIGHTLY_REGION?.trim() || DEFAULT_REGION), maxRemovedShare };
}
