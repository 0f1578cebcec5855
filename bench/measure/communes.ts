import { keystrokes, summarize, time, type TimingSummary } from './timing';
import { createCommuneFinder } from '../../src/orientation/where/commune-finder';
import type { CommuneRecord } from '../../src/orientation/where/communes';

/** What people type to say where they are: names (typed letter by letter), typos, postal codes. */
export const COMMUNE_QUERIES: Readonly<Record<string, readonly string[]>> = {
  names: ['tours', 'orleans', 'saint amand montrond', 'chinon', 'la chapelle saint mesmin', 'chateauroux'],
  typos: ['chatoroux', 'orlean', 'bourgeuil', 'st amand montron', 'vierzom'],
  postalCodes: ['37500', '45000', '18200', '36000'],
};

export interface CommuneMeasurement {
  communes: number;
  buildMs: number;
  stats: { communes: number; words: number; postalCodes: number };
  keystrokes: TimingSummary;
  groups: Record<string, TimingSummary>;
  queries: { group: string; query: string; keystrokes: TimingSummary; first: string | undefined }[];
  /** GPS lookups near communes spread over the list. */
  nearest: TimingSummary;
}

/**
 * Builds the commune finder and times every keystroke of every query, and
 * nearest-commune lookups, for the benchmark. No assertion: budgets are the
 * benchmark's business.
 */
export function measureCommuneFinder(
  records: readonly CommuneRecord[],
  queries: Readonly<Record<string, readonly string[]>> = COMMUNE_QUERIES,
  options: { warmup?: number; rounds?: number; limit?: number; positions?: number } = {},
): CommuneMeasurement {
  const { warmup = 1, rounds = 3, limit = 8, positions = 500 } = options;
  let built: ReturnType<typeof createCommuneFinder> | undefined;
  // The finder builds its indexes on first use: asking for stats and a position builds both here, as the build cost.
  const buildMs = time(() => {
    built = createCommuneFinder(records);
    return [built.stats, built.nearest(46.5, 2.5)];
  });
  const finder = built!;

  for (let round = 0; round < warmup; round++) {
    for (const list of Object.values(queries)) for (const query of list) for (const typed of keystrokes(query)) finder.find(typed, limit);
  }
  const all: number[] = [];
  const groups: Record<string, TimingSummary> = {};
  const perQuery: CommuneMeasurement['queries'] = [];
  for (const [group, list] of Object.entries(queries)) {
    const groupSamples: number[] = [];
    for (const query of list) {
      const samples: number[] = [];
      for (let round = 0; round < rounds; round++) for (const typed of keystrokes(query)) samples.push(time(() => finder.find(typed, limit)));
      perQuery.push({ group, query, keystrokes: summarize(samples), first: finder.find(query, 1)[0]?.nom });
      groupSamples.push(...samples);
    }
    groups[group] = summarize(groupSamples);
    all.push(...groupSamples);
  }

  // GPS positions as people would have them: near communes (spread over the list, a few kilometres off the centre).
  const located = records.filter((record) => record.lat !== null && record.lon !== null) as { lat: number; lon: number }[];
  const nearestSamples: number[] = [];
  for (let n = 0; n < positions && located.length > 0; n++) {
    const commune = located[Math.floor((n * located.length) / positions)]!;
    const lat = commune.lat + 0.03 * Math.sin(n);
    const lon = commune.lon + 0.03 * Math.cos(n);
    nearestSamples.push(time(() => finder.nearestCommune(lat, lon)));
  }

  return {
    communes: records.length,
    buildMs: Math.round(buildMs * 10) / 10,
    stats: finder.stats,
    keystrokes: summarize(all),
    groups,
    queries: perQuery,
    nearest: summarize(nearestSamples),
  };
}
