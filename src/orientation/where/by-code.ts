import { byDepartement } from 'virtual:commune-centres';
import { departementOf } from '../../places/departement';
import type { Commune } from './communes';

/** What a link's `commune=<INSEE code>` must become: a name to show and a point to measure from. */
export type CommuneCentre = Pick<Commune, 'code' | 'nom' | 'lat' | 'lon'>;

const departements = new Map<string, Promise<Map<string, CommuneCentre>>>();

function loadDepartement(departement: string | undefined): Promise<Map<string, CommuneCentre>> {
  if (departement === undefined) return Promise.resolve(new Map());
  let loading = departements.get(departement);
  if (!loading) {
    const load = byDepartement[departement];
    loading = load
      ? load().then(({ default: rows }) => new Map(rows.map(([code, nom, lat, lon]) => [code, { code, nom, lat, lon }])))
      : Promise.resolve(new Map<string, CommuneCentre>());
    // A chunk that failed to load (offline, not yet precached) may be asked again later.
    loading.catch(() => departements.delete(departement));
    departements.set(departement, loading);
  }
  return loading;
}

/**
 * One commune by its INSEE code, from its département's chunk of a few
 * kilobytes: a shared link or a kiosk's mairie shows its results without
 * waiting for the whole commune list (where/load.ts), which only typing a
 * name or giving a position needs. Undefined for a code no commune bears.
 */
export async function communeByCode(code: string): Promise<CommuneCentre | undefined> {
  return (await loadDepartement(departementOf(code))).get(code);
}
