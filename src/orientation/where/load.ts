import { createCommuneFinder, type CommuneFinder } from './commune-finder';
import { communesFromColumns, type CommuneColumns, type CommuneList } from './communes';

/** Which communes "where am I" knows: the region's (default, 235 kB raw / 42 kB gzip) or all of France's (2.2 MB / 745 kB). */
export type CommuneScope = 'region' | 'france';

const loading = new Map<CommuneScope, Promise<CommuneFinder>>();

/**
 * The commune finder, built once per scope. The files ship as their own
 * chunks (dynamic imports), loaded when a screen first needs them and
 * precached by the service worker for offline use.
 */
export function loadCommuneFinder(scope: CommuneScope = 'region'): Promise<CommuneFinder> {
  let finder = loading.get(scope);
  if (!finder) {
    finder =
      scope === 'region'
        ? import('../../../data/communes/centre-val-de-loire.json').then((data) => createCommuneFinder((data.default as CommuneList).communes))
        : import('../../../data/communes/france.json').then((data) => createCommuneFinder(communesFromColumns(data.default as CommuneColumns)));
    // A failed load (chunk missing offline) may be tried again later.
    finder.catch(() => loading.delete(scope));
    loading.set(scope, finder);
  }
  return finder;
}
