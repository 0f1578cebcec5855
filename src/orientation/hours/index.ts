/**
 * The hours module's lazy entry: `import('../orientation/hours')`.
 * Importing it loads opening_hours (about 110 KB gzipped), so nothing on the
 * first paint may import this file or evaluate.ts statically. `types.ts`,
 * `time.ts` and `wording.ts` are light and opening_hours-free.
 */
export { OpenStatus } from './OpenStatus';
export { HoursTable } from './HoursTable';
export { evaluateHours, hoursParseErrors, isOpenOn, nextPassages, openAt, prepareHours, weekTable, type Passage } from './evaluate';
export { describeNextOpening, describeStatus, statusTone, type StatusTone, type Translate } from './wording';
export type { DayHours, HolidayRule, HoursInterval, HoursStatus, WeekHours, Weekday } from './types';
