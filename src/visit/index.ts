import { useEffect, useState } from 'preact/hooks';

/**
 * Everything Boussole knows about the person in front of the screen, in one
 * place, so that kiosk mode can forget a visitor with one call (resetVisit).
 * Only the last chosen position may be kept on the device, and only when the
 * device remembers (never on a kiosk: see startVisit).
 */
export interface Where {
  label: string;
  latitude: number;
  longitude: number;
  source: 'gps' | 'commune';
  /** INSEE code when the person chose a commune. */
  code?: string;
}

export interface Visit {
  where?: Where;
}

const REMEMBERED_WHERE = 'boussole:ou-je-suis';

let visit: Visit = {};
let remembers = true;
/** Where every visit begins when the device itself knows where it stands (a town-hall kiosk's commune). */
let startingPoint: Where | undefined;

function blankVisit(): Visit {
  return startingPoint ? { where: startingPoint } : {};
}

/**
 * The device's own place (not a visitor's): a kiosk's commune. A visit with
 * no place of its own takes it, and every reset returns to it.
 */
export function setStartingPoint(where: Where | undefined): void {
  const wasAtStart = visit.where === startingPoint || visit.where === undefined;
  startingPoint = where;
  if (wasAtStart) publish({ ...visit, where });
}
const listeners = new Set<(visit: Visit) => void>();

function publish(next: Visit): void {
  visit = next;
  for (const listener of listeners) listener(visit);
}

/** Starts a visit; a device that does not remember (a kiosk) starts blank and keeps nothing. */
export function startVisit({ remember }: { remember: boolean }): void {
  remembers = remember;
  if (!remember) {
    forgetRememberedVisit();
    return publish(blankVisit());
  }
  const remembered = safeStorage()?.getItem(REMEMBERED_WHERE);
  const where = remembered ? parseWhere(remembered) : undefined;
  publish(where ? { where } : blankVisit());
}

export function setWhere(where: Where | undefined): void {
  publish({ ...visit, where });
  if (!remembers) return;
  if (where) safeStorage()?.setItem(REMEMBERED_WHERE, JSON.stringify(where));
  else forgetRememberedVisit();
}

export function resetVisit(): void {
  forgetRememberedVisit();
  publish(blankVisit());
}

export function forgetRememberedVisit(): void {
  safeStorage()?.removeItem(REMEMBERED_WHERE);
}

export function useVisit(): Visit {
  const [current, setCurrent] = useState(visit);
  useEffect(() => {
    listeners.add(setCurrent);
    setCurrent(visit);
    return () => void listeners.delete(setCurrent);
  }, []);
  return current;
}

function parseWhere(text: string): Where | undefined {
  try {
    const value = JSON.parse(text) as Partial<Where>;
    if (typeof value.latitude === 'number' && typeof value.longitude === 'number' && typeof value.label === 'string') {
      return { label: value.label, latitude: value.latitude, longitude: value.longitude, source: value.source === 'gps' ? 'gps' : 'commune', code: value.code };
    }
  } catch {
    /* a damaged entry is forgotten */
  }
  return undefined;
}

/** localStorage can be missing or throw (private mode, storage full): the app still works, it just forgets. */
export function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
