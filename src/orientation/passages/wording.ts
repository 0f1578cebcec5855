import { formatTime, longDate, parisDateKey } from '../hours/time';

/** A passage as the light code sees it (the same shape as hours' `Passage`). */
export interface PassageTimes {
  start: Date;
  end: Date;
}

/** "lundi 4 janvier, 9 h 30 – 12 h 30" in the person's language (weekday and month names from Intl). */
export function describePassage({ start, end }: PassageTimes, languageTag: string): string {
  const sameDay = parisDateKey(start) === parisDateKey(end);
  const endText = sameDay ? formatTime(end, languageTag) : `${longDate(end, languageTag)} ${formatTime(end, languageTag)}`;
  return `${longDate(start, languageTag)}, ${formatTime(start, languageTag)} – ${endText}`;
}
