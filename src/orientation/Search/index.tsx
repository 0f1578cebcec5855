import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { navigate } from '../../router';
import { currentLanguage, i18n, useT } from '../../i18n';
import { useVisit } from '../../visit';
import { orientationHref } from '../links';
import type { NeedHit } from '../needs-search';
import PlaceList from '../../places/PlaceList';
import type { Place } from '../../places/place';
import { measuredNow } from '../../places/measured';
import { usePlaces } from '../../places/store';
import { proximityScore } from '../rank';
import { createPlaceIndex } from '../search';
import { afterPaint } from '../../scheduling';
import { distanceKm } from '../where/geo';
import './style.css';

const LIMIT = 50;

/** Search as you type; the query stays in the link (/recherche?q=…) without filling the history. */
export default function Search({ query }: { query: string }) {
  const t = useT('orientation');
  const places = usePlaces();
  const [text, setText] = useState(query);
  const input = useRef<HTMLInputElement>(null);
  const index = useSearchIndex(places.status === 'ready' ? places.places : undefined);
  // Needs are found even when no place could be loaded: the vocabulary waits for the places, not on them.
  const needSearch = useNeedSearch(places.status !== 'loading');
  const { where } = useVisit();
  const hits: NeedHit[] = useMemo(() => (needSearch && text.trim() ? needSearch.module.createNeedSearchOnce().search(text, 4) : []), [needSearch, text]);
  const needHits = hits.filter((hit) => hit.kind === 'need');
  const guideHits = hits.filter((hit) => hit.kind === 'guide');

  useEffect(() => input.current?.focus(), []);

  const found: Place[] = useMemo(() => {
    if (!index || places.status !== 'ready' || !text.trim()) return [];
    if (!where) return index.search(text, LIMIT).flatMap((hit) => places.byId.get(hit.id) ?? []);
    // Where the person is known (their commune, a kiosk's mairie), the words' score is weighed by
    // proximity as in the orientation ranking: "wifi" in Gallardon lists Gallardon's library first.
    return index
      .search(text, places.places.length)
      .flatMap((hit) => {
        const place = places.byId.get(hit.id);
        return place ? [{ place, score: hit.score * proximityScore(distanceKm(where, place)) }] : [];
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, LIMIT)
      .map((entry) => entry.place);
  }, [index, text, places, where?.latitude, where?.longitude]);

  return (
    <section aria-labelledby="main-heading">
      <h1 id="main-heading">{t('search.title')}</h1>
      <form class="search-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <label for="search-live">{t('search.label')}</label>
        <div class="search-form__row">
          <input
            id="search-live"
            ref={input}
            type="search"
            autocomplete="off"
            value={text}
            onInput={(event) => {
              const value = event.currentTarget.value;
              setText(value);
              navigate(`/recherche?q=${encodeURIComponent(value)}`, { replace: true });
            }}
          />
        </div>
      </form>
      {text.trim() && (
        <>
          <p role="status" aria-live="polite">
            {found.length ? t('search.count', { count: found.length }) : t('search.none', { query: text.trim() })}
          </p>
          {needHits.length > 0 && (
            <section aria-labelledby="search-needs" class="search-needs">
              <h2 id="search-needs">{t('search.needsTitle')}</h2>
              <ul class="search-needs__list">
                {needHits.map((hit) => (
                  <li key={hit.id}>
                    <a class="search-needs__link" href={orientationHref(hit.id, where)}>
                      <img src={`/pictograms/need-${hit.id}.svg`} alt="" width={44} height={44} />
                      <span>{t(`need.${hit.id}`)}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {guideHits.length > 0 && needSearch && (
            <section aria-labelledby="search-guides">
              <h2 id="search-guides">{t('search.guidesTitle')}</h2>
              <ul>
                {guideHits.map((hit) => (
                  <li key={hit.id}>
                    <a href={`/guides/${hit.id}`}>{needSearch.module.guideTitle(hit.id, currentLanguage())}</a>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <h2 id="search-results">{t('search.resultsFor', { query: text.trim() })}</h2>
          <PlaceList places={found} labelledBy="search-results" />
        </>
      )}
    </section>
  );
}

/**
 * The needs and guides vocabulary (fuse.js and every guide's title, some 60 kB), loaded once the places are on
 * screen or known to be missing: never in the first paint, never ahead of the first results.
 */
function useNeedSearch(placesSettled: boolean) {
  const [loaded, setLoaded] = useState<{ module: typeof import('../needs-search') } | undefined>(undefined);
  useEffect(() => {
    if (!placesSettled) return;
    let alive = true;
    const cancel = afterPaint(() => void import('../needs-search').then((module) => alive && setLoaded({ module })));
    return () => {
      alive = false;
      cancel();
    };
  }, [placesSettled]);
  return loaded;
}

/** The index is built once per snapshot, with the kinds' names in the current language. */
function useSearchIndex(places: Place[] | undefined) {
  return useMemo(() => {
    if (!places) return undefined;
    const labels = i18n.getResourceBundle('fr', 'places') as { typologie?: Record<string, string> } | undefined;
    return measuredNow('boussole:search-index', () => createPlaceIndex(places, labels?.typologie ?? {}));
  }, [places]);
}
