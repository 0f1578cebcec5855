/**
 * The words the data carries (the standard's labels, place kinds) are shown
 * in every language: each value found in the committed snapshot has its
 * string in the `places` namespace (and each kind in the `map` one) in all
 * nine languages, not the French fallback.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/languages';
import { dataLabelKey, LABELLED_FIELDS } from '../../../src/places/data-labels';
import type { Snapshot } from '../../../src/places/place';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as Record<string, Record<string, string>>;
const snapshot = JSON.parse(readFileSync(new URL('../../../public/data/snapshot.json', import.meta.url), 'utf8')) as Snapshot;

const valuesOf = (field: (typeof LABELLED_FIELDS)[number]) => [...new Set(snapshot.places.flatMap((place) => place[field] ?? []))];
const kinds = [...new Set(snapshot.places.flatMap((place) => place.typologie ?? []))];

describe('data labels', () => {
  it('folds a label to a key without dots, colons or spaces', () => {
    expect(dataLabelKey('À distance')).toBe('a-distance');
    expect(dataLabelKey("Point d'accès numérique CAF")).toBe('point-d-acces-numerique-caf');
    expect(dataLabelKey('Familles et/ou enfants')).toBe('familles-et-ou-enfants');
  });

  it('the snapshot does use labelled values (the test below is not empty)', () => {
    expect(valuesOf('modalites_accompagnement')).toEqual(expect.arrayContaining(['En autonomie', 'Accompagnement individuel', 'Dans un atelier collectif']));
  });

  describe.each(LANGUAGES.map((language) => language.code))('%s', (code) => {
    const places = read(`src/places/locales/${code}.json`);
    const map = read(`src/map/locales/${code}.json`);

    it.each(LABELLED_FIELDS)('has a string for every value of %s in the data', (field) => {
      const missing = valuesOf(field).filter((value) => !places.enum?.[dataLabelKey(value)]?.trim());
      expect(missing).toEqual([]);
    });

    it('has a name for every kind of place in the data, in the place page and on the map', () => {
      expect(kinds.filter((kind) => !places.typologie?.[kind]?.trim())).toEqual([]);
      expect(kinds.filter((kind) => !map.kind?.[kind]?.trim())).toEqual([]);
    });
  });

  it('translates "En autonomie" out of French', () => {
    expect(read('src/places/locales/en.json').enum!['en-autonomie']).toBe('On your own');
    expect(read('src/places/locales/ar.json').enum!['accompagnement-individuel']).not.toBe('Accompagnement individuel');
  });
});
