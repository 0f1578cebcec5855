/**
 * Where a hub place is: its current commune (found by name within its
 * département, never by postal code, since some postal codes are CEDEX codes),
 * its postal code, and whether its coordinates fall in that commune.
 */
import { foldName } from '../../../src/places/normalize-name';
import type { CommuneIndex, CommuneMatch } from '../communes/commune-index';
import type { CommuneRecord } from '../communes/commune-record';
import { distanceToOutlineKm, isInside, type LonLat, type PolygonRings } from '../communes/geometry';

export const REGION_DEPARTEMENTS = ['18', '28', '36', '37', '41', '45'] as const;

export type CommuneResolution =
  | { how: 'nom'; match: CommuneMatch }
  /** The name given is that of a former commune now part of `match.commune`. */
  | { how: 'ancienne commune'; match: CommuneMatch }
  /** The city column names another commune (elsewhere in France); the place's own name names the right one. */
  | { how: 'nom du lieu'; match: CommuneMatch }
  /** Last resort, for a vanished commune name: the only commune of the département with that postal code. */
  | { how: 'code postal'; match: CommuneMatch };

function communeNamedIn(text: string, departement: string, postalCode: string, index: CommuneIndex): CommuneMatch | undefined {
  const words = foldName(text).split(' ');
  for (let length = Math.min(6, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const match = index.findCommune(words.slice(start, start + length).join(' '), departement);
      if (match && match.commune.codesPostaux.includes(postalCode)) return match;
    }
  }
  return undefined;
}

/**
 * Resolves the commune by name and département. The département comes from
 * the postal code (all hub postal codes, CEDEX ones included, start with it),
 * then from the bassin de vie for places near a border.
 */
export function resolveCommune(
  input: { city: string; postalCode: string; placeName: string; bassinDepartement?: string },
  index: CommuneIndex,
): CommuneResolution | undefined {
  const departements = [input.postalCode.slice(0, 2), input.bassinDepartement].filter(
    (code, position, all): code is string => !!code && all.indexOf(code) === position,
  );
  for (const departement of departements) {
    const match = index.findCommune(input.city, departement);
    if (match) return { how: match.formerName ? 'ancienne commune' : 'nom', match };
  }
  const departement = departements[0] ?? '';
  const fromName = communeNamedIn(input.placeName, departement, input.postalCode, index);
  if (fromName) return { how: 'nom du lieu', match: fromName };
  const sharingPostalCode = index.communesWithPostalCode(input.postalCode).filter((commune) => commune.departement === departement);
  const [only] = sharingPostalCode;
  return sharingPostalCode.length === 1 && only ? { how: 'code postal', match: { commune: only } } : undefined;
}

export type PostalCodeOutcome =
  | { code: string; change?: undefined }
  /** The source code is no commune's ordinary code: a CEDEX (company) code. */
  | { code: string; change: 'cedex'; from: string }
  /** The source code is another commune's. */
  | { code: string; change: 'autre commune'; from: string };

/**
 * Keeps the source postal code when it is one of the commune's; otherwise
 * takes the commune's own. A commune with several codes (Tours, Orléans) gets
 * the one `preferredCode` suggests (the code of the nearest other place of
 * the same commune), else its first.
 */
export function resolvePostalCode(
  sourceCode: string,
  commune: CommuneRecord,
  ordinaryPostalCodes: ReadonlySet<string>,
  preferredCode?: string,
): PostalCodeOutcome {
  if (commune.codesPostaux.includes(sourceCode)) return { code: sourceCode };
  const code =
    preferredCode && commune.codesPostaux.includes(preferredCode) ? preferredCode : (commune.codesPostaux[0] ?? sourceCode);
  return ordinaryPostalCodes.has(sourceCode)
    ? { code, change: 'autre commune', from: sourceCode }
    : { code, change: 'cedex', from: sourceCode };
}

/** Beyond this distance from its commune's outline, a position is a geocoding error (a namesake street elsewhere). */
export const MAX_KM_OUTSIDE_COMMUNE = 2;

export type PositionCheck =
  | { verdict: 'dans la commune' }
  | { verdict: 'près de la commune'; kmOutside: number }
  | { verdict: 'à réparer'; kmOutside: number; why: string };

export function checkPosition(point: LonLat, communeOutline: PolygonRings[], region: PolygonRings[]): PositionCheck {
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon)) return { verdict: 'à réparer', kmOutside: Infinity, why: 'coordonnées absentes' };
  const kmOutside = communeOutline.length > 0 ? distanceToOutlineKm(point, communeOutline) : Infinity;
  if (kmOutside === 0) return { verdict: 'dans la commune' };
  if (!isInside(point, region)) return { verdict: 'à réparer', kmOutside, why: 'hors de la région' };
  if (kmOutside > MAX_KM_OUTSIDE_COMMUNE) return { verdict: 'à réparer', kmOutside, why: `à ${kmOutside.toFixed(1)} km de la commune` };
  return { verdict: 'près de la commune', kmOutside };
}
