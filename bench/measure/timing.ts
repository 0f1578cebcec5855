/** Timings for the benchmark: what a person typing a query costs, keystroke by keystroke. */

export interface TimingSummary {
  count: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  meanMs: number;
}

/** Median, 95th percentile (nearest rank), max and mean of samples in milliseconds, rounded to 0.001 ms. */
export function summarize(samples: readonly number[]): TimingSummary {
  if (samples.length === 0) return { count: 0, medianMs: 0, p95Ms: 0, maxMs: 0, meanMs: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    count: sorted.length,
    medianMs: round(rank(0.5)),
    p95Ms: round(rank(0.95)),
    maxMs: round(sorted[sorted.length - 1]!),
    meanMs: round(sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length),
  };
}

/** What the search box holds after each keystroke: "c", "ch", "cha", … up to the whole query. */
export function keystrokes(query: string): string[] {
  const typed: string[] = [];
  for (let end = 1; end <= query.length; end++) typed.push(query.slice(0, end));
  return typed;
}

/** Milliseconds one call takes (performance.now: browsers, workers and Node alike). */
export function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
