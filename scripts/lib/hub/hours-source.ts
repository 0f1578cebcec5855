/**
 * Opening hours of a hub record. They live in c_horaire_ouverture, sometimes
 * in c_public_cible (or another detail column), with the open days ticked in
 * c_jours_semaine. The text always stays in complements.horaires_texte; the
 * OSM value is added only when the converter understood all of it.
 */
import { frenchHoursToOsm } from '../hours/french-hours-to-osm';
import { weekdayOfFrenchWord, OSM_WEEKDAYS, type Weekday } from '../hours/weekdays';
import { foldName } from '../../../src/places/normalize-name';

export interface HoursInput {
  openingHours: string;
  /** c_public_cible, or another column found to hold hours. */
  otherHoursTexts: string[];
  daysColumn: string;
}

export interface HoursOutcome {
  status: 'converti' | 'texte seulement' | 'aucun';
  horaires?: string;
  horairesTexte?: string;
  /** Why the text was not converted. */
  refusal?: string;
  /** Hours given twice, differently: the text not used. */
  ignoredText?: string;
}

const TIME = /\d{1,2}\s*(?:h|heures?\b|:\d{2})/i;
const FRENCH_DAY_NAMES: Record<Weekday, string> = {
  Mo: 'lundi',
  Tu: 'mardi',
  We: 'mercredi',
  Th: 'jeudi',
  Fr: 'vendredi',
  Sa: 'samedi',
  Su: 'dimanche',
};

export function hasTime(text: string): boolean {
  return TIME.test(text);
}

/** A text that speaks of opening (times, days, appointments, a planning): hours material, not a description. */
export function looksLikeHours(text: string): boolean {
  if (hasTime(text)) return true;
  const words = foldName(text).split(' ');
  if (words.length > 40) return false;
  return words.some((word) => weekdayOfFrenchWord(word) !== undefined) || /\b(?:rdv|rendez vous|horaires?|planification)\b/.test(foldName(text));
}

/** "{Mardi,Mercredi,Inconnu}" → ['Tu', 'We'], in week order. */
export function daysOfColumn(daysColumn: string): Weekday[] {
  const days = new Set(
    daysColumn
      .replace(/[{}"]/g, '')
      .split(',')
      .map((day) => weekdayOfFrenchWord(foldName(day)))
      .filter((day): day is Weekday => day !== undefined),
  );
  return OSM_WEEKDAYS.filter((day) => days.has(day));
}

function listInFrench(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} et ${words[words.length - 1]}`;
}

export function hoursOf(input: HoursInput): HoursOutcome {
  const defaultDays = daysOfColumn(input.daysColumn);
  const primary = looksLikeHours(input.openingHours) ? input.openingHours : '';
  const others = input.otherHoursTexts.filter(hasTime);

  let source: string | undefined;
  let ignoredText: string | undefined;
  if (primary && hasTime(primary)) {
    source = primary;
    ignoredText = others.length > 0 ? others.join('\n') : undefined;
  } else if (others.length > 0) {
    // A primary text without times ("Atelier ouvert sur rendez-vous", "après inscription…") qualifies the others.
    source = [primary, ...others].filter(Boolean).join('\n');
  } else if (primary) {
    return { status: 'texte seulement', horairesTexte: primary, refusal: 'aucune heure' };
  }

  if (source) {
    const conversion = frenchHoursToOsm(source, { defaultDays });
    if (conversion.ok) return { status: 'converti', horaires: conversion.osm, horairesTexte: source, ...(ignoredText ? { ignoredText } : {}) };
    const horairesTexte = [source, ignoredText].filter(Boolean).join('\n');
    return { status: 'texte seulement', horairesTexte, refusal: conversion.reason };
  }
  if (defaultDays.length > 0) {
    const days = listInFrench(defaultDays.map((day) => FRENCH_DAY_NAMES[day]));
    return { status: 'texte seulement', horairesTexte: `Jours d’ouverture : ${days} (heures non précisées)`, refusal: 'jours sans heures' };
  }
  return { status: 'aucun' };
}
