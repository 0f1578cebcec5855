import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cannotBeChecked, dataAgeDays, formatDataDate, isOld } from '../../../src/orientation/answer/trust';
import { makePlace } from '../fixtures/place';

const NOW = new Date('2026-11-24T10:00:00+01:00');

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('how far to trust an answer', () => {
  it('counts the days since the last update and calls past a year old', () => {
    expect(dataAgeDays('2026-11-20', new Date())).toBe(4);
    expect(isOld('2026-01-10', new Date())).toBe(false);
    expect(isOld('2025-11-01', new Date())).toBe(true);
    expect(isOld('2020-06-30', new Date())).toBe(true);
    expect(isOld('not a date', new Date())).toBe(false);
  });

  it('marks a place with no hours and no phone as not checkable', () => {
    expect(cannotBeChecked(makePlace({ id: 'a' }))).toBe(true);
    expect(cannotBeChecked(makePlace({ id: 'b', telephone: '+33247000000' }))).toBe(false);
    expect(cannotBeChecked(makePlace({ id: 'c', horaires: 'Mo 09:00-12:00' }))).toBe(false);
    expect(cannotBeChecked(makePlace({ id: 'd', complements: { provenance: [], horaires_texte: 'le lundi matin' } }))).toBe(false);
  });

  it('writes the date in the language, Dari in the Gregorian calendar', () => {
    expect(formatDataDate('2020-06-03', 'fr-FR')).toBe('3 juin 2020');
    expect(formatDataDate('2020-06-03', 'en-GB')).toBe('3 June 2020');
    const dari = formatDataDate('2020-06-03', 'fa-AF-u-ca-gregory');
    expect(dari).toMatch(/۲۰۲۰/); // 2020 in Persian digits: not the Solar Hijri year 1399
    expect(dari).not.toMatch(/۱۳۹۹/);
  });
});
