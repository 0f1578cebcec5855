/**
 * Which field of the standard each column of a source file holds. Column names
 * are read whatever their case and accents ("Téléphone", "DATE_MAJ"); a few
 * names whose meaning is certain are read as the standard's field (a `SIRET`
 * column is the pivot, `téléphone` the telephone, `description` the detailed
 * presentation); a source description (source-config.ts) names the rest.
 * Columns that name people (contacts, référents) are never read.
 */
import { foldName } from '../../../src/places/normalize-name';
import { LEGACY_COLUMNS } from '../snapshot/legacy-columns';
import { isStandardField } from '../snapshot/standard-fields';
import type { SourceConfig } from './source-config';

/** "Téléphone " → "telephone", "Date MàJ" → "date_maj". */
export function foldColumn(column: string): string {
  return foldName(column).replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

/** Folded column name → field, for names whose meaning is certain. */
const ALIASES: Readonly<Record<string, string>> = {
  siret: 'pivot',
  siren: 'pivot',
  tel: 'telephone',
  telephone_fixe: 'telephone',
  email: 'courriels',
  e_mail: 'courriels',
  mail: 'courriels',
  courriel: 'courriel',
  description: 'presentation_detail',
  resume: 'presentation_resume',
  horaire: 'horaires',
  horaires_d_ouverture: 'horaires',
  horaires_ouverture: 'horaires',
  site_internet: 'site_web',
  date_mise_a_jour: 'date_maj',
  mise_a_jour: 'date_maj',
  lat: 'latitude',
  lon: 'longitude',
  lng: 'longitude',
  ouverture: 'ouverture',
  frequence: 'ouverture',
  periodicite: 'ouverture',
};

/** Columns about people: never read, never copied, said once for the file. */
const PERSONAL_COLUMNS = new Set(['contact', 'contacts', 'referent', 'referents', 'referente', 'responsable', 'nom_du_contact', 'mediateur', 'mediatrice', 'conseiller', 'conseillere', 'prenom', 'nom_prenom']);

/** `ouverture`: the frequency of a stop ("Semaine paire"), read with the hours. */
export const FREQUENCY_COLUMN = 'ouverture';

export type ColumnRole = { field: string } | { personal: true } | { ignored: 'config' } | { unread: true };

export interface ColumnReading {
  /** Each column of the file and what it is read as. */
  roles: Map<string, ColumnRole>;
  /** Columns read as nothing, in the file's order. */
  unread: string[];
}

export function readColumns(columns: readonly string[], config: SourceConfig | undefined): ColumnReading {
  const roles = new Map<string, ColumnRole>();
  const described = new Map(Object.entries(config?.columns ?? {}).map(([column, field]) => [foldColumn(column), field]));
  const yesNo = new Set(Object.keys(config?.yesNo?.columns ?? {}).map(foldColumn));
  const coordinates = new Set([config?.coordinates?.x, config?.coordinates?.y].filter((column): column is string => column !== undefined).map(foldColumn));
  const taken = new Set<string>();
  for (const column of columns) {
    const folded = foldColumn(column);
    let role: ColumnRole;
    if (described.has(folded)) {
      const field = described.get(folded);
      role = field ? { field } : { ignored: 'config' };
    } else if (yesNo.has(folded) || coordinates.has(folded)) {
      role = { ignored: 'config' };
    } else if (PERSONAL_COLUMNS.has(folded)) {
      role = { personal: true };
    } else if (isStandardField(folded) || (LEGACY_COLUMNS as readonly string[]).includes(folded) || folded === 'complements') {
      role = { field: folded };
    } else if (ALIASES[folded] !== undefined) {
      role = { field: ALIASES[folded] };
    } else {
      role = { unread: true };
    }
    // Two columns for one field (SIRET and pivot): the first wins, the second is said to be unread.
    if ('field' in role) {
      if (taken.has(role.field)) role = { unread: true };
      else taken.add(role.field);
    }
    roles.set(column, role);
  }
  return { roles, unread: columns.filter((column) => 'unread' in (roles.get(column) ?? { unread: true })) };
}

/** Fields a row cannot do without and no repair can invent: without a column for one of them the file cannot be read. */
export const INDISPENSABLE_FIELDS = ['nom', 'commune', 'code_postal', 'adresse'] as const;
