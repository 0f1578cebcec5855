/**
 * The DOM of the map's symbols, shared by the markers and the legend: a shape
 * (by kind group), a colour (by kind group, in symbols.css) and a short text
 * (the group's letter, a rank, a count). Built with createElement and
 * textContent only: whatever the text, it stays text.
 */
import { GROUP_SHAPES, type KindGroup } from './kinds';

export type SymbolVariant = 'place' | 'result';

export interface PlaceSymbolOptions {
  group: KindGroup;
  /** The group's letter for a place, the rank for a result. */
  text: string;
  variant?: SymbolVariant;
  approximate?: boolean;
}

function span(className: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  return element;
}

/** A kind symbol: ring, fill and text, all decorative (aria-hidden; the marker carries the name). */
export function placeSymbol({ group, text, variant = 'place', approximate = false }: PlaceSymbolOptions): HTMLElement {
  const symbol = span(
    `map-symbol map-symbol--${GROUP_SHAPES[group]} map-symbol--group-${group} map-symbol--${variant}` +
      (approximate ? ' map-symbol--approximate' : ''),
  );
  symbol.setAttribute('aria-hidden', 'true');
  const ring = span('map-symbol__ring');
  const fill = span('map-symbol__fill');
  const label = span('map-symbol__text');
  label.textContent = text;
  fill.append(label);
  ring.append(fill);
  symbol.append(ring);
  return symbol;
}

/** A cluster symbol: a disc with the number of places, sized by that number. */
export function clusterSymbol(count: number): HTMLElement {
  const size = count < 10 ? 's' : count < 100 ? 'm' : 'l';
  const symbol = span(`map-symbol map-symbol--cluster map-symbol--cluster-${size}`);
  symbol.setAttribute('aria-hidden', 'true');
  const label = span('map-symbol__text');
  label.textContent = count < 1000 ? String(count) : `${Math.floor(count / 1000)}k+`;
  symbol.append(label);
  return symbol;
}

/** The person's starting point: a target mark and, optionally, its label as visible text. */
export function hereSymbol(label?: string): HTMLElement {
  const symbol = span('map-symbol map-symbol--here');
  symbol.append(span('map-symbol__target'));
  if (label !== undefined) {
    const text = span('map-symbol__here-label');
    text.textContent = label;
    symbol.append(text);
  }
  return symbol;
}
