/** How to reach a place: its structure mailboxes and one telephone line, never a person's. */
import { foldName } from '../../../src/places/normalize-name';
import type { CommuneRecord } from '../communes/commune-record';
import { parseFrenchPhone } from './contact';
import { cleanText, type HubRecord } from './hub-record';
import type { HubImportContext } from './import-context';
import type { ImportReport } from './import-report';
import { classifyEmail, placeNameIsAPerson, type StructureContext } from './personal-data';
import { dropUnbalancedQuotes } from './text-fields';
import { ACRONYMS } from './title-case';

export function structureContextOf(record: HubRecord, commune: CommuneRecord | undefined, context: HubImportContext): StructureContext {
  const name = cleanText(record.c_nom);
  // A person's name given as the place's name must not whitelist that person's addresses.
  const ownName = placeNameIsAPerson(dropUnbalancedQuotes(name), ACRONYMS) ? '' : name;
  return {
    ownNames: [ownName, record.c_raison_sociale, record.c_city, commune?.nom ?? '', record.c_epci, record.c_bassin_de_vie].map(cleanText),
    communeKeys: context.communeKeys,
  };
}

export function ownWordsOf(structure: StructureContext): Set<string> {
  return new Set(structure.ownNames.flatMap((name) => foldName(name).split(/[^a-z0-9]+/)).filter((word) => word.length > 1));
}

export function chooseTelephone(record: HubRecord, personSignal: boolean, report: ImportReport): string | undefined {
  const gid = record.gid;
  const landlineField = cleanText(record.c_telephone);
  const mobileField = cleanText(record.c_mobile);
  const fromTelephone = landlineField ? parseFrenchPhone(landlineField) : undefined;
  const fromMobile = mobileField ? parseFrenchPhone(mobileField) : undefined;
  if (landlineField && !fromTelephone) report.add({ gid, field: 'c_telephone', topic: 'téléphone', action: 'supprimé', detail: 'numéro illisible' });
  if (mobileField && !fromMobile) report.add({ gid, field: 'c_mobile', topic: 'téléphone', action: 'supprimé', detail: 'numéro illisible' });

  let chosen: string | undefined;
  if (fromTelephone) {
    if (fromTelephone.isMobile && personSignal) {
      report.add({ gid, field: 'c_telephone', topic: 'données personnelles', action: 'supprimé', detail: 'numéro de mobile, le lieu nomme une personne (contacts, courriel ou raison sociale) : dans le doute, retiré' });
    } else {
      chosen = fromTelephone.phone;
      if (fromTelephone.repair) report.add({ gid, field: 'c_telephone', topic: 'téléphone', action: 'réparé', detail: `${landlineField} : ${fromTelephone.repair} → ${chosen}` });
    }
  }
  if (fromMobile) {
    if (chosen || fromTelephone) {
      if (fromMobile.phone !== chosen) report.add({ gid, field: 'c_mobile', topic: 'téléphone', action: 'supprimé', detail: 'second numéro non repris (le standard n’a qu’un téléphone ; c_telephone retenu)' });
    } else if (personSignal) {
      report.add({ gid, field: 'c_mobile', topic: 'données personnelles', action: 'supprimé', detail: 'numéro lié à une personne nommée (contacts, courriel ou raison sociale) : dans le doute, retiré' });
    } else {
      chosen = fromMobile.phone;
      report.add({ gid, field: 'c_mobile', topic: 'téléphone', action: 'conservé tel quel', detail: 'pas de c_telephone ; ligne de la structure (aucune personne nommée) retenue' });
    }
  }
  return chosen;
}

export function chooseEmails(record: HubRecord, structure: StructureContext, report: ImportReport): { emails: string[]; personal: boolean } {
  const gid = record.gid;
  const raw = cleanText(record.c_courriel);
  const emails: string[] = [];
  let personal = false;
  const pieces = raw.split(/[\s,;/]+/).filter((part) => part.includes('@'));
  if (raw && pieces.length === 0) {
    report.add({ gid, field: 'c_courriel', topic: 'courriel', action: 'supprimé', detail: `pas une adresse électronique (« ${raw} »)` });
  }
  for (const piece of pieces) {
    const verdict = classifyEmail(piece, structure);
    if (verdict.kind === 'structure') {
      if (!emails.includes(verdict.email)) emails.push(verdict.email);
      if (verdict.email !== piece) report.add({ gid, field: 'c_courriel', topic: 'courriel', action: 'réparé', detail: 'mis en minuscules / nettoyé' });
    } else if (verdict.kind === 'invalid') {
      report.add({ gid, field: 'c_courriel', topic: 'courriel', action: 'supprimé', detail: `adresse invalide (« …${piece.replace(/^[^@]*/, '')} »)` });
    } else {
      personal = true;
      report.add({ gid, field: 'c_courriel', topic: 'données personnelles', action: 'supprimé', detail: `adresse ${verdict.kind === 'personal' ? 'personnelle' : 'non reconnue'} : ${verdict.reason}` });
    }
  }
  return { emails, personal };
}
