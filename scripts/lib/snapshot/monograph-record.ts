/**
 * The records drawn from the monographs of « Médiation numérique pour tous »
 * (data/places/monographies.json): one place as a monograph describes it, with
 * the hub record it matches when there is one (`hub_gid`). Read defensively:
 * the file is written by another step, and a malformed record is reported,
 * not trusted.
 */
import type { PlaceComplements } from '../../../src/places/place';
import { isRecord, textOf, type Raw } from './raw-values';

export interface MonographRecord {
  cle: string;
  /** The monograph's file, e.g. "seeds/001_015942a3627c8a74.txt". */
  fichier: string;
  /** First line of the passage about the place. */
  ligne: number;
  /** When the monograph was written: YYYY-MM or YYYY-MM-DD. */
  date: string;
  hub_gid: number | null;
  /** How the record was matched to the hub, in words. */
  correspondance?: string;
  nom: string;
  commune: string | null;
  code_insee?: string;
  typologie?: string[];
  services?: string[];
  publics_specifiquement_adresses?: string[];
  prise_en_charge_specifique?: string[];
  frais_a_charge?: string[];
  modalites_accompagnement?: string[];
  modalites_acces?: string[];
  dispositif_programmes_nationaux?: string[];
  itinerance?: string[];
  complements?: Omit<PlaceComplements, 'provenance'>;
  lignes: number[];
}

/** True when an array looks like monograph records rather than places. */
export function looksLikeMonographRecords(items: readonly unknown[]): boolean {
  const first = items[0];
  return isRecord(first) && 'cle' in first && 'fichier' in first && !('latitude' in first);
}

/** The record, or why it cannot be used. */
export function readMonographRecord(item: unknown): { record: MonographRecord } | { problem: string } {
  if (!isRecord(item)) return { problem: 'enregistrement qui n’est pas un objet' };
  const cle = textOf(item.cle);
  const fichier = textOf(item.fichier);
  const date = textOf(item.date);
  const nom = textOf(item.nom);
  const ligne = typeof item.ligne === 'number' && Number.isInteger(item.ligne) ? item.ligne : undefined;
  if (!cle || !fichier || !date || !nom || ligne === undefined) {
    const missing = (['cle', 'fichier', 'ligne', 'date', 'nom'] as const).filter((key) => ({ cle, fichier, ligne, date, nom })[key] === undefined);
    return { problem: `enregistrement sans ${missing.join(', ')}` };
  }
  // A gid written as text ("212") is still that gid.
  const gid = typeof item.hub_gid === 'string' && /^\d+$/.test(item.hub_gid.trim()) ? Number(item.hub_gid) : item.hub_gid;
  const hubGid = typeof gid === 'number' && Number.isInteger(gid) ? gid : null;
  const rest: Raw = { ...item };
  return {
    record: {
      ...(rest as Partial<MonographRecord>),
      cle,
      fichier,
      ligne,
      date,
      nom,
      hub_gid: hubGid,
      commune: textOf(item.commune) ?? null,
      lignes: Array.isArray(item.lignes) ? item.lignes.filter((line): line is number => typeof line === 'number') : [ligne],
    },
  };
}
