import { canStartWorkers, keptWorker } from '../scheduling/in-worker';
import type { SnapshotCheck } from './snapshot-check';

export interface CheckRequest {
  text: string;
  previous?: { count: number };
}

const checkWorker = (): Worker => new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'boussole-check' });

const defaultWorker = () => (canStartWorkers() ? checkWorker : undefined);

const checkHere = ({ text, previous }: CheckRequest): Promise<SnapshotCheck> =>
  import('./snapshot-check').then(({ checkSnapshot }) => checkSnapshot(text, previous));

export interface SnapshotChecker {
  check(text: string, previous?: { count: number }): Promise<SnapshotCheck>;
  /** Stops the worker when there turns out to be nothing to check. */
  cancel(): void;
}

/**
 * checkSnapshot (src/places/snapshot-check.ts) in a worker (src/places/check-worker.ts), so that a first visit or an
 * update does not block the screen while a snapshot is parsed, hashed and normalised; on this thread where no worker
 * can run. The verdict is the same either way. The worker starts at once, so that on a slow network its code
 * arrives while the snapshot downloads rather than after it.
 */
export function prepareSnapshotCheck(startWorker: (() => Worker) | undefined = defaultWorker()): SnapshotChecker {
  const worker = keptWorker(startWorker, checkHere);
  return {
    check(text, previous) {
      const verdict = worker.ask(previous ? { text, previous } : { text });
      void verdict.then(worker.stop, worker.stop);
      return verdict;
    },
    cancel: () => worker.stop(),
  };
}

/** One snapshot checked aside, its worker started now. */
export function checkSnapshotAside(text: string, previous?: { count: number }, startWorker: (() => Worker) | undefined = defaultWorker()): Promise<SnapshotCheck> {
  return prepareSnapshotCheck(startWorker).check(text, previous);
}
