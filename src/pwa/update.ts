import { useEffect, useState } from 'preact/hooks';

/**
 * A new version of the app waiting to take over (src/pwa/register.ts finds
 * it). It is applied only at a safe moment: when the person taps "update", or
 * when a kiosk forgets its visitor — never under someone's fingers.
 * Kept free of workbox-window so that the kiosk can call it from the first paint.
 */
let apply: (() => void) | undefined;
const listeners = new Set<(waiting: boolean) => void>();

function notify(): void {
  for (const listener of listeners) listener(apply !== undefined);
}

/** Called by the registration when a new version has installed and waits. */
export function offerUpdate(applyNow: () => void): void {
  apply = applyNow;
  notify();
}

/** Switches to the waiting version (the page reloads into it); false when none waits. */
export function applyWaitingUpdate(): boolean {
  const run = apply;
  if (!run) return false;
  apply = undefined;
  notify();
  run();
  return true;
}

export function useWaitingUpdate(): boolean {
  const [waiting, setWaiting] = useState(apply !== undefined);
  useEffect(() => {
    listeners.add(setWaiting);
    setWaiting(apply !== undefined);
    return () => void listeners.delete(setWaiting);
  }, []);
  return waiting;
}
