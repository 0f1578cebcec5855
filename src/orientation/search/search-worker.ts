/**
 * A dedicated worker that holds the place search (src/orientation/search/place-index.ts): building the index of
 * 18,000 places froze a slow phone's page for more than a second, just as a search link's results were due, and
 * no letter could be typed meanwhile. The page sends the places once, then each query; it gets back ids and scores.
 */
import { createPlaceIndex, type PlaceIndex } from './place-index';
import type { SearchMessage } from './aside';

declare const self: DedicatedWorkerGlobalScope;

let index: PlaceIndex | undefined;

// A failure (no index yet, a broken build) is left uncaught: it reaches the page's onerror, which then searches there.
self.onmessage = ({ data }: MessageEvent<SearchMessage>) => {
  if (data.kind === 'places') index = createPlaceIndex(data.places, data.kindLabels);
  else self.postMessage({ id: data.id, hits: index!.search(data.query, data.limit) });
};
