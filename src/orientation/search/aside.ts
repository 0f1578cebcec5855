/**
 * The place search beside the page: in a worker (src/orientation/search/search-worker.ts) where one can run, so
 * that neither building the index nor a query ever holds the page; on the page otherwise, or as soon as the worker
 * fails — the same index, the same hits, only on the main thread.
 */
import type { Place } from '../../places/place';
import { canStartWorkers } from '../../scheduling/in-worker';
import type { PlaceHit, PlaceIndex } from './place-index';
import { searchableOf, type Searchable } from './searchable';

export type SearchMessage =
  | { kind: 'places'; places: Searchable[]; kindLabels: Readonly<Record<string, string>> }
  | { kind: 'query'; id: number; query: string; limit: number };

export interface SearchReply {
  id: number;
  hits: PlaceHit[];
}

export interface PlaceSearch {
  /** Best places first, as PlaceIndex.search. */
  search(query: string, limit: number): Promise<PlaceHit[]>;
  /** Lets the worker go (another snapshot, the screen left). */
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
  const searchHere = (query: string, limit: number) =>
    (indexHere ??= import('./place-index').then(({ createPlaceIndex }) => createPlaceIndex(searchable, kindLabels))).then((index) => index.search(query, limit));

  let worker: Worker | undefined;
  try {
    worker = startWorker?.();
  } catch {
    worker = undefined;
  }
  const waiting = new Map<number, { query: string; limit: number; answer: (hits: PlaceHit[] | Promise<PlaceHit[]>) => void }>();
  let nextId = 0;
  let stopped = false;
  if (worker) {
    worker.onmessage = ({ data }: MessageEvent<SearchReply>) => {
      waiting.get(data.id)?.answer(data.hits);
      waiting.delete(data.id);
    };
    worker.onerror = worker.onmessageerror = (event: Event) => {
      event.preventDefault();
      worker?.terminate();
      worker = undefined;
      for (const { query, limit, answer } of waiting.values()) answer(searchHere(query, limit));
      waiting.clear();
    };
    worker.postMessage({ kind: 'places', places: searchable, kindLabels } satisfies SearchMessage);
  }

  return {
    search(query, limit) {
      // A search let go answers nothing: its screen has moved on, and building an index on the page for it would be waste.
      if (stopped) return new Promise<PlaceHit[]>(() => undefined);
      const running = worker;
      if (!running) return searchHere(query, limit);
      return new Promise((answer) => {
        const id = nextId++;
        waiting.set(id, { query, limit, answer });
        running.postMessage({ kind: 'query', id, query, limit } satisfies SearchMessage);
      });
    },
    stop() {
      stopped = true;
      worker?.terminate();
      worker = undefined;
      waiting.clear();
    },
  };
}
