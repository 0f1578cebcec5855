import { describe, expect, it } from 'vitest';
import { measureSearch, SEARCH_QUERIES } from '../../../bench/measure/search';
import { syntheticPlaces } from '../../../bench/measure/synthetic';
import { keystrokes, summarize } from '../../../bench/measure/timing';

const COMMUNES = [
  { code: '37261', nom: 'Tours', codesPostaux: ['37000'], lat: 47.398, lon: 0.696 },
  { code: '37072', nom: 'Chinon', codesPostaux: ['37500'], lat: 47.172, lon: 0.245 },
  { code: '28218', nom: 'Lucé', codesPostaux: ['28110'], lat: 48.437, lon: 1.465 },
  { code: '36044', nom: 'Châteauroux', codesPostaux: ['36000'], lat: 46.803, lon: 1.694 },
];

describe('synthetic places', () => {
  it('are deterministic for a seed, and look like places', () => {
    const places = syntheticPlaces(200, COMMUNES, 3);
    expect(syntheticPlaces(200, COMMUNES, 3)).toEqual(places);
    expect(syntheticPlaces(200, COMMUNES, 4)).not.toEqual(places);
    expect(new Set(places.map((place) => place.id)).size).toBe(200);
    expect(places.every((place) => place.nom && place.services.length > 0 && (place.typologie ?? []).length > 0)).toBe(true);
    expect(new Set(places.map((place) => place.commune))).toEqual(new Set(COMMUNES.map((commune) => commune.nom)));
  });
});

describe('measureSearch', () => {
  it('builds the index and times every keystroke of every query, by group', () => {
    const places = syntheticPlaces(300, COMMUNES, 1);
    const result = measureSearch(places, SEARCH_QUERIES, { rounds: 1, warmup: 0 });
    const typed = Object.values(SEARCH_QUERIES).flat().reduce((sum, query) => sum + keystrokes(query).length, 0);
    expect(result.places).toBe(300);
    expect(result.stats.places).toBe(300);
    expect(result.keystrokes.count).toBe(typed);
    expect(Object.keys(result.groups)).toEqual(Object.keys(SEARCH_QUERIES));
    expect(result.queries.find((query) => query.query === 'chatoroux')!.hits).toBeGreaterThan(0);
    expect(result.buildMs).toBeGreaterThanOrEqual(0);
  });

  it('takes a plain list of queries too', () => {
    const result = measureSearch(syntheticPlaces(50, COMMUNES), ['tours', 'chinon'], { rounds: 2, warmup: 0 });
    expect(Object.keys(result.groups)).toEqual(['queries']);
    expect(result.keystrokes.count).toBe(2 * ('tours'.length + 'chinon'.length));
  });
});

describe('timing helpers', () => {
  it('summarise samples by median, 95th percentile and max', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(samples)).toEqual({ count: 100, medianMs: 50, p95Ms: 95, maxMs: 100, meanMs: 50.5 });
    expect(summarize([])).toEqual({ count: 0, medianMs: 0, p95Ms: 0, maxMs: 0, meanMs: 0 });
  });

  it('type a query keystroke by keystroke', () => {
    expect(keystrokes('tour')).toEqual(['t', 'to', 'tou', 'tour']);
  });
});
