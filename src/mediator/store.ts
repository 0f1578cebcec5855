import type { MediatorDatabase } from './db';
import type { Outcome, TallyTap } from './tally';
import { dayKey, tourDayOf, type TourStop } from './tour';

/** Storage of the tour and the tally; every write is one Dexie call that completes before the screen says so. */

function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function createStopId(): string {
  return newId();
}

export async function readTour(db: MediatorDatabase): Promise<TourStop[]> {
  return (await db.stops.toArray()).sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start) || a.commune.name.localeCompare(b.commune.name, 'fr'));
}

export async function saveStop(db: MediatorDatabase, stop: TourStop): Promise<void> {
  await db.stops.put(stop);
}

export async function deleteStop(db: MediatorDatabase, id: string): Promise<void> {
  await db.stops.delete(id);
}

/** An imported tour replaces the old one in one transaction: all or nothing. */
export async function replaceTour(db: MediatorDatabase, stops: readonly TourStop[]): Promise<void> {
  await db.transaction('rw', db.stops, async () => {
    await db.stops.clear();
    await db.stops.bulkPut([...stops]);
  });
}

/**
 * One tap, one put, written before the button says "noted": a crash or a
 * flat battery a second later loses nothing.
 */
export async function recordTap(db: MediatorDatabase, stop: TourStop, need: string, outcome: Outcome, now = new Date()): Promise<TallyTap> {
  const tap: TallyTap = {
    id: newId(),
    at: now.toISOString(),
    day: dayKey(tourDayOf(now)),
    stopId: stop.id,
    communeCode: stop.commune.code,
    communeName: stop.commune.name,
    need,
    outcome,
  };
  await db.taps.put(tap);
  return tap;
}

/** A tap made by mistake (the wrong button, a bump in the bus) is taken back, and only that one. */
export async function deleteTap(db: MediatorDatabase, id: string): Promise<void> {
  await db.taps.delete(id);
}

export async function tapsOfDay(db: MediatorDatabase, day: string): Promise<TallyTap[]> {
  return db.taps.where('day').equals(day).toArray();
}

export async function allTaps(db: MediatorDatabase): Promise<TallyTap[]> {
  return db.taps.toArray();
}
