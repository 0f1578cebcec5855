// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, startI18n } from '../../../src/i18n';
import { resetBasemapCache } from '../../../src/map/basemap';
import PlacesMap from '../../../src/map/PlacesMap';
import type { MapPlace } from '../../../src/map/types';
import { REPO_ROOT } from '../../../scripts/lib/communes/paths';

const TILE_HOST = 'tile.openstreetmap.org';
const root = REPO_ROOT;

const places: MapPlace[] = [
  { id: 'tours-epn', nom: 'EPN des Fontaines', commune: 'Tours', latitude: 47.3641, longitude: 0.7029, kind: 'EPN' },
  { id: 'chinon-bib', nom: 'Médiathèque de Chinon', commune: 'Chinon', latitude: 47.1669, longitude: 0.2425, kind: 'BIB' },
  { id: 'bourges-fs', nom: 'France Services Bourges', commune: 'Bourges', latitude: 47.0810, longitude: 2.3988, kind: 'MSAP' },
  { id: 'orleans-1', nom: 'Centre social Orléans', commune: 'Orléans', latitude: 47.9029, longitude: 1.9093, kind: 'CSC' },
  { id: 'orleans-2', nom: '<img src=x onerror=alert(1)>', commune: 'Orléans', latitude: 47.9031, longitude: 1.9095, kind: 'ASSO', approximate: true },
];

let fetchMock: ReturnType<typeof vi.fn>;

beforeAll(async () => {
  await startI18n('fr');
  await i18n.loadNamespaces('map');
});

beforeEach(() => {
  resetBasemapCache();
  // jsdom lays nothing out: give the map a phone-like size so Leaflet has a view.
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(400);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  fetchMock = vi.fn(async (url: string) => new Response(readFileSync(join(root, 'public', url))));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.documentElement.dir = 'ltr';
});

async function renderMap(props: Partial<Parameters<typeof PlacesMap>[0]> = {}) {
  const result = render(<PlacesMap places={places} online={false} {...props} />);
  await waitFor(() => expect(result.container.querySelector('.leaflet-container')).not.toBeNull());
  return result;
}

const tileImages = (root: ParentNode) =>
  [...root.querySelectorAll('img')].filter((img) => (img.getAttribute('src') ?? '').includes(TILE_HOST));

const markers = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('.map-marker[role="button"]')];

describe('PlacesMap', () => {
  describe('offline', () => {
    it('adds no tile layer, so no tile request can leave, and says the simplified map is shown', async () => {
      const { container } = await renderMap({ online: false });
      expect(tileImages(container)).toEqual([]);
      expect(container.querySelector('.leaflet-tile')).toBeNull();
      expect(container.querySelector('.places-map__notice')?.textContent).toMatch(/Hors connexion.*carte simplifiée/);
      expect(container.querySelector('.places-map__toggle')).toBeNull();
    });

    it('draws the bundled outlines, fetched from its own origin', async () => {
      const { container } = await renderMap();
      await waitFor(() => expect(container.querySelectorAll('path.map-departements').length).toBeGreaterThan(0));
      expect(container.querySelector('path.map-departements')).not.toBeNull();
      expect(container.querySelector('path.map-land')).not.toBeNull();
      const urls = fetchMock.mock.calls.map(([url]) => String(url));
      expect(urls.sort()).toEqual(['/geo/communes.json', '/geo/departements.json', '/geo/region.json']);
    });
  });

  describe('online', () => {
    it('shows the tile layer by default, and removes it entirely when toggled off', async () => {
      const { container } = await renderMap({ online: true });
      await waitFor(() => expect(tileImages(container).length).toBeGreaterThan(0));
      const toggle = container.querySelector<HTMLInputElement>('.places-map__toggle input');
      expect(toggle?.checked).toBe(true);
      expect(container.querySelector('.places-map__notice')).toBeNull();
      expect(container.querySelector('.places-map__attribution')?.textContent).toContain('OpenStreetMap');
      if (!toggle) throw new Error('no toggle');
      await act(() => {
        fireEvent.click(toggle);
      });
      expect(tileImages(container)).toEqual([]);
      expect(container.querySelector('.places-map__notice')?.textContent).toMatch(/carte simplifiée/);
    });

    it('drops the tiles when the connection goes', async () => {
      const { container, rerender } = await renderMap({ online: true });
      await waitFor(() => expect(tileImages(container).length).toBeGreaterThan(0));
      rerender(<PlacesMap places={places} online={false} />);
      await waitFor(() => expect(tileImages(container)).toEqual([]));
    });

    it('uses no tiles when the tile URL is empty', async () => {
      const { container } = await renderMap({ online: true, tileUrl: '' });
      expect(container.querySelector('img.leaflet-tile')).toBeNull();
      expect(container.querySelector('.places-map__toggle')).toBeNull();
    });
  });

  describe('keyboard and screen readers', () => {
    it('makes the map a focusable, named region with instructions', async () => {
      const { container } = await renderMap({ here: { latitude: 47.39, longitude: 0.69, label: 'Tours' } });
      const map = container.querySelector<HTMLElement>('.leaflet-container');
      expect(map?.getAttribute('role')).toBe('region');
      expect(map?.getAttribute('aria-label')).toBe("Carte des lieux d'aide au numérique");
      expect(map?.tabIndex).toBe(0);
      const help = document.getElementById(map?.getAttribute('aria-describedby') ?? '');
      expect(help?.textContent).toContain('Flèches');
      expect(help?.textContent).toContain('Tours');
      const zoomIn = container.querySelector('.leaflet-control-zoom-in');
      expect(zoomIn?.getAttribute('aria-label')).toBe('Zoomer');
    });

    it('names markers "<nom>, <commune>" and puts the numbered results first in Tab order', async () => {
      const { container } = await renderMap({ highlighted: ['bourges-fs', 'chinon-bib'] });
      await waitFor(() => expect(markers(container).length).toBeGreaterThanOrEqual(3));
      const names = markers(container).map((marker) => marker.getAttribute('aria-label'));
      expect(names[0]).toBe('Résultat 1 : France Services Bourges, Bourges');
      expect(names[1]).toBe('Résultat 2 : Médiathèque de Chinon, Chinon');
      expect(names).toContain('EPN des Fontaines, Tours');
      expect(markers(container)[0]?.textContent).toBe('1');
      for (const marker of markers(container)) expect(marker.tabIndex).toBe(0);
    });

    it('opens a card with Enter, closes it with Escape and gives focus back to the marker', async () => {
      const { container } = await renderMap();
      await waitFor(() => expect(markers(container).find((m) => m.getAttribute('aria-label') === 'EPN des Fontaines, Tours')).toBeDefined());
      const marker = markers(container).find((m) => m.getAttribute('aria-label') === 'EPN des Fontaines, Tours') as HTMLElement;
      marker.focus();
      fireEvent.keyDown(marker, { key: 'Enter' });
      const card = container.querySelector<HTMLElement>('.map-card');
      expect(card?.getAttribute('role')).toBe('dialog');
      expect(document.activeElement).toBe(card);
      expect(card?.textContent).toContain('EPN des Fontaines');
      expect(card?.textContent).toContain('Espace public numérique');
      expect(card?.querySelector('a')?.getAttribute('href')).toBe('/lieu/tours-epn');
      fireEvent.keyDown(card as HTMLElement, { key: 'Escape' });
      expect(container.querySelector('.map-card')).toBeNull();
      expect(document.activeElement).toBe(marker);
    });

    it('shows names from the data as text in markers and cards', async () => {
      const { container } = await renderMap({ highlighted: ['orleans-2'] });
      await waitFor(() => expect(markers(container).length).toBeGreaterThan(0));
      const [hostile] = markers(container);
      expect(hostile?.getAttribute('aria-label')).toBe('Résultat 1 : <img src=x onerror=alert(1)>, Orléans');
      fireEvent.keyDown(hostile as HTMLElement, { key: ' ' });
      const card = container.querySelector('.map-card');
      expect(card?.querySelector('.map-card__title')?.textContent).toBe('<img src=x onerror=alert(1)>');
      expect(card?.textContent).toContain('Position approximative');
      expect(container.querySelectorAll('img:not(.leaflet-tile)')).toHaveLength(0);
    });

    it('zooms into a cluster with Enter and keeps keyboard focus on the map', async () => {
      const near = [
        { ...places[0], id: 'a', nom: 'Lieu A', latitude: 47.39, longitude: 0.69 },
        { ...places[0], id: 'b', nom: 'Lieu B', latitude: 47.42, longitude: 0.72 },
      ] as MapPlace[];
      const { container } = await renderMap({ places: near });
      const cluster = await waitFor(() => {
        const found = markers(container).find((m) => m.getAttribute('aria-label')?.startsWith('Groupe de 2 lieux'));
        expect(found).toBeDefined();
        return found as HTMLElement;
      });
      cluster.focus();
      fireEvent.keyDown(cluster, { key: 'Enter' });
      await waitFor(() => expect(markers(container).map((m) => m.getAttribute('aria-label')).sort()).toEqual(['Lieu A, Tours', 'Lieu B, Tours']));
      expect(document.activeElement).toBe(container.querySelector('.leaflet-container'));
    });

    it('lists places at the same spot in a card, since zooming cannot split them', async () => {
      const same = [
        { ...places[0], id: 'a', nom: 'Lieu A', approximate: true },
        { ...places[0], id: 'b', nom: 'Lieu B', approximate: true },
      ] as MapPlace[];
      const { container } = await renderMap({ places: same });
      const cluster = await waitFor(() => {
        const [found] = markers(container);
        expect(found?.getAttribute('aria-label')).toMatch(/^Groupe de 2 lieux/);
        return found as HTMLElement;
      });
      for (let i = 0; i < 20 && !container.querySelector('.map-card'); i++) {
        const current = markers(container)[0] as HTMLElement;
        fireEvent.keyDown(current, { key: 'Enter' });
      }
      const card = container.querySelector('.map-card');
      expect(cluster).toBeDefined();
      expect(card?.querySelector('.map-card__title')?.textContent).toBe('2 lieux à cet endroit');
      expect([...(card?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual(['/lieu/a', '/lieu/b']);
    });

    it('keeps its markers, and the focused one, when re-rendered with equal props', async () => {
      const { container, rerender } = await renderMap();
      await waitFor(() => expect(markers(container).length).toBeGreaterThan(0));
      const first = markers(container)[0] as HTMLElement;
      first.focus();
      rerender(<PlacesMap places={[...places]} highlighted={[]} online={false} />);
      expect(markers(container)[0]).toBe(first);
      expect(document.activeElement).toBe(first);
    });

    it('puts the zoom buttons on the reading side in right-to-left documents', async () => {
      document.documentElement.dir = 'rtl';
      const { container } = await renderMap();
      expect(container.querySelector('.leaflet-right .leaflet-control-zoom')).not.toBeNull();
      expect(container.querySelector('.leaflet-left .leaflet-control-zoom')).toBeNull();
    });
  });

  it('has a legend where every kind shown has a letter and a name, not only a colour', async () => {
    const { container } = await renderMap();
    const items = [...container.querySelectorAll('.map-legend__item')].map((item) => item.textContent);
    expect(items).toContain('EEspace public numérique');
    expect(items).toContain('FFrance Services');
    expect(items).toContain('MMédiathèque, bibliothèque');
  });
});
