import { byDepartement } from 'virtual:commune-centres';
import type { Commune } from './communes';

/** What a link's `commune=<INSEE code>` must become: a name to show and a point to measure from. */
export type CommuneCentre = Pick<Commune, 'code' | 'nom' | 'lat' | 'lon'>;

/** The département of an INSEE code: two characters (2A, 2B in Corsica), three overseas (97x, 98x). */
export function departementOf(code: string): string {
  return code.slice(0, /^9[78]/.test(code) ? 3 : 2);
}

const departements = new Map<string, Promise<Map<string, CommuneCentre>>>();

function loadDepartement(departement: string): Promise<Map<string, CommuneCentre>> {
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
