import { useEffect, useState } from 'preact/hooks';

/** Every screen of the app, parsed from the URL so that each one is a deep link that works offline. */
export type Route =
  | { name: 'home' }
  | { name: 'places' }
  | { name: 'place'; id: string }
  | { name: 'search'; query: string }
  | { name: 'orientation'; params: URLSearchParams }
  | { name: 'map'; params: URLSearchParams }
  | { name: 'guides' }
  | { name: 'guide'; id: string }
  | { name: 'credits' }
  | { name: 'leaflet'; params: URLSearchParams }
  | { name: 'about' }
  | { name: 'notFound' };

export function parseRoute(url: URL): Route {
  const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, ...rest] = segments;
  if (rest.length > 0) return { name: 'notFound' };
  switch (first) {
    case undefined:
      return { name: 'home' };
    case 'lieux':
      return second === undefined ? { name: 'places' } : { name: 'notFound' };
    case 'lieu':
      return second ? { name: 'place', id: second } : { name: 'places' };
    case 'recherche':
      return { name: 'search', query: url.searchParams.get('q') ?? '' };
    case 'orientation':
      return { name: 'orientation', params: url.searchParams };
    case 'carte':
      return { name: 'map', params: url.searchParams };
    case 'guides':
      return second ? { name: 'guide', id: second } : { name: 'guides' };
    case 'credits':
      return { name: 'credits' };
    case 'depliant':
      return second === undefined ? { name: 'leaflet', params: url.searchParams } : { name: 'notFound' };
    case 'a-propos':
      return { name: 'about' };
    default:
      return { name: 'notFound' };
  }
}

const NAVIGATED = 'boussole:navigated';

let replaceEveryEntry = false;

/**
 * A kiosk asks that every navigation replace the current entry, so "back"
 * never shows the previous visitor's screens.
 */
export function replaceHistoryEntries(on: boolean): void {
  replaceEveryEntry = on;
}

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const target = new URL(href, location.href);
  if (target.href === location.href) return;
  if (options.replace || replaceEveryEntry) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** The current URL, re-read on every in-app navigation and on back/forward. */
export function useLocation(): URL {
  const [url, setUrl] = useState(() => new URL(location.href));
  useEffect(() => {
    const update = () => setUrl(new URL(location.href));
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return url;
}

/**
 * Same-origin links navigate inside the app, so pages are plain <a href> everywhere
 * (including in DOM built by the map) and still work as real links.
 */
export function interceptLinkClicks(root: Document = document): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement)) return;
    if (anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || /^\/(data|geo|pictograms|icons)\//.test(url.pathname)) return;
    event.preventDefault();
    navigate(url.href);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}
