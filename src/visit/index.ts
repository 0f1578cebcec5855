import { useEffect, useState } from 'preact/hooks';

/**
 * Everything Boussole knows about the person in front of the screen, in one
 * place, so that kiosk mode can forget a visitor with one call (resetVisit).
 * Only the last chosen position is kept on the device, and never on a kiosk.
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
const KIOSK_FLAG = 'boussole:borne';

let visit: Visit = {};
const listeners = new Set<(visit: Visit) => void>();

function publish(next: Visit): void {
  visit = next;
  for (const listener of listeners) listener(visit);
}

/** A kiosk is a device setting (not a visitor's), switched on with ?borne=1 and off with ?borne=0. */
export function isKiosk(): boolean {
  return safeStorage()?.getItem(KIOSK_FLAG) === '1';
}

export function setKiosk(on: boolean): void {
  const storage = safeStorage();
  if (on) {
    storage?.setItem(KIOSK_FLAG, '1');
    storage?.removeItem(REMEMBERED_WHERE);
  } else storage?.removeItem(KIOSK_FLAG);
}

export function startVisit(): void {
  if (isKiosk()) return publish({});
  const remembered = safeStorage()?.getItem(REMEMBERED_WHERE);
  publish(remembered ? { where: parseWhere(remembered) } : {});
}

export function getVisit(): Visit {
  return visit;
}

export function setWhere(where: Where | undefined): void {
  publish({ ...visit, where });
  if (isKiosk()) return;
  if (where) safeStorage()?.setItem(REMEMBERED_WHERE, JSON.stringify(where));
  else safeStorage()?.removeItem(REMEMBERED_WHERE);
}

export function resetVisit(): void {
  if (!isKiosk()) safeStorage()?.removeItem(REMEMBERED_WHERE);
  publish({});
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
function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
