/**
 * Dates of the data (YYYY-MM-DD or YYYY-MM) as the language writes them:
 * "3 juin 2020", "3 June 2020", "٣ يونيو ٢٠٢٠", Dari in the Gregorian
 * calendar (see Language.intl). Read as calendar dates, whatever the device's time zone.
 */
export function formatIsoDate(iso: string, intlLocale: string): string {
  // A date format costs a few milliseconds to create on a slow phone, and a result list shows the same few dates
  // dozens of times: each date is written once per language.
  const key = `${intlLocale}|${iso}`;
  let written = writtenDates.get(key);
  if (written === undefined) writtenDates.set(key, (written = writeIsoDate(iso, intlLocale)));
  return written;
}

const writtenDates = new Map<string, string>();

function writeIsoDate(iso: string, intlLocale: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? '1'), 12));
  const options: Intl.DateTimeFormatOptions = match[3]
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(intlLocale, options).format(date);
  } catch {
    return new Intl.DateTimeFormat('fr-FR', options).format(date);
  }
}
