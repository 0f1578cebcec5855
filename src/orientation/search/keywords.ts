import type { Searchable } from './searchable';

/**
 * Everyday words people type for what a place offers, beside the standard's
 * own service labels ("impression" is nowhere in "Accès internet et matériel
 * informatique"). Search vocabulary in French, not interface text: the
 * searching public of the Centre-Val de Loire types French.
 */
export const SERVICE_KEYWORDS: Readonly<Record<string, string>> = {
  'Aide aux démarches administratives': 'démarche administratif papiers formulaire impôts CAF Ameli ANTS retraite',
  'Maîtrise des outils numériques du quotidien': 'smartphone téléphone portable tablette ordinateur e-mail courriel',
  'Insertion professionnelle via le numérique': 'emploi travail CV candidature',
  'Utilisation sécurisée du numérique': 'sécurité arnaque piratage',
  'Parentalité et éducation avec le numérique': 'parents enfants école',
  'Loisirs et créations numériques': 'photo vidéo jeux création',
  'Compréhension du monde numérique': 'comprendre',
  'Accès internet et matériel informatique': 'ordinateur internet wifi imprimante impression imprimer scanner photocopie',
  'Acquisition de matériel informatique à prix solidaire': 'acheter ordinateur reconditionné solidaire',
};

/** Words for the facts a place states about its equipment (a printer, free Wi-Fi, computers). */
export function factWords(place: Searchable): string[] {
  const facts: string[] = [];
  const { complements } = place;
  if (complements.impression) facts.push('impression imprimer imprimante photocopie scanner');
  if (complements.wifi_gratuit) facts.push('wifi gratuit');
  if ((complements.ordinateurs ?? 0) > 0) facts.push('ordinateur');
  if ((complements.tablettes ?? 0) > 0) facts.push('tablette');
  if (complements.materiel) facts.push(complements.materiel);
  return facts;
}
