/**
 * One place, one entry: records of the same place from several sources are
 * merged. Two records are the same place when they share an id, or when their
 * names fold to the same words and they are in the same commune (INSEE code)
 * or within about 100 m of each other; within one file, when they are the same
 * site (sameSiteReason: same address and telephone or website). The richest record is kept; the others
 * fill its gaps and add their provenance. Each merge is reported.
 */
import { foldName } from '../../../src/places/normalize-name';
import type { Place, PlaceComplements, Provenance } from '../../../src/places/place';
import { distanceKm } from '../communes/geometry';
import { quote, type RowRef, type SnapshotReport } from './report';
import { STANDARD_FIELDS } from './standard-fields';

export interface Candidate {
  place: Place;
  ref: RowRef;
  /** The input file the record came from: names are only compared across files. */
  origin: string;
}

/** Within this distance, two records with the same name are one place (a geocoding wobble, not a neighbour). */
export const SAME_PLACE_KM = 0.1;

/** Fields that describe where a place is: taken together from the record with the precise position. */
const LOCATION_FIELDS = ['adresse', 'complement_adresse', 'code_postal', 'commune', 'code_insee', 'latitude', 'longitude'] as const;

export function richness(place: Place): number {
  const filled = STANDARD_FIELDS.filter((field) => {
    const value = place[field];
    return value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
  }).length;
  return filled + Object.keys(place.complements).filter((key) => key !== 'provenance').length;
}

class UnionFind {
  private readonly parents: number[];

  constructor(size: number) {
    this.parents = Array.from({ length: size }, (_, index) => index);
  }

  find(index: number): number {
    let root = index;
    while (this.parents[root] !== root) root = this.parents[root] ?? root;
    this.parents[index] = root;
    return root;
  }

  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    // The smaller index stays the root, so groups do not depend on the order of unions.
    if (rootA !== rootB) this.parents[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
}

function distanceBetween(a: Place, b: Place): number {
  return distanceKm({ lat: a.latitude, lon: a.longitude }, { lat: b.latitude, lon: b.longitude });
}

/** Same name and near each other: what makes two records one place whatever their ids. */
function sameNameNearby(a: Place, b: Place): boolean {
  if (foldName(a.nom) !== foldName(b.nom)) return false;
  const sameCommune = a.code_insee !== undefined && a.code_insee === b.code_insee;
  return sameCommune || distanceBetween(a, b) <= SAME_PLACE_KM;
}

/**
 * Why two records are the same place, or undefined when nothing says so.
 * An id is local to its producer: across files, a shared id counts only for
 * records that also share their name nearby or their position.
 */
export function samePlaceReason(a: Candidate, b: Candidate): string | undefined {
  if (a.place.id === b.place.id && (a.origin === b.origin || sameNameNearby(a.place, b.place) || distanceBetween(a.place, b.place) <= SAME_PLACE_KM)) {
    return 'même identifiant';
  }
  if (a.origin === b.origin) return sameSiteReason(a.place, b.place);
  if (foldName(a.place.nom) !== foldName(b.place.nom)) return undefined;
  if (a.place.code_insee !== undefined && a.place.code_insee === b.place.code_insee) return 'même nom, même code INSEE';
  const meters = Math.round(distanceBetween(a.place, b.place) * 1000);
  return meters <= SAME_PLACE_KM * 1000 ? `même nom, à ${meters} m` : undefined;
}

/** "4/6 place Jean Jaurès" and "4-6 Place Jean Jaures" are one address. */
const addressKey = (place: Place): string => `${place.code_insee ?? place.code_postal}|${foldName(place.adresse).replace(/[^a-z0-9]+/g, ' ').trim()}`;

const UNKNOWN_PIVOT = /^0+$/;

/**
 * Within one file, two records of the same site: same commune and address
 * (written alike once folded), the same position, the same structure (same
 * pivot, or one unknown), a typology in common, and the same telephone or the
 * same website. Shared premises alone are not enough: a France Services and a
 * youth information point at the same address and phone are two services.
 */
export function sameSiteReason(a: Place, b: Place): string | undefined {
  if (addressKey(a) !== addressKey(b) || distanceBetween(a, b) > SAME_PLACE_KM) return undefined;
  if (a.pivot !== b.pivot && !UNKNOWN_PIVOT.test(a.pivot) && !UNKNOWN_PIVOT.test(b.pivot)) return undefined;
  if (!(a.typologie ?? []).some((value) => (b.typologie ?? []).includes(value))) return undefined;
  if (a.telephone !== undefined && a.telephone === b.telephone) return 'même adresse, même téléphone';
  const sites = new Set((a.site_web ?? []).map((url) => url.replace(/^https?:\/\/(?:www\.)?/, '')));
  if ((b.site_web ?? []).some((url) => sites.has(url.replace(/^https?:\/\/(?:www\.)?/, '')))) return 'même adresse, même site web';
  return undefined;
}

function isApproximate(place: Place): boolean {
  return place.complements.position_approximative === true;
}

function mergeProvenance(first: readonly Provenance[], second: readonly Provenance[]): Provenance[] {
  const seen = new Set(first.map((entry) => JSON.stringify(entry)));
  return [...first, ...second.filter((entry) => !seen.has(JSON.stringify(entry)))];
}

/** `kept` with the gaps filled from `other`, its provenance added, and `other`'s position when only that one is precise. */
function mergeInto(kept: Place, other: Place): Place {
  const merged = structuredClone(kept);
  // Field by field across a union of types: read and written as plain records.
  const target = merged as unknown as Record<string, unknown>;
  const source = other as unknown as Record<string, unknown>;
  if (isApproximate(kept) && !isApproximate(other)) {
    for (const field of LOCATION_FIELDS) {
      if (source[field] !== undefined) target[field] = source[field];
      else delete target[field];
    }
    delete merged.complements.position_approximative;
  }
  for (const field of STANDARD_FIELDS) {
    if (target[field] === undefined && source[field] !== undefined) target[field] = structuredClone(source[field]);
  }
  const complements = merged.complements as PlaceComplements & Record<string, unknown>;
  for (const [key, value] of Object.entries(other.complements)) {
    if (key === 'provenance' || (key === 'position_approximative' && !isApproximate(merged))) continue;
    if (key === 'notes') complements.notes = [...new Set([...(complements.notes ?? []), ...(other.complements.notes ?? [])])];
    else if (complements[key] === undefined) complements[key] = structuredClone(value);
  }
  complements.provenance = mergeProvenance(kept.complements.provenance, other.complements.provenance);
  return merged;
}

export interface DeduplicationResult {
  places: Place[];
  /** Absorbed id → the id of the place it was merged into. */
  absorbedInto: Map<string, string>;
}

/** "cd37-lieux.csv" → "cd37-lieux": the prefix that keeps a borrowed id apart. */
const stemOf = (file: string): string => file.replace(/\.[^.]+$/, '');

/**
 * A record from another file that reuses an id already taken by a different
 * place gets the file's name before its id, so that neither place is lost.
 */
function separateCollidingIds(candidates: readonly Candidate[], report: SnapshotReport): void {
  const firstWithId = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const first = firstWithId.get(candidate.place.id);
    if (!first) {
      firstWithId.set(candidate.place.id, candidate);
      continue;
    }
    if (samePlaceReason(first, candidate) !== undefined) continue;
    const renamed = `${stemOf(candidate.origin)}:${candidate.place.id}`;
    report.repaired(candidate.ref, 'id', `identifiant déjà pris par ${quote(first.place.nom)} (${first.origin}) : renommé ${quote(renamed)}`);
    candidate.place = { ...candidate.place, id: renamed };
    firstWithId.set(renamed, candidate);
  }
}

export function deduplicate(candidates: readonly Candidate[], report: SnapshotReport): DeduplicationResult {
  separateCollidingIds(candidates, report);
  const groups = new UnionFind(candidates.length);
  const byName = new Map<string, number[]>();
  const byId = new Map<string, number>();
  const byAddress = new Map<string, number[]>();
  candidates.forEach((candidate, index) => {
    // After separateCollidingIds, records sharing an id are the same place.
    const sameId = byId.get(candidate.place.id);
    if (sameId !== undefined) groups.union(sameId, index);
    else byId.set(candidate.place.id, index);
    const key = foldName(candidate.place.nom);
    byName.set(key, [...(byName.get(key) ?? []), index]);
    const address = addressKey(candidate.place);
    byAddress.set(address, [...(byAddress.get(address) ?? []), index]);
  });
  for (const indexes of [...byName.values(), ...byAddress.values()]) {
    for (const [position, a] of indexes.entries()) {
      for (const b of indexes.slice(position + 1)) {
        const first = candidates[a];
        const second = candidates[b];
        if (first && second && samePlaceReason(first, second) !== undefined) groups.union(a, b);
      }
    }
  }

  const members = new Map<number, number[]>();
  candidates.forEach((_, index) => {
    const root = groups.find(index);
    members.set(root, [...(members.get(root) ?? []), index]);
  });

  const places: Place[] = [];
  const absorbedInto = new Map<string, string>();
  for (const indexes of members.values()) {
    const ranked = indexes
      .map((index) => ({ index, candidate: candidates[index] as Candidate }))
      .sort(
        (a, b) =>
          richness(b.candidate.place) - richness(a.candidate.place) ||
          Number(isApproximate(a.candidate.place)) - Number(isApproximate(b.candidate.place)) ||
          a.index - b.index,
      );
    const [keeper, ...others] = ranked;
    if (!keeper) continue;
    let place = keeper.candidate.place;
    for (const { candidate } of others) {
      place = mergeInto(place, candidate.place);
      const reason = samePlaceReason(keeper.candidate, candidate) ?? 'même lieu qu’un autre doublon';
      report.merged(candidate.ref, 'id', `doublon de ${keeper.candidate.place.id} ${quote(keeper.candidate.place.nom)} (${reason}) : fusionné`);
      if (candidate.place.id !== place.id) absorbedInto.set(candidate.place.id, place.id);
    }
    places.push(place);
  }
  return { places, absorbedInto };
}
