/**
 * Stops served every other week ("Semaine paire", "Semaine impaire", "1 semaine
 * sur 2"). OSM opening_hours says it with week numbers: even weeks are
 * `week 02-52/2`, odd weeks `week 01-53/2`. Without the parity, "1 semaine sur
 * 2" cannot be placed on a calendar: the hours then stay text, never shown as
 * every week.
 */
import { foldName } from '../../../src/places/normalize-name';

export type WeekParity = 'paire' | 'impaire' | 'inconnue';

export const WEEK_SELECTORS: Readonly<Record<Exclude<WeekParity, 'inconnue'>, string>> = {
  paire: 'week 02-52/2',
  impaire: 'week 01-53/2',
};

/** The parity a text states, or undefined when it speaks of no alternation. */
export function weekParityOf(text: string): WeekParity | undefined {
  const folded = ` ${foldName(text)} `;
  const odd = /\bsemaines? impaires?\b/.test(folded);
  const even = /\bsemaines? paires?\b/.test(folded);
  if (odd !== even) return odd ? 'impaire' : 'paire';
  if (odd && even) return 'inconnue';
  return /\b(?:1|une) semaine sur (?:2|deux)\b|\btous les quinze jours\b|\bune semaine sur deux\b/.test(folded) ? 'inconnue' : undefined;
}

/** The text without its parity words, so that the rest can be read as a timetable. */
export function withoutParityWords(text: string): string {
  // Spaces are made single first, so that no pattern below scans a run of spaces from every start.
  const spaced = text
    .replace(/\s+/g, ' ')
    .replace(/\(?(?:les )?semaines? (?:impaires?|paires?)\)?/giu, ' ')
    .replace(/\(?(?:1|une) semaine sur (?:2|deux)\)?/giu, ' ')
    .replace(/ +/g, ' ');
  return trimPunctuation(spaced);
}

const EDGE = new Set([' ', ',', ';', ':', '–', '-']);

function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE.has(text[start] ?? '')) start++;
  while (end > start && EDGE.has(text[end - 1] ?? '')) end--;
  return text.slice(start, end);
}

/** OSM hours restricted to the weeks of `parity`; "PH off" and week rules already there are left alone. */
export function restrictToWeeks(osm: string, parity: Exclude<WeekParity, 'inconnue'>): string {
  return osm
    .split(/\s*;\s*/)
    .filter(Boolean)
    .map((rule) => (/^(?:PH|SH|week)\b/.test(rule) ? rule : `${WEEK_SELECTORS[parity]} ${rule}`))
    .join('; ');
}
