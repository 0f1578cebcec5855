import { STANDARD_SERVICES, type StandardService } from './place';

/** Short ids of the standard's nine services: i18n keys and pictogram names (need-<id>.svg). */
export const SERVICE_IDS: Record<StandardService, string> = {
  'Aide aux démarches administratives': 'demarches',
  'Maîtrise des outils numériques du quotidien': 'outils-quotidien',
  'Insertion professionnelle via le numérique': 'insertion-pro',
  'Utilisation sécurisée du numérique': 'securite',
  'Parentalité et éducation avec le numérique': 'parentalite',
  'Loisirs et créations numériques': 'loisirs-creation',
  'Compréhension du monde numérique': 'comprendre-numerique',
  'Accès internet et matériel informatique': 'acces-internet-materiel',
  'Acquisition de matériel informatique à prix solidaire': 'materiel-solidaire',
};

export function serviceId(service: string): string | undefined {
  return (STANDARD_SERVICES as readonly string[]).includes(service) ? SERVICE_IDS[service as StandardService] : undefined;
}

/** Whether a person will be helped there, as opposed to equipment to use alone — the seeds' key distinction. */
export function offersAccompaniment(place: { modalites_accompagnement?: string[] }): boolean {
  return (place.modalites_accompagnement ?? []).some((mode) => mode !== 'En autonomie');
}

/** The kind a place is shown as: its first typologie, or 'Autre'. */
export function primaryKind(place: { typologie?: string[] }): string {
  return place.typologie?.[0] ?? 'Autre';
}
