/**
 * The one door every place goes through, whatever it comes from — a
 * downloaded snapshot, the stored record, the precached file — in the manner
 * of excalidraw's `restore`: what a screen needs is always there with the
 * right type, anything else is dropped. A place that has no id, no name or no
 * position cannot be shown at all: it is skipped and counted, never fatal.
 *
 * Kept small and dependency-free: the boot-time read (stored-places.ts) runs it
 * before the app has loaded.
 */
import type { Place, PlaceComplements, PlaceStop, Provenance } from './place';
import { safeWebAddress } from './web-address';

/** Names, communes, addresses: a screen line. Longer is not a place name, it is an attack on the layout. */
const SHORT_TEXT = 300;
/** Presentations, free-text hours, details. */
const LONG_TEXT = 4000;
const IDENTIFIER = 200;
/** No list of a place (services, sites, notes…) needs more entries. */
const LIST_LENGTH = 50;

// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are how "exe.fdp" shows as
// "pdf.exe"; C0/C1 controls other than tab and line feed have no business in a place either.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed, cleaned, capped string, or undefined when there is none. */
function text(value: unknown, limit = SHORT_TEXT): string | undefined {
  if (typeof value !== 'string') return undefined;
  const cleaned = value.replace(UNSAFE_CHARACTERS, '').trim();
  if (cleaned === '') return undefined;
  return cleaned.length > limit ? `${cleaned.slice(0, limit - 1)}…` : cleaned;
}

/** A list of strings; a lone string counts as a list of one (a frequent export mistake). */
function texts(value: unknown, limit = SHORT_TEXT, keep: (entry: string) => boolean = () => true): string[] | undefined {
  const entries = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const kept: string[] = [];
  for (const entry of entries) {
    const cleaned = text(entry, limit);
    if (cleaned !== undefined && keep(cleaned) && !kept.includes(cleaned)) kept.push(cleaned);
    if (kept.length === LIST_LENGTH) break;
  }
  return kept.length > 0 ? kept : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : undefined;
}

function flag(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function coordinate(value: unknown, bound: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= bound ? value : undefined;
}

/** A phone number as the digits a `tel:` link dials (an optional leading +), or undefined. */
export function dialablePhone(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const compact = value.replace(/[\s.\-()/\u00A0]/g, '');
  return /^\+?\d{3,15}$/.test(compact) ? compact : undefined;
}

const EMAIL = /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/;

function provenance(value: unknown): Provenance[] {
  const kept: Provenance[] = [];
  for (const entry of Array.isArray(value) ? value : []) {
    if (!isRecord(entry)) continue;
    const fichier = text(entry.fichier);
    if (!fichier) continue;
    const origin: Provenance = { fichier, date: text(entry.date, 10) ?? '' };
    const ligne = count(entry.ligne);
    if (ligne !== undefined) origin.ligne = ligne;
    const id = text(entry.id, IDENTIFIER) ?? (typeof entry.id === 'number' ? String(entry.id) : undefined);
    if (id !== undefined) origin.id = id;
    kept.push(origin);
    if (kept.length === LIST_LENGTH) break;
  }
  return kept;
}

function stops(value: unknown): PlaceStop[] | undefined {
  const kept: PlaceStop[] = [];
  for (const entry of Array.isArray(value) ? value : []) {
    if (!isRecord(entry)) continue;
    const code = text(entry.code, IDENTIFIER);
    const nom = text(entry.nom);
    const lat = coordinate(entry.lat, 90);
    const lon = coordinate(entry.lon, 180);
    if (code !== undefined && nom !== undefined && lat !== undefined && lon !== undefined) kept.push({ code, nom, lat, lon });
    if (kept.length === LIST_LENGTH) break;
  }
  return kept.length > 0 ? kept : undefined;
}

function complements(value: unknown): PlaceComplements {
  const source = isRecord(value) ? value : {};
  const result: PlaceComplements = { provenance: provenance(source.provenance) };
  const assign = <K extends keyof PlaceComplements>(key: K, entry: PlaceComplements[K] | undefined) => {
    if (entry !== undefined) result[key] = entry;
  };
  assign('horaires_texte', text(source.horaires_texte, LONG_TEXT));
  assign('position_approximative', flag(source.position_approximative));
  assign('acces_pmr', flag(source.acces_pmr));
  assign('bassin_de_vie', text(source.bassin_de_vie));
  assign('epci', text(source.epci));
  assign('materiel', text(source.materiel, LONG_TEXT));
  assign('ordinateurs', count(source.ordinateurs));
  assign('tablettes', count(source.tablettes));
  assign('wifi_gratuit', flag(source.wifi_gratuit));
  assign('impression', text(source.impression));
  assign('accompagnement_detail', text(source.accompagnement_detail, LONG_TEXT));
  assign('formation_detail', text(source.formation_detail, LONG_TEXT));
  assign('itinerance_detail', text(source.itinerance_detail, LONG_TEXT));
  assign('arrets', stops(source.arrets));
  assign('rendez_vous', text(source.rendez_vous));
  assign('notes', texts(source.notes, LONG_TEXT));
  return result;
}

const OPTIONAL_TEXT = ['code_insee', 'complement_adresse', 'structure_parente', 'fiche_acces_libre', 'prise_rdv'] as const;
const LONG_OPTIONAL_TEXT = ['horaires', 'presentation_resume', 'presentation_detail'] as const;
const OPTIONAL_LISTS = [
  'typologie',
  'itinerance',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
] as const;

/** The place as every screen may assume it, or undefined when it has no id, name or position. */
export function normalizePlace(value: unknown): Place | undefined {
  if (!isRecord(value)) return undefined;
  const id = text(value.id, IDENTIFIER);
  const nom = text(value.nom);
  const latitude = coordinate(value.latitude, 90);
  const longitude = coordinate(value.longitude, 180);
  if (id === undefined || nom === undefined || latitude === undefined || longitude === undefined) return undefined;

  const place: Place = {
    id,
    pivot: text(value.pivot, IDENTIFIER) ?? '',
    nom,
    commune: text(value.commune) ?? '',
    code_postal: text(value.code_postal, 10) ?? '',
    adresse: text(value.adresse) ?? '',
    latitude,
    longitude,
    source: text(value.source) ?? '',
    date_maj: text(value.date_maj, 10) ?? '',
    services: texts(value.services) ?? [],
    complements: complements(value.complements),
  };
  for (const key of OPTIONAL_TEXT) {
    const entry = text(value[key]);
    if (entry !== undefined) place[key] = entry;
  }
  for (const key of LONG_OPTIONAL_TEXT) {
    const entry = text(value[key], LONG_TEXT);
    if (entry !== undefined) place[key] = entry;
  }
  for (const key of OPTIONAL_LISTS) {
    const entry = texts(value[key]);
    if (entry !== undefined) place[key] = entry;
  }
  const telephone = dialablePhone(value.telephone);
  if (telephone !== undefined) place.telephone = telephone;
  const sites = texts(value.site_web, SHORT_TEXT, safeWebAddress);
  if (sites !== undefined) place.site_web = sites;
  const courriels = texts(value.courriels, SHORT_TEXT, (mail) => EMAIL.test(mail));
  if (courriels !== undefined) place.courriels = courriels;
  return place;
}

export interface NormalizedPlaces {
  places: Place[];
  /** Places that could not be shown (no id, name or position, or an id seen before). */
  skipped: number;
}

/** Every usable place of a list, each id once; undefined when `value` is not a list at all. */
export function normalizePlaces(value: unknown): NormalizedPlaces | undefined {
  if (!Array.isArray(value)) return undefined;
  const places: Place[] = [];
  const ids = new Set<string>();
  let skipped = 0;
  for (const entry of value) {
    const place = normalizePlace(entry);
    if (!place || ids.has(place.id)) {
      skipped += 1;
      continue;
    }
    ids.add(place.id);
    places.push(place);
  }
  return { places, skipped };
}

/**
 * The places of a stored or downloaded snapshot text, or undefined when the
 * text is unreadable (not JSON, not a snapshot, no usable place).
 */
export function placesOfSnapshotText(json: unknown): NormalizedPlaces | undefined {
  if (typeof json !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  const normalized = isRecord(parsed) ? normalizePlaces(parsed.places) : undefined;
  return normalized && normalized.places.length > 0 ? normalized : undefined;
}
