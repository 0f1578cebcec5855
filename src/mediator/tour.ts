import { parisWallClock } from '../orientation/hours/time';

/**
 * A mediator's tour: where the bus parks, which day, which hours, how often.
 * Pure data and calendar rules, no storage (db.ts) and no screen.
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export type Recurrence =
  | { kind: 'weekly' }
  /** Every other week, by ISO week number: 'odd' = weeks 1, 3, … 53 (as OSM's `week 01-53/2`). */
  | { kind: 'fortnightly'; parity: 'odd' | 'even' }
  /** The nth such weekday of the month: 1 = the first Tuesday … 5 = the fifth, when there is one. */
  | { kind: 'monthly'; nth: 1 | 2 | 3 | 4 | 5 };

export interface TourStop {
  id: string;
  /** The commune (or the host place's commune) where the bus parks. */
  commune: { code: string; name: string; latitude: number; longitude: number };
  /** The host place, when the stop is at one (a mairie, a médiathèque of the snapshot). */
  place?: { id: string; name: string };
  weekday: IsoWeekday;
  /** "HH:MM", Paris wall clock. */
  start: string;
  end: string;
  recurrence: Recurrence;
}

export interface TourFile {
  format: typeof TOUR_FORMAT;
  version: 1;
  stops: TourStop[];
}

export const TOUR_FORMAT = 'boussole-tournee';

/** A Paris calendar day, as the tour reads it. */
export interface TourDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;

export function tourDayOf(date: Date): TourDay {
  const wall = parisWallClock(date);
  return { year: wall.year, month: wall.month, day: wall.day };
}

export function dayKey({ year, month, day }: TourDay): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isoWeekdayOf({ year, month, day }: TourDay): IsoWeekday {
  return (((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1) as IsoWeekday;
}

/** ISO 8601 week number: the week of the day's Thursday; week 1 holds 4 January. */
export function isoWeekOf({ year, month, day }: TourDay): number {
  const date = Date.UTC(year, month - 1, day);
  const thursday = date + (4 - isoWeekdayOf({ year, month, day })) * DAY_MS;
  const thursdayYear = new Date(thursday).getUTCFullYear();
  const january4 = Date.UTC(thursdayYear, 0, 4);
  const weekOneMonday = january4 - (isoWeekdayOf({ year: thursdayYear, month: 1, day: 4 }) - 1) * DAY_MS;
  return Math.floor((thursday - weekOneMonday) / (7 * DAY_MS)) + 1;
}

/** Whether the bus is at this stop on that day. */
export function stopsThere(stop: TourStop, day: TourDay): boolean {
  if (isoWeekdayOf(day) !== stop.weekday) return false;
  switch (stop.recurrence.kind) {
    case 'weekly':
      return true;
    case 'fortnightly':
      return isoWeekOf(day) % 2 === (stop.recurrence.parity === 'odd' ? 1 : 0);
    case 'monthly':
      return Math.ceil(day.day / 7) === stop.recurrence.nth;
  }
}

/** The stops of that day, earliest first. */
export function stopsOn(stops: readonly TourStop[], day: TourDay): TourStop[] {
  return stops.filter((stop) => stopsThere(stop, day)).sort((a, b) => a.start.localeCompare(b.start));
}

export function addDays({ year, month, day }: TourDay, days: number): TourDay {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The next day (after `from`, within `horizon` days: a "fifth Tuesday" can be three months away) with a stop, and its stops. */
export function nextStops(stops: readonly TourStop[], from: TourDay, horizon = 120): { day: TourDay; stops: TourStop[] } | undefined {
  for (let i = 1; i <= horizon; i++) {
    const day = addDays(from, i);
    const found = stopsOn(stops, day);
    if (found.length) return { day, stops: found };
  }
  return undefined;
}

// ---- the tour file: checked field by field, so a malformed file changes nothing

export type TourProblem = { key: 'notJson' } | { key: 'notTour' } | { key: 'badStop'; index: number; field: string };

export type TourCheck = { ok: true; stops: TourStop[] } | { ok: false; problem: TourProblem };

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const INSEE = /^(\d{5}|2[AB]\d{3})$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shortText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= 200;
}

/** The field of a stop that is wrong, or undefined when the stop is sound. */
function stopProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'stop';
  if (!shortText(value.id)) return 'id';
  const commune = value.commune;
  if (!isRecord(commune) || typeof commune.code !== 'string' || !INSEE.test(commune.code) || !shortText(commune.name)) return 'commune';
  if (typeof commune.latitude !== 'number' || typeof commune.longitude !== 'number' || Math.abs(commune.latitude) > 90 || Math.abs(commune.longitude) > 180) {
    return 'commune';
  }
  if (value.place !== undefined && !(isRecord(value.place) && shortText(value.place.id) && shortText(value.place.name))) return 'place';
  if (!Number.isInteger(value.weekday) || (value.weekday as number) < 1 || (value.weekday as number) > 7) return 'weekday';
  if (typeof value.start !== 'string' || !CLOCK.test(value.start)) return 'start';
  if (typeof value.end !== 'string' || !CLOCK.test(value.end) || value.end <= value.start) return 'end';
  const recurrence = value.recurrence;
  if (!isRecord(recurrence)) return 'recurrence';
  if (recurrence.kind === 'weekly') return undefined;
  if (recurrence.kind === 'fortnightly' && (recurrence.parity === 'odd' || recurrence.parity === 'even')) return undefined;
  if (recurrence.kind === 'monthly' && Number.isInteger(recurrence.nth) && (recurrence.nth as number) >= 1 && (recurrence.nth as number) <= 5) return undefined;
  return 'recurrence';
}

/** Only the known fields are kept: a file cannot smuggle anything else into the device. */
function cleanStop(value: Record<string, unknown>): TourStop {
  const stop = value as unknown as TourStop;
  const { code, name, latitude, longitude } = stop.commune;
  const recurrence: Recurrence =
    stop.recurrence.kind === 'weekly'
      ? { kind: 'weekly' }
      : stop.recurrence.kind === 'fortnightly'
        ? { kind: 'fortnightly', parity: stop.recurrence.parity }
        : { kind: 'monthly', nth: stop.recurrence.nth };
  return {
    id: stop.id,
    commune: { code, name, latitude, longitude },
    ...(stop.place && { place: { id: stop.place.id, name: stop.place.name } }),
    weekday: stop.weekday,
    start: stop.start,
    end: stop.end,
    recurrence,
  };
}

export function checkTourFile(text: string): TourCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { key: 'notJson' } };
  }
  if (!isRecord(data) || data.format !== TOUR_FORMAT || data.version !== 1 || !Array.isArray(data.stops) || data.stops.length > 500) {
    return { ok: false, problem: { key: 'notTour' } };
  }
  const stops: TourStop[] = [];
  const ids = new Set<string>();
  for (const [index, value] of data.stops.entries()) {
    const field = stopProblem(value) ?? (ids.has((value as TourStop).id) ? 'id' : undefined);
    if (field) return { ok: false, problem: { key: 'badStop', index, field } };
    ids.add((value as TourStop).id);
    stops.push(cleanStop(value as Record<string, unknown>));
  }
  return { ok: true, stops };
}

export function tourFile(stops: readonly TourStop[]): TourFile {
  return { format: TOUR_FORMAT, version: 1, stops: stops.map((stop) => cleanStop(stop as unknown as Record<string, unknown>)) };
}
