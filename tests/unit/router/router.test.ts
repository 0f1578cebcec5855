import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../src/router';

const route = (path: string) => parseRoute(new URL(path, 'https://boussole.example'));

describe('parseRoute', () => {
  it('reads every deep link of the app', () => {
    expect(route('/')).toEqual({ name: 'home' });
    expect(route('/lieux')).toEqual({ name: 'places' });
    expect(route('/lieu/hub-12')).toEqual({ name: 'place', id: 'hub-12' });
    expect(route('/lieu/mono-tours%20funlab')).toEqual({ name: 'place', id: 'mono-tours funlab' });
    expect(route('/recherche?q=mediateque%20luce')).toEqual({ name: 'search', query: 'mediateque luce' });
    expect(route('/guides')).toEqual({ name: 'guides' });
    expect(route('/guides/arnaques?lang=ar')).toEqual({ name: 'guide', id: 'arnaques' });
    expect(route('/credits')).toEqual({ name: 'credits' });
    expect(route('/a-propos')).toEqual({ name: 'about' });
  });

  it('keeps the query of orientation and map links', () => {
    const orientation = route('/orientation?commune=37072&besoin=caf');
    expect(orientation.name).toBe('orientation');
    expect(orientation.name === 'orientation' && orientation.params.get('besoin')).toBe('caf');
    const map = route('/carte?lat=47.1&lon=0.2');
    expect(map.name === 'map' && map.params.get('lat')).toBe('47.1');
    const leaflet = route('/depliant?commune=28168&rayon=15&besoin=caf');
    expect(leaflet.name === 'leaflet' && [leaflet.params.get('commune'), leaflet.params.get('rayon'), leaflet.params.get('besoin')]).toEqual(['28168', '15', 'caf']);
    expect(route('/depliant/x')).toEqual({ name: 'notFound' });
  });

  it('says "not found" for unknown or too deep paths', () => {
    expect(route('/nimporte')).toEqual({ name: 'notFound' });
    expect(route('/lieu/a/b')).toEqual({ name: 'notFound' });
  });
});
