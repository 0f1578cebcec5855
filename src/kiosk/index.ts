import { useEffect, useState } from 'preact/hooks';
import { navigate, replaceHistoryEntries } from '../router';
import { changeLanguage } from '../i18n';
import { resetVisit, setStartingPoint, type Where } from '../visit';
import { communeByCode } from '../orientation/where/by-code';
import {
  forgetKioskSettings,
  idleSeconds,
  isKiosk,
  kioskCommune,
  kioskLanguage,
  setIdleSeconds,
  setKiosk,
  setKioskCommune,
  setKioskLanguage,
} from './device';
import { applyWaitingUpdate } from '../pwa/update';
import { forgetViewedTiles } from '../pwa/forget-tiles';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

/**
 * How long the warning gives a person to say they are still there: WCAG 2.2.1
 * (Timing Adjustable) asks for at least 20 seconds; a senior who stepped away
 * to find glasses gets a little more.
 */
export const WARNING_SECONDS = 30;

/**
 * A town-hall tablet: `?borne=1` turns kiosk mode on for this device
 * (`?borne=0` off), `&veille=<seconds>` sets the idle delay, `&commune=<INSEE>`
 * the commune it stands in and `&langue=<code>` the language each person
 * starts in. All are device settings, kept across visitors (src/kiosk/device.ts).
 * On a kiosk every navigation replaces the history entry, so "back" never
 * shows the previous visitor's screens.
 */
export function configureKioskFromUrl(url: URL): void {
  const mode = url.searchParams.get('borne');
  if (mode === '1') {
    setKiosk(true);
    setIdleSeconds(Number.parseInt(url.searchParams.get('veille') ?? '', 10));
    setKioskCommune(url.searchParams.get('commune'));
    setKioskLanguage(url.searchParams.get('langue'));
  }
  if (mode === '0') {
    setKiosk(false);
    forgetKioskSettings();
  }
  replaceHistoryEntries(isKiosk());
}

/**
 * The kiosk's commune becomes where every visit starts (results near the
 * mairie without asking where). Its département's communes are a small lazy
 * chunk: until it arrives a visit starts with no place, as before.
 */
export async function startFromKioskCommune(): Promise<void> {
  const code = isKiosk() ? kioskCommune() : undefined;
  if (!code) return setStartingPoint(undefined);
  const commune = await communeByCode(code);
  const where: Where | undefined = commune && { label: commune.nom, latitude: commune.lat, longitude: commune.lon, source: 'commune', code: commune.code };
  setStartingPoint(where);
}

/**
 * Forgets the visitor: their choices, their language, their screen. The one
 * reset of the kiosk (the idle watch, the "new person" button and whatever
 * else must happen between two people call it).
 */
export async function forgetVisitor(): Promise<void> {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
  hideWarning();
  resetVisit();
  await forgetViewedTiles();
  await changeLanguage(kioskLanguage());
  navigate('/', { replace: true });
  window.scrollTo(0, 0);
  // Between two visitors is the safe moment for a waiting new version: the page reloads into it, blank.
  applyWaitingUpdate();
}

/** Whether the "are you still there?" warning shows, and when it runs out. */
export type IdleState = { phase: 'active' } | { phase: 'warning'; deadline: number };

let idle: IdleState = { phase: 'active' };
const idleListeners = new Set<(state: IdleState) => void>();
let restartWatch: () => void = () => {};

function publishIdle(next: IdleState): void {
  idle = next;
  for (const listener of idleListeners) listener(idle);
}

function hideWarning(): void {
  if (idle.phase !== 'active') publishIdle({ phase: 'active' });
}

/** The person tapped "Je continue": the warning closes and the idle delay starts again. */
export function stillHere(): void {
  hideWarning();
  restartWatch();
}

export function useIdleState(): IdleState {
  const [state, setState] = useState(idle);
  useEffect(() => {
    idleListeners.add(setState);
    setState(idle);
    return () => void idleListeners.delete(setState);
  }, []);
  return state;
}

/**
 * Starts the idle watch when the device is a kiosk; returns a stop function.
 * After the idle delay a warning shows for WARNING_SECONDS; without a tap on
 * "Je continue" the visitor is forgotten. While the warning shows, only that
 * answer (not a stray touch elsewhere) keeps the screen.
 */
export function watchIdleKiosk(): () => void {
  if (!isKiosk()) return () => {};
  let timer = 0;
  const warn = () => {
    publishIdle({ phase: 'warning', deadline: Date.now() + WARNING_SECONDS * 1000 });
    timer = window.setTimeout(() => void forgetVisitor().then(restart), WARNING_SECONDS * 1000);
  };
  const restart = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(warn, idleSeconds() * 1000);
  };
  const onActivity = () => {
    if (idle.phase === 'active') restart();
  };
  restartWatch = restart;
  for (const event of ACTIVITY_EVENTS) window.addEventListener(event, onActivity, { passive: true });
  restart();
  return () => {
    window.clearTimeout(timer);
    restartWatch = () => {};
    for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, onActivity);
  };
}
