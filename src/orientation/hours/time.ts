/**
 * Paris wall-clock arithmetic and formatting. Pure, tiny, no opening_hours:
 * safe to import from anywhere (the wording and the components use it).
 *
 * Time-zone assumption: every place Boussole lists is in metropolitan France,
 * so opening hours are Europe/Paris wall-clock times. A `Date` is an instant;
 * we always read it in Europe/Paris, whatever the device's own time zone.
 * On a device set to Europe/Paris (the normal case in France) the conversions
 * below are the identity; on a phone left on another zone (a visitor, a
 * refugee's phone still on Kyiv time) "open until 12 h" still means noon in
 * France, which is what the person will find at the door.
 */

export const PARIS = 'Europe/Paris';

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
  weekday: number;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: PARIS,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The Europe/Paris calendar date and time of an instant. */
export function parisWallClock(date: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const year = parts.year ?? 1970;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  const hour = (parts.hour ?? 0) % 24; // some engines say "24" for midnight
  return {
    year,
    month,
    day,
    hour,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** Europe/Paris offset from UTC at this instant, in milliseconds (+1 h in winter, +2 h in summer). */
function parisOffset(date: Date): number {
  const w = parisWallClock(date);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (date.getTime() - (((date.getTime() % 1000) + 1000) % 1000));
}

function deviceOffset(date: Date): number {
  return -date.getTimezoneOffset() * 60_000;
}

/**
 * A `Date` whose *device-local* fields (getHours, getDay…) show the Paris wall
 * clock of `date`. opening_hours reads local fields, so it is fed these.
 */
export function toWall(date: Date): Date {
  if (parisOffset(date) === deviceOffset(date)) return new Date(date.getTime());
  const w = parisWallClock(date);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, date.getMilliseconds());
}

/** The inverse of `toWall`: the real instant of a device-local "Paris wall clock" date. */
export function fromWall(local: Date): Date {
  if (parisOffset(local) === deviceOffset(local)) return new Date(local.getTime());
  const asUtc = Date.UTC(
    local.getFullYear(),
    local.getMonth(),
    local.getDate(),
    local.getHours(),
    local.getMinutes(),
    local.getSeconds(),
    local.getMilliseconds(),
  );
  const first = asUtc - parisOffset(new Date(asUtc));
  return new Date(asUtc - parisOffset(new Date(first)));
}

/** Days since 1970-01-01 of the Paris calendar date of an instant. */
export function parisDayNumber(date: Date): number {
  const w = parisWallClock(date);
  return Math.round(Date.UTC(w.year, w.month - 1, w.day) / 86_400_000);
}

/** Whole calendar days from `from` to `to`, both read in Paris (0 = same day, 1 = tomorrow). */
export function parisDaysBetween(from: Date, to: Date): number {
  return parisDayNumber(to) - parisDayNumber(from);
}

/** "2026-11-24" for the Paris date of an instant. */
export function parisDateKey(date: Date): string {
  const w = parisWallClock(date);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

const NBSP = '\u00a0';

function isFrench(languageTag: string): boolean {
  return /^fr\b/i.test(languageTag);
}

/**
 * French typography writes "9 h", "12 h 30" (with no-break spaces, so the
 * number never ends a line alone); other languages get their Intl 24-hour form.
 */
export function formatClock(hour: number, minute: number, languageTag: string): string {
  if (isFrench(languageTag)) {
    return minute === 0 ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${pad(minute)}`;
  }
  if (hour === 24) return `24:${pad(minute)}`;
  return cachedFormat(languageTag, 'clock', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, hour, minute)),
  );
}

/** Clock time of an instant in Paris, in the user's language. */
export function formatTime(date: Date, languageTag: string): string {
  const w = parisWallClock(date);
  return formatClock(w.hour, w.minute, languageTag);
}

/** A "HH:MM" wall-clock string (as in a week table), in the user's language. "24:00" is midnight at the end of the day. */
export function formatHHMM(value: string, languageTag: string): string {
  const [h = '0', m = '0'] = value.split(':');
  return formatClock(Number(h), Number(m), languageTag);
}

/** "mardi", "Tuesday", "вівторок"… for the Paris date of an instant: every language gets its names from Intl. */
export function weekdayName(date: Date, languageTag: string): string {
  return cachedFormat(languageTag, 'weekday', { weekday: 'long', timeZone: PARIS }).format(date);
}

/** "24 novembre", "24 November". */
export function dayAndMonth(date: Date, languageTag: string): string {
  return cachedFormat(languageTag, 'dayMonth', { day: 'numeric', month: 'long', timeZone: PARIS }).format(date);
}

/** "mardi 24 novembre", "Tuesday 24 November". */
export function longDate(date: Date, languageTag: string): string {
  return cachedFormat(languageTag, 'long', { weekday: 'long', day: 'numeric', month: 'long', timeZone: PARIS }).format(date);
}

const formats = new Map<string, Intl.DateTimeFormat>();
function cachedFormat(languageTag: string, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${languageTag}|${name}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(languageTag, options);
    } catch {
      format = new Intl.DateTimeFormat('fr-FR', options); // an unknown tag must not break the page
    }
    formats.set(key, format);
  }
  return format;
}
