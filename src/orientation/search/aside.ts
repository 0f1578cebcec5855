/**
 * The place search beside the page: in a worker (src/orientation/search/search-worker.ts) where one can run, so
 * that neither building the index nor a query ever holds the page; on the page otherwise, or as soon as the worker
 * fails — the same index, the same hits, only on the main thread.
 */
import type { Place } from '../../places/place';
import { canStartWorkers, keptWorker } from '../../scheduling/in-worker';
import type { PlaceHit, PlaceIndex } from './place-index';
import { searchableOf, type Searchable } from './searchable';

export type SearchMessage =
  | { kind: 'places'; places: Searchable[]; kindLabels: Readonly<Record<string, string>> }
  | { kind: 'query'; query: string; limit: number };

export interface PlaceSearch {
  /** Best places first, as PlaceIndex.search. */
  search(query: string, limit: number): Promise<PlaceHit[]>;
  /** Lets the worker go (another snapshot, the screen left): later searches answer nothing. */
  stop(): void;
}

const searchWorker = (): Worker => new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'boussole-search' });

export function placeSearchAside(
  places: readonly Place[],
  kindLabels: Readonly<Record<string, string>>,
  startWorker: (() => Worker) | undefined = canStartWorkers() ? searchWorker : undefined,
): PlaceSearch {
  const searchable = places.map(searchableOf);
  let indexHere: Promise<PlaceIndex> | undefined;
  // On the page, the index is built at the first query, not when the places are sent.
  const here = async (message: SearchMessage): Promise<PlaceHit[]> => {
    if (message.kind === 'places') return [];
    indexHere ??= import('./place-index').then(({ createPlaceIndex }) => createPlaceIndex(searchable, kindLabels));
    return (await indexHere).search(message.query, message.limit);
  };
  const worker = keptWorker(startWorker, here);
  void worker.ask({ kind: 'places', places: searchable, kindLabels });
  return {
    search: (query, limit) => worker.ask({ kind: 'query', query, limit }),
    stop: () => worker.stop(),
  };
}
