/**
 * `virtual:commune-centres`: each commune's name and centre, one small chunk
 * per département, for a link that names its commune (`commune=<INSEE code>`).
 * Such a link needs one commune, not the whole list and its search indexes
 * (41 kB gzipped for the région, 745 kB for France): the département's chunk
 * is a few kilobytes. Made from the committed commune file at build time, so
 * there is no second copy of the data to keep in step.
 */
import type { Plugin } from 'vite';
import { readNationalCommunes, readRegionalCommunes } from './communes-file.ts';

const INDEX = 'virtual:commune-centres';
const DEPARTEMENT = `${INDEX}/`;

/** `[code, nom, lat, lon]`: what a commune link needs, nothing more. */
export type CommuneCentreRow = readonly [string, string, number, number];

export function communeCentresByDepartement(scope: 'region' | 'france'): Map<string, CommuneCentreRow[]> {
  const byDepartement = new Map<string, CommuneCentreRow[]>();
  for (const commune of scope === 'france' ? readNationalCommunes() : readRegionalCommunes()) {
    if (commune.lat === null || commune.lon === null) continue;
    const rows = byDepartement.get(commune.departement) ?? [];
    rows.push([commune.code, commune.nom, commune.lat, commune.lon]);
    byDepartement.set(commune.departement, rows);
  }
  return byDepartement;
}

export function communeCentres(scope: 'region' | 'france'): Plugin {
  let centres: Map<string, CommuneCentreRow[]> | undefined;
  const read = () => (centres ??= communeCentresByDepartement(scope));
  return {
    name: 'boussole-commune-centres',
    resolveId: (id) => (id === INDEX || id.startsWith(DEPARTEMENT) ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${INDEX}`) {
        const loaders = [...read().keys()].map((departement) => `${JSON.stringify(departement)}: () => import(${JSON.stringify(DEPARTEMENT + departement)})`);
        return `export const byDepartement = {\n${loaders.join(',\n')}\n};\n`;
      }
      if (id.startsWith(`\0${DEPARTEMENT}`)) return `export default ${JSON.stringify(read().get(id.slice(DEPARTEMENT.length + 1)) ?? [])};\n`;
      return undefined;
    },
  };
}
