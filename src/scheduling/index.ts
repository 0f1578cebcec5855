/**
 * When work that the first results do not need may run. Shared by the places
 * store (Dexie and the snapshot checks), the service-worker registration and
 * the screens that paint in two steps.
 */

/**
 * Runs `work` once the browser has painted what is on screen (the next frame,
 * then a task). Returns a cancel function.
 */
export function afterPaint(work: () => void): () => void {
  let cancelled = false;
  const run = () => void (cancelled || work());
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
  return () => void (cancelled = true);
}

/** The browser's next idle moment, at most `timeoutMs` away; a short pause where it cannot say. */
export function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, Math.min(timeoutMs, 200));
  });
}
