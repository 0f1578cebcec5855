/** The hub's detail columns, with misfiled content put where it belongs. */
import { hasTime, looksLikeHours } from './hours-source';
import { isEquipmentOnly, mentionsPublicComputers } from './equipment';
import { cleanText, type HubRecord } from './hub-record';
import type { ImportReport } from './import-report';

/** Detail columns sometimes hold the wrong thing: equipment lists in the formation column, hours in the equipment column. */
export interface SortedDetails {
  equipmentTexts: string[];
  formation: string;
  accompagnement: string;
  workspace: string;
  hoursTexts: string[];
}

export function sortDetails(record: HubRecord, report: ImportReport): SortedDetails {
  const gid = record.gid;
  const sorted: SortedDetails = { equipmentTexts: [], formation: '', accompagnement: '', workspace: '', hoursTexts: [] };
  const materiel = cleanText(record.c_materiel_info_detail);
  if (materiel && !mentionsPublicComputers(materiel) && looksLikeHours(materiel) && hasTime(materiel)) {
    sorted.hoursTexts.push(materiel);
    report.add({ gid, field: 'c_materiel_info_detail', topic: 'contenu déplacé', action: 'déplacé', detail: `des horaires (« ${materiel} ») → traités comme horaires` });
  } else if (materiel) {
    sorted.equipmentTexts.push(materiel);
  }
  const columns: ReadonlyArray<readonly [keyof HubRecord, 'formation' | 'accompagnement' | 'workspace' | 'equipment']> = [
    ['c_formation_detail', 'formation'],
    ['c_accompagnement_personnel_detail', 'accompagnement'],
    ['c_accompagnement_teletravail', 'workspace'],
    ['c_premier_financeur', 'equipment'],
    ['c_second_financeur', 'equipment'],
    ['c_financeur_secondaires', 'equipment'],
  ];
  for (const [column, target] of columns) {
    const text = cleanText(record[column] as string);
    if (!text) continue;
    const misfiledEquipment =
      target === 'workspace' ? mentionsPublicComputers(text) && /public|disposition/i.test(text) : isEquipmentOnly(text);
    if (target === 'equipment' || misfiledEquipment) {
      sorted.equipmentTexts.push(text);
      report.add({ gid, field: column, topic: 'contenu déplacé', action: 'déplacé', detail: `liste d'équipement (« ${text.slice(0, 80)}${text.length > 80 ? '…' : ''} ») → complements.materiel` });
    } else if (target === 'formation') sorted.formation = text;
    else if (target === 'accompagnement') sorted.accompagnement = text;
    else if (target === 'workspace') sorted.workspace = text;
  }
  return sorted;
}

/**
 * Columns with no place in a Place: photo file names (the images are not in
 * the export) and the initials of the agent who keyed the record (a person).
 */
export function reportUnmappedColumns(record: HubRecord, report: ImportReport): void {
  if (cleanText(record.c_photo)) {
    report.add({ gid: record.gid, field: 'c_photo', topic: 'colonne non reprise', action: 'supprimé', detail: 'nom de fichier d’une photo absente de l’export' });
  }
  if (cleanText(String(record.c_initial_agent))) {
    report.add({ gid: record.gid, field: 'c_initial_agent', topic: 'données personnelles', action: 'supprimé', detail: 'initiales de la personne qui a saisi la fiche' });
  }
}
