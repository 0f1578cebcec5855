import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { navigate } from '../../router';
import { currentLanguage, i18n, useT } from '../../i18n';
import { useVisit } from '../../visit';
import { orientationHref } from '../links';
import type { NeedHit } from '../needs-search';
import PlaceList from '../../places/PlaceList';
import type { Place } from '../../places/place';
import { usePlaces } from '../../places/store';
import { proximityScore, type Origin } from '../rank';
import { placeSearchAside, type PlaceSearch } from '../search/aside';
import { afterPaint, answerShown } from '../../scheduling';
import { distanceKm } from '../where/geo';
import './style.css';

const LIMIT = 50;

/** Search as you type; the query stays in the link (/recherche?q=…) without filling the history. */
export default function Search({ query }: { query: string }) {
  const t = useT('orientation');
  const places = usePlaces();
  const [text, setText] = useState(query);
  const input = useRef<HTMLInputElement>(null);
  const search = usePlaceSearch(places.status === 'ready' ? places.places : undefined);
  const { where } = useVisit();
  const found = useFoundPlaces(search, text, places.status === 'ready' ? places : undefined, where);
  // The answer: the places found for a link's words, the empty form, or that no place could be loaded.
  const answered = places.status === 'failed' || (places.status === 'ready' && (!text.trim() || found !== undefined));
  useEffect(() => (answered ? afterPaint(answerShown) : undefined), [answered]);
  // Needs are found even when no place could be loaded: the vocabulary waits for that answer, not ahead of it.
  const needSearch = useNeedSearch(answered);
  const hits: NeedHit[] = useMemo(() => (needSearch && text.trim() ? needSearch.module.createNeedSearchOnce().search(text, 4) : []), [needSearch, text]);
  const needHits = hits.filter((hit) => hit.kind === 'need');
  const guideHits = hits.filter((hit) => hit.kind === 'guide');

  useEffect(() => input.current?.focus(), []);

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
            {found && (found.length ? t('search.count', { count: found.length }) : t('search.none', { query: text.trim() }))}
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
          <PlaceList places={found ?? []} labelledBy="search-results" />
        </>
      )}
    </section>
  );
}

/**
 * The needs and guides vocabulary (fuse.js and every guide's title, some 60 kB), loaded once the places found are on
 * screen or the places are known to be missing: never in the first paint, never ahead of the first results.
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

/** One search per snapshot, with the kinds' names in French (the words people type here); its worker goes with it. */
function usePlaceSearch(places: Place[] | undefined): PlaceSearch | undefined {
  const [search, setSearch] = useState<PlaceSearch | undefined>(undefined);
  useEffect(() => {
    if (!places) return;
    const labels = i18n.getResourceBundle('fr', 'places') as { typologie?: Record<string, string> } | undefined;
    const started = placeSearchAside(places, labels?.typologie ?? {});
    setSearch(started);
    return () => started.stop();
  }, [places]);
  return search;
}

/**
 * The places found for the words typed, or undefined until the first answer: the previous answer stays on screen
 * while the next is looked up, and an answer that comes after newer words is dropped.
 */
function useFoundPlaces(search: PlaceSearch | undefined, text: string, places: { places: Place[]; byId: Map<string, Place> } | undefined, where: Origin | undefined): Place[] | undefined {
  const [found, setFound] = useState<Place[] | undefined>(undefined);
  const query = text.trim();
  useEffect(() => {
    if (!search || !places || !query) return setFound(undefined);
    let current = true;
    // Where the person is known (their commune, a kiosk's mairie), the words' score is weighed by
    // proximity as in the orientation ranking: "wifi" in Gallardon lists Gallardon's library first.
    void search.search(text, where ? places.places.length : LIMIT).then((hits) => {
      if (!current) return;
      if (!where) return setFound(hits.flatMap((hit) => places.byId.get(hit.id) ?? []));
      const weighed = hits.flatMap((hit) => {
        const place = places.byId.get(hit.id);
        return place ? [{ place, score: hit.score * proximityScore(distanceKm(where, place)) }] : [];
      });
      setFound(weighed.sort((a, b) => b.score - a.score).slice(0, LIMIT).map((entry) => entry.place));
    });
    return () => {
      current = false;
    };
  }, [search, text, places, where?.latitude, where?.longitude]);
  return query ? found : undefined;
}
