import MiniSearch from 'minisearch';
import { foldName } from '../places/normalize-name';
import type { Place } from '../places/place';

/** Words that carry no meaning in a place name ("Médiathèque de Lucé" = "mediatheque luce"). */
const STOP_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'a', 'au', 'aux', 'et', 'en', 'sur']);

export function searchTerms(text: string): string[] {
  return foldName(text)
    .split(/[^a-z0-9]+/)
    .filter((term) => term.length > 0 && !STOP_WORDS.has(term));
}

/** Typos allowed per word: none for short words (they are prefixes while typing), up to three for long names. */
export function typosAllowed(term: string): number {
  if (term.length <= 3) return 0;
  if (term.length <= 5) return 1;
  if (term.length <= 8) return 2;
  return 3;
}

export interface PlaceHit {
  id: string;
  score: number;
}

export interface PlaceIndex {
  search(query: string, limit?: number): PlaceHit[];
}

interface Document {
  id: string;
  nom: string;
  commune: string;
  kinds: string;
  services: string;
}

/**
 * A full-text index over name, commune, kind and services, tolerant of
 * accents, case, word order, typing in progress and typos. An inverted index
 * (MiniSearch) keeps each keystroke in a few milliseconds at national scale,
 * where scanning every place with a fuzzy matcher took 55–240 ms.
 */
export function createPlaceIndex(places: readonly Place[], kindLabels: Record<string, string>): PlaceIndex {
  const index = new MiniSearch<Document>({
    fields: ['nom', 'commune', 'kinds', 'services'],
    tokenize: (text) => text.split(/\s+/),
    processTerm: (term) => searchTerms(term)[0] ?? null,
    searchOptions: {
      boost: { nom: 3, commune: 2, kinds: 1.5, services: 1 },
      prefix: true,
      fuzzy: (term) => typosAllowed(term),
      maxFuzzy: 3,
    },
  });
  index.addAll(
    places.map((place) => ({
      id: place.id,
      nom: searchTerms(place.nom).join(' '),
      commune: searchTerms(place.commune).join(' '),
      kinds: searchTerms((place.typologie ?? []).map((kind) => `${kind} ${kindLabels[kind] ?? ''}`).join(' ')).join(' '),
      services: searchTerms(place.services.join(' ')).join(' '),
    })),
  );
  return {
    search(query, limit = 50) {
      const terms = searchTerms(query);
      if (terms.length === 0) return [];
      const text = terms.join(' ');
      // Every word should match; when one word matches nothing (a word not in any place), fall back to any word.
      let hits = index.search(text, { combineWith: 'AND' });
      if (hits.length === 0 && terms.length > 1) hits = index.search(text, { combineWith: 'OR' });
      return hits.slice(0, limit).map((hit) => ({ id: String(hit.id), score: hit.score }));
    },
  };
}
