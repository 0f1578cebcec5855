import { useEffect, useState } from 'preact/hooks';
import type { Where } from '../visit';
import { communeByCode, type CommuneCentre } from './where/by-code';
import type { CommuneFinder } from './where/commune-finder';

/**
 * The whole commune list with its search and position indexes, loaded when
 * `wanted` (the default): its code comes with its data, in a lazy chunk.
 */
export function useCommuneFinder(wanted = true): CommuneFinder | undefined {
  const [finder, setFinder] = useState<CommuneFinder | undefined>(undefined);
  useEffect(() => {
    if (!wanted) return;
    let alive = true;
    void import('./where/load')
      .then(({ loadCommuneFinder }) => loadCommuneFinder())
      .then((loaded) => alive && setFinder(() => loaded), () => undefined);
    return () => {
      alive = false;
    };
  }, [wanted]);
  return finder;
}

type CodeLookup = { code: string; commune: CommuneCentre | undefined };

/**
 * The commune an INSEE code names, from its département's small chunk (where/by-code.ts): undefined while it
 * loads, then `{ commune }` (undefined for a code no commune bears, or a chunk that could not load).
 */
export function useCommuneOfCode(code: string | null): CodeLookup | undefined {
  const [lookup, setLookup] = useState<CodeLookup | undefined>(undefined);
  useEffect(() => {
    if (!code) return;
    let alive = true;
    const settle = (commune: CommuneCentre | undefined) => alive && setLookup({ code, commune });
    void communeByCode(code).then(settle, () => settle(undefined));
    return () => {
      alive = false;
    };
  }, [code]);
  return lookup?.code === code ? lookup : undefined;
}

export type WhereFromLink = { status: 'none' } | { status: 'loading' } | { status: 'found'; where: Where } | { status: 'unknown' };

/** `commune=<INSEE code>` or `lat`/`lon` in a link, turned into a place the ranking can use. */
export function useWhereFromParams(params: URLSearchParams): WhereFromLink {
  const code = params.get('commune');
  const latitude = Number.parseFloat(params.get('lat') ?? '');
  const longitude = Number.parseFloat(params.get('lon') ?? '');
  const hasPosition = Number.isFinite(latitude) && Number.isFinite(longitude);
  const named = useCommuneOfCode(code);
  // Only a position needs the whole list (the nearest commune's name); a code needs its département's chunk.
  const finder = useCommuneFinder(!code && hasPosition);
  if (code) {
    if (!named) return { status: 'loading' };
    const { commune } = named;
    return commune ? { status: 'found', where: { label: commune.nom, latitude: commune.lat, longitude: commune.lon, source: 'commune', code: commune.code } } : { status: 'unknown' };
  }
  if (!hasPosition) return { status: 'none' };
  if (!finder) return { status: 'loading' };
  const near = finder.nearestCommune(latitude, longitude, 20);
  return { status: 'found', where: { label: near?.nom ?? `${latitude.toFixed(3)}, ${longitude.toFixed(3)}`, latitude, longitude, source: 'gps' } };
}
