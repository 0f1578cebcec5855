/** Weekdays in OSM order, with the French words and abbreviations that name them. */
export const OSM_WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Weekday = (typeof OSM_WEEKDAYS)[number];

const FRENCH_WEEKDAYS: Record<string, Weekday> = {
  lundi: 'Mo',
  lun: 'Mo',
  mardi: 'Tu',
  mar: 'Tu',
  mercredi: 'We',
  mer: 'We',
  jeudi: 'Th',
  jeu: 'Th',
  vendredi: 'Fr',
  ven: 'Fr',
  samedi: 'Sa',
  sam: 'Sa',
  dimanche: 'Su',
  dim: 'Su',
};

/** The weekday named by a folded (lower-case, unaccented) French word, plural included ("vendredis"). */
export function weekdayOfFrenchWord(word: string): Weekday | undefined {
  const direct = FRENCH_WEEKDAYS[word];
  if (direct) return direct;
  // Only full names take a plural: "mars" is a month, not "mar" (mardi) plural.
  const singular = word.endsWith('s') ? word.slice(0, -1) : undefined;
  return singular && singular.length > 3 ? FRENCH_WEEKDAYS[singular] : undefined;
}

export function weekdayIndex(day: Weekday): number {
  return OSM_WEEKDAYS.indexOf(day);
}

/** "Mo-Fr", "Mo,We-Sa", "Tu,Th": runs of three days or more become ranges. */
export function formatWeekdays(days: Iterable<Weekday>): string {
  const indexes = [...new Set([...days].map(weekdayIndex))].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = 0;
  while (start < indexes.length) {
    let end = start;
    while (end + 1 < indexes.length && (indexes[end + 1] ?? 0) === (indexes[end] ?? 0) + 1) end++;
    const first = OSM_WEEKDAYS[indexes[start] ?? 0];
    const last = OSM_WEEKDAYS[indexes[end] ?? 0];
    if (end - start >= 2) parts.push(`${first}-${last}`);
    else for (let index = start; index <= end; index++) parts.push(OSM_WEEKDAYS[indexes[index] ?? 0] ?? '');
    start = end + 1;
  }
  return parts.join(',');
}
