// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { setWhere, startVisit } from '../../../src/visit';

const KEY = 'boussole:ou-je-suis';
const tours = { label: 'Tours', latitude: 47.39, longitude: 0.69, source: 'gps' as const };
afterEach(() => localStorage.clear());

describe('the remembered position', () => {
  it('is forgotten from the device when the person forgets it', () => {
    startVisit({ remember: true });
    setWhere(tours);
    expect(localStorage.getItem(KEY)).toContain('Tours');
    setWhere(undefined);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('is never stored on a kiosk, and one left by an earlier setting is wiped at start', () => {
    localStorage.setItem(KEY, JSON.stringify(tours));
    startVisit({ remember: false });
    expect(localStorage.getItem(KEY)).toBeNull();
    setWhere(tours);
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
