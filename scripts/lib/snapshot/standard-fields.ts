/**
 * The fields of a place, in the order the standard lists them (schema.json),
 * then Boussole's complements: the order keys are written in, so the same
 * places always give the same bytes.
 */
import type { Place, PlaceComplements, Provenance } from '../../../src/places/place';

/** The standard's fields, in schema.json order (a test keeps the two in step). */
export const STANDARD_FIELDS = [
  'id',
  'pivot',
  'nom',
  'commune',
  'code_postal',
  'code_insee',
  'adresse',
  'complement_adresse',
  'latitude',
  'longitude',
  'typologie',
  'telephone',
  'courriels',
  'site_web',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'itinerance',
  'structure_parente',
  'date_maj',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
  'fiche_acces_libre',
  'prise_rdv',
] as const satisfies ReadonlyArray<keyof Place>;
export type StandardField = (typeof STANDARD_FIELDS)[number];

/** Fields the standard writes as `a|b|c` and Boussole keeps as arrays. */
export const LIST_FIELDS = [
  'typologie',
  'courriels',
  'site_web',
  'itinerance',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
] as const satisfies ReadonlyArray<StandardField>;
export type ListField = (typeof LIST_FIELDS)[number];

export const COORDINATE_FIELDS = ['latitude', 'longitude'] as const satisfies ReadonlyArray<StandardField>;

export type TextField = Exclude<StandardField, ListField | (typeof COORDINATE_FIELDS)[number]>;
export const TEXT_FIELDS = STANDARD_FIELDS.filter(
  (field): field is TextField => !(LIST_FIELDS as readonly string[]).includes(field) && !(COORDINATE_FIELDS as readonly string[]).includes(field),
);

export function isListField(field: string): field is ListField {
  return (LIST_FIELDS as readonly string[]).includes(field);
}

export function isStandardField(field: string): field is StandardField {
  return (STANDARD_FIELDS as readonly string[]).includes(field);
}

/** Complements in the order of PlaceComplements; unknown keys follow, sorted. */
export const COMPLEMENT_KEYS = [
  'provenance',
  'confirme_le',
  'horaires_texte',
  'position_approximative',
  'acces_pmr',
  'bassin_de_vie',
  'epci',
  'materiel',
  'ordinateurs',
  'tablettes',
  'wifi_gratuit',
  'impression',
  'accompagnement_detail',
  'formation_detail',
  'itinerance_detail',
  'arrets',
  'rendez_vous',
  'notes',
] as const satisfies ReadonlyArray<keyof PlaceComplements>;

/**
 * The type each complement a source may give must have; a value of another type is dropped. `arrets` is not
 * among them: the pipeline finds the stops itself (itinerant-stops.ts), a source's own are not taken.
 */
export const COMPLEMENT_TYPES: Readonly<Record<Exclude<(typeof COMPLEMENT_KEYS)[number], 'provenance' | 'arrets'>, 'string' | 'boolean' | 'number' | 'string[]'>> = {
  confirme_le: 'string',
  horaires_texte: 'string',
  position_approximative: 'boolean',
  acces_pmr: 'boolean',
  bassin_de_vie: 'string',
  epci: 'string',
  materiel: 'string',
  ordinateurs: 'number',
  tablettes: 'number',
  wifi_gratuit: 'boolean',
  impression: 'string',
  accompagnement_detail: 'string',
  formation_detail: 'string',
  itinerance_detail: 'string',
  rendez_vous: 'string',
  notes: 'string[]',
};

export const PROVENANCE_KEYS = ['fichier', 'ligne', 'id', 'date'] as const satisfies ReadonlyArray<keyof Provenance>;
