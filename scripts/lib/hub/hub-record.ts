/**
 * One raw record of the Hub Lo regional cartography export (2020), as found in
 * data/sources/hub-lo/hub-lo-centre-val-de-loire-2020.json (people taken out: scripts/lib/sources/scrub-hub.ts). Free-text columns are
 * strings ('' when empty); a few columns hold numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HUB_DIR } from '../sources/paths';

export const HUB_FILE_NAME = 'hub-lo-centre-val-de-loire-2020.json';
export const HUB_FILE = join(HUB_DIR, HUB_FILE_NAME);

export interface HubRecord {
  gid: number;
  c_nom: string;
  c_adresse: string;
  c_postcode: number;
  c_city: string;
  c_telephone: string | number;
  c_mobile: string;
  c_courriel: string;
  c_site_web: string;
  /** People's names and e-mails: never copied. */
  c_contacts: string;
  c_statut_juridique: string;
  c_bassin_de_vie: string;
  c_etiquettes: string;
  c_sans_etiquette: string;
  c_epn: string;
  c_mediatheque: string;
  c_coworking: string;
  c_fablab: string;
  c_msap: string;
  c_promeneur: string;
  c_club_info: string;
  c_mairie: string;
  c_autres: string;
  c_acces_pmr: string;
  c_materiel_info: string;
  c_materiel_info_detail: string;
  c_formation: string;
  c_formation_detail: string;
  c_accompagnement_personnel: string;
  c_accompagnement_personnel_detail: string;
  c_espace_teletravail: string;
  c_accompagnement_teletravail: string;
  c_horaire_ouverture: string;
  c_public_cible: string;
  c_premier_financeur: string;
  c_second_financeur: string;
  c_financeur_secondaires: string;
  c_lat_coor1: number;
  c_long_coor1: number;
  c__edit_datemaj: string;
  c_jours_semaine: string;
  c_categories_espace: string;
  c_epci: string;
  c_arr_statut_juridique: string;
  c_siren_site: string | number;
  c_raison_sociale: string;
  c_varchar_public_cible: string;
  c_photo: string;
  c_initial_agent: string | number;
}

export function readHubRecords(file = HUB_FILE): HubRecord[] {
  return JSON.parse(readFileSync(file, 'utf8')) as HubRecord[];
}

/** Placeholders the export uses for "nothing": '', '-', '--', '#N/D', invisible marks. */
export function cleanText(value: string | number | null | undefined): string {
  const text = String(value ?? '')
    .replace(/[\u200b-\u200f\u2028\u2029\ufeff]/g, '')
    .replace(/\r\n?/g, '\n')
    .trim();
  return /^(?:-+|#N\/D|N\/A)$/i.test(text) ? '' : text;
}
