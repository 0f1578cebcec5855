/**
 * What a place offers, in the standard's words: its services, how people are
 * accompanied there, and the national programmes it belongs to.
 *
 * The heart of Boussole is telling accompaniment from equipment only: a place
 * gets "Accompagnement individuel" or "Dans un atelier collectif" only when the
 * hub says so (a "oui", a detail, or a category whose regional definition
 * includes it), and "En autonomie" alone when it only lends equipment.
 */
import {
  DispositifProgrammeNational,
  ModaliteAccompagnement,
  Service,
  Typologie,
} from '@gouvfr-anct/lieux-de-mediation-numerique';
import { foldName } from '../../../src/places/normalize-name';
import type { HubCategory } from './categories';

/** The yes/no columns of the hub, and the detail texts once misfiled content has been moved out. */
export interface OfferFacts {
  categories: ReadonlySet<HubCategory>;
  typologies: readonly Typologie[];
  materiel: string; // 'oui' | 'non' | ''
  formation: string;
  accompagnement: string;
  teletravail: string;
  equipmentText: string;
  formationText: string;
  accompagnementText: string;
  /** Computers or internet for the public are described in words. */
  describesPublicComputers: boolean;
}

export interface OfferSignals {
  equipment: boolean;
  workshops: boolean;
  individualHelp: boolean;
  remoteHelp: boolean;
  workspace: boolean;
}

/**
 * The regional map's definitions of its categories (seed S:L31-52) say what a
 * category implies when the record's own yes/no answer is missing:
 * EPN = "accès libre à Internet, accompagnement et formation";
 * Médiathèque = "postes informatiques en accès libre"; MSAP = help with
 * procedures by an agent; Club informatique = workshops; Coworking = a workspace.
 */
const IMPLIED_BY_CATEGORY: Partial<Record<HubCategory, ReadonlyArray<keyof OfferSignals>>> = {
  epn: ['equipment', 'workshops', 'individualHelp'],
  mediatheque: ['equipment'],
  msap: ['individualHelp'],
  club_info: ['workshops'],
  coworking: ['workspace'],
  promeneur: ['remoteHelp'],
};

const NO_ACCOMPANIMENT = /pas d accompagnement|sans accompagnement/;
// "démarches en ligne" is the topic, not the modality: only remote help itself counts.
const REMOTE = /a distance|visio|ateliers? en ligne|accompagnement en ligne/;

/**
 * A record whose four answers are all "non" (or empty) most likely kept the
 * form's defaults: its answers say nothing, and its categories speak instead.
 */
function answersAreInformative(facts: OfferFacts): boolean {
  return [facts.materiel, facts.formation, facts.accompagnement, facts.teletravail].includes('oui');
}

export function offerSignalsOf(facts: OfferFacts): OfferSignals {
  const informative = answersAreInformative(facts);
  const answer = (value: string): boolean | undefined => (value === 'oui' ? true : informative && value === 'non' ? false : undefined);
  const answers: Record<keyof OfferSignals, boolean | undefined> = {
    equipment: answer(facts.materiel),
    workshops: answer(facts.formation),
    individualHelp: answer(facts.accompagnement),
    workspace: answer(facts.teletravail),
    remoteHelp: undefined,
  };
  const signals: OfferSignals = { equipment: false, workshops: false, individualHelp: false, remoteHelp: false, workspace: false };
  for (const key of Object.keys(signals) as (keyof OfferSignals)[]) {
    const implied = [...facts.categories].some((category) => IMPLIED_BY_CATEGORY[category]?.includes(key));
    signals[key] = answers[key] ?? implied;
  }
  // A described computer room outweighs a "non" (several records answer "non" and then list their computers).
  if (facts.describesPublicComputers) signals.equipment = true;
  const details = foldName(`${facts.equipmentText} ${facts.accompagnementText}`);
  if (NO_ACCOMPANIMENT.test(details)) signals.individualHelp = false;
  if (REMOTE.test(foldName(`${facts.formationText} ${facts.accompagnementText}`))) signals.remoteHelp = true;
  return signals;
}

/** Services named by the words of the formation and accompaniment details. */
const SERVICE_TOPICS: ReadonlyArray<readonly [RegExp, Service]> = [
  [/demarche|administrati|services publics|acces aux droits|droits sociaux|\bcaf\b|\bcpam\b|ameli|\bants\b|dossier/, Service.AideAuxDemarchesAdministratives],
  [/emploi|\bcv\b|curriculum|lettres? de motivation|insertion|professionnel|entreprise|\btpe\b|digitalisation|\bvisas?\b/, Service.InsertionProfessionnelleViaLeNumerique],
  [/securi|prevention|fake news|ecrans|reputation|arnaque/, Service.UtilisationSecuriseeDuNumerique],
  [/parent|aide aux devoirs|educati/, Service.ParentaliteEtEducationAvecLeNumerique],
  [/\b3d\b|robot|codage|coding|scratch|arduino|minecraft|jeu video|video|photo|montage|\bmao\b|musique|audiovisuel|creati|makerspace|fabrication|artistique/, Service.LoisirsEtCreationsNumeriques],
  [/culture numerique|reseaux sociaux|open badges|medias|comprendre/, Service.ComprehensionDuMondeNumerique],
  [/bureautique|traitement de texte|tableur|mails?\b|messagerie|internet|tablette|smartphone|windows|ordinateur|clavier|souris|initiation|debutant|bases|office|outils? numeriques?|applis|applications|android|informatique/, Service.MaitriseDesOutilsNumeriquesDuQuotidien],
  [/reconditionn|prix solidaire/, Service.MaterielInformatiqueAPrixSolidaire],
];

/**
 * The one table from hub facts to standard services:
 *
 * | fact                                                     | service                                             |
 * |----------------------------------------------------------|-----------------------------------------------------|
 * | equipment for the public, or a shared workspace          | Accès internet et matériel informatique             |
 * | workshops or individual help whose topic is not stated   | Maîtrise des outils numériques du quotidien         |
 * | a topic word in the formation/accompaniment details      | the service of that topic (SERVICE_TOPICS above)    |
 * | MSAP / France Services (category or typology)            | Aide aux démarches administratives                  |
 * | Mission locale, France Travail (typology)                | Insertion professionnelle via le numérique          |
 * | Promeneur du Net (category)                              | Utilisation sécurisée du numérique, Compréhension du monde numérique |
 * | Fablab (category)                                        | Loisirs et créations numériques                     |
 */
export function servicesOf(facts: OfferFacts, signals: OfferSignals): Service[] {
  const found = new Set<Service>();
  if (signals.equipment || signals.workspace) found.add(Service.AccesInternetEtMaterielInformatique);
  const topicText = foldName(`${signals.workshops ? facts.formationText : ''} ${signals.individualHelp || signals.remoteHelp ? facts.accompagnementText : ''}`);
  const topics = SERVICE_TOPICS.filter(([pattern]) => pattern.test(topicText)).map(([, service]) => service);
  for (const service of topics) found.add(service);
  if ((signals.workshops || signals.individualHelp) && topics.length === 0) found.add(Service.MaitriseDesOutilsNumeriquesDuQuotidien);
  if (facts.categories.has('msap') || facts.typologies.includes(Typologie.MSAP)) found.add(Service.AideAuxDemarchesAdministratives);
  if (facts.typologies.includes(Typologie.ML) || facts.typologies.includes(Typologie.FT)) found.add(Service.InsertionProfessionnelleViaLeNumerique);
  if (facts.categories.has('promeneur')) {
    found.add(Service.UtilisationSecuriseeDuNumerique);
    found.add(Service.ComprehensionDuMondeNumerique);
  }
  if (facts.categories.has('fablab')) found.add(Service.LoisirsEtCreationsNumeriques);
  return Object.values(Service).filter((service) => found.has(service));
}

export function modalitesOf(signals: OfferSignals): ModaliteAccompagnement[] {
  const found = new Set<ModaliteAccompagnement>();
  if (signals.equipment || signals.workspace) found.add(ModaliteAccompagnement.EnAutonomie);
  if (signals.individualHelp) found.add(ModaliteAccompagnement.AccompagnementIndividuel);
  if (signals.workshops) found.add(ModaliteAccompagnement.DansUnAtelier);
  if (signals.remoteHelp) found.add(ModaliteAccompagnement.ADistance);
  return Object.values(ModaliteAccompagnement).filter((modalite) => found.has(modalite));
}

/**
 * National programmes: from the categories, and from the place's own name or
 * accompaniment detail ("formation … Promeneurs du Net" given to others, or a
 * centre "en complément de l'espace France service", do not make a place one).
 */
export function dispositifsOf(
  facts: OfferFacts,
  texts: { name: string; allDetails: string },
): DispositifProgrammeNational[] {
  const found = new Set<DispositifProgrammeNational>();
  const ownWords = foldName(`${texts.name} ${facts.accompagnementText}`);
  const allWords = foldName(`${texts.name} ${texts.allDetails}`);
  if (facts.categories.has('promeneur') || /promeneurs? du net/.test(ownWords)) found.add(DispositifProgrammeNational.PromeneursDuNet);
  if (facts.categories.has('msap') || facts.typologies.includes(Typologie.MSAP) || /france services?|\bfs\b/.test(ownWords)) {
    found.add(DispositifProgrammeNational.FranceServices);
  }
  if (/conseillers? numeriques?/.test(allWords)) found.add(DispositifProgrammeNational.ConseillersNumeriques);
  if (/aidants? connect/.test(allWords)) found.add(DispositifProgrammeNational.AidantsConnect);
  return Object.values(DispositifProgrammeNational).filter((dispositif) => found.has(dispositif));
}
