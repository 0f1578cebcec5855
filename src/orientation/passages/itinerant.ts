import type { Place } from '../../places/place';

/**
 * Services that come and go — a bus, a roving mediator, a session held every
 * other week — rather than a door open all week. Light: no opening_hours here.
 */

/** `week 01-53/2`, `week 02-52/2`…: hours that hold one week in two (or in n). */
const WEEK_STEP = /\bweek\s*\d{1,2}\s*-\s*\d{1,2}\s*\/\s*\d/;

export function hasWeekParity(horaires: string | undefined): boolean {
  return horaires !== undefined && WEEK_STEP.test(horaires.replace(/"[^"]*"/g, ''));
}

/** The place says it travels, or its hours only hold some weeks. */
export function isItinerant(place: Pick<Place, 'itinerance' | 'horaires'>): boolean {
  return (place.itinerance ?? []).includes('Itinérant') || hasWeekParity(place.horaires);
}

/**
 * The pieces of an itinerance description that may name a commune:
 * "Arrêts : Trouy, Lunery, Bourges (4 jours)" → ["Trouy", "Lunery", "Bourges"];
 * "notamment à Anet et Mainvilliers." → […, "Anet", "Mainvilliers"].
 * Which of them really are communes is the commune list's call (stops.ts).
 */
export function stopCandidates(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .replace(/\([^)]*\)/g, ' ')
    .split(/[,;.:]|\s(?:et|à|au|aux|de|du|des|dans|vers)\s/i)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length >= 2 && piece.length <= 60);
}
