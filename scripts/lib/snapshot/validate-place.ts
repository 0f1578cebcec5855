/**
 * Checks one input row against the standard (required fields, schema.json
 * patterns, the package's closed lists) and Boussole's own rules (coordinates
 * in France, a provenance, no personal e-mail), and turns it into a Place.
 *
 * An optional value that breaks a rule is dropped (or rewritten when its
 * meaning is certain) and the row is kept: "repaired". A required value that
 * is missing or unusable loses the whole row: "rejected". Every decision goes
 * to the report with the row's file and line; personal addresses are never
 * copied into it.
 */
import { isValidCourriel, isValidUrl } from '@gouvfr-anct/lieux-de-mediation-numerique';
import type { Place, PlaceComplements, Provenance } from '../../../src/places/place';
import { osmHoursProblem } from '../hours/validate-osm-hours';
import { departementsOfPostalCode, type CommuneLookup } from './commune-lookup';
import { readStandardDate } from './dates';
import { isInFrance } from './france';
import { personalEmailReason, withoutPersonalEmails } from './personal-email';
import { isRecord, isWrongTextType, listOf, numberOf, textOf, type Raw } from './raw-values';
import { quote, type RowRef, type SnapshotReport } from './report';
import {
  COMPLEMENT_TYPES,
  LIST_FIELDS,
  STANDARD_FIELDS,
  TEXT_FIELDS,
  type ListField,
  type TextField,
} from './standard-fields';
import type { StandardSchema } from './standard-schema';
import { internationalTelephone } from './telephone';
import { isClosedListField, standardValue } from './vocabularies';

export interface ValidationContext {
  schema: StandardSchema;
  report: SnapshotReport;
  communes: CommuneLookup;
}

/** What the pipeline knows about a row beyond its cells: where it read it. */
export interface RowDefaults {
  /** Given to a row that carries no provenance (every row of a standard CSV or JSON file). */
  provenance: Omit<Provenance, 'date'>;
  /** Given to a row without `source`: the standard leaves it optional, Boussole shows it. */
  source: string;
  /** False when the whole file lacks the column and the file's report already says so once. */
  reportMissingSource: boolean;
  /** True for Boussole's own place files, whose rows must carry their provenance: a missing one is reported. */
  provenanceExpected: boolean;
}

const URL_FIELDS: ReadonlySet<TextField> = new Set(['fiche_acces_libre', 'prise_rdv']);
const FREE_TEXT_FIELDS = ['complement_adresse', 'presentation_resume', 'presentation_detail', 'structure_parente'] as const satisfies readonly TextField[];

type Texts = Partial<Record<TextField, string>>;
type Lists = Partial<Record<ListField, string[]>>;

class RowCheck {
  rejected = false;

  constructor(
    private readonly ref: RowRef,
    private readonly report: SnapshotReport,
  ) {}

  repair(field: string, reason: string): void {
    this.report.repaired(this.ref, field, reason);
  }

  reject(field: string, reason: string): void {
    this.rejected = true;
    this.report.rejected(this.ref, field, reason);
  }

  /** A broken value: the row goes when the field is required, the value goes otherwise. */
  broken(field: string, required: boolean, reason: string): void {
    if (required) this.reject(field, reason);
    else this.repair(field, `${reason} : valeur retirée`);
  }
}

/** A value written another way than the standard's, when its meaning is certain; `unreadable` when it cannot be read at all. */
type Rewrite = (text: string, cell: unknown, pattern: RegExp | undefined) => { text: string; note?: string } | { unreadable: string };

const REWRITES: Partial<Record<TextField, Rewrite>> = {
  pivot: (text, _cell, pattern) => {
    const compact = text.replace(/\s/g, '');
    return compact !== text && pattern?.test(compact) ? { text: compact, note: `espaces retirés de ${quote(text)}` } : { text };
  },
  // A JSON number loses the leading zero of 01000.
  code_postal: (text, cell) => ({ text: typeof cell === 'number' ? text.padStart(5, '0') : text }),
  telephone: (text, _cell, pattern) => {
    if (pattern?.test(text)) return { text };
    const international = internationalTelephone(text);
    return international !== undefined && pattern?.test(international) !== false
      ? { text: international, note: `${quote(text)} réécrit au format international ${quote(international)}` }
      : { text };
  },
  date_maj: (text) => {
    const reading = readStandardDate(text);
    if (!reading) return { unreadable: `date illisible ${quote(text)} (attendu AAAA-MM-JJ)` };
    return reading.rewritten ? { text: reading.date, note: `${quote(text)} réécrit ${quote(reading.date)}` } : { text: reading.date };
  },
};

/** Why a text breaks the standard, or undefined when it does not. */
function textProblem(field: TextField, text: string, pattern: RegExp | undefined): string | undefined {
  if (pattern && !pattern.test(text)) return `${quote(text)} ne suit pas le motif du standard`;
  if (URL_FIELDS.has(field) && !isValidUrl(text)) return `URL invalide ${quote(text)}`;
  return undefined;
}

/** The row's text fields, and its hours text when it could not be read as OSM opening_hours. */
function readTexts(raw: Raw, check: RowCheck, context: ValidationContext): { texts: Texts; unreadableHours?: string } {
  const texts: Texts = {};
  let unreadableHours: string | undefined;
  for (const field of TEXT_FIELDS) {
    const constraints = context.schema.field(field);
    const required = constraints?.required === true;
    const cell = raw[field];
    if (isWrongTextType(cell)) {
      check.broken(field, required, `type inattendu (${Array.isArray(cell) ? 'liste' : typeof cell})`);
      continue;
    }
    const given = textOf(cell);
    if (given === undefined) {
      if (required) check.reject(field, 'champ obligatoire absent');
      continue;
    }
    const rewritten = REWRITES[field]?.(given, cell, constraints?.pattern) ?? { text: given };
    if ('unreadable' in rewritten) {
      check.broken(field, required, rewritten.unreadable);
      continue;
    }
    if (rewritten.note) check.repair(field, rewritten.note);
    const problem = textProblem(field, rewritten.text, constraints?.pattern);
    if (problem) {
      check.broken(field, required, problem);
      continue;
    }
    const hoursProblem = field === 'horaires' ? osmHoursProblem(rewritten.text) : undefined;
    if (hoursProblem !== undefined) {
      check.repair(field, `horaires OSM illisibles ${quote(rewritten.text)} (${hoursProblem.slice(0, 80)}) : gardés en texte seulement`);
      unreadableHours = rewritten.text;
      continue;
    }
    texts[field] = rewritten.text;
  }
  const resume = texts.presentation_resume;
  const maxLength = context.schema.field('presentation_resume')?.maxLength;
  if (resume !== undefined && maxLength !== undefined && resume.length > maxLength) {
    if (texts.presentation_detail === undefined) {
      check.repair('presentation_resume', `plus de ${maxLength} caractères : déplacée dans presentation_detail`);
      texts.presentation_detail = resume;
    } else {
      check.repair('presentation_resume', `plus de ${maxLength} caractères : valeur retirée`);
    }
    delete texts.presentation_resume;
  }
  return unreadableHours === undefined ? { texts } : { texts, unreadableHours };
}

function readLists(raw: Raw, check: RowCheck, context: ValidationContext, ownNames: readonly string[]): Lists {
  const lists: Lists = {};
  for (const field of LIST_FIELDS) {
    const value = raw[field];
    if (value !== undefined && value !== null && typeof value !== 'string' && !Array.isArray(value)) {
      check.repair(field, `type inattendu (${typeof value}) : valeur retirée`);
      continue;
    }
    const kept: string[] = [];
    for (const item of listOf(value)) {
      const accepted = acceptListItem(field, item, check, context, ownNames);
      if (accepted !== undefined && !kept.includes(accepted)) kept.push(accepted);
    }
    if (kept.length > 0) lists[field] = kept;
  }
  return lists;
}

function acceptListItem(field: ListField, item: string, check: RowCheck, context: ValidationContext, ownNames: readonly string[]): string | undefined {
  if (isClosedListField(field)) {
    const value = standardValue(field, item);
    if (value === undefined) {
      check.repair(field, `${quote(item)} n’est pas une valeur du standard : valeur retirée`);
      return undefined;
    }
    const pattern = context.schema.field(field)?.pattern;
    if (pattern && !pattern.test(value)) {
      check.repair(field, `${quote(value)} ne suit pas le motif du standard : valeur retirée`);
      return undefined;
    }
    if (value !== item) check.repair(field, `${quote(item)} écrit comme le standard : ${quote(value)}`);
    return value;
  }
  if (field === 'courriels') {
    // The address is not quoted: an invalid one may still be someone's.
    if (!isValidCourriel(item)) {
      check.repair(field, 'adresse invalide : valeur retirée');
      return undefined;
    }
    const personal = personalEmailReason(item, ownNames);
    if (personal !== undefined) {
      check.repair(field, `${personal} : valeur retirée`);
      return undefined;
    }
    return item;
  }
  if (field === 'site_web' && !isValidUrl(item)) {
    check.repair(field, `URL invalide ${quote(item)} : valeur retirée`);
    return undefined;
  }
  return item;
}

function readCoordinates(raw: Raw, check: RowCheck): { latitude: number; longitude: number } | undefined {
  const latitude = numberOf(raw.latitude);
  const longitude = numberOf(raw.longitude);
  if (!latitude || !longitude) {
    const missing = !latitude ? 'latitude' : 'longitude';
    check.reject(missing, raw[missing] === undefined || raw[missing] === '' || raw[missing] === null ? 'coordonnées absentes' : `coordonnée illisible ${quote(raw[missing])}`);
    return undefined;
  }
  if (latitude.comma || longitude.comma) check.repair('latitude', 'virgule décimale lue comme un point');
  if (isInFrance(latitude.value, longitude.value)) return { latitude: latitude.value, longitude: longitude.value };
  if (isInFrance(longitude.value, latitude.value)) {
    check.repair('latitude', `latitude et longitude inversées (${latitude.value}, ${longitude.value}) : remises dans l’ordre`);
    return { latitude: longitude.value, longitude: latitude.value };
  }
  check.reject('latitude', `coordonnées hors de France (${latitude.value}, ${longitude.value})`);
  return undefined;
}

function readProvenance(value: unknown, check: RowCheck): Provenance[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    check.repair('complements.provenance', 'n’est pas une liste : remplacée');
    return [];
  }
  const entries: Provenance[] = [];
  for (const entry of value) {
    const fichier = isRecord(entry) ? textOf(entry.fichier) : undefined;
    const date = isRecord(entry) ? textOf(entry.date) : undefined;
    if (!isRecord(entry) || fichier === undefined || date === undefined) {
      check.repair('complements.provenance', `entrée sans fichier ni date ${quote(entry)} : retirée`);
      continue;
    }
    const ligne = typeof entry.ligne === 'number' && Number.isInteger(entry.ligne) ? entry.ligne : undefined;
    const id = textOf(entry.id);
    entries.push({ fichier, ...(ligne === undefined ? {} : { ligne }), ...(id === undefined ? {} : { id }), date });
  }
  return entries;
}

function hasType(value: unknown, type: 'string' | 'boolean' | 'number' | 'string[]'): boolean {
  if (type === 'string[]') return Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === type;
}

function readComplements(raw: Raw, check: RowCheck): PlaceComplements {
  const source = raw.complements;
  if (source !== undefined && !isRecord(source)) check.repair('complements', 'n’est pas un objet : ignoré');
  const given = isRecord(source) ? source : {};
  const complements: PlaceComplements = { provenance: readProvenance(given.provenance, check) };
  for (const key of Object.keys(given).sort()) {
    if (key === 'provenance') continue;
    const value = given[key];
    if (!Object.hasOwn(COMPLEMENT_TYPES, key)) {
      check.repair(`complements.${key}`, 'complément inconnu de Boussole : ignoré');
      continue;
    }
    const type = COMPLEMENT_TYPES[key as keyof typeof COMPLEMENT_TYPES];
    if (value === undefined || value === null || value === '') continue;
    if (!hasType(value, type)) {
      check.repair(`complements.${key}`, `attendu ${type}, trouvé ${quote(value)} : valeur retirée`);
      continue;
    }
    (complements as unknown as Record<string, unknown>)[key] = type === 'string' ? (value as string).trim() : value;
  }
  return complements;
}

/** Personal addresses written in free text are replaced, the text kept. */
function redactFreeText(texts: Texts, complements: PlaceComplements, check: RowCheck, ownNames: readonly string[]): void {
  for (const field of FREE_TEXT_FIELDS) {
    const text = texts[field];
    if (text === undefined) continue;
    const cleaned = withoutPersonalEmails(text, ownNames);
    if (cleaned.removed > 0) {
      check.repair(field, `${cleaned.removed} courriel(s) personnel(s) retiré(s) du texte`);
      texts[field] = cleaned.text;
    }
  }
  const record = complements as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'provenance') continue;
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
    if (!texts) continue;
    const cleaned = texts.map((text) => withoutPersonalEmails(text, ownNames));
    const removed = cleaned.reduce((sum, part) => sum + part.removed, 0);
    if (removed === 0) continue;
    check.repair(`complements.${key}`, `${removed} courriel(s) personnel(s) retiré(s) du texte`);
    record[key] = typeof value === 'string' ? cleaned[0]?.text : cleaned.map((part) => part.text);
  }
}

function completeInseeCode(texts: Texts, check: RowCheck, context: ValidationContext): void {
  if (texts.code_insee !== undefined || texts.commune === undefined || texts.code_postal === undefined) return;
  const commune = context.communes.byName(texts.commune, departementsOfPostalCode(texts.code_postal));
  if (!commune) return;
  texts.code_insee = commune.code;
  check.repair('code_insee', `absent : ${quote(commune.code)} d’après la commune ${quote(texts.commune)}`);
}

/** The place a row describes, or undefined when it is rejected (the report says why). */
export function validatePlace(raw: Raw, ref: RowRef, context: ValidationContext, defaults: RowDefaults): Place | undefined {
  const check = new RowCheck(ref, context.report);
  for (const key of Object.keys(raw)) {
    if (key !== 'complements' && !(STANDARD_FIELDS as readonly string[]).includes(key)) {
      check.repair(key, 'champ inconnu du standard : ignoré');
    }
  }
  const { texts, unreadableHours } = readTexts(raw, check, context);
  const complements = readComplements(raw, check);
  const ownNames = [texts.nom, texts.structure_parente, texts.commune, complements.epci].filter((name): name is string => name !== undefined);
  const lists = readLists(raw, check, context, ownNames);
  const coordinates = readCoordinates(raw, check);

  if (unreadableHours !== undefined && complements.horaires_texte === undefined) complements.horaires_texte = unreadableHours;
  if (texts.source === undefined) {
    if (defaults.reportMissingSource) check.repair('source', `absente : ${quote(defaults.source)}`);
    texts.source = defaults.source;
  }
  if (complements.provenance.length === 0 && texts.date_maj !== undefined) {
    complements.provenance = [{ ...defaults.provenance, date: texts.date_maj }];
    if (defaults.provenanceExpected) check.repair('complements.provenance', 'absente : le fichier lu');
  }
  redactFreeText(texts, complements, check, ownNames);
  if (check.rejected || !coordinates) return undefined;
  completeInseeCode(texts, check, context);

  const { id, pivot, nom, commune, code_postal, adresse, source, date_maj, ...optionalTexts } = texts;
  if (!id || !pivot || !nom || !commune || !code_postal || !adresse || !source || !date_maj) return undefined;
  return {
    id,
    pivot,
    nom,
    commune,
    code_postal,
    adresse,
    source,
    date_maj,
    ...optionalTexts,
    ...coordinates,
    ...lists,
    // Optional in the standard, but always an array in a Place: the app reads it on every place.
    services: lists.services ?? [],
    complements,
  };
}
