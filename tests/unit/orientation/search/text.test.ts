import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../../../src/places/normalize-name';
import { queryWords, soundKey, typosAllowed, words } from '../../../../src/orientation/search/text';

/** Characters met in French place names and queries, and a few beyond. */
const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'àâäáãåçéèêëîïíìôöóòõùûüúÿýñœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ',
  ...' -‐–—\'’‘`_.,;:()/&@+!?"«»',
  'st', 'St', 'ST', 'ste', 'Ste', 'St.', 'e\u0301', 'ß', 'ø', 'İ', 'ı', '\u00a0', '\t',
];

describe('words', () => {
  it('folds like foldName, then cuts at anything but letters and digits', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(words(text)).toEqual(foldName(text).split(/[^a-z0-9]+/).filter((word) => word.length > 0));
      }),
      { numRuns: 2000 },
    );
  });

  it('also agrees with foldName on any Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
        expect(words(text)).toEqual(foldName(text).split(/[^a-z0-9]+/).filter((word) => word.length > 0));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads St and Ste as Saint and Sainte, hyphens and apostrophes as spaces', () => {
    expect(words('ST-AMAND-MONTROND')).toEqual(['saint', 'amand', 'montrond']);
    expect(words("Ste-Maure-de-Touraine")).toEqual(['sainte', 'maure', 'de', 'touraine']);
    expect(words("L'Île-Bouchard")).toEqual(['l', 'ile', 'bouchard']);
    expect(words('Cœur de Loire')).toEqual(['coeur', 'de', 'loire']);
  });
});

describe('queryWords', () => {
  it('drops articles and prepositions, keeps every word as a possible beginning', () => {
    expect(queryWords('Médiathèque de Lucé')).toEqual([
      { word: 'mediatheque', prefix: true },
      { word: 'luce', prefix: true },
    ]);
  });

  it('keeps a lone stop word being typed (it may begin a name), nothing when the query holds only stop words', () => {
    expect(queryWords('la')).toEqual([{ word: 'la', prefix: true }]);
    expect(queryWords('la ')).toEqual([]);
    expect(queryWords('de la')).toEqual([]);
    expect(queryWords('  ')).toEqual([]);
  });

  it('counts a repeated word once', () => {
    expect(queryWords('tours tours').map(({ word }) => word)).toEqual(['tours']);
  });
});

describe('typosAllowed', () => {
  it('forgives none in short words, one in medium, two in long ones', () => {
    expect(['lac', 'luce', 'tours', 'chinon', 'orleans', 'chatoroux'].map(typosAllowed)).toEqual([0, 1, 1, 1, 2, 2]);
  });
});

describe('soundKey', () => {
  it('meets words written as they sound', () => {
    expect(soundKey('chatoroux')).toBe(soundKey('chateauroux'));
    expect(soundKey('mediateque')).toBe(soundKey('mediatheque'));
    expect(soundKey('biblioteque')).toBe(soundKey('bibliotheque'));
    expect(soundKey('servise')).toBe(soundKey('services'));
    expect(soundKey('amboize')).toBe(soundKey('amboise'));
    expect(soundKey('lusse')).toBe(soundKey('luce'));
  });

  it('keeps words that sound different apart', () => {
    expect(soundKey('tours')).not.toBe(soundKey('blois'));
    expect(soundKey('chinon')).not.toBe(soundKey('chenonceaux'));
    expect(soundKey('michel')).not.toBe(soundKey('mikel'));
  });

  it('leaves digits and very short words alone', () => {
    expect(soundKey('37500')).toBe('37500');
    expect(soundKey('la')).toBe('la');
  });
});

describe('queryWords, keeping a stop word being typed', () => {
  it('keeps the last stop word as optional while it is being typed', () => {
    expect(queryWords('saint a', { keepTypedStopWord: true })).toEqual([
      { word: 'saint', prefix: true },
      { word: 'a', prefix: true, optional: true },
    ]);
    expect(queryWords('saint a ', { keepTypedStopWord: true })).toEqual([{ word: 'saint', prefix: true }]);
    expect(queryWords('saint a')).toEqual([{ word: 'saint', prefix: true }]);
  });
});
