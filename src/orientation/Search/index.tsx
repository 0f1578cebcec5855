import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { navigate } from '../../router';
import { i18n, useT } from '../../i18n';
import PlaceList from '../../places/PlaceList';
import type { Place } from '../../places/place';
import { usePlaces } from '../../places/store';
import { useVisit } from '../../visit';
import { proximityScore } from '../rank';
import { createPlaceIndex } from '../search';
import { distanceKm } from '../where/geo';

const LIMIT = 50;

/** Search as you type; the query stays in the link (/recherche?q=…) without filling the history. */
export default function Search({ query }: { query: string }) {
  const t = useT('orientation');
  const places = usePlaces();
  const [text, setText] = useState(query);
  const input = useRef<HTMLInputElement>(null);
  const index = useSearchIndex(places.status === 'ready' ? places.places : undefined);
  const { where } = useVisit();

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
      <form role="search" onSubmit={(event) => event.preventDefault()}>
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
          <h2 id="search-results">{t('search.resultsFor', { query: text.trim() })}</h2>
          <p role="status">{found.length ? t('search.count', { count: found.length }) : t('search.none', { query: text.trim() })}</p>
          <PlaceList places={found} labelledBy="search-results" />
        </>
      )}
    </section>
  );
}

/** The index is built once per snapshot, with the kinds' names in the current language. */
function useSearchIndex(places: Place[] | undefined) {
  return useMemo(() => {
    if (!places) return undefined;
    const labels = i18n.getResourceBundle('fr', 'places') as { typologie?: Record<string, string> } | undefined;
    return createPlaceIndex(places, labels?.typologie ?? {});
  }, [places]);
}
