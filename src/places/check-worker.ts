/**
 * A dedicated worker that checks a downloaded snapshot (src/places/snapshot-check.ts): parsing, hashing and
 * normalising every place is the longest task of a first visit, and with 18,000 places it would freeze a slow
 * phone's screen for seconds. The page gets the verdict, the places normalised.
 */
import { checkSnapshot } from './snapshot-check';
import type { CheckRequest } from './check-aside';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { text, previous } = event.data;
  checkSnapshot(text, previous).then(
    (verdict) => self.postMessage(verdict),
    (error: unknown) => {
      // Thrown again outside the promise, it reaches the page's `onerror`, which runs the check there instead.
      setTimeout(() => {
        throw error;
      });
    },
  );
};
