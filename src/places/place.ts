/**
 * A place of digital help, keyed by the national standard's field names
 * (LaMednum « lieux de médiation numérique » v1.0.2), list fields as arrays.
 *
 * Everything Boussole knows beyond the standard lives in `complements`, so a
 * place can always be written back to the standard by dropping that one key.
 */
export interface Place {
  id: string;
  pivot: string;
  nom: string;
  commune: string;
  code_postal: string;
  code_insee?: string;
  adresse: string;
  complement_adresse?: string;
  latitude: number;
  longitude: number;
  typologie?: string[];
  telephone?: string;
  courriels?: string[];
  site_web?: string[];
  /** OSM opening_hours syntax; the original free text stays in complements.horaires_texte. */
  horaires?: string;
  presentation_resume?: string;
  presentation_detail?: string;
  source: string;
  itinerance?: string[];
  structure_parente?: string;
  /** ISO date, YYYY-MM-DD. */
  date_maj: string;
  services: string[];
  publics_specifiquement_adresses?: string[];
  prise_en_charge_specifique?: string[];
  frais_a_charge?: string[];
  dispositif_programmes_nationaux?: string[];
  formations_labels?: string[];
  autres_formations_labels?: string[];
  modalites_acces?: string[];
  modalites_accompagnement?: string[];
  fiche_acces_libre?: string;
  prise_rdv?: string;
  complements: PlaceComplements;
}

/** Where a fact about a place comes from: a file, and a line or record id in it. */
export interface Provenance {
  /** e.g. "hub-lo-centre-val-de-loire-2020.json" or "seeds/001_015942a3627c8a74.txt" */
  fichier: string;
  /** 1-based line in the file (monographs, CSV sources). */
  ligne?: number;
  /** record id in the file (hub gid, JSON id). */
  id?: string;
  /** date of the fact in the source, YYYY-MM-DD (or YYYY-MM when only the month is known). */
  date: string;
}

/** A commune where an itinerant service stops: its INSEE code, name and centre. */
export interface PlaceStop {
  code: string;
  nom: string;
  lat: number;
  lon: number;
}

export interface PlaceComplements {
  provenance: Provenance[];
  /**
   * YYYY-MM-DD: the newest date at which a source vouched for this place's data
   * (its date_maj, or that of a record merged into it, such as the national
   * file's). Absent from snapshots built before the nightly import.
   */
  confirme_le?: string;
  /** The original French free-text hours, kept when they could not be turned into `horaires`, or to show beside them. */
  horaires_texte?: string;
  /** True when the coordinates were repaired to the commune's centre: the place is somewhere in that commune. */
  position_approximative?: boolean;
  /** Wheelchair access as stated by the source; absent when unknown. */
  acces_pmr?: boolean;
  bassin_de_vie?: string;
  epci?: string;
  /** Equipment for the public, as words from the source. */
  materiel?: string;
  ordinateurs?: number;
  tablettes?: number;
  wifi_gratuit?: boolean;
  /** Printing: availability and price, as words from the source (e.g. "15 c N&B, 30 c couleur"). */
  impression?: string;
  accompagnement_detail?: string;
  formation_detail?: string;
  /** Itinerant activity described in words (stops, rhythm). */
  itinerance_detail?: string;
  /**
   * The communes an itinerant service stops in, found by the snapshot pipeline
   * in `itinerance_detail` (scripts/lib/snapshot/itinerant-stops.ts): the phone
   * ranks by them without loading the commune list first.
   */
  arrets?: PlaceStop[];
  /** Practice for appointments, in words ("de préférence sur rendez-vous"). */
  rendez_vous?: string;
  /** Other facts from the monographs worth showing, one short French sentence each. */
  notes?: string[];
}

export const STANDARD_SERVICES = [
  'Aide aux démarches administratives',
  'Maîtrise des outils numériques du quotidien',
  'Insertion professionnelle via le numérique',
  'Utilisation sécurisée du numérique',
  'Parentalité et éducation avec le numérique',
  'Loisirs et créations numériques',
  'Compréhension du monde numérique',
  'Accès internet et matériel informatique',
  'Acquisition de matériel informatique à prix solidaire',
] as const;
export type StandardService = (typeof STANDARD_SERVICES)[number];

/** The snapshot file the app downloads: public/data/snapshot.json. */
export interface Snapshot {
  /** Content hash: sha256 hex of JSON.stringify(places), first 16 chars. */
  version: string;
  generated_at: string;
  counts: Record<string, number> & { places: number };
  places: Place[];
}
