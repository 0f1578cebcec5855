/**
 * The year's procedures, month by month, so that people and mediators can
 * anticipate instead of acting « dans l'urgence » (seeds, Chartres C:L670-672:
 * « un calendrier annuel des démarches … permettrait de mieux anticiper »).
 *
 * Dates are generic on purpose: exact dates change every year, so each entry
 * says roughly when and where to find the exact date. An entry whose date
 * depends on the person (a quarterly return, a renewal) lists every month and
 * says so in its text.
 */
import calendar from './calendar.json';
import type { GuideId, NeedId, Text } from './guide';

export interface CalendarEntry {
  id: string;
  /** Months when it happens or must be done, 1 = January; all twelve when the date depends on the person. */
  months: number[];
  title: Text;
  detail: Text;
  /** A guide that helps with it. */
  guide?: GuideId;
  /** The orientation need whose places help with it. */
  need: NeedId;
}

/** The calendar's text lives in calendar.json, content like the guides (checked by scripts/lib/guides/validate-content.ts). */
export const CALENDAR: readonly CalendarEntry[] = calendar as CalendarEntry[];

/** The entries of a month (1 = January), in calendar order. */
export function calendarForMonth(month: number): CalendarEntry[] {
  return CALENDAR.filter((entry) => entry.months.includes(month));
}

/** Whether an entry's date depends on the person (it is listed every month). */
export function dependsOnPerson(entry: CalendarEntry): boolean {
  return entry.months.length === 12;
}
