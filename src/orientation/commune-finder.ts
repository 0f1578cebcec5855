import MiniSearch from 'minisearch';
import { foldName } from '../places/normalize-name';
import { typosAllowed } from './place-search';

export interface Commune {
  code: string;
  nom: string;
  codesPostaux: string[];
  population: number;
  departement: string;
  lat: number;
  lon: number;
}

export interface CommuneMatch extends Commune {
  matchedBy: 'postal' | 'name';
}

export interface CommuneFinder {
  byCode(code: string): Commune | undefined;
  find(text: string, limit?: number): CommuneMatch[];
  nearest(latitude: number, longitude: number): Commune | undefined;
}

const POSTAL_PREFIX = /^\d{2,5}$/;

/**
 * "Where am I" with no network: a commune by name (accents, case, hyphens,
 * "St"/"Saint" and typos forgiven) or by postal code (whole or begun).
 * Exact names come first, then the most populated: "tours" is Tours.
 */
export function createCommuneFinder(communes: readonly Commune[]): CommuneFinder {
  const usable = communes.filter((commune) => Number.isFinite(commune.lat) && Number.isFinite(commune.lon));
  const byCode = new Map(usable.map((commune) => [commune.code, commune]));
  const folded = usable.map((commune) => foldName(commune.nom));
  const index = new MiniSearch<{ id: number; nom: string }>({
    fields: ['nom'],
    tokenize: (text) => text.split(' '),
    searchOptions: { prefix: true, fuzzy: (term) => typosAllowed(term), maxFuzzy: 3, combineWith: 'AND' },
  });
  index.addAll(folded.map((nom, id) => ({ id, nom })));

  const byPostalCode = (prefix: string): CommuneMatch[] =>
    usable
      .filter((commune) => commune.codesPostaux.some((code) => code.startsWith(prefix)))
      .sort((a, b) => Number(b.codesPostaux.includes(prefix)) - Number(a.codesPostaux.includes(prefix)) || b.population - a.population)
      .map((commune) => ({ ...commune, matchedBy: 'postal' }));

  const byName = (text: string): CommuneMatch[] => {
    const query = foldName(text);
    if (!query) return [];
    const candidates = index.search(query).map((hit) => {
      const name = folded[Number(hit.id)]!;
      const tier = name === query ? 0 : name.startsWith(query) ? 1 : 2;
      // Typed so far vs the same length of the name: how many letters are wrong.
      return { commune: usable[Number(hit.id)]!, tier, typos: tier === 2 ? typoDistance(query, name.slice(0, query.length + 1)) : 0 };
    });
    return candidates
      .sort((a, b) => a.tier - b.tier || a.typos - b.typos || b.commune.population - a.commune.population)
      .map(({ commune }) => ({ ...commune, matchedBy: 'name' as const }));
  };

  return {
    byCode: (code) => byCode.get(code),
    find(text, limit = 8) {
      const trimmed = text.trim();
      return (POSTAL_PREFIX.test(trimmed) ? byPostalCode(trimmed) : byName(trimmed)).slice(0, limit);
    },
    nearest(latitude, longitude) {
      let best: Commune | undefined;
      let bestDistance = Infinity;
      const cosLatitude = Math.cos((latitude * Math.PI) / 180);
      for (const commune of usable) {
        // Equirectangular distance is enough to compare neighbours.
        const distance = (commune.lat - latitude) ** 2 + ((commune.lon - longitude) * cosLatitude) ** 2;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = commune;
        }
      }
      return best;
    },
  };
}

/** Optimal string alignment distance: a swapped pair of letters ("bourgeuil") counts as one typo. */
export function typoDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
