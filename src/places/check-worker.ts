/**
 * A dedicated worker that checks a downloaded snapshot (src/places/snapshot-check.ts): parsing, hashing and
 * normalising every place is the longest task of a first visit, and with 18,000 places it would freeze a slow
 * phone's screen for seconds. The page gets the verdict, the places normalised.
 */
import { answerEachMessage } from '../scheduling/in-worker';
import type { CheckRequest } from './check-aside';
import { checkSnapshot } from './snapshot-check';

declare const self: DedicatedWorkerGlobalScope;

answerEachMessage(self, ({ text, previous }: CheckRequest) => checkSnapshot(text, previous));
