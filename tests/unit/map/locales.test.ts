import { describe, expect, it } from 'vitest';
import { i18n, startI18n } from '../../../src/i18n';
import { KIND_GROUPS } from '../../../src/map/kinds';
import en from '../../../src/map/locales/en.json';
import fr from '../../../src/map/locales/fr.json';
import { mapText } from '../../../src/map/text';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('map strings', () => {
  it('English has exactly the keys of French, the source', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it('every kind group has a name and a one-character letter', () => {
    for (const locale of [fr, en]) {
      for (const group of KIND_GROUPS) {
        expect(locale.group[group].name.length).toBeGreaterThan(0);
        expect([...locale.group[group].letter]).toHaveLength(1);
      }
    }
  });

  it('says a kind in words, falling back to its group for unknown or odd codes', async () => {
    await startI18n('fr');
    await i18n.loadNamespaces('map');
    const text = mapText(i18n.getFixedT(null, 'map'));
    expect(text.kind('BIB')).toBe('Médiathèque');
    expect(text.kind('FABLAB')).toBe('Fablab');
    expect(text.kind('NOUVEAU')).toBe('Association ou autre lieu');
    expect(text.kind('__proto__')).toBe('Association ou autre lieu');
    expect(text.kind('kind:EPN')).toBe('Association ou autre lieu');
    expect(text.placeName({ id: '1', nom: 'EPN <b>', commune: 'Vierzon', latitude: 47, longitude: 2, kind: 'EPN' })).toBe('EPN <b>, Vierzon');
  });
});
