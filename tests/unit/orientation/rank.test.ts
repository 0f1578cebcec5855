import { describe, expect, it } from 'vitest';
import { findNeed, type Need } from '../../../src/orientation/needs';
import { NEAR_KM, proximityScore, rankPlaces, serviceScore, type Opening, type RankContext, type RankedPlace } from '../../../src/orientation/rank';
import type { Place } from '../../../src/places/place';
import { makePlace } from '../fixtures/place';

const flatKm = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) =>
  Math.hypot(a.latitude - b.latitude, a.longitude - b.longitude) * 100;

function context(openings: Record<string, Opening> = {}, saturday: string[] = []): RankContext {
  return {
    origin: { latitude: 47, longitude: 1 },
    openingOf: (place) => openings[place.id] ?? 'unknown',
    opensOnSaturday: (place) => saturday.includes(place.id),
    distanceKm: flatKm,
  };
}

const demarches = findNeed('demarches')!;
const helped = (id: string, latitude: number, extra: Partial<Place> = {}) =>
  makePlace({ id, latitude, longitude: 1, services: ['Aide aux démarches administratives'], modalites_accompagnement: ['Accompagnement individuel'], ...extra });
const alone = (id: string, latitude: number, extra: Partial<Place> = {}) =>
  makePlace({ id, latitude, longitude: 1, services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'], modalites_accompagnement: ['En autonomie'], ...extra });

describe('rankPlaces', () => {
  it('keeps only places that answer the need', () => {
    const places = [helped('a', 47.01), makePlace({ id: 'fablab', services: ['Loisirs et créations numériques'] })];
    expect(rankPlaces(places, demarches, {}, context()).map((r) => r.place.id)).toEqual(['a']);
  });

  it('ranks nearer places first when all else is equal, and reports the distance', () => {
    const ranked = rankPlaces([helped('far', 47.3), helped('near', 47.02), helped('middle', 47.1)], demarches, {}, context());
    expect(ranked.map((r) => r.place.id)).toEqual(['near', 'middle', 'far']);
    expect(ranked[0]!.distanceKm).toBeCloseTo(2, 5);
  });

  it('puts every accompanied place before equipment-only ones when the need calls for help', () => {
    const ranked = rankPlaces([alone('alone-next-door', 47.001), helped('helped-far', 47.4)], demarches, {}, context({ 'alone-next-door': 'open' }));
    expect(ranked.map((r) => r.place.id)).toEqual(['helped-far', 'alone-next-door']);
    expect(ranked.map((r) => r.accompanied)).toEqual([true, false]);
  });

  it('lets distance win over accompaniment when the need is equipment (printing)', () => {
    const printing = findNeed('imprimer-scanner')!;
    const ranked = rankPlaces([helped('helped-far', 47.4, { services: ['Accès internet et matériel informatique'] }), alone('alone-near', 47.01)], printing, {}, context());
    expect(ranked[0]!.place.id).toBe('alone-near');
  });

  it('prefers a place that is open now over a closed one at the same distance', () => {
    const ranked = rankPlaces([helped('closed', 47.05), helped('open', 47.05)], demarches, {}, context({ closed: 'closed-today', open: 'open' }));
    expect(ranked.map((r) => r.place.id)).toEqual(['open', 'closed']);
  });

  it('never lets opening hours bring a far place before a near one', () => {
    const ranked = rankPlaces([helped('open-far', 48), helped('unknown-near', 47.4)], demarches, {}, context({ 'open-far': 'open' }));
    expect(ranked.map((r) => r.place.id)).toEqual(['unknown-near', 'open-far']);
  });

  it('boosts France Services for taxes', () => {
    const taxes = findNeed('impots')!;
    const ranked = rankPlaces([helped('epn', 47.05), helped('fs', 47.06, { typologie: ['MSAP'] })], taxes, {}, context());
    expect(ranked[0]!.place.id).toBe('fs');
  });

  it('applies each filter', () => {
    const places = [
      helped('free-open', 47.1, { frais_a_charge: ['Gratuit'], modalites_acces: ['Se présenter'], complements: { provenance: [], acces_pmr: true } }),
      helped('paid', 47.1, { frais_a_charge: ['Payant'] }),
      alone('alone', 47.1),
    ];
    const ctx = context({ 'free-open': 'open', paid: 'closed-today' }, ['paid']);
    const ids = (filters: Parameters<typeof rankPlaces>[2]) => rankPlaces(places, demarches, filters, ctx).map((r) => r.place.id).sort();
    expect(ids({ free: true })).toEqual(['free-open']);
    expect(ids({ openNow: true })).toEqual(['free-open']);
    expect(ids({ openSaturday: true })).toEqual(['paid']);
    expect(ids({ wheelchair: true })).toEqual(['free-open']);
    expect(ids({ helps: true })).toEqual(['free-open', 'paid']);
    expect(ids({ noAppointment: true })).toEqual(['free-open']);
  });

  it('still ranks without knowing where the person is', () => {
    const ranked = rankPlaces([helped('b', 47.3, { nom: 'B' }), helped('a', 47.1, { nom: 'A' })], demarches, {}, { ...context(), origin: undefined });
    expect(ranked.map((r) => r.place.id)).toEqual(['a', 'b']);
    expect(ranked[0]!.distanceKm).toBeUndefined();
  });
});

describe('an order people can trust', () => {
  const phone = { telephone: '+33247000000' };
  it('puts nearer places first within the same relevance (34 km before 53 km)', () => {
    const ranked = rankPlaces([helped('far', 47.53, phone), helped('near', 47.34, phone)], demarches, {}, context({ far: 'open' }));
    expect(ranked.map((r) => r.place.id)).toEqual(['near', 'far']);
  });

  it('ranks a place nobody can check (no hours, no phone) below a comparable one', () => {
    const ranked = rankPlaces([helped('unknown', 47.02), helped('callable', 47.05, phone)], demarches, {}, context());
    expect(ranked.map((r) => [r.place.id, r.checkable])).toEqual([
      ['callable', true],
      ['unknown', false],
    ]);
  });

  it('puts a youth-only Mission Locale after places open to everyone, except for a job need', () => {
    const ml = helped('ml', 47.01, { ...phone, typologie: ['ML'] });
    const epn = helped('epn', 47.05, phone);
    expect(rankPlaces([ml, epn], demarches, {}, context())[0]!.place.id).toBe('epn');
    const jobs = findNeed('france-travail')!;
    expect(rankPlaces([ml, epn], jobs, {}, context())[0]!.place.id).toBe('ml');
  });

  it('keeps places within 30 km before farther ones, even a better answer', () => {
    const taxes = findNeed('impots')!;
    const ranked = rankPlaces([helped('fs-far', 47.45, { ...phone, typologie: ['MSAP'] }), helped('epn-near', 47.1, phone)], taxes, {}, context());
    expect(ranked.map((r) => r.place.id)).toEqual(['epn-near', 'fs-far']);
  });
});

describe('proximityScore', () => {
  it('halves at 10 km and is neutral when the position is unknown', () => {
    expect(proximityScore(0)).toBe(1);
    expect(proximityScore(10)).toBe(0.5);
    expect(proximityScore(undefined)).toBe(1);
  });
});

describe('the order of many places', () => {
  // The documented tiers compared one after the other, as written in rank.ts's comment: the reference the ranking's
  // single sort key must agree with, place for place.
  function documentedOrder(ranked: RankedPlace[], need: Need): string[] {
    const youthNeed = ['cv-emploi', 'insertion-pro', 'france-travail'].includes(need.id);
    const tiers = (entry: RankedPlace) => [
      need.help && !entry.accompanied ? 1 : 0,
      entry.distanceKm! > NEAR_KM ? 1 : 0,
      -serviceScore(entry.place, need),
      !youthNeed && (entry.place.typologie ?? []).includes('ML') ? 1 : 0,
      Math.floor(entry.distanceKm! / 5),
      entry.checkable ? 0 : 1,
      Math.round(entry.distanceKm! * 10),
      -entry.score,
    ];
    return [...ranked]
      .sort((a, b) => {
        const [ta, tb] = [tiers(a), tiers(b)];
        for (let i = 0; i < ta.length; i++) if (ta[i] !== tb[i]) return ta[i]! - tb[i]!;
        return a.place.nom.localeCompare(b.place.nom, 'fr');
      })
      .map((entry) => entry.place.id);
  }

  // A fixed pseudo-random sequence: the same 600 places at every run.
  function seeded(seed: number): () => number {
    let state = seed;
    return () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  }

  it('follows the documented tiers, then the distance, the score and the name, across a whole département', () => {
    const random = seeded(37);
    const pick = <T,>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
    const places = Array.from({ length: 600 }, (_, index) =>
      makePlace({
        id: `p${index}`,
        nom: pick(['Médiathèque', 'EPN', 'Espace France Services', 'Centre social', 'Mission Locale', 'École']) + ` ${pick(['de Tours', "d'Amboise", 'du Lochois', ''])}`,
        // Some places share a position, as places repaired to their commune's centre do.
        latitude: 47 + Math.round(random() * 80) / 100,
        longitude: 1,
        services: pick([['Aide aux démarches administratives'], ['Aide aux démarches administratives', 'Accès internet et matériel informatique'], ['Loisirs et créations numériques']]),
        modalites_accompagnement: pick([['Accompagnement individuel'], ['En autonomie']]),
        typologie: pick([['ML'], ['MSAP'], ['BIB'], undefined]),
        ...(random() < 0.5 && { telephone: '+33247000000' }),
      }),
    );
    const openings: Record<string, Opening> = Object.fromEntries(places.map((place) => [place.id, pick(['open', 'opens-today', 'closed-today', 'unknown'] as const)]));
    for (const need of [findNeed('demarches')!, findNeed('impots')!, findNeed('france-travail')!, findNeed('imprimer-scanner')!]) {
      const ranked = rankPlaces(places, need, {}, context(openings));
      expect(ranked.length).toBeGreaterThan(100);
      expect(ranked.map((entry) => entry.place.id)).toEqual(documentedOrder(ranked, need));
    }
  });
});
