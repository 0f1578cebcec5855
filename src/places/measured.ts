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
