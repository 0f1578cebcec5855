import type { Place, StandardService } from '../places/place';
import { serviceId } from '../places/services';

/**
 * What people arrive with, and how each need is recognised in the data: one
 * table, so that the home screen, the ranking and the guides agree.
 *
 * - `services`: a place offering any of these standard services matches.
 * - `boost`: facts that make a matching place a better answer (a France
 *   Services for taxes, a printer for printing…).
 * - `help`: the need calls for a person who helps (« repérer les lieux où il y
 *   a un accompagnement, c'est mieux ») — accompanied places rank first.
 * - `bring`: what to bring, for the place page (keys in orientation/locales).
 */
export interface Need {
  id: string;
  services: StandardService[];
  boost?: (place: Place) => boolean;
  help: boolean;
  bring?: string[];
  guide?: string;
}

const hasProgramme = (...programmes: string[]) => (place: Place) =>
  (place.dispositif_programmes_nationaux ?? []).some((programme) => programmes.includes(programme));
const hasKind = (...kinds: string[]) => (place: Place) => (place.typologie ?? []).some((kind) => kinds.includes(kind));
const either = (...tests: ((place: Place) => boolean)[]) => (place: Place) => tests.some((test) => test(place));
const franceServices = either(hasProgramme('France Services'), hasKind('MSAP'));

export const NEEDS: readonly Need[] = [
  { id: 'demarches', services: ['Aide aux démarches administratives'], boost: franceServices, help: true, guide: 'preparer-rendez-vous' },
  { id: 'caf', services: ['Aide aux démarches administratives'], boost: either(hasProgramme("Point d'accès numérique CAF"), franceServices), help: true, bring: ['caf'], guide: 'preparer-rendez-vous' },
  { id: 'impots', services: ['Aide aux démarches administratives'], boost: franceServices, help: true, bring: ['impots'], guide: 'preparer-rendez-vous' },
  { id: 'ants', services: ['Aide aux démarches administratives'], boost: franceServices, help: true, bring: ['ants'], guide: 'preparer-rendez-vous' },
  { id: 'france-travail', services: ['Insertion professionnelle via le numérique', 'Aide aux démarches administratives'], boost: either(franceServices, hasKind('ML', 'FT')), help: true, bring: ['france-travail'], guide: 'preparer-rendez-vous' },
  { id: 'ameli', services: ['Aide aux démarches administratives'], boost: franceServices, help: true, bring: ['ameli'], guide: 'preparer-rendez-vous' },
  { id: 'imprimer-scanner', services: ['Accès internet et matériel informatique'], boost: (place) => Boolean(place.complements.impression), help: false, guide: 'scanner-document' },
  { id: 'wifi-gratuit', services: ['Accès internet et matériel informatique'], boost: (place) => place.complements.wifi_gratuit === true, help: false, guide: 'wifi-public' },
  { id: 'ordinateur-libre', services: ['Accès internet et matériel informatique'], boost: (place) => (place.complements.ordinateurs ?? 0) > 0, help: false, guide: 'ordinateur-public' },
  { id: 'smartphone', services: ['Maîtrise des outils numériques du quotidien'], help: true, guide: 'installer-application' },
  { id: 'email', services: ['Maîtrise des outils numériques du quotidien'], help: true, guide: 'adresse-email' },
  { id: 'cv-emploi', services: ['Insertion professionnelle via le numérique'], boost: hasKind('ML', 'FT', 'PIJ_BIJ'), help: true, guide: 'envoyer-cv' },
  { id: 'ordinateur-pas-cher', services: ['Acquisition de matériel informatique à prix solidaire'], boost: hasKind('RESSOURCERIE'), help: false },
  { id: 'fabriquer-reparer', services: ['Loisirs et créations numériques'], boost: hasKind('FABLAB', 'RESSOURCERIE'), help: false },
  { id: 'outils-quotidien', services: ['Maîtrise des outils numériques du quotidien'], help: true },
  { id: 'insertion-pro', services: ['Insertion professionnelle via le numérique'], help: true, guide: 'envoyer-cv' },
  { id: 'securite', services: ['Utilisation sécurisée du numérique'], help: true, guide: 'arnaques' },
  { id: 'parentalite', services: ['Parentalité et éducation avec le numérique'], help: true },
  { id: 'loisirs-creation', services: ['Loisirs et créations numériques'], help: false },
  { id: 'comprendre-numerique', services: ['Compréhension du monde numérique'], help: true },
  { id: 'acces-internet-materiel', services: ['Accès internet et matériel informatique'], help: false, guide: 'ordinateur-public' },
  { id: 'materiel-solidaire', services: ['Acquisition de matériel informatique à prix solidaire'], help: false },
];

/** The need behind one of the standard's nine services (`service=<label>` in links): same id as the service. */
export function needForService(service: string | null | undefined): Need | undefined {
  const id = service ? serviceId(service) : undefined;
  return id ? findNeed(id) : undefined;
}

export function findNeed(id: string | null | undefined): Need | undefined {
  return NEEDS.find((need) => need.id === id);
}

export function placeMatchesNeed(place: Place, need: Need): boolean {
  return place.services.some((service) => (need.services as string[]).includes(service)) || (need.boost?.(place) ?? false);
}
