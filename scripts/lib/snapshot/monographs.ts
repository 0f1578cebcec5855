/**
 * What the monographs add to the map. A record matched to a hub place
 * (`hub_gid`) enriches that place: list values are joined, empty complements
 * filled, the monograph's notes added, its passage appended to the provenance;
 * where both say something, the hub's value stays. A record without a match
 * becomes a place of its own, `mono-<cle>`, put at the centre of its commune
 * (position_approximative) since monographs give no address.
 */
import type { Place, PlaceComplements, Provenance } from '../../../src/places/place';
import type { CommuneRecord } from '../communes/commune-record';
import { isInside } from '../communes/geometry';
import { communeOutline } from '../sources/place-safeguards';
import { REGION_DEPARTEMENTS } from '../hub/location';
import type { CommuneLookup } from './commune-lookup';
import { dateFromMonth } from './dates';
import { readMonographRecord, type MonographRecord } from './monograph-record';
import type { Raw } from './raw-values';
import { quote, type RowRef } from './report';
import { LIST_FIELDS, STANDARD_FIELDS } from './standard-fields';
import { validatePlace, type ValidationContext } from './validate-place';

export const MONOGRAPH_SOURCE = 'Monographies « Médiation numérique pour tous » (Région Centre-Val de Loire)';
/** The standard requires a pivot; a monograph gives none: the standard's conventional "unknown" value. */
export const UNKNOWN_PIVOT = '00000000000000';

/**
 * The département each monograph covers (data/sources/SOURCES.md: 000 Chartres,
 * 001 Tours, 002 Chinon, 004 Bourges; 003 is the regional synthesis), tried
 * first when a commune's name exists in several départements.
 */
const MONOGRAPH_DEPARTEMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:^|\/)000_/, '28'],
  [/(?:^|\/)001_/, '37'],
  [/(?:^|\/)002_/, '37'],
  [/(?:^|\/)004_/, '18'],
];

/** Fields of a record that describe the record, not the place, or that the hub's values always win. */
const RECORD_ONLY_KEYS = new Set(['cle', 'fichier', 'ligne', 'lignes', 'date', 'hub_gid', 'correspondance', 'complements']);
const IDENTITY_FIELDS = new Set(['id', 'pivot', 'nom', 'commune', 'code_postal', 'code_insee', 'adresse', 'latitude', 'longitude', 'source', 'date_maj']);

export type MonographOutcome = 'merged' | 'added' | 'rejected';

export interface MonographResult {
  /** New places, to be deduplicated with the others. */
  added: Array<{ place: Place; ref: RowRef }>;
  /** What became of each record, by `cle`. */
  outcomes: Map<string, MonographOutcome>;
}

function provenanceOf(record: MonographRecord): Provenance {
  return { fichier: record.fichier, ligne: record.ligne, date: record.date };
}

function union(first: readonly string[] | undefined, second: unknown): string[] {
  const extra = Array.isArray(second) ? second.filter((item): item is string => typeof item === 'string') : [];
  return [...new Set([...(first ?? []), ...extra])];
}

/** The hub place with the record's facts added; hub values win, notes and list values add up. */
function enrichedRow(place: Place, record: MonographRecord): Raw {
  const row = structuredClone(place) as unknown as Raw;
  for (const [key, value] of Object.entries(record)) {
    if (RECORD_ONLY_KEYS.has(key) || IDENTITY_FIELDS.has(key) || !(STANDARD_FIELDS as readonly string[]).includes(key)) continue;
    if ((LIST_FIELDS as readonly string[]).includes(key)) row[key] = union(row[key] as string[] | undefined, value);
    else if (row[key] === undefined) row[key] = value;
  }
  const complements = row.complements as unknown as PlaceComplements & Record<string, unknown>;
  for (const [key, value] of Object.entries(record.complements ?? {})) {
    if (key === 'provenance') continue;
    if (key === 'notes') complements.notes = union(complements.notes, value);
    // A monograph's hours in words are for a place with no hours at all: beside hours a newer record gave, they would contradict them.
    else if (key === 'horaires_texte' && row.horaires !== undefined) continue;
    else if (complements[key] === undefined) complements[key] = value;
  }
  complements.provenance = [...complements.provenance, provenanceOf(record)];
  return row;
}

function departementHint(record: MonographRecord): string | undefined {
  return MONOGRAPH_DEPARTEMENTS.find(([pattern]) => pattern.test(record.fichier))?.[1];
}

/** The record's commune: by INSEE code, else by name in the monograph's département, else by a name unique in the region. */
function communeOf(record: MonographRecord, communes: CommuneLookup): CommuneRecord | { problem: string } {
  if (record.code_insee) {
    const byCode = communes.byCode(record.code_insee);
    if (byCode) return byCode;
  }
  if (!record.commune) return { problem: 'commune inconnue dans la monographie' };
  const hint = departementHint(record);
  const inHint = hint ? communes.byName(record.commune, [hint]) : undefined;
  if (inHint) return inHint;
  const candidates = REGION_DEPARTEMENTS.map((departement) => communes.byName(record.commune ?? '', [departement])).filter(
    (commune): commune is CommuneRecord => commune !== undefined,
  );
  const [only] = candidates;
  if (candidates.length === 1 && only) return only;
  return { problem: candidates.length > 1 ? `commune ${quote(record.commune)} ambiguë (${candidates.length} communes de la région)` : `commune ${quote(record.commune)} introuvable dans la région` };
}

function newPlaceRow(record: MonographRecord, commune: CommuneRecord & { lat: number; lon: number }, postalCode: string): Raw {
  const row: Raw = {};
  for (const [key, value] of Object.entries(record)) {
    if (!RECORD_ONLY_KEYS.has(key) && !IDENTITY_FIELDS.has(key) && (STANDARD_FIELDS as readonly string[]).includes(key)) row[key] = value;
  }
  return {
    id: `mono-${record.cle}`,
    pivot: UNKNOWN_PIVOT,
    nom: record.nom,
    commune: commune.nom,
    code_postal: postalCode,
    code_insee: commune.code,
    adresse: commune.nom,
    latitude: commune.lat,
    longitude: commune.lon,
    source: MONOGRAPH_SOURCE,
    date_maj: dateFromMonth(record.date),
    ...row,
    complements: { ...record.complements, provenance: [provenanceOf(record)], position_approximative: true },
  };
}

function addedPlace(record: MonographRecord, ref: RowRef, context: ValidationContext, communes: CommuneLookup): Place | undefined {
  const commune = communeOf(record, communes);
  if ('problem' in commune) {
    context.report.rejected(ref, 'commune', commune.problem);
    return undefined;
  }
  const postalCode = commune.codesPostaux[0];
  if (commune.lat === null || commune.lon === null || postalCode === undefined) {
    context.report.rejected(ref, 'commune', `commune ${quote(commune.nom)} sans centre ni code postal connus`);
    return undefined;
  }
  context.report.repaired(ref, 'adresse', `inconnue de la monographie, or le standard l’exige : nom de la commune ${quote(commune.nom)}`);
  context.report.repaired(ref, 'latitude', `position approximative : centre de la commune ${quote(commune.nom)} (code postal ${postalCode})`);
  const row = newPlaceRow(record, { ...commune, lat: commune.lat, lon: commune.lon }, postalCode);
  return validatePlace(row, ref, context, { provenance: { fichier: record.fichier, ligne: record.ligne }, source: MONOGRAPH_SOURCE, reportMissingSource: true, provenanceExpected: true });
}

/**
 * The hub's commune corrected when the monograph names another one and the
 * hub's own coordinates lie in that other commune: two sources against the
 * hub's city column (AIP: "Tours" in the hub, Saint-Pierre-des-Corps in the
 * monograph and at the hub's own position). Otherwise the hub's commune stays,
 * and the disagreement is said.
 */
function correctCommune(row: Raw, hubPlace: Place, record: MonographRecord, communes: CommuneLookup, ref: RowRef, context: ValidationContext): void {
  if (record.code_insee === undefined || hubPlace.code_insee === undefined || record.code_insee === hubPlace.code_insee) return;
  const commune = communes.byCode(record.code_insee);
  if (!commune) return;
  const position = { lat: hubPlace.latitude, lon: hubPlace.longitude };
  if (!isInside(position, communeOutline(commune.code))) {
    context.report.repaired(ref, 'commune', `la monographie situe le lieu à ${quote(commune.nom)}, le hub et sa position à ${quote(hubPlace.commune)} : commune du hub gardée`);
    return;
  }
  row.commune = commune.nom;
  row.code_insee = commune.code;
  if (!commune.codesPostaux.includes(hubPlace.code_postal) && commune.codesPostaux[0] !== undefined) row.code_postal = commune.codesPostaux[0];
  context.report.repaired(
    ref,
    'commune',
    `le hub écrit ${quote(hubPlace.commune)}, mais sa propre position (${hubPlace.latitude}, ${hubPlace.longitude}) est dans ${quote(commune.nom)}, où la monographie situe le lieu : commune ${commune.code}, code postal ${String(row.code_postal)}`,
  );
}

/**
 * Applies the records of one monograph file to `places` (hub places by id,
 * replaced in the map when enriched) and returns the places they add.
 */
export function applyMonographs(file: string, items: readonly unknown[], places: Map<string, Place>, context: ValidationContext, communes: CommuneLookup): MonographResult {
  const result: MonographResult = { added: [], outcomes: new Map() };
  items.forEach((item, index) => {
    const read = readMonographRecord(item);
    const ref: RowRef = { file, index, ...('record' in read ? { id: read.record.cle } : {}) };
    if ('problem' in read) {
      context.report.rejected(ref, 'cle', read.problem);
      return;
    }
    const { record } = read;
    const hubId = record.hub_gid === null ? undefined : `hub-${record.hub_gid}`;
    const hubPlace = hubId === undefined ? undefined : places.get(hubId);
    if (hubId !== undefined && hubPlace) {
      const row = enrichedRow(hubPlace, record);
      correctCommune(row, hubPlace, record, communes, ref, context);
      const enriched = validatePlace(row, ref, context, { provenance: { fichier: record.fichier }, source: hubPlace.source, reportMissingSource: true, provenanceExpected: true });
      places.set(hubPlace.id, enriched ?? hubPlace);
      context.report.merged(ref, 'hub_gid', `fusionné dans ${hubPlace.id} ${quote(hubPlace.nom)}`);
      result.outcomes.set(record.cle, 'merged');
      return;
    }
    if (hubId !== undefined) context.report.repaired(ref, 'hub_gid', `${hubId} absent des lieux : ajouté comme lieu à part`);
    const place = addedPlace(record, ref, context, communes);
    if (place) result.added.push({ place, ref });
    result.outcomes.set(record.cle, place ? 'added' : 'rejected');
  });
  return result;
}
