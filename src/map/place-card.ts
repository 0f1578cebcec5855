/**
 * The small cards a marker opens: one place, or the places of a cluster that
 * cannot be split by zooming. Built from DOM nodes with textContent, never from
 * HTML strings: a name such as `<img src=x onerror=…>` is shown as those characters.
 * Links are plain same-origin anchors; the app's router intercepts them.
 */
import { kindGroup } from './kinds';
import { placeSymbol } from './symbols';
import type { MapText } from './text';
import type { MapPlace } from './types';

/** How many places a cluster card lists before saying "… and N more". */
export const CLUSTER_CARD_LIMIT = 30;

let nextId = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The app's page of a place. */
export function placeHref(place: MapPlace): string {
  return `/lieu/${encodeURIComponent(place.id)}`;
}

/** A non-modal dialog named by its title, focusable so focus can move into it when it opens. */
function cardShell(title: HTMLElement, text: MapText, onClose: () => void): HTMLElement {
  const card = element('div', 'map-card');
  const id = `map-card-title-${++nextId}`;
  title.id = id;
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-labelledby', id);
  card.tabIndex = -1;
  const close = element('button', 'map-card__close');
  close.type = 'button';
  close.setAttribute('aria-label', text.close);
  close.title = text.close;
  const cross = element('span', '', '×');
  cross.setAttribute('aria-hidden', 'true');
  close.append(cross);
  close.addEventListener('click', onClose);
  card.append(title, close);
  return card;
}

/** The card of one place: name, commune, kind in words, approximate position, link to its page. */
export function buildPlaceCard(place: MapPlace, text: MapText, onClose: () => void = () => {}): HTMLElement {
  const card = cardShell(element('p', 'map-card__title', place.nom), text, onClose);
  const group = kindGroup(place.kind);
  const kind = element('p', 'map-card__kind');
  kind.append(placeSymbol({ group, text: text.groupLetter(group) }), element('span', '', text.kind(place.kind)));
  card.append(element('p', 'map-card__commune', place.commune), kind);
  if (place.approximate) card.append(element('p', 'map-card__approximate', text.approximate));
  const link = element('a', 'map-card__link', text.openPlace);
  link.href = placeHref(place);
  card.append(link);
  return card;
}

/** The card of places too close to be told apart even at the closest zoom: a list of links. */
export function buildClusterCard(places: MapPlace[], text: MapText, onClose: () => void = () => {}): HTMLElement {
  const card = cardShell(element('p', 'map-card__title', text.clusterTitle(places.length)), text, onClose);
  const list = element('ul', 'map-card__list');
  for (const place of places.slice(0, CLUSTER_CARD_LIMIT)) {
    const item = element('li', 'map-card__item');
    const link = element('a', 'map-card__link', place.nom);
    link.href = placeHref(place);
    const meta = [place.commune, text.kind(place.kind)].join(' · ');
    item.append(link, element('span', 'map-card__meta', meta));
    if (place.approximate) item.append(element('span', 'map-card__meta', text.approximate));
    list.append(item);
  }
  card.append(list);
  if (places.length > CLUSTER_CARD_LIMIT) card.append(element('p', 'map-card__more', text.more(places.length - CLUSTER_CARD_LIMIT)));
  return card;
}
