/**
 * Shows one card at a time in a Leaflet popup and manages focus like a
 * non-modal dialog: focus moves into the card when it opens; Escape or its
 * close button closes it and gives focus back to the marker that opened it
 * (or to the map, if that marker is gone after a recluster).
 */
import * as L from 'leaflet';

export class CardPopup {
  readonly #map: L.Map;
  #popup: L.Popup | null = null;

  constructor(map: L.Map) {
    this.#map = map;
  }

  /** Opens `card` at `latlng`; `opener` gets focus back when the card is closed from inside. */
  open(latlng: L.LatLngExpression, card: HTMLElement, opener: HTMLElement | null): void {
    const popup = L.popup({
      closeButton: false, // the card has its own, translated and 44 px wide
      autoPanPadding: [16, 16],
      maxWidth: 300,
      minWidth: 200,
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
