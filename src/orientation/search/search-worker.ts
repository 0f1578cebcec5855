/**
 * A dedicated worker that holds the place search (src/orientation/search/place-index.ts): building the index of
 * 18,000 places froze a slow phone's page for more than a second, just as a search link's results were due, and
 * no letter could be typed meanwhile. The page sends the places once, then each query; it gets back ids and scores.
 */
import { answerEachMessage } from '../../scheduling/in-worker';
import { createPlaceIndex, type PlaceHit, type PlaceIndex } from './place-index';
import type { SearchMessage } from './aside';

declare const self: DedicatedWorkerGlobalScope;

let index: PlaceIndex | undefined;

answerEachMessage(self, (message: SearchMessage): PlaceHit[] => {
  if (message.kind === 'places') {
    index = createPlaceIndex(message.places, message.kindLabels);
    return [];
  }
  if (!index) throw new Error('a query came before the places');
  return index.search(message.query, message.limit);
});
