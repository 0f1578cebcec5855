/**
 * The official list of communes, from @etalab/decoupage-administratif.
 * The package's index.js reads its JSON relative to the process's working
 * directory, so the data files are resolved and read directly instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface DecoupageCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement: string;
  region: string;
  zone: 'metro' | 'drom' | 'com';
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
  /** For communes déléguées and associées: the code of the current commune they belong to. */
  chefLieu?: string;
}

const require = createRequire(import.meta.url);

function readPackageJson<T>(file: string): T {
  return JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/${file}`), 'utf8')) as T;
}

export const DECOUPAGE_VERSION: string = readPackageJson<{ version: string }>('package.json').version;

let allCommunes: DecoupageCommune[] | undefined;

export function loadDecoupageCommunes(): DecoupageCommune[] {
  allCommunes ??= readPackageJson<DecoupageCommune[]>('data/communes.json');
  return allCommunes;
}

export function loadCurrentCommunes(): DecoupageCommune[] {
  return loadDecoupageCommunes().filter((commune) => commune.type === 'commune-actuelle');
}

/** Former communes still named in the official list (déléguées, associées), with the current commune they now belong to. */
export function loadFormerCommuneNames(): DecoupageCommune[] {
  return loadDecoupageCommunes().filter(
    (commune) => (commune.type === 'commune-deleguee' || commune.type === 'commune-associee') && commune.chefLieu != null,
  );
}
