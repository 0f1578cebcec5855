/**
 * Every string the Leaflet side of the map shows, resolved from the 'map'
 * namespace. The DOM builders and layers take a MapText rather than i18next,
 * so they stay plain functions of their input (and testable without i18n).
 */
import type { TFunction } from 'i18next';
import { kindGroup, type KindGroup } from './kinds';
import type { MapPlace } from './types';

export interface MapText {
  /** Accessible name of a place marker: "<nom>, <commune>". */
  placeName(place: MapPlace): string;
  /** Accessible name of a numbered result marker. */
  resultName(place: MapPlace, rank: number): string;
  clusterName(count: number): string;
  here(label: string): string;
  /** The kind in words, e.g. "Médiathèque". */
  kind(code: string): string;
  groupName(group: KindGroup): string;
  /** The letter drawn in a group's symbol. */
  groupLetter(group: KindGroup): string;
  approximate: string;
  openPlace: string;
  close: string;
  clusterTitle(count: number): string;
  more(count: number): string;
  zoomIn: string;
  zoomOut: string;
}

const KIND_CODE = /^[A-Z][A-Za-z_]*$/;

export function mapText(t: TFunction): MapText {
  return {
    placeName: (place) => t('marker.place', { nom: place.nom, commune: place.commune }),
    resultName: (place, rank) => t('marker.result', { rank, nom: place.nom, commune: place.commune }),
    clusterName: (count) => t('marker.cluster', { count }),
    here: (label) => t('marker.here', { label }),
    kind: (code) => {
      const fallback = t(`group.${kindGroup(code)}.name`);
      // Codes come from data: only look up ones shaped like the standard's (no "__proto__", no "ns:key").
      return KIND_CODE.test(code) ? t(`kind.${code}`, { defaultValue: fallback }) : fallback;
    },
    groupName: (group) => t(`group.${group}.name`),
    groupLetter: (group) => t(`group.${group}.letter`),
    approximate: t('card.approximate'),
    openPlace: t('card.open'),
    close: t('card.close'),
    clusterTitle: (count) => t('card.clusterTitle', { count }),
    more: (count) => t('card.more', { count }),
    zoomIn: t('zoomIn'),
    zoomOut: t('zoomOut'),
  };
}
