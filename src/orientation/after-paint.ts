/**
 * Runs `work` once the browser has painted what is on screen (the next frame,
 * then a task): what the first results do not need waits for them. Returns a
 * cancel function.
 */
export function afterPaint(work: () => void): () => void {
  let cancelled = false;
  const run = () => void (cancelled || work());
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
  return () => void (cancelled = true);
}
