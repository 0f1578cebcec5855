import type { Place } from './place';

/**
 * Values of the national standard that the data carries as French words
 * ("En autonomie", "Accompagnement individuel", "Payant"…) are shown through
 * the `places` strings (`enum.<key>`), so that every language gets them.
 * The key is the value folded to ASCII kebab-case: i18next keys must not hold
 * dots, colons or spaces.
 */
export function dataLabelKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The list fields of a place whose values are standard labels, shown on the place page. */
export const LABELLED_FIELDS = [
  'modalites_accompagnement',
  'frais_a_charge',
  'modalites_acces',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'dispositif_programmes_nationaux',
] as const satisfies readonly (keyof Place)[];
