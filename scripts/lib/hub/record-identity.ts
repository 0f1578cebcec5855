/** Who a place is: its name, its SIREN pivot, its parent structure, its legal status. */
import { foldName } from '../../../src/places/normalize-name';
import type { CommuneRecord } from '../communes/commune-record';
import type { HubCategory } from './categories';
import { cleanText, type HubRecord } from './hub-record';
import type { ImportReport } from './import-report';
import { isSoleTraderLegalName, placeNameIsAPerson } from './personal-data';
import { dropUnbalancedQuotes, isValidSiren } from './text-fields';
import { ACRONYMS, frenchTitleCase } from './title-case';

export const NO_PIVOT = '00000000000000';

const CATEGORY_LABELS: Record<HubCategory, string> = {
  epn: 'Espace public numérique',
  mediatheque: 'Médiathèque',
  coworking: 'Espace de coworking',
  fablab: 'Fablab',
  msap: 'France Services',
  promeneur: 'Promeneurs du Net',
  club_info: 'Club informatique',
  mairie: 'Mairie',
  autres: 'Lieu de médiation numérique',
};

export function placeName(
  record: HubRecord,
  categories: ReadonlySet<HubCategory>,
  commune: CommuneRecord | undefined,
  communeNames: readonly string[],
  report: ImportReport,
): string {
  const raw = cleanText(record.c_nom);
  const unquoted = dropUnbalancedQuotes(raw);
  if (placeNameIsAPerson(unquoted, ACRONYMS)) {
    const category = [...categories].find((value) => value !== 'autres') ?? 'autres';
    const where = cleanText(record.c_epci) || commune?.nom || cleanText(record.c_city);
    const replacement = `${CATEGORY_LABELS[category]} — ${where}`;
    report.add({ gid: record.gid, field: 'c_nom', topic: 'données personnelles', action: 'réparé', detail: `le nom du lieu est celui d'une personne : remplacé par « ${replacement} »` });
    return replacement;
  }
  const titled = frenchTitleCase(unquoted, { communeNames });
  if (unquoted !== raw) report.add({ gid: record.gid, field: 'c_nom', topic: 'nom', action: 'réparé', detail: `guillemet isolé retiré : « ${raw} » → « ${titled} »` });
  return titled;
}

export function siretOrSiren(record: HubRecord, report: ImportReport): string {
  const value = cleanText(String(record.c_siren_site)).replace(/\s/g, '').padStart(9, '0');
  const legalName = cleanText(record.c_raison_sociale);
  if (legalName && isSoleTraderLegalName(legalName)) {
    report.add({ gid: record.gid, field: 'c_siren_site', topic: 'données personnelles', action: 'supprimé', detail: 'SIREN d’un entrepreneur individuel (une personne) : pivot remplacé par 00000000000000' });
    return NO_PIVOT;
  }
  if (isValidSiren(value)) return value;
  report.add({ gid: record.gid, field: 'c_siren_site', topic: 'pivot', action: 'supprimé', detail: /^0+$/.test(value) ? 'SIREN absent (000000000) : pivot 00000000000000' : `SIREN invalide (${value}) : pivot 00000000000000` });
  return NO_PIVOT;
}

export function parentStructure(record: HubRecord, name: string, communeNames: readonly string[], report: ImportReport): string | undefined {
  const legalName = cleanText(record.c_raison_sociale);
  if (!legalName) return undefined;
  if (isSoleTraderLegalName(legalName)) {
    report.add({ gid: record.gid, field: 'c_raison_sociale', topic: 'données personnelles', action: 'supprimé', detail: 'raison sociale d’un entrepreneur individuel (nom d’une personne) : non reprise' });
    return undefined;
  }
  const titled = frenchTitleCase(legalName, { communeNames });
  return foldName(titled) === foldName(name) ? undefined : titled;
}

export function legalStatusCheck(record: HubRecord, report: ImportReport): void {
  const status = cleanText(record.c_statut_juridique);
  if (status.includes('@')) {
    report.add({ gid: record.gid, field: 'c_statut_juridique', topic: 'données personnelles', action: 'supprimé', detail: 'contient une adresse électronique au lieu d’un statut' });
  } else if (status && !['Public', 'Associatif', 'Privé'].includes(status)) {
    report.add({ gid: record.gid, field: 'c_statut_juridique', topic: 'statut juridique', action: 'supprimé', detail: `« ${status} » n’est pas un statut juridique` });
  }
}
