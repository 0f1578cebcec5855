import { describe, expect, it } from 'vitest';
import { foldName } from '../../../src/places/normalize-name';

describe('foldName', () => {
  it('lower-cases and strips diacritics', () => {
    expect(foldName('CHÂTEAUROUX')).toBe('chateauroux');
    expect(foldName('Mézières-en-Brenne')).toBe('mezieres en brenne');
    expect(foldName('Couëtron-au-Perche')).toBe('couetron au perche');
  });

  it('expands St, Ste and St. into saint and sainte', () => {
    expect(foldName('ST AMAND MONTROND')).toBe('saint amand montrond');
    expect(foldName('Ste-Maure-de-Touraine')).toBe('sainte maure de touraine');
    expect(foldName('St.Amand')).toBe('saint amand');
    expect(foldName('LYS ST GEORGES')).toBe('lys saint georges');
  });

  it('does not expand st inside a word', () => {
    expect(foldName('Estouy')).toBe('estouy');
    expect(foldName('Ouest')).toBe('ouest');
  });

  it('turns hyphens, apostrophes and underscores into single spaces and trims', () => {
    expect(foldName("  SAINT-MARTIN-D'AUXIGNY ")).toBe('saint martin d auxigny');
    expect(foldName('La_Chapelle–Saint’Ursin')).toBe('la chapelle saint ursin');
    expect(foldName('Beauce   la  Romaine')).toBe('beauce la romaine');
  });

  it('folds the ligature oe', () => {
    expect(foldName('Cœur de Berry')).toBe('coeur de berry');
  });

  it('gives the same key to the ways a commune is written in the hub file', () => {
    const keys = new Set(['SAINT-JEAN-DE-BRAYE', 'Saint Jean de Braye', 'ST JEAN DE BRAYE', 'saint-jean-de-braye'].map(foldName));
    expect(keys.size).toBe(1);
  });
});
