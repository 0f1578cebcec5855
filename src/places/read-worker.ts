/**
 * A dedicated worker that reads and checks the stored places (src/places/read-stored.ts) away from the main
 * thread: there, on a slow phone, the read waited behind the app's own code being evaluated and painted, and the
 * parse took its share of that same thread. The page gets the places as they are, or null when there are none.
 */
import { answerEachMessage } from '../scheduling/in-worker';
import { readStoredPlaces } from './read-stored';

declare const self: DedicatedWorkerGlobalScope;

answerEachMessage(self, async () => (await readStoredPlaces()) ?? null);
