/**
 * Opening hours, evaluated with the opening_hours library (LGPL-3.0, about
 * 350 kB minified / 71 kB gzipped: the build keeps France's holidays only,
 * scripts/lib/hours/french-holidays-plugin.ts).
 *
 * This module must only ever be reached through a dynamic import
 * (`import('../orientation/hours')`): it is kept out of the first paint.
 *
 * Decisions:
 * - Time zone: see time.ts. Hours are Europe/Paris wall-clock times; opening_hours
 *   reads device-local fields, so instants go in through `toWall` and come out
 *   through `fromWall` (the identity on a device set to Europe/Paris).
 * - Public holidays: French public holidays of metropolitan France (the
 *   library's "fr" definitions; the Centre-Val de Loire has no regional ones).
 *   When a value does not mention PH at all, Boussole appends "; PH off": French
 *   public services (mairies, France services, médiathèques, CCAS) almost always
 *   close on public holidays, and sending a senior on a 30 km bus ride to a shut
 *   door on 11 November is the worse mistake. The UI says so ("fermé les jours
 *   fériés (habituel)"). Exception: "24/7" values, left as they are.
 * - Never guess: no value, or a value the library cannot parse, gives
 *   `{ kind: 'unknown' }`. Parse errors are counted (`hoursParseErrors`), never thrown.
 */
import OpeningHours from 'opening_hours';
import type { nominatim_object } from 'opening_hours';
import { fromWall, pad, toWall } from './time';
import type { DayHours, HolidayRule, HoursInterval, HoursStatus, WeekHours, Weekday } from './types';

/**
 * Where the places are, for the holiday definitions (country and region) and
 * for sunrise/sunset (the middle of the Centre-Val de Loire).
 * The library's typings say numbers, but its code only uses lat/lon given as
 * strings (numbers silently fall back to a default position): hence the cast.
 */
const CENTRE_VAL_DE_LOIRE = {
  lat: '47.4',
  lon: '1.7',
  address: { country_code: 'fr', state: 'Centre-Val de Loire' },
} as unknown as nominatim_object;

const CLOSES_SOON_MS = 30 * 60_000;
const OPENS_SOON_MS = 60 * 60_000;
/** How far to look for the closing time of an open place. */
const CLOSE_LOOKAHEAD_DAYS = 8;
/** How far to look for the next opening of a closed place. */
const OPEN_LOOKAHEAD_DAYS = 31;
const MAX_CACHE = 5_000;

interface Parsed {
  hours: OpeningHours;
  holidays: HolidayRule;
}

const cache = new Map<string, Parsed | null>();
const failures = new Map<string, string>();

function newHours(value: string): OpeningHours {
  return new OpeningHours(value, CENTRE_VAL_DE_LOIRE);
}

/** Adds the "closed on public holidays" default when the value says nothing about PH. */
export function withHolidayDefault(value: string): { value: string; holidays: HolidayRule } {
  const outsideComments = value.replace(/"[^"]*"/g, '');
  if (/\bPH\b/.test(outsideComments)) return { value, holidays: 'explicit' };
  if (/^\s*24\/7\s*$/.test(outsideComments)) return { value, holidays: 'none' };
  return { value: `${value.replace(/[\s;]+$/, '')}; PH off`, holidays: 'assumed-closed' };
}

/** The parsed value, from the cache (thousands of places share a few dozen strings). */
function parse(osm: string | undefined): Parsed | null | undefined {
  const value = osm?.trim();
  if (!value) return undefined;
  const cached = cache.get(value);
  if (cached !== undefined) return cached;

  let parsed: Parsed | null;
  try {
    const withDefault = withHolidayDefault(value);
    try {
      parsed = { hours: newHours(withDefault.value), holidays: withDefault.holidays };
    } catch (error) {
      if (withDefault.value === value) throw error;
      parsed = { hours: newHours(value), holidays: 'none' }; // the default itself did not fit: evaluate as written
    }
  } catch (error) {
    parsed = null;
    failures.set(value, String(error).slice(0, 300));
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(value, parsed);
  return parsed;
}

/**
 * Parses these values, and evaluates them at `now`, ahead of a list's
 * ranking: a slice of about `sliceMs` at a time, giving the page a turn
 * between slices. Parsing and a first evaluation cost milliseconds per
 * distinct value on a slow phone: done all at once by the ranking, they were
 * one long task during which a tap waited.
 */
export async function prepareHours(
  values: Iterable<string | undefined>,
  now: Date,
  sliceMs = 10,
  giveTurn: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<void> {
  let sliceStart = performance.now();
  for (const value of new Set(values)) {
    evaluateHours(value, now);
    if (performance.now() - sliceStart >= sliceMs) {
      await giveTurn();
      sliceStart = performance.now();
    }
  }
}

/** How many distinct opening_hours values could not be parsed, and why (for the data report, never shown to users). */
export function hoursParseErrors(): { count: number; values: ReadonlyMap<string, string> } {
  return { count: failures.size, values: failures };
}

/** For tests: forget parsed values and counted errors. */
export function resetHoursCache(): void {
  cache.clear();
  memo.clear();
  memoNow = Number.NaN;
  failures.clear();
}

type LibraryState = 'open' | 'unknown' | 'close';

function isOpenish(state: LibraryState): boolean {
  return state !== 'close';
}

/** The (French) name of the public holiday on the Paris day of this wall-clock date, if any. */
let holidayProbe: OpeningHours | undefined;
function holidayOn(wallDay: Date): string | undefined {
  holidayProbe ??= newHours('PH');
  const start = startOfDay(wallDay);
  const interval = holidayProbe.getOpenIntervals(start, addDays(start, 1))[0];
  return interval ? (interval[3] ?? '') : undefined;
}

function startOfDay(wall: Date): Date {
  return new Date(wall.getFullYear(), wall.getMonth(), wall.getDate());
}

function addDays(wallDay: Date, days: number): Date {
  return new Date(wallDay.getFullYear(), wallDay.getMonth(), wallDay.getDate() + days);
}

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** The next change after `from` (wall clock) into a state for which `wanted` holds, before `limit`. */
function nextChangeTo(hours: OpeningHours, from: Date, limit: Date, wanted: (state: LibraryState) => boolean): Date | undefined {
  const iterator = hours.getIterator(from);
  for (let steps = 0; steps < 500 && iterator.advance(limit); steps++) {
    if (wanted(iterator.getStateString(undefined, false))) return iterator.getDate();
  }
  return undefined;
}

/**
 * A list screen evaluates hundreds of places at the same `now`, and they share
 * a few dozen values: the statuses of the last `now` are kept, by value.
 */
let memoNow = Number.NaN;
const memo = new Map<string, HoursStatus>();

/** Where a place stands at `now`: open (until when), closed (opening when), or unknown. */
export function evaluateHours(osm: string | undefined, now: Date): HoursStatus {
  const key = osm?.trim() ?? '';
  if (now.getTime() !== memoNow) {
    memo.clear();
    memoNow = now.getTime();
  }
  const known = memo.get(key);
  if (known) return copy(known);
  const status = evaluateUncached(osm, now);
  memo.set(key, status);
  return copy(status);
}

function copy(status: HoursStatus): HoursStatus {
  return { ...status };
}

function evaluateUncached(osm: string | undefined, now: Date): HoursStatus {
  const parsed = parse(osm);
  if (parsed === undefined) return { kind: 'unknown', reason: 'missing' };
  if (parsed === null || Number.isNaN(now.getTime())) return { kind: 'unknown', reason: 'unreadable' };
  const { hours, holidays } = parsed;
  const wallNow = toWall(now);
  const state = hours.getStateString(wallNow, false);
  const holiday = holidayOn(wallNow);
  // On a PH rule the library's comment is the holiday's name: not a comment of the place.
  const rawComment = hours.getComment(wallNow);
  const comment = rawComment && rawComment !== holiday ? rawComment : undefined;

  if (isOpenish(state)) {
    const wallClose = nextChangeTo(hours, wallNow, addDays(wallNow, CLOSE_LOOKAHEAD_DAYS), (s) => !isOpenish(s));
    const closesAt = wallClose && fromWall(wallClose);
    return {
      kind: 'open',
      ...(closesAt && { closesAt }),
      closesSoon: closesAt !== undefined && closesAt.getTime() - now.getTime() <= CLOSES_SOON_MS,
      uncertain: state === 'unknown',
      ...(comment && { comment }),
    };
  }

  const wallOpen = nextChangeTo(hours, wallNow, addDays(wallNow, OPEN_LOOKAHEAD_DAYS), isOpenish);
  const opensAt = wallOpen && fromWall(wallOpen);
  const opensToday = wallOpen !== undefined && sameDay(wallOpen, wallNow);
  const status: HoursStatus = {
    kind: 'closed',
    ...(opensAt && { opensAt }),
    opensToday,
    opensSoon: opensAt !== undefined && opensAt.getTime() - now.getTime() <= OPENS_SOON_MS,
    ...(comment && { comment }),
  };
  if (holiday !== undefined) {
    const today = startOfDay(wallNow);
    const openAtAllToday = hours.getOpenIntervals(today, addDays(today, 1)).length > 0;
    if (!openAtAllToday) {
      status.holiday = holiday;
      if (holidays === 'assumed-closed') status.holidayAssumed = true;
    }
  }
  return status;
}

/**
 * Seven days of hours from the Paris day of `weekStart`, for a weekly table:
 * intervals as "HH:MM" wall-clock strings and the public holidays among the days.
 * `undefined` when the hours are missing or unreadable.
 */
export function weekTable(osm: string | undefined, weekStart: Date): WeekHours | undefined {
  const parsed = parse(osm);
  if (!parsed || Number.isNaN(weekStart.getTime())) return undefined;
  const first = startOfDay(toWall(weekStart));
  const days: DayHours[] = [];
  for (let i = 0; i < 7; i++) {
    const start = addDays(first, i);
    const end = addDays(first, i + 1);
    const holiday = holidayOn(start);
    const intervals = parsed.hours.getOpenIntervals(start, end).map(([from, to, unknown, comment]): HoursInterval => ({
      start: clock(from, start),
      end: clock(to, start),
      uncertain: unknown,
      ...(comment && comment !== holiday && { comment }),
    }));
    days.push({
      date: `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`,
      noon: fromWall(new Date(start.getFullYear(), start.getMonth(), start.getDate(), 12)),
      weekday: start.getDay() as Weekday,
      intervals,
      ...(holiday !== undefined && { holiday }),
    });
  }
  return { days, holidays: parsed.holidays };
}

/** "HH:MM" of a wall-clock date within `day`; the next midnight is "24:00". */
function clock(wall: Date, day: Date): string {
  if (!sameDay(wall, day) && wall.getTime() > day.getTime()) return '24:00';
  return `${pad(wall.getHours())}:${pad(wall.getMinutes())}`;
}

/**
 * Whether the place opens (even "maybe", e.g. on appointment) on that weekday:
 * for an "open on Saturday" filter. Looks at the next three such days from
 * `from`, so that alternate weeks and one public holiday do not hide it.
 * `weekday`: 0 = Sunday … 6 = Saturday, as `Date#getDay`.
 * `undefined` when the hours are missing or unreadable (or the weekday is not 0–6).
 */
export function isOpenOn(osm: string | undefined, weekday: Weekday | number, from: Date = new Date()): boolean | undefined {
  const parsed = parse(osm);
  if (!parsed || Number.isNaN(from.getTime()) || !Number.isInteger(weekday) || weekday < 0 || weekday > 6) return undefined;
  const today = startOfDay(toWall(from));
  const first = addDays(today, (weekday - today.getDay() + 7) % 7);
  for (let week = 0; week < 3; week++) {
    const day = addDays(first, 7 * week);
    if (parsed.hours.getOpenIntervals(day, addDays(day, 1)).length > 0) return true;
  }
  return false;
}

/**
 * Open at that instant? `undefined` when the hours are missing or unreadable,
 * or when they say "maybe" (a comment without "open", or "unknown").
 */
export function openAt(osm: string | undefined, date: Date): boolean | undefined {
  const parsed = parse(osm);
  if (!parsed || Number.isNaN(date.getTime())) return undefined;
  const state = parsed.hours.getStateString(toWall(date), false);
  return state === 'unknown' ? undefined : state === 'open';
}

/** One opening of a service that comes and goes (a bus, a roving session): real instants. */
export interface Passage {
  start: Date;
  end: Date;
}

/** How far ahead to look for the next passages: a bus that comes once a month still shows three. */
const PASSAGES_LOOKAHEAD_DAYS = 120;

/**
 * The next `count` openings that have not ended at `from` (one under way
 * comes first), as real instants, public holidays applied as everywhere else
 * (a bus does not come on 11 November unless its hours say so).
 * Week parity is the library's: ISO 8601 week numbers, so `week 01-53/2`
 * passes in week 53 *and* in week 1 of the next year, two weeks running.
 * Empty when the hours are missing, unreadable or open nowhere in the look-ahead.
 */
export function nextPassages(osm: string | undefined, from: Date, count = 3): Passage[] {
  const parsed = parse(osm);
  if (!parsed || Number.isNaN(from.getTime()) || count <= 0) return [];
  const wallFrom = toWall(from);
  const intervals = parsed.hours.getOpenIntervals(wallFrom, addDays(wallFrom, PASSAGES_LOOKAHEAD_DAYS));
  const passages: Passage[] = [];
  for (const [start, end] of intervals) {
    // The library cuts an interval at the look-ahead's start: give an opening under way its real start.
    const realStart = start.getTime() === wallFrom.getTime() ? (previousChange(parsed.hours, wallFrom) ?? start) : start;
    passages.push({ start: fromWall(realStart), end: fromWall(end) });
    if (passages.length === count) break;
  }
  return passages;
}

/** When the state in force at `wall` began, within the last day (an opening under way). */
function previousChange(hours: OpeningHours, wall: Date): Date | undefined {
  const dayBefore = new Date(wall.getTime() - 86_400_000);
  const intervals = hours.getOpenIntervals(dayBefore, wall);
  const last = intervals[intervals.length - 1];
  return last && last[1].getTime() >= wall.getTime() ? last[0] : undefined;
}
