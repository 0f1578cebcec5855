import type { Place } from '../../src/places/place';
import { createPlaceIndex } from '../../src/orientation/search/place-index';
import { keystrokes, summarize, time, type TimingSummary } from './timing';

/**
 * Queries the benchmark types, in groups: whole words typed letter by letter,
 * typos and sound spellings, word order, kinds and services. Every keystroke
 * is a search (a person sees results as they type).
 */
export const SEARCH_QUERIES: Readonly<Record<string, readonly string[]>> = {
  prefixes: ['mediatheque', 'france services', 'espace public numerique', 'centre social', 'bibliotheque municipale', 'saint'],
  typos: ['mediateque luce', 'chatoroux', 'france servise', 'bibliotecque chinon', 'mediatheqe tours', 'orleasn'],
  wordOrder: ['luce mediatheque', 'chinon bibliotheque', 'tours mairie epn'],
  kindsAndServices: ['demarches', 'impression', 'fablab', 'tiers lieu', 'wifi'],
};

export interface SearchMeasurement {
  places: number;
  /** Time to build the index from the places. */
  buildMs: number;
  stats: { places: number; words: number; postings: number };
  /** Every keystroke of every query, all groups together. */
  keystrokes: TimingSummary;
  groups: Record<string, TimingSummary>;
  queries: { group: string; query: string; keystrokes: TimingSummary; hits: number }[];
}

export interface MeasureOptions {
  /** Typologie code → French label (locales fr.json "typologie"). */
  kindLabels?: Readonly<Record<string, string>>;
  /** Rounds of typing every query before measuring, for a warm engine (default 1). */
  warmup?: number;
  /** Rounds measured (default 3). */
  rounds?: number;
  /** Results asked for, as the search screen does (default 50). */
  limit?: number;
}

/**
 * Builds the place index and types every query keystroke by keystroke,
 * timing each search. For the benchmark (at CPU throttle in a browser, or in
 * Node); no assertion here: budgets are the benchmark's business.
 */
export function measureSearch(
  places: readonly Place[],
  queries: readonly string[] | Readonly<Record<string, readonly string[]>> = SEARCH_QUERIES,
  options: MeasureOptions = {},
): SearchMeasurement {
  const { kindLabels = {}, warmup = 1, rounds = 3, limit = 50 } = options;
  const groups: Readonly<Record<string, readonly string[]>> = Array.isArray(queries) ? { queries } : (queries as Readonly<Record<string, readonly string[]>>);
  let index: ReturnType<typeof createPlaceIndex> | undefined;
  const buildMs = time(() => (index = createPlaceIndex(places, kindLabels)));
  const search = index!;

  for (let round = 0; round < warmup; round++) {
    for (const list of Object.values(groups)) for (const query of list) for (const typed of keystrokes(query)) search.search(typed, limit);
  }

  const all: number[] = [];
  const byGroup: Record<string, TimingSummary> = {};
  const perQuery: SearchMeasurement['queries'] = [];
  for (const [group, list] of Object.entries(groups)) {
    const groupSamples: number[] = [];
    for (const query of list) {
      const samples: number[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const typed of keystrokes(query)) samples.push(time(() => search.search(typed, limit)));
      }
      perQuery.push({ group, query, keystrokes: summarize(samples), hits: search.search(query, limit).length });
      groupSamples.push(...samples);
    }
    byGroup[group] = summarize(groupSamples);
    all.push(...groupSamples);
  }
  return {
    places: places.length,
    buildMs: Math.round(buildMs * 10) / 10,
    stats: search.stats,
    keystrokes: summarize(all),
    groups: byGroup,
    queries: perQuery,
  };
}
