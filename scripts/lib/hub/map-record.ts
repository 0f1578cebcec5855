/**
 * One Hub Lo record → one Place (LaMednum standard names, Boussole complements),
 * with every repair and every drop written to the import report.
 */
import type { Place, PlaceComplements } from '../../../src/places/place';
import { foldName } from '../../../src/places/normalize-name';
import type { CommuneRecord } from '../communes/commune-record';
import { distanceKm } from '../communes/geometry';
import { categoriesOf, typologiesOf, type HubCategory } from './categories';
import { normalizeWebsites, parseFrenchPhone } from './contact';
import {
  countComputers,
  countTablets,
  isEquipmentOnly,
  mentionsPublicComputers,
  printingClauses,
  statesFreeWifi,
} from './equipment';
import { hoursOf, hasTime, looksLikeHours } from './hours-source';
import { cleanText, HUB_FILE_NAME, type HubRecord } from './hub-record';
import type { HubImportContext } from './import-context';
import type { ImportReport } from './import-report';
import { checkPosition, resolveCommune, resolvePostalCode } from './location';
import { dispositifsOf, modalitesOf, offerSignalsOf, servicesOf, type OfferFacts } from './offer';
import {
  classifyEmail,
  contactsNameAPerson,
  isSoleTraderLegalName,
  placeNameIsAPerson,
  redactFreeText,
  type StructureContext,
} from './personal-data';
import { publicsOf } from './publics';
import { appointmentClause, cleanAddress, dropUnbalancedQuotes, isBooleanJunk, isoDate, isValidSiren } from './text-fields';
import { ACRONYMS, frenchTitleCase } from './title-case';

export const HUB_SOURCE = 'Hub Lo — cartographie régionale Centre-Val de Loire (2020)';
export const NO_PIVOT = '00000000000000';

/** Where a record sits, decided before the places are built (postal codes look at the neighbours). */
export interface LocatedRecord {
  record: HubRecord;
  commune?: CommuneRecord;
  formerName?: string;
  position: { lat: number; lon: number };
  approximate: boolean;
}

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

function roundPosition(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Phase one: commune and position of every record. */
export function locateRecord(record: HubRecord, context: HubImportContext, report: ImportReport): LocatedRecord {
  const gid = record.gid;
  const city = cleanText(record.c_city);
  const postalCode = String(record.c_postcode).padStart(5, '0');
  const bassin = cleanText(record.c_bassin_de_vie).split(/-(?=[A-Z])/)[0] ?? '';
  const bassinDepartement = bassin
    ? ['18', '28', '36', '37', '41', '45'].find((departement) => context.communes.findCommune(bassin, departement))
    : undefined;
  const resolution = resolveCommune({ city, postalCode, placeName: cleanText(record.c_nom), ...(bassinDepartement ? { bassinDepartement } : {}) }, context.communes);
  const source = { lat: record.c_lat_coor1, lon: record.c_long_coor1 };

  if (!resolution) {
    report.add({ gid, field: 'c_city', topic: 'commune', action: 'conservé tel quel', detail: `« ${city} » introuvable dans le département ${postalCode.slice(0, 2)} : pas de code INSEE` });
    return { record, position: source, approximate: false };
  }
  const { commune, formerName } = resolution.match;
  if (resolution.how === 'ancienne commune') {
    report.add({ gid, field: 'c_city', topic: 'commune', action: 'réparé', detail: `« ${city} » est une ancienne commune, aujourd'hui ${commune.nom} (${commune.code}) ; son nom passe en complément d'adresse` });
  } else if (resolution.how === 'nom du lieu') {
    report.add({ gid, field: 'c_city', topic: 'commune', action: 'réparé', detail: `« ${city} » n'est pas une commune du ${postalCode.slice(0, 2)} ; le nom du lieu désigne ${commune.nom} (${commune.code}), de même code postal` });
  } else if (resolution.how === 'code postal') {
    report.add({ gid, field: 'c_city', topic: 'commune', action: 'réparé', detail: `« ${city} » ne figure plus dans la liste officielle ; seule commune du code postal ${postalCode} : ${commune.nom} (${commune.code})` });
  }
  // A name citing another commune of the département, with a position off the stated commune too, may mean
  // the city column is wrong: flagged for a human, not changed.
  const nameWords = ` ${foldName(cleanText(record.c_nom))} `;
  const ownCommune = ` ${foldName(commune.nom)} ${foldName(city)} `;
  const otherCommune = context.communes.communes.find((other) => {
    const key = ` ${foldName(other.nom)} `;
    return other.code !== commune.code && other.departement === commune.departement && key.length > 8 && nameWords.includes(key) && !ownCommune.includes(key);
  });
  const check = checkPosition(source, context.outlineOf(commune), context.regionOutline);
  if (otherCommune && check.verdict === 'à réparer') {
    report.add({ gid, field: 'c_city', topic: 'commune', action: 'conservé tel quel', detail: `à vérifier : le nom du lieu cite ${otherCommune.nom}, la commune indiquée est ${commune.nom}` });
  }

  if (check.verdict === 'à réparer') {
    const repaired = { lat: commune.lat ?? source.lat, lon: commune.lon ?? source.lon };
    const away = Number.isFinite(source.lat) ? `${Math.round(distanceKm(source, repaired))} km du centre de ${commune.nom}` : 'absentes';
    report.add({
      gid,
      field: 'c_lat_coor1/c_long_coor1',
      topic: 'position',
      action: 'réparé',
      detail: `(${source.lat}, ${source.lon}) ${check.why}, à ${away} → centre de la commune (${repaired.lat}, ${repaired.lon}), position approximative`,
    });
    return { record, commune, ...(formerName ? { formerName } : {}), position: repaired, approximate: true };
  }
  if (check.verdict === 'près de la commune') {
    report.add({ gid, field: 'c_lat_coor1/c_long_coor1', topic: 'position', action: 'conservé tel quel', detail: `à ${Math.round(check.kmOutside * 1000)} m hors du contour simplifié de ${commune.nom} : gardée` });
  }
  return { record, commune, ...(formerName ? { formerName } : {}), position: { lat: roundPosition(source.lat), lon: roundPosition(source.lon) }, approximate: false };
}

/** The postal code the nearest other place of the same commune uses (for communes with several). */
function peerPostalCode(located: LocatedRecord, all: readonly LocatedRecord[]): string | undefined {
  const commune = located.commune;
  if (!commune || commune.codesPostaux.length < 2) return undefined;
  let best: { code: string; km: number } | undefined;
  for (const other of all) {
    const code = String(other.record.c_postcode);
    if (other === located || other.commune?.code !== commune.code || !commune.codesPostaux.includes(code) || other.approximate) continue;
    const km = distanceKm(located.position, other.position);
    if (!best || km < best.km) best = { code, km };
  }
  return best?.code;
}

function structureContextOf(record: HubRecord, commune: CommuneRecord | undefined, context: HubImportContext): StructureContext {
  const name = cleanText(record.c_nom);
  // A person's name given as the place's name must not whitelist that person's addresses.
  const ownName = placeNameIsAPerson(dropUnbalancedQuotes(name), ACRONYMS) ? '' : name;
  return {
    ownNames: [ownName, record.c_raison_sociale, record.c_city, commune?.nom ?? '', record.c_epci, record.c_bassin_de_vie].map(cleanText),
    communeKeys: context.communeKeys,
  };
}

function ownWordsOf(structure: StructureContext): Set<string> {
  return new Set(structure.ownNames.flatMap((name) => foldName(name).split(/[^a-z0-9]+/)).filter((word) => word.length > 1));
}

/** Detail columns sometimes hold the wrong thing: equipment lists in the formation column, hours in the equipment column. */
interface SortedDetails {
  equipmentTexts: string[];
  formation: string;
  accompagnement: string;
  workspace: string;
  hoursTexts: string[];
}

function sortDetails(record: HubRecord, report: ImportReport): SortedDetails {
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

function chooseTelephone(record: HubRecord, personSignal: boolean, report: ImportReport): string | undefined {
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

function chooseEmails(record: HubRecord, structure: StructureContext, report: ImportReport): { emails: string[]; personal: boolean } {
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

function placeName(record: HubRecord, categories: ReadonlySet<HubCategory>, commune: CommuneRecord | undefined, report: ImportReport): string {
  const raw = cleanText(record.c_nom);
  const unquoted = dropUnbalancedQuotes(raw);
  if (placeNameIsAPerson(unquoted, ACRONYMS)) {
    const category = [...categories].find((value) => value !== 'autres') ?? 'autres';
    const where = cleanText(record.c_epci) || commune?.nom || cleanText(record.c_city);
    const replacement = `${CATEGORY_LABELS[category]} — ${where}`;
    report.add({ gid: record.gid, field: 'c_nom', topic: 'données personnelles', action: 'réparé', detail: `le nom du lieu est celui d'une personne : remplacé par « ${replacement} »` });
    return replacement;
  }
  const titled = frenchTitleCase(unquoted, { communeNames: commune ? [commune.nom] : [] });
  if (unquoted !== raw) report.add({ gid: record.gid, field: 'c_nom', topic: 'nom', action: 'réparé', detail: `guillemet isolé retiré : « ${raw} » → « ${titled} »` });
  return titled;
}

function siretOrSiren(record: HubRecord, report: ImportReport): string {
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

function parentStructure(record: HubRecord, name: string, report: ImportReport): string | undefined {
  const legalName = cleanText(record.c_raison_sociale);
  if (!legalName) return undefined;
  if (isSoleTraderLegalName(legalName)) {
    report.add({ gid: record.gid, field: 'c_raison_sociale', topic: 'données personnelles', action: 'supprimé', detail: 'raison sociale d’un entrepreneur individuel (nom d’une personne) : non reprise' });
    return undefined;
  }
  const titled = frenchTitleCase(legalName);
  return foldName(titled) === foldName(name) ? undefined : titled;
}

function legalStatusCheck(record: HubRecord, report: ImportReport): void {
  const status = cleanText(record.c_statut_juridique);
  if (status.includes('@')) {
    report.add({ gid: record.gid, field: 'c_statut_juridique', topic: 'données personnelles', action: 'supprimé', detail: 'contient une adresse électronique au lieu d’un statut' });
  } else if (status && !['Public', 'Associatif', 'Privé'].includes(status)) {
    report.add({ gid: record.gid, field: 'c_statut_juridique', topic: 'statut juridique', action: 'supprimé', detail: `« ${status} » n’est pas un statut juridique` });
  }
}

export interface MappedRecord {
  place: Place;
  hoursStatus: 'converti' | 'texte seulement' | 'aucun';
}

/** Phase two: the place. */
export function mapRecord(located: LocatedRecord, all: readonly LocatedRecord[], context: HubImportContext, report: ImportReport): MappedRecord {
  const { record, commune } = located;
  const gid = record.gid;
  const structure = structureContextOf(record, commune, context);
  const redact = (text: string, field: string): string => {
    const { text: clean, removed } = redactFreeText(text, structure);
    for (const what of removed) report.add({ gid, field, topic: 'données personnelles', action: 'supprimé', detail: `${what} retiré du texte` });
    return clean;
  };

  const categories = categoriesOf(record);
  const typologies = typologiesOf(record, categories);
  const nom = placeName(record, categories, commune, report);
  legalStatusCheck(record, report);

  // Postal code: the commune's own, never a CEDEX one.
  const sourcePostalCode = String(record.c_postcode).padStart(5, '0');
  let codePostal = sourcePostalCode;
  if (commune) {
    const outcome = resolvePostalCode(sourcePostalCode, commune, context.ordinaryPostalCodes, peerPostalCode(located, all));
    codePostal = outcome.code;
    if (outcome.change === 'cedex') {
      report.add({ gid, field: 'c_postcode', topic: 'code postal', action: 'réparé', detail: `${outcome.from} est un code CEDEX → ${outcome.code}, code postal de ${commune.nom}${commune.codesPostaux.length > 1 ? ` (parmi ${commune.codesPostaux.join(', ')} : celui du lieu voisin le plus proche)` : ''}` });
    } else if (outcome.change === 'autre commune') {
      report.add({ gid, field: 'c_postcode', topic: 'code postal', action: 'réparé', detail: `${outcome.from} est le code d’une autre commune → ${outcome.code}, code postal de ${commune.nom}` });
    }
  }

  const rawAddress = cleanText(record.c_adresse);
  let adresse = cleanAddress(rawAddress);
  if (!adresse) {
    adresse = 'Adresse non précisée';
    report.add({ gid, field: 'c_adresse', topic: 'adresse', action: 'réparé', detail: 'adresse vide : « Adresse non précisée »' });
  } else if (adresse !== rawAddress.replace(/\s+/g, ' ')) {
    report.add({ gid, field: 'c_adresse', topic: 'adresse', action: 'réparé', detail: `« ${rawAddress} » → « ${adresse} »` });
  }

  const { emails, personal: personalEmail } = chooseEmails(record, structure, report);
  const contacts = cleanText(record.c_contacts);
  const soleTrader = isSoleTraderLegalName(cleanText(record.c_raison_sociale));
  const personSignal = personalEmail || soleTrader || contactsNameAPerson(contacts, structure);
  if (contacts) report.add({ gid, field: 'c_contacts', topic: 'données personnelles', action: 'supprimé', detail: 'contacts nominatifs : jamais repris' });
  const telephone = chooseTelephone(record, personSignal, report);

  const websites = normalizeWebsites(cleanText(record.c_site_web), ownWordsOf(structure));
  for (const repair of websites.repairs) report.add({ gid, field: 'c_site_web', topic: 'site web', action: 'réparé', detail: repair });
  for (const dropped of websites.dropped) {
    const personalProfile = dropped.reason.includes('personne');
    report.add({ gid, field: 'c_site_web', topic: personalProfile ? 'données personnelles' : 'site web', action: 'supprimé', detail: personalProfile ? dropped.reason : `« ${dropped.value} » : ${dropped.reason}` });
  }

  // Free texts: sort misfiled content, then hours.
  const details = sortDetails(record, report);
  const openingHours = cleanText(record.c_horaire_ouverture);
  const publicTarget = cleanText(record.c_public_cible);
  const descriptions: string[] = [];
  const publicTexts: string[] = [cleanText(record.c_varchar_public_cible)].filter(Boolean);
  for (const [field, text] of [['c_horaire_ouverture', openingHours], ['c_public_cible', publicTarget]] as const) {
    if (!text) continue;
    if (isBooleanJunk(text)) {
      report.add({ gid, field, topic: 'valeur vide ou invalide', action: 'supprimé', detail: `« ${text} » n’est pas un texte` });
    } else if (!looksLikeHours(text)) {
      if (field === 'c_public_cible' && text.length <= 60) publicTexts.push(text);
      else {
        descriptions.push(text);
        report.add({ gid, field, topic: 'contenu déplacé', action: 'déplacé', detail: 'texte de présentation, pas des horaires → presentation_detail' });
      }
    }
  }
  const hours = hoursOf({
    openingHours: openingHours && !isBooleanJunk(openingHours) && looksLikeHours(openingHours) ? openingHours : '',
    otherHoursTexts: [...(publicTarget && !isBooleanJunk(publicTarget) && looksLikeHours(publicTarget) ? [publicTarget] : []), ...details.hoursTexts],
    daysColumn: cleanText(record.c_jours_semaine),
  });
  if (hours.status === 'texte seulement') report.add({ gid, field: 'c_horaire_ouverture', topic: 'horaires', action: 'conservé tel quel', detail: `gardé en texte : ${hours.refusal}` });
  if (hours.ignoredText) report.add({ gid, field: 'c_public_cible', topic: 'horaires', action: 'supprimé', detail: `seconde grille horaire différente (« ${hours.ignoredText.replace(/\n/g, ' / ')} ») : c_horaire_ouverture retenu` });

  // What the place offers.
  const equipmentText = details.equipmentTexts.join(' ; ');
  const facts: OfferFacts = {
    categories,
    typologies,
    materiel: cleanText(record.c_materiel_info),
    formation: cleanText(record.c_formation),
    accompagnement: cleanText(record.c_accompagnement_personnel),
    teletravail: cleanText(record.c_espace_teletravail),
    equipmentText,
    formationText: details.formation,
    accompagnementText: details.accompagnement,
    // Computers counted in any detail ("8 ordinateurs pour travailler", filed under formation) are for the public too.
    describesPublicComputers:
      details.equipmentTexts.some(mentionsPublicComputers) || countComputers(`${details.formation} ; ${details.accompagnement}`) !== undefined,
  };
  if (facts.materiel === 'non' && facts.describesPublicComputers) {
    report.add({ gid, field: 'c_materiel_info', topic: 'contenu déplacé', action: 'réparé', detail: '« non » contredit par la description du matériel : matériel en accès retenu' });
  }
  const signals = offerSignalsOf(facts);
  const services = servicesOf(facts, signals);
  const modalites = modalitesOf(signals);
  const dispositifs = dispositifsOf(facts, { name: nom, allDetails: `${details.formation} ${details.accompagnement} ${equipmentText}` });
  const publics = publicsOf(publicTexts.join(' ; '));
  const itinerant = /itin[ée]ran|\bbus\b/i.test(`${nom} ${details.formation} ${details.accompagnement}`);

  const complements: PlaceComplements = {
    provenance: [{ fichier: HUB_FILE_NAME, id: String(gid), date: isoDate(record.c__edit_datemaj) }],
  };
  if (hours.horairesTexte) complements.horaires_texte = redact(hours.horairesTexte, 'c_horaire_ouverture');
  if (located.approximate) complements.position_approximative = true;
  const pmr = cleanText(record.c_acces_pmr);
  if (pmr === 'oui' || pmr === 'non') complements.acces_pmr = pmr === 'oui';
  const bassin = cleanText(record.c_bassin_de_vie);
  if (bassin) complements.bassin_de_vie = bassin;
  const epci = cleanText(record.c_epci);
  if (epci) complements.epci = epci;
  if (equipmentText) complements.materiel = redact(equipmentText, 'c_materiel_info_detail');
  // Counts come from the equipment texts, or failing those from the other details ("10 postes pour les formations").
  const countingText = countComputers(equipmentText) !== undefined || countTablets(equipmentText) !== undefined ? equipmentText : `${details.formation} ; ${details.accompagnement}`;
  const computers = countComputers(countingText);
  if (computers !== undefined) complements.ordinateurs = computers;
  const tablets = countTablets(countingText);
  if (tablets !== undefined) complements.tablettes = tablets;
  const everyDetail = [...details.equipmentTexts, details.workspace];
  if (statesFreeWifi(everyDetail)) complements.wifi_gratuit = true;
  const printing = printingClauses(details.equipmentTexts);
  if (printing) complements.impression = redact(printing, 'c_materiel_info_detail');
  if (details.accompagnement) complements.accompagnement_detail = redact(details.accompagnement, 'c_accompagnement_personnel_detail');
  if (details.formation) complements.formation_detail = redact(details.formation, 'c_formation_detail');
  const appointment = appointmentClause([openingHours, details.accompagnement, details.formation, publicTarget]);
  if (appointment) complements.rendez_vous = redact(appointment, 'c_horaire_ouverture');
  const notes: string[] = [];
  for (const text of publicTexts) notes.push(`Public : ${redact(text, 'c_varchar_public_cible')}`);
  if (details.workspace) notes.push(`Espace de travail partagé : ${redact(details.workspace, 'c_accompagnement_teletravail')}`);
  if (notes.length > 0) complements.notes = notes;

  const place: Place = {
    id: `hub-${gid}`,
    pivot: siretOrSiren(record, report),
    nom,
    commune: commune?.nom ?? frenchTitleCase(cleanText(record.c_city)),
    code_postal: codePostal,
    ...(commune ? { code_insee: commune.code } : {}),
    adresse,
    ...(located.formerName ? { complement_adresse: located.formerName } : {}),
    latitude: located.position.lat,
    longitude: located.position.lon,
    ...(typologies.length > 0 ? { typologie: typologies } : {}),
    ...(telephone ? { telephone } : {}),
    ...(emails.length > 0 ? { courriels: emails } : {}),
    ...(websites.urls.length > 0 ? { site_web: websites.urls } : {}),
    ...(hours.horaires ? { horaires: hours.horaires } : {}),
    ...(descriptions.length > 0 ? { presentation_detail: descriptions.map((text) => redact(text, 'c_horaire_ouverture')).join('\n\n') } : {}),
    source: HUB_SOURCE,
    ...(itinerant ? { itinerance: ['Itinérant'] } : {}),
    ...(() => {
      const parent = parentStructure(record, nom, report);
      return parent ? { structure_parente: parent } : {};
    })(),
    date_maj: isoDate(record.c__edit_datemaj),
    services,
    ...(publics.length > 0 ? { publics_specifiquement_adresses: publics } : {}),
    ...(dispositifs.length > 0 ? { dispositif_programmes_nationaux: dispositifs } : {}),
    ...(modalites.length > 0 ? { modalites_accompagnement: modalites } : {}),
    complements,
  };
  return { place, hoursStatus: hours.status };
}
