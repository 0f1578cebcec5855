import { useEffect, useState } from 'preact/hooks';
import type { Where } from '../visit';
import type { CommuneFinder } from './where/commune-finder';
import { loadCommuneFinder } from './where/load';

type Finder = CommuneFinder;

export function useCommuneFinder(): Finder | undefined {
  const [finder, setFinder] = useState<Finder | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void loadCommuneFinder().then((loaded) => alive && setFinder(() => loaded));
    return () => {
      alive = false;
    };
  }, []);
  return finder;
}

export type WhereFromLink = { status: 'none' } | { status: 'loading' } | { status: 'found'; where: Where } | { status: 'unknown' };

/** `commune=<INSEE code>` or `lat`/`lon` in a link, turned into a place the ranking can use. */
export function useWhereFromParams(params: URLSearchParams): WhereFromLink {
  const code = params.get('commune');
  const latitude = Number.parseFloat(params.get('lat') ?? '');
  const longitude = Number.parseFloat(params.get('lon') ?? '');
  const hasPosition = Number.isFinite(latitude) && Number.isFinite(longitude);
  const finder = useCommuneFinder();
  if (!code && !hasPosition) return { status: 'none' };
  if (!finder) return { status: 'loading' };
  if (code) {
    const commune = finder.byCode(code);
    return commune
      ? { status: 'found', where: { label: commune.nom, latitude: commune.lat, longitude: commune.lon, source: 'commune', code: commune.code } }
      : { status: 'unknown' };
  }
  const near = finder.nearestCommune(latitude, longitude, 20);
  return { status: 'found', where: { label: near?.nom ?? `${latitude.toFixed(3)}, ${longitude.toFixed(3)}`, latitude, longitude, source: 'gps' } };
}
