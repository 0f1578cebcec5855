import { createCommuneFinder, type CommuneFinder } from './commune-finder';
import { measuredNow } from '../../places/measured';
import { communesFromColumns, type CommuneColumns, type CommuneList } from './communes';

/** Which communes "where am I" knows: the region's (default, 235 kB raw / 42 kB gzip) or all of France's (2.2 MB / 745 kB). */
export type CommuneScope = 'region' | 'france';

let loading: Promise<CommuneFinder> | undefined;

/**
 * The commune finder, built once. The file ships as its own chunk (a dynamic
 * import), loaded when a screen first needs it and precached by the service
 * worker for offline use.
 */
export function loadCommuneFinder(): Promise<CommuneFinder> {
  if (!loading) {
    // Chosen when the app is built (VITE_COMMUNE_SCOPE=france for a national deployment), written out so the
    // build folds it and bundles only that list: a regional phone never downloads or precaches the national one.
    const finder =
      import.meta.env.VITE_COMMUNE_SCOPE === 'france'
        ? import('../../../data/communes/france.json').then((data) => measuredNow('boussole:commune-index', () => createCommuneFinder(communesFromColumns(data.default as CommuneColumns))))
        : import('../../../data/communes/centre-val-de-loire.json').then((data) => measuredNow('boussole:commune-index', () => createCommuneFinder((data.default as CommuneList).communes)));
    // A failed load (chunk missing offline) may be tried again later.
    finder.catch(() => (loading = undefined));
    loading = finder;
  }
  return loading;
}

/** Forgets the finder, so a test can load it again under another scope. */
export function resetCommuneFinder(): void {
  loading = undefined;
}
