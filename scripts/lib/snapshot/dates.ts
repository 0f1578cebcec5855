/** Dates as the standard writes them (YYYY-MM-DD), from the few other ways sources write them. */

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function iso(year: number, month: number, day: number): string | undefined {
  return isRealDate(year, month, day) ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
}

export type DateReading = { date: string; rewritten: boolean } | undefined;

/** A YYYY-MM-DD date; also reads ISO date-times and French DD/MM/YYYY, saying it rewrote them. */
export function readStandardDate(text: string): DateReading {
  const exact = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (exact) {
    const date = iso(Number(exact[1]), Number(exact[2]), Number(exact[3]));
    return date ? { date, rewritten: false } : undefined;
  }
  const dateTime = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}/.exec(text);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const date = dateTime
    ? iso(Number(dateTime[1]), Number(dateTime[2]), Number(dateTime[3]))
    : french
      ? iso(Number(french[3]), Number(french[2]), Number(french[1]))
      : undefined;
  return date ? { date, rewritten: true } : undefined;
}

/** A monograph's date ("2021-01" or "2021-01-25") as a full date: the first of the month when only the month is known. */
export function dateFromMonth(text: string): string | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (month) return iso(Number(month[1]), Number(month[2]), 1);
  const year = /^(\d{4})$/.exec(text.trim());
  if (year) return iso(Number(year[1]), 1, 1);
  return readStandardDate(text.trim())?.date;
}
