import { useId, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { useT } from '../../i18n';
import { KIND_GROUPS, kindGroup, type KindGroup } from '../kinds';
import { clusterSymbol, hereSymbol, placeSymbol } from '../symbols';
import type { MapPlace } from '../types';
import './style.css';

interface Props {
  places: readonly MapPlace[];
  /** Whether numbered results are on the map. */
  results: boolean;
  here: boolean;
}

/** Mounts a symbol built by symbols.ts, so the legend shows exactly what the map draws. */
function DomSymbol({ build }: { build: () => HTMLElement }) {
  const host = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    host.current?.replaceChildren(build());
  });
  return <span class="map-legend__symbol" ref={host} />;
}

/** What the map's symbols mean: one line per kind group present, then results, clusters, starting point. */
export default function Legend({ places, results, here }: Props) {
  const t = useT('map');
  const titleId = useId();
  const groups = useMemo(() => {
    const present = new Set<KindGroup>();
    for (const place of places) present.add(kindGroup(place.kind));
    return KIND_GROUPS.filter((group) => present.has(group));
  }, [places]);
  const approximate = useMemo(() => places.some((place) => place.approximate), [places]);

  return (
    <section class="map-legend" aria-labelledby={titleId}>
      <h2 id={titleId} class="map-legend__title">
        {t('legend.title')}
      </h2>
      <ul class="map-legend__list">
        {groups.map((group) => (
          <li key={group} class="map-legend__item">
            <DomSymbol build={() => placeSymbol({ group, text: t(`group.${group}.letter`) })} />
            <span>{t(`group.${group}.name`)}</span>
          </li>
        ))}
        {results && (
          <li class="map-legend__item">
            <DomSymbol build={() => placeSymbol({ group: groups[0] ?? 'autre', text: '1', variant: 'result' })} />
            <span>{t('legend.result')}</span>
          </li>
        )}
        {approximate && (
          <li class="map-legend__item">
            <DomSymbol build={() => placeSymbol({ group: 'autre', text: t('group.autre.letter'), approximate: true })} />
            <span>{t('legend.approximate')}</span>
          </li>
        )}
        <li class="map-legend__item">
          <DomSymbol build={() => clusterSymbol(12)} />
          <span>{t('legend.cluster')}</span>
        </li>
        {here && (
          <li class="map-legend__item">
            <DomSymbol build={() => hereSymbol()} />
            <span>{t('legend.here')}</span>
          </li>
        )}
      </ul>
    </section>
  );
}
