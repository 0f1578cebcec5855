import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dialablePhone, normalizePlace, normalizePlaces, placesOfSnapshotText } from '../../../src/places/normalize-place';
import { safeWebAddress } from '../../../src/places/web-address';
import type { Place } from '../../../src/places/place';
import { makePlace } from '../fixtures/place';

const committed = JSON.parse(readFileSync(join(__dirname, '../../../public/data/snapshot.json'), 'utf8')) as { places: Place[] };

/** What every screen assumes of a place: the fields it reads without checking. */
function expectUsable(place: Place): void {
  expect(typeof place.id).toBe('string');
  expect(place.nom.length).toBeGreaterThan(0);
  expect(Number.isFinite(place.latitude) && Number.isFinite(place.longitude)).toBe(true);
  for (const key of ['commune', 'code_postal', 'adresse', 'source', 'date_maj'] as const) expect(typeof place[key]).toBe('string');
  expect(Array.isArray(place.services) && place.services.every((service) => typeof service === 'string')).toBe(true);
  expect(Array.isArray(place.complements.provenance)).toBe(true);
  for (const site of place.site_web ?? []) expect(site).toMatch(/^https?:\/\//i);
  if (place.telephone !== undefined) expect(place.telephone).toMatch(/^\+?\d+$/);
  for (const key of ['typologie', 'frais_a_charge', 'modalites_acces', 'modalites_accompagnement', 'courriels'] as const) {
    const list = place[key];
    if (list !== undefined) expect(Array.isArray(list) && list.every((entry) => typeof entry === 'string')).toBe(true);
  }
}

describe('normalizePlace', () => {
  it('leaves every committed place usable, and its facts as they were', () => {
    const normalized = normalizePlaces(committed.places)!;
    expect(normalized.skipped).toBe(0);
    expect(normalized.places).toHaveLength(committed.places.length);
    for (const [index, place] of normalized.places.entries()) {
      const original = committed.places[index]!;
      expect(place.id).toBe(original.id);
      expect(place.nom).toBe(original.nom.trim());
      expect(place.services).toEqual(original.services);
      expect(place.site_web ?? []).toEqual(original.site_web ?? []);
      expect(place.complements.wifi_gratuit).toBe(original.complements.wifi_gratuit);
      expect(place.complements.arrets).toEqual(original.complements.arrets);
      expectUsable(place);
    }
  });

  it('fills what a malformed place lacks: no complements, no services, a site as a string', () => {
    const place = normalizePlace({ id: 'x', nom: 'Lieu', latitude: 47, longitude: 1, site_web: 'https://exemple.fr', services: 'Aide aux démarches administratives' })!;
    expect(place.complements).toEqual({ provenance: [] });
    expect(place.services).toEqual(['Aide aux démarches administratives']);
    expect(place.site_web).toEqual(['https://exemple.fr']);
    expectUsable(place);
    expect(normalizePlace({ ...makePlace({ id: 'y' }), services: null, complements: 'oui' })?.services).toEqual([]);
  });

  it('never keeps a javascript: or data: address, and keeps phones only as dialable digits', () => {
    for (const hostile of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'jav\tascript:alert(1)', 'vbscript:x', '//evil.example', 'https://']) {
      expect(safeWebAddress(hostile), hostile).toBe(false);
      expect(normalizePlace({ ...makePlace({ id: 'z' }), site_web: [hostile, 'http://ok.example'] })?.site_web).toEqual(['http://ok.example']);
    }
    expect(dialablePhone('02 47 00 00 00')).toBe('0247000000');
    expect(dialablePhone('+33 (0)2.47.00.00.00')).toBe('+330247000000');
    expect(dialablePhone('0247;alert(1)')).toBeUndefined();
    expect(dialablePhone('javascript:alert(1)')).toBeUndefined();
  });

  it('keeps an itinerant service\'s stops only whole: a code, a name and a position each', () => {
    const lunery = { code: '18133', nom: 'Lunery', lat: 46.9387, lon: 2.25774 };
    const place = normalizePlace({
      ...makePlace({ id: 'bus' }),
      complements: { provenance: [], arrets: [lunery, { code: '18033', nom: 'Bourges' }, { code: '1', nom: 'Nulle part', lat: 'x', lon: 2 }, 'Trouy', null, { ...lunery, lat: 123 }] },
    })!;
    expect(place.complements.arrets).toEqual([lunery]);
    expect('arrets' in normalizePlace({ ...makePlace({ id: 'fixe' }), complements: { provenance: [], arrets: 'Lunery' } })!.complements).toBe(false);
  });

  it('caps lengths and removes the characters that reorder text', () => {
    const place = normalizePlace({ ...makePlace({ id: 'long' }), nom: 'A'.repeat(10_000), commune: 'Tours\u202Eexe.fdp' })!;
    expect(place.nom.length).toBeLessThanOrEqual(300);
    expect(place.commune).toBe('Toursexe.fdp');
  });

  it('skips and counts the places it cannot show, and keeps an id once', () => {
    const result = normalizePlaces([makePlace({ id: 'a' }), null, 42, { id: 'b' }, { ...makePlace({ id: 'c' }), latitude: Infinity }, makePlace({ id: 'a' })])!;
    expect(result.places.map((place) => place.id)).toEqual(['a']);
    expect(result.skipped).toBe(5);
  });

  // Generous timeout: 300 random places take about a second, more on a busy shared machine.
  it('turns any value at all into a usable place or nothing, never an exception', { timeout: 30_000 }, () => {
    const hostileField = fc.oneof(fc.anything(), fc.string(), fc.array(fc.anything()), fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:,x'));
    const hostilePlace = fc.record(
      {
        id: fc.oneof(fc.string(), fc.anything()),
        nom: fc.oneof(fc.string(), fc.anything()),
        latitude: fc.oneof(fc.double(), fc.anything()),
        longitude: fc.oneof(fc.double(), fc.anything()),
        services: hostileField,
        site_web: hostileField,
        telephone: hostileField,
        typologie: hostileField,
        complements: fc.oneof(fc.anything(), fc.record({ provenance: hostileField, ordinateurs: hostileField, wifi_gratuit: hostileField, notes: hostileField })),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(hostilePlace, fc.anything()), (value) => {
        const place = normalizePlace(value);
        if (place) expectUsable(place);
      }),
      { numRuns: 300 },
    );
  });
});

describe('placesOfSnapshotText (a stored record read back)', () => {
  it('is undefined for every unreadable record, instead of throwing', () => {
    for (const garbage of ['garbage', '42', 'null', '{"places":null}', '{"places":[]}', '{"places":[{"id":1}]}', '']) {
      expect(placesOfSnapshotText(garbage), garbage).toBeUndefined();
    }
    expect(placesOfSnapshotText(42)).toBeUndefined();
    expect(placesOfSnapshotText(JSON.stringify({ places: [makePlace({ id: 'a' })] }))?.places).toHaveLength(1);
  });
});
