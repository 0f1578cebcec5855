import * as L from 'leaflet';
import { hereSymbol } from '../symbols';
import type { MapText } from '../text';
import type { HerePoint } from '../types';
import { NamedIcon } from './NamedIcon';
import { PANES } from './panes';

const SIZE = 24;

/** The person's position or chosen commune: a target with its label written beside it. Not interactive. */
export function hereMarker(here: HerePoint, text: MapText): L.Marker {
  const symbol = hereSymbol(here.label);
  symbol.setAttribute('aria-hidden', 'true');
  return L.marker([here.latitude, here.longitude], {
    icon: new NamedIcon(
      text.here(here.label),
      { html: symbol, className: 'map-marker map-marker--here', iconSize: [SIZE, SIZE], iconAnchor: [SIZE / 2, SIZE / 2] },
      'img',
    ),
    interactive: false,
    keyboard: false,
    pane: PANES.here.name,
  });
}
