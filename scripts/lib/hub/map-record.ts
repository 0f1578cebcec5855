/**
 * Phase two of the import: one located Hub Lo record → one Place (LaMednum
 * standard names, Boussole complements), every repair and drop reported.
 */
import type { Place, PlaceComplements } from '../../../src/places/place';
import { categoriesOf, typologiesOf } from './categories';
import { normalizeWebsites } from './contact';
import { countComputers, countTablets, mentionsPublicComputers, printingClauses, statesFreeWifi } from './equipment';
import { hoursOf, looksLikeHours } from './hours-source';
import { cleanText, HUB_FILE_NAME } from './hub-record';
import type { HubImportContext } from './import-context';
import type { ImportReport } from './import-report';
import { resolvePostalCode } from './location';
import { peerPostalCode, type LocatedRecord } from './locate-record';
import { dispositifsOf, modalitesOf, offerSignalsOf, servicesOf, type OfferFacts } from './offer';
import { contactsNameAPerson, isSoleTraderLegalName, redactFreeText } from './personal-data';
import { publicsOf } from './publics';
import { chooseEmails, chooseTelephone, ownWordsOf, structureContextOf } from './record-contact';
import { reportUnmappedColumns, sortDetails } from './record-details';
import { legalStatusCheck, parentStructure, placeName, siretOrSiren } from './record-identity';
import { appointmentClause, cleanAddress, isBooleanJunk, isoDate } from './text-fields';
import { frenchTitleCase } from './title-case';

export const HUB_SOURCE = 'Hub Lo — cartographie régionale Centre-Val de Loire (2020)';

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
  const communeNames = context.communeNamesOf(commune?.departement ?? String(record.c_postcode).slice(0, 2));
  const nom = placeName(record, categories, commune, communeNames, report);
  legalStatusCheck(record, report);
  reportUnmappedColumns(record, report);

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
    commune: commune?.nom ?? frenchTitleCase(cleanText(record.c_city), { communeNames }),
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
      const parent = parentStructure(record, nom, communeNames, report);
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
