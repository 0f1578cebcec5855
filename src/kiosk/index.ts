import { navigate, replaceHistoryEntries } from '../router';
import { changeLanguage } from '../i18n';
import { SOURCE_LANGUAGE } from '../i18n/languages';
import { resetVisit } from '../visit';
import { applyWaitingUpdate } from '../pwa/update';
import { forgetViewedTiles } from '../pwa/forget-tiles';
import { idleSeconds, isKiosk, setIdleSeconds, setKiosk } from './device';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

/**
 * A town-hall tablet: `?borne=1` turns kiosk mode on for this device
 * (`?borne=0` off, `&veille=<seconds>` sets the idle delay). On a kiosk every
 * navigation replaces the history entry, so "back" never shows the previous
 * visitor's screens.
 */
export function configureKioskFromUrl(url: URL): void {
  const mode = url.searchParams.get('borne');
  if (mode === '1') setKiosk(true);
  if (mode === '0') setKiosk(false);
  if (mode === '1') setIdleSeconds(Number.parseInt(url.searchParams.get('veille') ?? '', 10));
  replaceHistoryEntries(isKiosk());
}

/** Forgets the visitor: their choices, their language, their screen. */
export async function forgetVisitor(): Promise<void> {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  resetVisit();
  await forgetViewedTiles();
  await changeLanguage(SOURCE_LANGUAGE);
  navigate('/', { replace: true });
  window.scrollTo(0, 0);
  // Between two visitors is the safe moment for a waiting new version: the page reloads into it, blank.
  applyWaitingUpdate();
}

/** Starts the idle watch when the device is a kiosk; returns a stop function. */
export function watchIdleKiosk(): () => void {
  if (!isKiosk()) return () => {};
  let timer = 0;
  const restart = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void forgetVisitor(), idleSeconds() * 1000);
  };
  for (const event of ACTIVITY_EVENTS) window.addEventListener(event, restart, { passive: true });
  restart();
  return () => {
    window.clearTimeout(timer);
    for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, restart);
  };
}
