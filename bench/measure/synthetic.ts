import { STANDARD_SERVICES, type Place } from '../../src/places/place';

/**
 * Made-up places for the benchmark at national scale (~18,000 places): names
 * built like the real ones ("Médiathèque George-Sand", "France Services de
 * Chinon", "EPN Mairie de Tours"…), spread over the communes given (the real
 * list makes the vocabulary as varied as the country's), with kinds, services
 * and facts in realistic proportions. Deterministic for a given seed.
 */
export interface SyntheticCommune {
  nom: string;
  codesPostaux: string[];
  code: string;
  lat: number;
  lon: number;
}

const PEOPLE = [
  'George-Sand', 'Jean-Moulin', 'Victor-Hugo', 'Robert-Doisneau', 'Marie-Curie', 'Jules-Verne', 'Louise-Michel', 'Jean-Zay',
  'Simone-Veil', 'Colette', 'Rabelais', 'Balzac', 'Ronsard', 'Charles-Péguy', 'Maurice-Genevoix', 'Alain-Fournier',
  'Jacques-Prévert', 'Albert-Camus', 'Aimé-Césaire', 'Olympe-de-Gouges', 'Léonard-de-Vinci', 'Max-Jacob', 'Paul-Éluard',
];
const WORDS = [
  'Les Jacobins', 'La Pléiade', 'Le Patio', "L'Escale", 'La Passerelle', 'Le Lien', 'Le Forum', 'Les Tilleuls', 'La Fabrique',
  'Le Relais', 'Le Phare', "L'Atelier", 'La Ruche', 'Le Quai', 'La Grange', 'Le Moulin', 'Les Halles', 'La Source', 'Le Kiosque',
  'Le Carré', 'La Boussole', 'Le Cube', 'La Station', 'Le Labo', 'Le Nid', 'La Forge', 'Le Préau', 'La Cabane',
];
const ACRONYMS = ['CLAAC', 'CISPEO', 'BGE', 'UFOLEP', 'AFPA', 'ADMR', 'UDAF', 'FJT', 'CIDFF', 'PIMMS', 'MELI', 'CIME', 'ALEC', 'APF'];

interface Pattern {
  kinds: string[];
  weight: number;
  name: (commune: string, pick: <T>(list: readonly T[]) => T) => string;
}

const PATTERNS: Pattern[] = [
  { kinds: ['BIB'], weight: 12, name: (c) => `Médiathèque de ${c}` },
  { kinds: ['BIB', 'EPN'], weight: 6, name: (_, pick) => `Médiathèque ${pick(PEOPLE)}` },
  { kinds: ['BIB'], weight: 5, name: (c, pick) => pick([`Bibliothèque municipale de ${c}`, `Bibliothèque ${c}`, 'Bibliothèque']) },
  { kinds: ['MSAP'], weight: 8, name: (c, pick) => pick([`France Services ${c}`, `Maison France Services de ${c}`, `MSAP de ${c}`]) },
  { kinds: ['EPN'], weight: 14, name: (c, pick) => pick([`EPN ${c}`, `Espace public numérique de ${c}`, `EPN ${pick(WORDS)}`, `Cyber-base ${c}`]) },
  { kinds: ['EPN', 'MUNI'], weight: 6, name: (c) => `EPN Mairie de ${c}` },
  { kinds: ['MUNI'], weight: 4, name: (c) => `Mairie de ${c}` },
  { kinds: ['CSC'], weight: 6, name: (c, pick) => pick([`Centre social ${pick(PEOPLE)}`, `Centre socioculturel ${pick(WORDS)}`, `Centre social de ${c}`]) },
  { kinds: ['ASSO'], weight: 14, name: (c, pick) => pick([`Association ${pick(ACRONYMS)} ${c}`, `Club informatique de ${c}`, `${pick(ACRONYMS)} ${pick(WORDS)}`]) },
  { kinds: ['TIERS_LIEUX'], weight: 6, name: (c, pick) => pick([`${pick(WORDS)} coworking`, `Tiers-lieu ${pick(WORDS)}`, `Work'in ${c}`]) },
  { kinds: ['FABLAB'], weight: 3, name: (c, pick) => pick([`Fablab ${c}`, `${pick(WORDS)} Lab`]) },
  { kinds: ['PIJ_BIJ'], weight: 4, name: (c) => `Point Information Jeunesse ${c}` },
  { kinds: ['CCAS'], weight: 3, name: (c) => `CCAS ${c}` },
  { kinds: ['ML'], weight: 2, name: (c) => `Mission locale de ${c}` },
  { kinds: ['LA_POSTE'], weight: 2, name: (c) => `La Poste ${c}` },
];
const TOTAL_WEIGHT = PATTERNS.reduce((sum, pattern) => sum + pattern.weight, 0);

/** A small, fast, seeded generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  /** OSM opening_hours values to hand out (the benchmark passes the real snapshot's); none by default. */
  hours?: readonly string[];
  /** Share of places given hours (default 0.25: about the real export's 21 %). */
  hoursShare?: number;
}

export function syntheticPlaces(count: number, communes: readonly SyntheticCommune[], seed = 1, options: SyntheticOptions = {}): Place[] {
  const { hours = [], hoursShare = 0.25 } = options;
  // Hours follow from the index, not the generator, so the places' other values stay the same with or without them.
  const hoursEvery = hoursShare > 0 ? Math.max(1, Math.round(1 / hoursShare)) : 0;
  const hoursOf = (i: number) => (hours.length > 0 && hoursEvery > 0 && i % hoursEvery === 0 ? hours[(i / hoursEvery) % hours.length] : undefined);
  if (communes.length === 0) throw new Error('syntheticPlaces needs at least one commune');
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const places: Place[] = [];
  for (let i = 0; i < count; i++) {
    let roll = next() * TOTAL_WEIGHT;
    const pattern = PATTERNS.find((candidate) => (roll -= candidate.weight) < 0) ?? PATTERNS[0]!;
    const commune = pick(communes);
    const services = STANDARD_SERVICES.filter(() => next() < 0.35);
    places.push({
      id: `synthetic-${i}`,
      pivot: '00000000000000',
      nom: pattern.name(commune.nom, pick),
      commune: commune.nom,
      code_postal: commune.codesPostaux[0] ?? '',
      code_insee: commune.code,
      adresse: `${1 + Math.floor(next() * 40)} rue ${pick(PEOPLE)}`,
      latitude: commune.lat + (next() - 0.5) * 0.02,
      longitude: commune.lon + (next() - 0.5) * 0.02,
      typologie: next() < 0.3 ? [...pattern.kinds, pick(['ASSO', 'EPN', 'TIERS_LIEUX'])] : pattern.kinds,
      source: 'synthetic',
      date_maj: '2025-01-01',
      horaires: hoursOf(i),
      services: services.length > 0 ? services : ['Accès internet et matériel informatique'],
      complements: {
        provenance: [{ fichier: 'synthetic', id: String(i), date: '2025-01-01' }],
        ...(next() < 0.1 ? { impression: '15 c la page' } : {}),
        ...(next() < 0.3 ? { wifi_gratuit: true } : {}),
        ...(next() < 0.4 ? { ordinateurs: 1 + Math.floor(next() * 10) } : {}),
      },
    });
  }
  // Through JSON, as real places arrive from the snapshot file (flat strings, not concatenations).
  return JSON.parse(JSON.stringify(places)) as Place[];
}
