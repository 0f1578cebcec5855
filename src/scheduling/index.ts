/**
 * When work that the first results do not need may run. Shared by the places
 * store (Dexie and the snapshot checks), the service-worker registration and
 * the screens that paint in two steps.
 */

let showAnswer: () => void = () => undefined;
const answerOnScreen = new Promise<void>((resolve) => (showAnswer = resolve));

/**
 * Says that the screen now shows what it was opened for — results, a place, a search's answer, or that there is
 * none. Called by the screens that wait for something (orientation, search) and by the app for the others.
 */
export function answerShown(): void {
  showAnswer();
}

/**
 * Work the first answer does not need (the service worker's registration, Dexie to check for an update): once the
 * screen shows it, or `timeoutMs` at most, then at the browser's next idle moment. An idle moment alone came too
 * soon: while a worker searched or the strings loaded, the page was idle, and Dexie's 30 kB went ahead of the results.
 */
export function afterAnswerShown(timeoutMs: number): Promise<void> {
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, timeoutMs));
  return Promise.race([answerOnScreen, timeout]).then(() => whenIdle(timeoutMs));
}

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
