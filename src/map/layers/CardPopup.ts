/**
 * Shows one card at a time in a Leaflet popup and manages focus like a
 * non-modal dialog: focus moves into the card when it opens; Escape or its
 * close button closes it and gives focus back to the marker that opened it
 * (or to the map, if that marker is gone after a recluster).
 */
import * as L from 'leaflet';

/** Leaflet's popup frame around its content (2 × 12 px content margin, 2 × 1 px border) plus room to pan. */
const POPUP_FRAME = 24 + 2 + 16;

export class CardPopup {
  readonly #map: L.Map;
  #popup: L.Popup | null = null;

  constructor(map: L.Map) {
    this.#map = map;
  }

  /** Opens `card` at `latlng`; `opener` gets focus back when the card is closed from inside. */
  open(latlng: L.LatLngExpression, card: HTMLElement, opener: HTMLElement | null): void {
    // Never wider than the map: on a 360 px phone a 300 px card with its frame would overflow it.
    const room = Math.max(120, this.#map.getSize().x - POPUP_FRAME);
    const popup = L.popup({
      closeButton: false, // the card has its own, translated and 44 px wide
      autoPanPadding: [8, 8],
      maxWidth: Math.min(300, room),
      minWidth: Math.min(200, room),
      className: 'map-popup',
    });
    card.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      this.close();
    });
    popup.on('remove', () => {
      if (this.#popup === popup) this.#popup = null;
      const active = document.activeElement;
      // Only when focus was in the card (or just lost): never steal it from where the person moved on.
      if (active === null || active === document.body || card.contains(active)) this.#restoreFocus(opener);
    });
    this.#popup = popup;
    popup.setLatLng(latlng).setContent(card).openOn(this.#map);
    card.focus({ preventScroll: true });
  }

  close(): void {
    if (this.#popup) this.#map.closePopup(this.#popup);
  }

  /** The open card's element, if any (tests). */
  get openCard(): HTMLElement | null {
    const content = this.#popup?.getContent();
    return content instanceof HTMLElement ? content : null;
  }

  #restoreFocus(opener: HTMLElement | null): void {
    if (opener?.isConnected) opener.focus({ preventScroll: true });
    else this.#map.getContainer().focus({ preventScroll: true });
  }
}
