import { navigate } from '../app/router';
import { changeLanguage } from '../i18n';
import { SOURCE_LANGUAGE } from '../i18n/languages';
import { isKiosk, resetVisit, setKiosk } from '../visit';

/** How long a kiosk waits without a touch before it forgets the visitor. */
const DEFAULT_IDLE_SECONDS = 90;
const IDLE_SETTING = 'boussole:borne-veille';
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

/**
 * A town-hall tablet: `?borne=1` turns kiosk mode on for this device
 * (`?borne=0` off, `&veille=<seconds>` sets the idle delay). After the idle
 * delay the app returns home in French and forgets the visitor entirely.
 */
export function configureKioskFromUrl(url: URL): void {
  const mode = url.searchParams.get('borne');
  if (mode === '1') setKiosk(true);
  if (mode === '0') setKiosk(false);
  const idle = Number.parseInt(url.searchParams.get('veille') ?? '', 10);
  if (mode === '1' && Number.isFinite(idle) && idle >= 5) localStorage.setItem(IDLE_SETTING, String(idle));
}

export function idleSeconds(): number {
  const stored = Number.parseInt(localStorage.getItem(IDLE_SETTING) ?? '', 10);
  return Number.isFinite(stored) && stored >= 5 ? stored : DEFAULT_IDLE_SECONDS;
}

/** Forgets the visitor: their choices, their language, their screen. */
export async function forgetVisitor(): Promise<void> {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  resetVisit();
  await changeLanguage(SOURCE_LANGUAGE);
  navigate('/', { replace: true });
  window.scrollTo(0, 0);
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
