/**
 * A town-hall tablet's screen: larger text and targets (a class on <html>,
 * styled in app/style.css), fullscreen and a screen that stays on where the
 * browser allows. Every call is feature-detected and may fail quietly: a
 * browser that refuses (no Wake Lock API, fullscreen denied, a low battery)
 * still shows a working kiosk.
 */
export function applyKioskScreen(on: boolean): () => void {
  document.documentElement.classList.toggle('kiosk', on);
  if (!on) return () => {};
  let lock: { release(): Promise<void> } | undefined;
  const keepAwake = () => {
    const wakeLock = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<{ release(): Promise<void> }> } }).wakeLock;
    if (!wakeLock || document.visibilityState !== 'visible') return;
    wakeLock.request('screen').then(
      (sentinel) => void (lock = sentinel),
      () => undefined,
    );
  };
  // Fullscreen needs a user's gesture: the first touch of the day brings it.
  const goFullscreen = () => {
    const root = document.documentElement;
    if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
    root.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
  };
  // The browser releases the lock when the tab is hidden: take it again on return.
  const onVisible = () => document.visibilityState === 'visible' && keepAwake();
  keepAwake();
  document.addEventListener('visibilitychange', onVisible);
  window.addEventListener('pointerdown', goFullscreen, { passive: true });
  return () => {
    document.removeEventListener('visibilitychange', onVisible);
    window.removeEventListener('pointerdown', goFullscreen);
    void lock?.release().catch(() => undefined);
  };
}
