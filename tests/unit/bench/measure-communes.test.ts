import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMUNE_QUERIES, measureCommuneFinder } from '../../../bench/measure/communes';
import type { CommuneList } from '../../../src/orientation/where/communes';
import { keystrokes } from '../../../bench/measure/timing';

const { communes } = JSON.parse(readFileSync('data/communes/centre-val-de-loire.json', 'utf8')) as CommuneList;

describe('measureCommuneFinder', () => {
  it('builds the finder, times every keystroke of every query and nearest-commune lookups', () => {
    const result = measureCommuneFinder(communes, COMMUNE_QUERIES, { rounds: 1, warmup: 0, positions: 50 });
    const typed = Object.values(COMMUNE_QUERIES).flat().reduce((sum, query) => sum + keystrokes(query).length, 0);
    expect(result.communes).toBe(communes.length);
    expect(result.keystrokes.count).toBe(typed);
    expect(Object.keys(result.groups)).toEqual(Object.keys(COMMUNE_QUERIES));
    expect(result.nearest.count).toBe(50);
    expect(Object.fromEntries(result.queries.map((query) => [query.query, query.first]))).toMatchObject({
      tours: 'Tours',
      chatoroux: 'Châteauroux',
      'st amand montron': 'Saint-Amand-Montrond',
      '37500': 'Chinon',
    });
  });
});
