/**
 * Runs `work` and leaves a User Timing measure named `name`: the benchmark
 * (bench/run.ts) reads them from the page, and they show in DevTools.
 */
export async function measured<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

/** The same for work that does not wait: an index built in one go, on the main thread. */
export function measuredNow<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
