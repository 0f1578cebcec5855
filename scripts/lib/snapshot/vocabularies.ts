/**
 * The closed lists of the standard, taken from the standard's own package
 * (@gouvfr-anct/lieux-de-mediation-numerique) rather than copied by hand, and
 * the lookup that recognises a value written a little differently
 * ("aide aux demarches administratives", "tiers-lieux").
 */
import {
  DispositifProgrammeNational,
  FormationLabel,
  Frais,
  Itinerance,
  ModaliteAcces,
  ModaliteAccompagnement,
  PriseEnChargeSpecifique,
  PublicSpecifiquementAdresse,
  Service,
  Typologie,
} from '@gouvfr-anct/lieux-de-mediation-numerique';
import { foldName } from '../../../src/places/normalize-name';
import type { ListField } from './standard-fields';

export type ClosedListField = Exclude<ListField, 'courriels' | 'site_web' | 'autres_formations_labels'>;

/**
 * Where the package and schema.json v1.0.2 spell a value differently, the
 * schema's spelling is written, so the snapshot validates against the
 * standard's own file. (v2.0.0 of the schema puts the space back.)
 */
const SCHEMA_SPELLINGS: ReadonlyMap<string, string> = new Map([[FormationLabel.EtapesNumeriques, 'Étapes numériques(La Poste)']]);

const schemaSpelling = (value: string): string => SCHEMA_SPELLINGS.get(value) ?? value;

export const VOCABULARIES: Readonly<Record<ClosedListField, readonly string[]>> = {
  typologie: Object.values(Typologie),
  itinerance: Object.values(Itinerance),
  services: Object.values(Service),
  publics_specifiquement_adresses: Object.values(PublicSpecifiquementAdresse),
  prise_en_charge_specifique: Object.values(PriseEnChargeSpecifique),
  frais_a_charge: Object.values(Frais),
  dispositif_programmes_nationaux: Object.values(DispositifProgrammeNational),
  formations_labels: Object.values(FormationLabel).map(schemaSpelling),
  modalites_acces: Object.values(ModaliteAcces),
  modalites_accompagnement: Object.values(ModaliteAccompagnement),
};

export function isClosedListField(field: string): field is ClosedListField {
  return Object.hasOwn(VOCABULARIES, field);
}

/** Letters and digits only, no accents, no case: "Tiers-lieux" and "TIERS_LIEUX" meet. */
export function vocabularyKey(value: string): string {
  return foldName(value).replace(/[^a-z0-9]/g, '');
}

/** Keys ignore spaces and punctuation, so the package's spelling of a value meets the schema's too. */
const LOOKUPS = new Map<ClosedListField, Map<string, string>>(
  Object.entries(VOCABULARIES).map(([field, values]) => [
    field as ClosedListField,
    new Map(values.map((value) => [vocabularyKey(value), value] as const)),
  ]),
);

/** The standard's value for `value` in `field`, or undefined when it is not one of them. */
export function standardValue(field: ClosedListField, value: string): string | undefined {
  if (VOCABULARIES[field].includes(value)) return value;
  return LOOKUPS.get(field)?.get(vocabularyKey(value));
}
