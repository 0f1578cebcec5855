/**
 * The seeds' places in the committed snapshot (issue 14, part 7): the places
 * the monographs describe and the hub lacked, AIP in Saint-Pierre-des-Corps,
 * and the hub's duplicates merged — and only those.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameSiteReason } from '../../../../scripts/lib/snapshot/dedupe';
import type { Place, Snapshot } from '../../../../src/places/place';
import { makePlace } from '../../fixtures/place';
import { REPO_ROOT } from '../../../../scripts/lib/communes/paths';

const snapshot = JSON.parse(readFileSync(join(REPO_ROOT, 'public', 'data', 'snapshot.json'), 'utf8')) as Snapshot;
const byId = new Map(snapshot.places.map((place) => [place.id, place]));

describe('the seeds’ places in the committed snapshot', () => {
  it('adds the Hameau de la Fraternité (Bourges, 10 laptops) and the CIAS Terres du Haut Berry, citing their monograph and line', () => {
    expect(byId.get('mono-bourges-hameau-de-la-fraternite')).toMatchObject({
      nom: 'Centre associatif – Hameau de la Fraternité',
      commune: 'Bourges',
      code_insee: '18033',
      complements: { ordinateurs: 10, tablettes: 2, position_approximative: true, provenance: [{ fichier: 'seeds/004_b43770cd18bf4e91.txt', ligne: 214 }] },
    });
    expect(byId.get('mono-bourges-cias-terres-du-haut-berry')).toMatchObject({
      commune: 'Saint-Martin-d\'Auxigny',
      typologie: ['CIAS'],
      complements: { provenance: [{ fichier: 'seeds/004_b43770cd18bf4e91.txt', ligne: 374 }] },
    });
    expect(byId.get('mono-bourges-cias-terres-du-haut-berry')?.complements.formation_detail).toMatch(/Visa numérique/);
  });

  it('keeps the EPN of Ports-sur-Vienne and of Le Châtelet as the hub places the monographs enrich', () => {
    expect(byId.get('hub-137')).toMatchObject({ commune: 'Ports-sur-Vienne', complements: { provenance: expect.arrayContaining([expect.objectContaining({ fichier: 'seeds/002_76673df63d24a798.txt' })]) } });
    expect(byId.get('hub-142')).toMatchObject({ commune: 'Le Châtelet', complements: { provenance: expect.arrayContaining([expect.objectContaining({ fichier: 'seeds/004_b43770cd18bf4e91.txt' })]) } });
  });

  it('puts AIP in Saint-Pierre-des-Corps, where the monograph and the hub’s own coordinates put it', () => {
    expect(byId.get('hub-20')).toMatchObject({ commune: 'Saint-Pierre-des-Corps', code_insee: '37233', code_postal: '37700', latitude: 47.394704, longitude: 0.73193 });
  });

  it('merges the three hub duplicates into one place each, keeping both provenances', () => {
    for (const [kept, absorbed] of [['hub-59', 'hub-61'], ['hub-280', 'hub-281'], ['hub-36', 'hub-246']] as const) {
      expect(byId.has(absorbed), absorbed).toBe(false);
      expect(byId.get(kept)?.complements.provenance.map((entry) => entry.id), kept).toEqual(expect.arrayContaining([kept.slice(4), absorbed.slice(4)]));
    }
  });
});

describe('two records of one file at one address', () => {
  const base = (extra: Partial<Place> & { id: string }): Place =>
    makePlace({ nom: 'MSAP', commune: 'Montbazon', code_insee: '37154', adresse: '29 avenue de la Gare', latitude: 47.28, longitude: 0.71, pivot: '200072650', telephone: '+33247268815', typologie: ['MSAP'], ...extra });

  it('are one site when they share the phone or the website, a typology and the structure', () => {
    expect(sameSiteReason(base({ id: 'a' }), base({ id: 'b', adresse: '29 Avenue de la gare' }))).toBe('même adresse, même téléphone');
    expect(sameSiteReason(base({ id: 'a', telephone: '+33200000001', site_web: ['https://www.m.fr/'] }), base({ id: 'b', telephone: '+33200000002', site_web: ['http://m.fr/'] }))).toBe('même adresse, même site web');
  });

  it('are two services when their typologies differ or their structures do (a France Services and a youth point in one building)', () => {
    expect(sameSiteReason(base({ id: 'a' }), base({ id: 'b', nom: 'PIJ', typologie: ['PIJ_BIJ'] }))).toBeUndefined();
    expect(sameSiteReason(base({ id: 'a' }), base({ id: 'b', pivot: '794048553' }))).toBeUndefined();
    expect(sameSiteReason(base({ id: 'a' }), base({ id: 'b', adresse: '31 avenue de la Gare' }))).toBeUndefined();
  });
});
