import { safeStorage } from '../visit';

/**
 * The device's own settings as a town-hall kiosk (not a visitor's): switched
 * on with ?borne=1, off with ?borne=0, and kept across visitors.
 */
const KIOSK_FLAG = 'boussole:borne';
const IDLE_SETTING = 'boussole:borne-veille';

/** How long a kiosk waits without a touch before it forgets the visitor. */
const DEFAULT_IDLE_SECONDS = 90;

export function isKiosk(): boolean {
  return safeStorage()?.getItem(KIOSK_FLAG) === '1';
}

export function setKiosk(on: boolean): void {
  if (on) safeStorage()?.setItem(KIOSK_FLAG, '1');
  else safeStorage()?.removeItem(KIOSK_FLAG);
}

export function idleSeconds(): number {
  const stored = Number.parseInt(safeStorage()?.getItem(IDLE_SETTING) ?? '', 10);
  return Number.isFinite(stored) && stored >= 5 ? stored : DEFAULT_IDLE_SECONDS;
}

export function setIdleSeconds(seconds: number): void {
  if (Number.isFinite(seconds) && seconds >= 5) safeStorage()?.setItem(IDLE_SETTING, String(seconds));
}
