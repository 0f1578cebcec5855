/**
 * Files written to v0.1 of the standard (2022, `Schema_V0.1.json` in
 * LaMednum/standard-mediation-num) still circulate. Their columns and values
 * are carried over to v1.0.2 as the standard's own change log describes it
 * ("descriptif-des-evolutions"), and, for the value lists, as the standard's
 * package maps the same vocabulary when it reads data.inclusion (whose
 * thématiques, profils and frais are the v0.1 values, slugged).
 *
 * | v0.1 column                | v1.0.2 field(s)                                                              |
 * |----------------------------|------------------------------------------------------------------------------|
 * | courriel                   | courriels                                                                    |
 * | labels_nationaux           | dispositif_programmes_nationaux, formations_labels; others → autres_formations_labels |
 * | labels_autres              | autres_formations_labels                                                     |
 * | publics_accueillis         | publics_specifiquement_adresses, prise_en_charge_specifique                  |
 * | conditions_acces           | frais_a_charge                                                               |
 * | modalites_accompagnement   | modalites_accompagnement (values renamed)                                    |
 * | services (15 values)       | services (9 values)                                                          |
 * | accessibilite              | fiche_acces_libre                                                            |
 * | cle_ban                    | — (no v1 field: dropped, reported once per file)                             |
 *
 * v0.1 joined list values with ";" (site_web with ","), v1 with "|".
 */
import {
  DispositifProgrammeNational as Dispositif,
  FormationLabel,
  Frais,
  ModaliteAccompagnement as Modalite,
  PriseEnChargeSpecifique as PriseEnCharge,
  PublicSpecifiquementAdresse as Public,
  Service,
} from '@gouvfr-anct/lieux-de-mediation-numerique';
import { listOf, type Raw } from './raw-values';
import { quote } from './report';
import { isListField, type ListField } from './standard-fields';
import { isClosedListField, standardValue, vocabularyKey } from './vocabularies';

type Destination = readonly [ListField, string];

/** Columns of v0.1 that v1 renamed or split. */
export const LEGACY_COLUMNS = ['courriel', 'labels_nationaux', 'labels_autres', 'publics_accueillis', 'conditions_acces', 'accessibilite', 'cle_ban'] as const;
type LegacyColumn = (typeof LEGACY_COLUMNS)[number];

/** Columns whose values have no v1 field at all. */
export const DROPPED_LEGACY_COLUMNS: ReadonlySet<string> = new Set<LegacyColumn>(['cle_ban']);

/** Columns renamed with their values unchanged. */
const RENAMED: Readonly<Partial<Record<LegacyColumn, 'courriels' | 'autres_formations_labels' | 'fiche_acces_libre'>>> = {
  courriel: 'courriels',
  labels_autres: 'autres_formations_labels',
  accessibilite: 'fiche_acces_libre',
};

/** v0.1 values, keyed by their label (v0.1 wrote "Label : explanation"), and where each one lives in v1; null: no v1 value. */
const VALUE_TABLES: Readonly<Record<'services' | 'modalites_accompagnement' | 'publics_accueillis' | 'conditions_acces' | 'labels_nationaux', ReadonlyArray<readonly [string, Destination | null]>>> = {
  services: [
    ['Devenir autonome dans les démarches administratives', ['services', Service.AideAuxDemarchesAdministratives]],
    ['Réaliser des démarches administratives avec un accompagnement', ['services', Service.AideAuxDemarchesAdministratives]],
    ['Accompagner les démarches de santé', ['services', Service.AideAuxDemarchesAdministratives]],
    ['Prendre en main un smartphone ou une tablette', ['services', Service.MaitriseDesOutilsNumeriquesDuQuotidien]],
    ['Prendre en main un ordinateur', ['services', Service.MaitriseDesOutilsNumeriquesDuQuotidien]],
    ['Utiliser le numérique au quotidien', ['services', Service.MaitriseDesOutilsNumeriquesDuQuotidien]],
    ['Approfondir ma culture numérique', ['services', Service.ComprehensionDuMondeNumerique]],
    ['Promouvoir la citoyenneté numérique', ['services', Service.ComprehensionDuMondeNumerique]],
    ['Favoriser mon insertion professionnelle', ['services', Service.InsertionProfessionnelleViaLeNumerique]],
    ['Créer et développer mon entreprise', ['services', Service.InsertionProfessionnelleViaLeNumerique]],
    ['Accéder à une connexion internet', ['services', Service.AccesInternetEtMaterielInformatique]],
    ['Accéder à du matériel', ['services', Service.AccesInternetEtMaterielInformatique]],
    ['S’équiper en matériel informatique', ['services', Service.MaterielInformatiqueAPrixSolidaire]],
    ['Créer avec le numérique', ['services', Service.LoisirsEtCreationsNumeriques]],
    ["Soutenir la parentalité et l'éducation avec le numérique", ['services', Service.ParentaliteEtEducationAvecLeNumerique]],
  ],
  modalites_accompagnement: [
    ['Seul', ['modalites_accompagnement', Modalite.EnAutonomie]],
    ["Avec de l'aide", ['modalites_accompagnement', Modalite.AccompagnementIndividuel]],
    ['Dans un atelier', ['modalites_accompagnement', Modalite.DansUnAtelier]],
    // Someone does it for me: an individual accompaniment, as the package maps data.inclusion's "delegation".
    ['A ma place', ['modalites_accompagnement', Modalite.AccompagnementIndividuel]],
  ],
  publics_accueillis: [
    ['Seniors (+ 65 ans)', ['publics_specifiquement_adresses', Public.Seniors]],
    ['Familles/enfants', ['publics_specifiquement_adresses', Public.FamillesEnfants]],
    ['Jeunes (16-26 ans)', ['publics_specifiquement_adresses', Public.Jeunes]],
    ['Uniquement femmes', ['publics_specifiquement_adresses', Public.Femmes]],
    ['Public langues étrangères', ['prise_en_charge_specifique', PriseEnCharge.LanguesEtrangeresAutre]],
    ['Déficience visuelle', ['prise_en_charge_specifique', PriseEnCharge.DeficienceVisuelle]],
    ['Surdité', ['prise_en_charge_specifique', PriseEnCharge.Surdite]],
    ['Handicaps mentaux', ['prise_en_charge_specifique', PriseEnCharge.HandicapsMentaux]],
    ["Personnes en situation d'illettrisme", ['prise_en_charge_specifique', PriseEnCharge.Illettrisme]],
    // Every place welcomes adults; v1 has no psychic-disability value (mental is another one).
    ['Adultes', null],
    ['Handicaps psychiques', null],
  ],
  conditions_acces: [
    ['Gratuit', ['frais_a_charge', Frais.Gratuit]],
    ['Gratuit sous condition', ['frais_a_charge', Frais.GratuitSousCondition]],
    ['Payant', ['frais_a_charge', Frais.Payant]],
    ['Adhésion', ['frais_a_charge', Frais.Payant]],
    ['Accepte le Pass numérique', ['frais_a_charge', Frais.GratuitSousCondition]],
  ],
  labels_nationaux: [
    ['France Services', ['dispositif_programmes_nationaux', Dispositif.FranceServices]],
    ['CNFS', ['dispositif_programmes_nationaux', Dispositif.ConseillersNumeriques]],
    ['Aidants Connect', ['dispositif_programmes_nationaux', Dispositif.AidantsConnect]],
    ['Grandes écoles du numérique', ['dispositif_programmes_nationaux', Dispositif.GrandeEcoleDuNumerique]],
    ['Point relais CAF', ['dispositif_programmes_nationaux', Dispositif.PointNumeriqueCAF]],
    ['Point numérique CAF', ['dispositif_programmes_nationaux', Dispositif.PointNumeriqueCAF]],
    ['Fabriques de Territoire', ['formations_labels', FormationLabel.FabriquesDeTerritoire]],
    // APTIC, French Tech, Campus connecté, Relais pôle emploi: labels v1 does not list, kept as other labels (see destinationOf).
  ],
};

/** "Gratuit : Je peux accéder gratuitement…" → key of "Gratuit". */
const labelKey = (value: string): string => vocabularyKey(value.split(' : ')[0] ?? value);

const LOOKUPS = new Map(
  Object.entries(VALUE_TABLES).map(([column, rows]) => [column, new Map(rows.map(([label, destination]) => [labelKey(label), destination]))]),
);

/** The v1 fields a column's values go to, in the order of its table. */
function fieldsOf(column: keyof typeof VALUE_TABLES): ListField[] {
  const fields = VALUE_TABLES[column].flatMap(([, destination]) => (destination ? [destination[0]] : []));
  return [...new Set(fields)];
}

/**
 * Where a value of a translated column goes: its row in the table, else the
 * v1 field where it already is a standard value (a v1 value in an old column);
 * undefined when neither (the value is left to the validator, which reports it).
 */
function destinationOf(column: keyof typeof VALUE_TABLES, value: string): Destination | null | undefined {
  const known = LOOKUPS.get(column)?.get(labelKey(value));
  if (known !== undefined) return known;
  for (const field of fieldsOf(column)) {
    const standard = isClosedListField(field) ? standardValue(field, value) : undefined;
    if (standard) return [field, standard];
  }
  // A label v1 does not list (APTIC, French Tech…) is still a label: kept as another one.
  return column === 'labels_nationaux' ? ['autres_formations_labels', value] : undefined;
}

const isTranslatedColumn = (column: string): column is keyof typeof VALUE_TABLES => Object.hasOwn(VALUE_TABLES, column);

export function hasLegacyColumns(columns: readonly string[]): boolean {
  return columns.some((column) => (LEGACY_COLUMNS as readonly string[]).includes(column));
}

export interface LegacyUpgrade {
  row: Raw;
  /** One sentence per value that changed name or field, for the report. */
  changes: Array<{ field: string; reason: string }>;
}

/**
 * A row with v0.1 columns and values rewritten to v1. In a v0.1 file
 * (`legacyFile`), list values are also split on ";" (and site_web on ",").
 */
export function upgradeLegacyRow(row: Raw, legacyFile: boolean): LegacyUpgrade {
  const upgraded: Raw = {};
  const changes: LegacyUpgrade['changes'] = [];
  const separators = legacyFile ? /[|;]/ : /\|/;
  const append = (field: string, values: readonly string[]): void => {
    if (values.length === 0) return;
    upgraded[field] = [...listOf(upgraded[field], separators), ...values];
  };

  for (const [column, value] of Object.entries(row)) {
    if (DROPPED_LEGACY_COLUMNS.has(column)) continue;
    const renamed = RENAMED[column as LegacyColumn];
    if (renamed) {
      if (isListField(renamed)) append(renamed, listOf(value, column === 'courriel' ? /[|;,]/ : separators));
      else if (upgraded[renamed] === undefined) upgraded[renamed] = value;
      continue;
    }
    if (!isTranslatedColumn(column)) {
      if (!isListField(column)) upgraded[column] = value;
      else append(column, listOf(value, legacyFile && column === 'site_web' ? /[|;,]/ : separators));
      continue;
    }
    for (const item of listOf(value, separators)) {
      const destination = destinationOf(column, item);
      if (destination === undefined) {
        append(fieldsOf(column)[0] ?? column, [item]);
        continue;
      }
      if (destination === null) {
        changes.push({ field: column, reason: `valeur v0.1 ${quote(item)} sans équivalent en v1 : retirée` });
        continue;
      }
      const [field, translated] = destination;
      if (field !== column || translated !== item) changes.push({ field: column, reason: `valeur v0.1 ${quote(item)} → ${field} ${quote(translated)}` });
      append(field, [translated]);
    }
  }
  return { row: upgraded, changes };
}
