import { describe, expect, it } from 'vitest';
import { createNeedSearch, foldText, guideTitle } from '../../../src/orientation/needs-search';

const search = createNeedSearch();
const first = (text: string) => search.search(text)[0];

describe('search that understands needs', () => {
  it('offers the Ameli need first for "carte vitale", even misspelt', () => {
    expect(first('carte vitale')).toMatchObject({ kind: 'need', id: 'ameli' });
    expect(first('carte vital')).toMatchObject({ kind: 'need', id: 'ameli' });
    expect(first('Ameli')).toMatchObject({ kind: 'need', id: 'ameli' });
  });

  it.each([
    ['CAF', 'caf'],
    ['APL', 'caf'],
    ['impôts', 'impots'],
    ['impot', 'impots'],
    ['imprimer', 'imprimer-scanner'],
    ['imprimmer', 'imprimer-scanner'],
    ['wifi', 'wifi-gratuit'],
    ['CV', 'cv-emploi'],
    ['permis', 'ants'],
    ['паспорт', 'ants'],
    ['طباعة', 'imprimer-scanner'],
    ['impuestos', 'impots'],
    ['health insurance', 'ameli'],
  ])('"%s" → %s', (text, need) => {
    expect(first(text)).toMatchObject({ kind: 'need', id: need });
  });

  it('reaches the guides too, in any language', () => {
    expect(search.search('wifi').some((hit) => hit.kind === 'guide' && hit.id === 'wifi-public')).toBe(true);
    expect(search.search('FranceConnect').some((hit) => hit.kind === 'guide' && hit.id === 'franceconnect')).toBe(true);
    expect(guideTitle('franceconnect', 'en')).toBe('Logging in with FranceConnect');
  });

  it('offers nothing for a town or a greeting, and never matches inside a word', () => {
    expect(search.search('bonjour')).toEqual([]);
    expect(search.search('tours').filter((hit) => hit.id === 'ameli')).toEqual([]); // not "rembourSEMENT"
    expect(search.search('x')).toEqual([]);
  });

  it('folds case, accents and apostrophes', () => {
    expect(foldText("  Carte d’Identité ")).toBe('carte d identite');
  });
});
