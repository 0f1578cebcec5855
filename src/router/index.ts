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
  | { name: 'mediator' }
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
    case 'mediateur':
      return second === undefined ? { name: 'mediator' } : { name: 'notFound' };
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

let carryLanguage = false;

/**
 * The chosen language travels in every in-app link (`?lang=`), so the address
 * a person copies or shares opens in their language. A kiosk turns it off:
 * its next visitor starts in the kiosk's own language.
 */
export function carryLanguageInLinks(on: boolean): void {
  carryLanguage = on;
}

/** `href` with the current page's `lang` parameter when it names none. */
export function withCurrentLanguage(href: string): string {
  const target = new URL(href, location.href);
  const language = new URL(location.href).searchParams.get('lang');
  if (!carryLanguage || !language || target.origin !== location.origin || target.searchParams.has('lang')) return href;
  target.searchParams.set('lang', language);
  return `${target.pathname}${target.search}${target.hash}`;
}

/** Writes the language into the current address (no new history entry), e.g. when the person picks one. */
export function setLanguageInAddress(code: string): void {
  if (!carryLanguage) return;
  const url = new URL(location.href);
  if (url.searchParams.get('lang') === code) return;
  url.searchParams.set('lang', code);
  history.replaceState(history.state, '', url);
  window.dispatchEvent(new Event(NAVIGATED));
}

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const target = new URL(withCurrentLanguage(href), location.href);
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
  const sameOriginAnchor = (event: Event): HTMLAnchorElement | undefined => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement)) return undefined;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || /^\/(data|geo|pictograms|icons)\//.test(url.pathname)) return undefined;
    return anchor;
  };
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = sameOriginAnchor(event);
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    event.preventDefault();
    navigate(anchor.href);
  };
  // A link opened in a new tab, copied or long-pressed leaves the app: it carries the language on its own.
  const localise = (event: Event) => {
    const anchor = sameOriginAnchor(event);
    if (anchor) {
      const localised = withCurrentLanguage(anchor.href);
      if (localised !== anchor.href) anchor.setAttribute('href', localised);
    }
  };
  const early = ['pointerdown', 'focusin', 'contextmenu', 'auxclick'] as const;
  root.addEventListener('click', onClick);
  for (const name of early) root.addEventListener(name, localise, true);
  return () => {
    root.removeEventListener('click', onClick);
    for (const name of early) root.removeEventListener(name, localise, true);
  };
}
