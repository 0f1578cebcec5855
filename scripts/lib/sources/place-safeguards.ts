/**
 * The safeguards applied to a source's place once it passed the standard's
 * checks, as the hub import applies them:
 * - its position checked against its commune's outline: a point more than
 *   2 km outside (a namesake street elsewhere, a geocoder's guess) is moved to
 *   the commune's centre and flagged approximate;
 * - no person's name in the place's name ("Bourgueil – Firstname Lastname"):
 *   the place is a place, not its mediator.
 */
import type { Place } from '../../../src/places/place';
import { distanceKm, distanceToOutlineKm, type PolygonRings } from '../communes/geometry';
import { loadCurrentCommunes, type DecoupageCommune } from '../communes/decoupage';
import { loadNationalOutlines, loadRegionalOutlines, outlinesOfCurrentCommune, type OutlinesByCode2018 } from '../communes/outlines';
import { MAX_KM_OUTSIDE_COMMUNE } from '../hub/location';
import { placeNameIsAPerson } from '../hub/personal-data';
import { ACRONYMS } from '../hub/title-case';
import { COMMON_FIRST_NAMES } from '../hub/first-names';
import { foldName } from '../../../src/places/normalize-name';
import { quote, type RowRef, type SnapshotReport } from '../snapshot/report';
import { communeHistory } from './commune-history';

let outlines: OutlinesByCode2018 | undefined;
let currentCommunes: Map<string, DecoupageCommune> | undefined;

/** Every 2018 commune outline, read once on first use: the region's own finer ones over the simplified national file. */
function allOutlines(): OutlinesByCode2018 {
  outlines ??= new Map([...loadNationalOutlines(), ...loadRegionalOutlines()]);
  return outlines;
}

/** The outline of a current commune (empty when none is known). */
export function communeOutline(code: string): PolygonRings[] {
  currentCommunes ??= new Map(loadCurrentCommunes().map((commune) => [commune.code, commune]));
  const commune = currentCommunes.get(code);
  if (!commune) return [];
  return outlinesOfCurrentCommune(commune, allOutlines());
}

function checkPosition(place: Place, ref: RowRef, report: SnapshotReport): Place {
  if (place.code_insee === undefined || place.complements.position_approximative === true) return place;
  const commune = communeHistory().byCode(place.code_insee)?.commune;
  if (!commune || commune.lat === null || commune.lon === null) return place;
  const outline = communeOutline(commune.code);
  if (outline.length === 0) return place;
  const point = { lat: place.latitude, lon: place.longitude };
  const kmOutside = distanceToOutlineKm(point, outline);
  if (kmOutside <= MAX_KM_OUTSIDE_COMMUNE) return place;
  const centre = { lat: commune.lat, lon: commune.lon };
  report.repaired(
    ref,
    'latitude',
    `(${place.latitude}, ${place.longitude}) à ${kmOutside.toFixed(1)} km de la commune ${quote(commune.nom)} (${Math.round(distanceKm(point, centre))} km de son centre) → centre de la commune (${centre.lat}, ${centre.lon}), position approximative`,
  );
  return { ...place, latitude: centre.lat, longitude: centre.lon, complements: { ...place.complements, position_approximative: true } };
}

/** Parts of a name: "Bourgueil – Marie Dupont (permanence)" → Bourgueil, Marie Dupont, permanence. */
const NAME_PARTS = /\s+[–—-]\s+|\s*[()/,:]\s*/;

/** "Jean-Pierre Martin", "Marie-Claire Durand": a compound first name, then a name, and nothing else. */
function startsWithCompoundFirstName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length < 2 || words.length > 3 || /\d/.test(part)) return false;
  const [first = ''] = words;
  const pieces = first.split('-').map((piece) => foldName(piece));
  return pieces.length === 2 && pieces.every((piece) => COMMON_FIRST_NAMES.has(piece));
}

function withoutPersonNames(place: Place, ref: RowRef, report: SnapshotReport): Place {
  const parts = place.nom.split(NAME_PARTS).map((part) => part.trim()).filter(Boolean);
  const kept = parts.filter((part) => !placeNameIsAPerson(part, ACRONYMS) && !startsWithCompoundFirstName(part));
  if (kept.length === parts.length) return place;
  const nom = kept.length > 0 ? kept.join(' – ') : `Lieu de médiation numérique — ${place.commune}`;
  // The name removed is not quoted: it is a person's.
  report.repaired(ref, 'nom', `nom d’une personne retiré du nom du lieu : ${quote(nom)}`);
  return { ...place, nom };
}

export function safeguardPlace(place: Place, ref: RowRef, report: SnapshotReport): Place {
  return checkPosition(withoutPersonNames(place, ref, report), ref, report);
}
