import type { Translate } from './wording';

/**
 * opening_hours names France's public holidays in French ("Lundi de
 * Pâques"): each is shown through the `hours` strings (`holidays.<id>`) so a
 * person reading Ukrainian or Dari knows why the place is shut.
 */
const HOLIDAY_IDS: Record<string, string> = {
  'nouvel an': 'new-year',
  "jour de l'an": 'new-year',
  'lundi de paques': 'easter-monday',
  'fete du travail': 'labour-day',
  'fete de la victoire 1945': 'victory-1945',
  'victoire 1945': 'victory-1945',
  '8 mai 1945': 'victory-1945',
  ascension: 'ascension',
  'lundi de pentecote': 'whit-monday',
  'fete nationale de la france': 'bastille-day',
  'fete nationale': 'bastille-day',
  assomption: 'assumption',
  toussaint: 'all-saints',
  'armistice 1918': 'armistice',
  armistice: 'armistice',
  noel: 'christmas',
};

const fold = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** The id of a holiday from its French name, if known. */
export function holidayId(frenchName: string): string | undefined {
  return HOLIDAY_IDS[fold(frenchName)];
}

/** The holiday's name in the current language; an unknown name is shown as the library gave it. */
export function holidayName(frenchName: string, t: Translate): string {
  const id = holidayId(frenchName);
  return id ? t(`holidays.${id}`) : frenchName;
}

/** Between two time ranges: the Arabic comma in Arabic script, a comma elsewhere. */
export function rangeSeparator(languageTag: string): string {
  return /^(ar|fa)\b/i.test(languageTag) ? '، ' : ', ';
}
