/**
 * The national file meets what we know better. Each national record is
 * matched to at most one local place (Boussole's own place files: the hub
 * import), by id, then by pivot within the commune, then by name and address
 * within the commune, then by a name unique in the commune on both sides. A matched pair becomes one place that keeps the local id
 * (links and favourites stay valid) and takes, field by field, the value of
 * the record with the newer `date_maj`; a value only one side has is kept.
 * Two exceptions protect the local repairs: a position the national file still
 * gives far from its commune (or flags as approximate) never replaces ours, and
 * hours we converted to OSM stay while the national file gives the same text.
 * The monographs are applied after this merge (build-snapshot.ts), so their
 * additions land on the merged place whatever the national file says.
 *
 * A local place the national file withdrew (data/nightly/withdrawn.json) is
 * left out unless a national record matches it again. Every decision is
 * returned, for the night's report.
 */
import { foldName } from '../../../src/places/normalize-name';
import type { Place, PlaceComplements } from '../../../src/places/place';
import { distanceKm } from '../communes/geometry';
import type { CommuneLookup } from '../snapshot/commune-lookup';
import type { Candidate } from '../snapshot/dedupe';
import { quote, type SnapshotReport } from '../snapshot/report';
import { STANDARD_FIELDS, type StandardField } from '../snapshot/standard-fields';

export type MatchRule = 'identifiant' | 'pivot' | 'nom et adresse' | 'nom dans la commune';

export interface FieldDecision {
  field: string;
  kept: 'national' | 'local';
  why: string;
  local?: unknown;
  national?: unknown;
}

export interface PlaceDecision {
  /** The id the place has in the snapshot. */
  id: string;
  nom: string;
  outcome: 'apparié' | 'ajouté' | 'retiré';
  nationalId?: string;
  rule?: MatchRule;
  fields: FieldDecision[];
}

export interface NationalMergeOptions {
  /** The national file's name, as written in provenance. */
  nationalFile: string;
  /** Ids of local places the national file withdrew. */
  withdrawn: ReadonlySet<string>;
  communes: CommuneLookup;
  report: SnapshotReport;
}

export interface NationalMergeResult {
  candidates: Candidate[];
  /** National records no local place matched. */
  unmatched: Candidate[];
  decisions: PlaceDecision[];
}

/** Two positions closer than this are the same point written twice (rounding, geocoder wobble). */
export const SAME_POSITION_METERS = 25;
/** A national position farther than this from its commune's centre is taken for an unrepaired error. */
export const MAX_KM_FROM_COMMUNE_CENTRE = 15;

const PLACEHOLDER_PIVOT = /^0+$/;

/** The part of a pivot that names the organisation: a SIRET's SIREN, an RNA as written; none for the placeholder. */
function pivotKey(pivot: string): string | undefined {
  const compact = pivot.replace(/\s/g, '');
  if (compact === '' || PLACEHOLDER_PIVOT.test(compact)) return undefined;
  return /^\d{14}$/.test(compact) ? compact.slice(0, 9) : compact;
}

function communeKey(place: Place): string {
  return place.code_insee ?? `${foldName(place.commune)}|${place.code_postal}`;
}

/** Keys that occur once only: a key shared by several records matches nothing. */
function uniqueIndex<T>(items: readonly T[], keyOf: (item: T) => string | undefined): Map<string, T> {
  const index = new Map<string, T>();
  const seen = new Set<string>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    if (seen.has(key)) index.delete(key);
    else index.set(key, item);
    seen.add(key);
  }
  return index;
}

interface Match {
  local: Candidate;
  national: Candidate;
  rule: MatchRule;
}

function matchRecords(locals: readonly Candidate[], nationals: readonly Candidate[]): { matches: Match[]; unmatched: Candidate[] } {
  const matches: Match[] = [];
  const usedLocal = new Set<Candidate>();
  const usedNational = new Set<Candidate>();
  const pair = (local: Candidate, national: Candidate, rule: MatchRule): void => {
    matches.push({ local, national, rule });
    usedLocal.add(local);
    usedNational.add(national);
  };
  const localById = new Map<string, Candidate>();
  for (const local of locals) if (!localById.has(local.place.id)) localById.set(local.place.id, local);
  for (const national of nationals) {
    const local = localById.get(national.place.id);
    if (local && !usedLocal.has(local)) pair(local, national, 'identifiant');
  }
  const rules: ReadonlyArray<readonly [MatchRule, (place: Place) => string | undefined]> = [
    ['pivot', (place) => {
      const key = pivotKey(place.pivot);
      return key === undefined ? undefined : `${key}|${communeKey(place)}`;
    }],
    ['nom et adresse', (place) => `${foldName(place.nom)}|${foldName(place.adresse)}|${communeKey(place)}`],
    // Last, and only when the name is unique in the commune on both sides: an address written differently
    // ("1 bd Lamarck") would otherwise leave the pair to the deduplication, which may keep the national id.
    ['nom dans la commune', (place) => `${foldName(place.nom)}|${communeKey(place)}`],
  ];
  for (const [rule, keyOf] of rules) {
    const freeLocals = uniqueIndex(locals.filter((local) => !usedLocal.has(local)), (local) => keyOf(local.place));
    const freeNationals = uniqueIndex(nationals.filter((national) => !usedNational.has(national)), (national) => keyOf(national.place));
    for (const [key, national] of freeNationals) {
      const local = freeLocals.get(key);
      if (local) pair(local, national, rule);
    }
  }
  return { matches, unmatched: nationals.filter((national) => !usedNational.has(national)) };
}

/** A value that says something: empty strings and lists, and the placeholder pivot, say nothing. */
function meaningful(field: StandardField, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value;
  if (field === 'pivot' && typeof value === 'string' && pivotKey(value) === undefined) return undefined;
  return value;
}

/** Lists compare as sets: the order a producer writes them in is not news. */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  return JSON.stringify(a) === JSON.stringify(b);
}

const sameText = (a: string | undefined, b: string | undefined): boolean => (a ?? '').replace(/\s+/g, ' ').trim() === (b ?? '').replace(/\s+/g, ' ').trim();

/** Fields decided by their own rules below, or never taken from the national record. */
const OWN_RULES: ReadonlySet<string> = new Set(['id', 'date_maj', 'latitude', 'longitude', 'horaires']);

/** Why a national position must not replace ours, or undefined when it may. */
function positionProblem(national: Place, communes: CommuneLookup): string | undefined {
  if (national.complements.position_approximative === true) return 'approximative (centre de la commune)';
  const commune = national.code_insee === undefined ? undefined : communes.byCode(national.code_insee);
  if (!commune || commune.lat === null || commune.lon === null) return undefined;
  const km = distanceKm({ lat: national.latitude, lon: national.longitude }, { lat: commune.lat, lon: commune.lon });
  return km > MAX_KM_FROM_COMMUNE_CENTRE ? `à ${km.toFixed(0)} km du centre de ${commune.nom}` : undefined;
}

interface Dates {
  nationalNewer: boolean;
  localNewer: boolean;
  national: string;
  local: string;
}

function newerWhy(dates: Dates): string {
  return `national plus récent (${dates.national} > ${dates.local})`;
}

function olderWhy(dates: Dates): string {
  return dates.localNewer ? `local plus récent (${dates.local} > ${dates.national})` : `même date_maj (${dates.local}) : la valeur locale, vérifiée, est gardée`;
}

function decidePosition(merged: Place, local: Place, national: Place, dates: Dates, communes: CommuneLookup, decisions: FieldDecision[]): void {
  const meters = distanceKm({ lat: local.latitude, lon: local.longitude }, { lat: national.latitude, lon: national.longitude }) * 1000;
  if (meters <= SAME_POSITION_METERS) return;
  const localPosition = [local.latitude, local.longitude];
  const nationalPosition = [national.latitude, national.longitude];
  const problem = positionProblem(national, communes);
  if (problem) {
    decisions.push({ field: 'position', kept: 'local', why: `position nationale ${problem} : la position locale (réparée) est gardée`, local: localPosition, national: nationalPosition });
    return;
  }
  const approximate = local.complements.position_approximative === true;
  if (approximate || dates.nationalNewer) {
    merged.latitude = national.latitude;
    merged.longitude = national.longitude;
    delete merged.complements.position_approximative;
    const why = approximate ? 'la position locale était le centre de la commune : position précise du national' : newerWhy(dates);
    decisions.push({ field: 'position', kept: 'national', why: `${why} (${Math.round(meters)} m)`, local: localPosition, national: nationalPosition });
    return;
  }
  decisions.push({ field: 'position', kept: 'local', why: olderWhy(dates), local: localPosition, national: nationalPosition });
}

function takeNationalHours(merged: Place, national: Place, keepLocalText = false): void {
  if (national.horaires === undefined) delete merged.horaires;
  else merged.horaires = national.horaires;
  const text = national.complements.horaires_texte;
  if (text !== undefined) merged.complements.horaires_texte = text;
  else if (!keepLocalText) delete merged.complements.horaires_texte;
}

function decideHours(merged: Place, local: Place, national: Place, dates: Dates, decisions: FieldDecision[]): void {
  const localText = local.complements.horaires_texte;
  const nationalText = national.complements.horaires_texte;
  if (national.horaires === undefined && nationalText === undefined) return;
  const before = local.horaires ?? localText;
  const after = national.horaires ?? nationalText;
  const localHasHours = before !== undefined;
  if (national.horaires === undefined) {
    // The national file gives words only.
    if (sameText(localText, nationalText)) {
      if (local.horaires !== undefined) {
        decisions.push({ field: 'horaires', kept: 'local', why: 'le national donne le même texte que celui converti localement : horaires OSM convertis gardés', local: before, national: after });
      }
      return;
    }
    if (localHasHours && !dates.nationalNewer) {
      decisions.push({ field: 'horaires', kept: 'local', why: olderWhy(dates), local: before, national: after });
      return;
    }
    takeNationalHours(merged, national);
    decisions.push({ field: 'horaires', kept: 'national', why: localHasHours ? newerWhy(dates) : 'absent localement : complété', local: before, national: after });
    return;
  }
  // The national file gives OSM hours.
  if (national.horaires === local.horaires) return;
  if (local.horaires === undefined && !dates.localNewer) {
    // Same date: the words are still true and stay beside the OSM form; a newer record's hours replace them.
    takeNationalHours(merged, national, !dates.nationalNewer);
    decisions.push({ field: 'horaires', kept: 'national', why: dates.nationalNewer ? newerWhy(dates) : 'horaires OSM absents localement : complétés', local: before, national: after });
    return;
  }
  if (!dates.nationalNewer) {
    decisions.push({ field: 'horaires', kept: 'local', why: olderWhy(dates), local: before, national: after });
    return;
  }
  takeNationalHours(merged, national);
  decisions.push({ field: 'horaires', kept: 'national', why: newerWhy(dates), local: before, national: after });
}

/** The merged place and the decision taken for each field where the two records differ. */
export function mergePair(local: Place, national: Place, nationalFile: string, communes: CommuneLookup): { place: Place; fields: FieldDecision[] } {
  const dates: Dates = {
    nationalNewer: national.date_maj > local.date_maj,
    localNewer: national.date_maj < local.date_maj,
    national: national.date_maj,
    local: local.date_maj,
  };
  const merged = structuredClone(local);
  const target = merged as unknown as Record<string, unknown>;
  const fields: FieldDecision[] = [];
  for (const field of STANDARD_FIELDS) {
    if (OWN_RULES.has(field)) continue;
    const localValue = meaningful(field, local[field]);
    const nationalValue = meaningful(field, national[field]);
    if (nationalValue === undefined || sameValue(localValue, nationalValue)) continue;
    if (localValue === undefined) {
      target[field] = structuredClone(nationalValue);
      fields.push({ field, kept: 'national', why: 'absent localement : complété', national: nationalValue });
    } else if (dates.nationalNewer) {
      target[field] = structuredClone(nationalValue);
      fields.push({ field, kept: 'national', why: newerWhy(dates), local: localValue, national: nationalValue });
    } else {
      fields.push({ field, kept: 'local', why: olderWhy(dates), local: localValue, national: nationalValue });
    }
  }
  decidePosition(merged, local, national, dates, communes, fields);
  decideHours(merged, local, national, dates, fields);
  if (dates.nationalNewer) merged.date_maj = national.date_maj;
  const complements = merged.complements as PlaceComplements & Record<string, unknown>;
  for (const [key, value] of Object.entries(national.complements)) {
    if (key === 'provenance' || key === 'horaires_texte' || key === 'position_approximative') continue;
    if (key === 'notes') complements.notes = [...new Set([...(complements.notes ?? []), ...(national.complements.notes ?? [])])];
    else if (complements[key] === undefined) complements[key] = structuredClone(value);
  }
  complements.provenance = [...local.complements.provenance, { fichier: nationalFile, id: national.id, date: national.date_maj }];
  return { place: merged, fields };
}

/** A national record as it enters the snapshot: its provenance names the record, not a line that moves every night. */
function nationalProvenance(candidate: Candidate, nationalFile: string): Candidate {
  const place = structuredClone(candidate.place);
  place.complements.provenance = [{ fichier: nationalFile, id: place.id, date: place.date_maj }];
  return { ...candidate, place };
}

/**
 * Merges `nationals` into `locals`: matched pairs become one place, withdrawn
 * unmatched locals go, other locals stay. National records left unmatched are
 * returned for a later pass (the monographs' own places) or for
 * `nationalOnly`.
 */
export function mergeNational(locals: readonly Candidate[], nationals: readonly Candidate[], options: NationalMergeOptions): NationalMergeResult {
  const { matches, unmatched } = matchRecords(locals, nationals);
  const matchOf = new Map(matches.map((match) => [match.local, match]));
  const candidates: Candidate[] = [];
  const decisions: PlaceDecision[] = [];
  for (const local of locals) {
    const match = matchOf.get(local);
    if (!match) {
      if (options.withdrawn.has(local.place.id)) {
        options.report.rejected(local.ref, 'id', `retiré du fichier national ${quote(options.nationalFile)} (data/nightly/withdrawn.json) : lieu retiré`);
        decisions.push({ id: local.place.id, nom: local.place.nom, outcome: 'retiré', fields: [] });
      } else {
        candidates.push(local);
      }
      continue;
    }
    const { place, fields } = mergePair(local.place, match.national.place, options.nationalFile, options.communes);
    options.report.merged(match.national.ref, 'id', `apparié à ${local.place.id} ${quote(local.place.nom)} (${match.rule}) : ${fields.length} champ(s) différent(s)`);
    candidates.push({ ...local, place });
    decisions.push({ id: local.place.id, nom: place.nom, outcome: 'apparié', nationalId: match.national.place.id, rule: match.rule, fields });
  }
  return { candidates, unmatched, decisions };
}

/** National records no local place matched: new places, provenance naming their record. */
export function nationalOnly(nationals: readonly Candidate[], nationalFile: string): { candidates: Candidate[]; decisions: PlaceDecision[] } {
  return {
    candidates: nationals.map((national) => nationalProvenance(national, nationalFile)),
    decisions: nationals.map((national) => ({ id: national.place.id, nom: national.place.nom, outcome: 'ajouté', nationalId: national.place.id, fields: [] })),
  };
}
