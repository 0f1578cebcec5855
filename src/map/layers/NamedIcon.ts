import * as L from 'leaflet';

/**
 * A DivIcon whose element carries an accessible name: Leaflet names only <img>
 * icons (with `alt`). Markers with `keyboard: true` get role="button" from Leaflet;
 * others can be given a role here (e.g. "img").
 */
export class NamedIcon extends L.DivIcon {
  readonly #name: string;
  readonly #role: string | undefined;

  constructor(name: string, options: L.DivIconOptions, role?: string) {
    super(options);
    this.#name = name;
    this.#role = role;
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const icon = super.createIcon(oldIcon);
    icon.setAttribute('aria-label', this.#name);
    if (this.#role) icon.setAttribute('role', this.#role);
    return icon;
  }
}
