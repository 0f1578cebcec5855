// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { buildClusterCard, buildPlaceCard, CLUSTER_CARD_LIMIT } from '../../../src/map/place-card';
import type { MapText } from '../../../src/map/text';
import type { MapPlace } from '../../../src/map/types';

const text: MapText = {
  placeName: (place) => `${place.nom}, ${place.commune}`,
  resultName: (place, rank) => `Résultat ${rank} : ${place.nom}, ${place.commune}`,
  clusterName: (count) => `Groupe de ${count} lieux`,
  here: (label) => `Départ : ${label}`,
  kind: (code) => ({ BIB: 'Médiathèque', EPN: 'Espace public numérique' })[code] ?? 'Autre lieu',
  groupName: (group) => group,
  groupLetter: (group) => group.charAt(0).toUpperCase(),
  approximate: 'Position approximative',
  openPlace: 'Voir la fiche du lieu',
  close: 'Fermer',
  clusterTitle: (count) => `${count} lieux à cet endroit`,
  more: (count) => `… et ${count} autres`,
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
};

const HOSTILE = '<img src=x onerror=alert(1)>';

const place: MapPlace = {
  id: 'bib/42 ?x',
  nom: 'Médiathèque Jean Zay',
  commune: 'Chinon',
  latitude: 47.17,
  longitude: 0.24,
  kind: 'BIB',
};

describe('place cards', () => {
  describe('#buildPlaceCard', () => {
    it('shows name, commune, kind in words and a plain link to the place page', () => {
      const card = buildPlaceCard(place, text);
      expect(card.querySelector('.map-card__title')?.textContent).toBe('Médiathèque Jean Zay');
      expect(card.querySelector('.map-card__commune')?.textContent).toBe('Chinon');
      expect(card.querySelector('.map-card__kind')?.textContent).toContain('Médiathèque');
      const link = card.querySelector('a');
      expect(link?.getAttribute('href')).toBe('/lieu/bib%2F42%20%3Fx');
      expect(link?.textContent).toBe('Voir la fiche du lieu');
      expect(card.textContent).not.toContain('Position approximative');
    });

    it('is a dialog named by the place, focusable, with a named close button', () => {
      const onClose = vi.fn();
      const card = buildPlaceCard(place, text, onClose);
      expect(card.getAttribute('role')).toBe('dialog');
      const title = card.querySelector('.map-card__title');
      expect(card.getAttribute('aria-labelledby')).toBe(title?.id);
      expect(card.tabIndex).toBe(-1);
      const close = card.querySelector('button');
      expect(close?.getAttribute('aria-label')).toBe('Fermer');
      close?.click();
      expect(onClose).toHaveBeenCalledOnce();
    });

    it('says when the position is approximate', () => {
      expect(buildPlaceCard({ ...place, approximate: true }, text).textContent).toContain('Position approximative');
    });

    it('shows HTML in the data as text and creates no element from it', () => {
      const card = buildPlaceCard({ ...place, nom: HOSTILE, commune: `<b>${HOSTILE}</b>`, kind: '<script>' }, text);
      document.body.append(card);
      expect(card.querySelector('img, b, script')).toBeNull();
      expect(card.querySelector('.map-card__title')?.textContent).toBe(HOSTILE);
      expect(card.querySelector('.map-card__commune')?.textContent).toBe(`<b>${HOSTILE}</b>`);
      expect(card.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
      card.remove();
    });
  });

  describe('#buildClusterCard', () => {
    it('lists the places as links, as text', () => {
      const places = [place, { ...place, id: 'p2', nom: HOSTILE, kind: 'EPN', approximate: true }];
      const card = buildClusterCard(places, text);
      expect(card.querySelector('.map-card__title')?.textContent).toBe('2 lieux à cet endroit');
      const links = [...card.querySelectorAll('a')];
      expect(links.map((link) => link.getAttribute('href'))).toEqual(['/lieu/bib%2F42%20%3Fx', '/lieu/p2']);
      expect(links[1]?.textContent).toBe(HOSTILE);
      expect(card.querySelector('img')).toBeNull();
      expect(card.textContent).toContain('Espace public numérique');
      expect(card.textContent).toContain('Position approximative');
    });

    it(`lists at most ${CLUSTER_CARD_LIMIT} places and says how many more`, () => {
      const many = Array.from({ length: CLUSTER_CARD_LIMIT + 5 }, (_, i) => ({ ...place, id: `p${i}` }));
      const card = buildClusterCard(many, text);
      expect(card.querySelectorAll('li')).toHaveLength(CLUSTER_CARD_LIMIT);
      expect(card.querySelector('.map-card__more')?.textContent).toBe('… et 5 autres');
    });
  });
});
