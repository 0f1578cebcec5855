import { countPages, type PrintBlock } from '../leaflet';

/** A4 with the leaflet's 12 mm margins (its @page rule): the box each page's content fills. */
export const PAGE_WIDTH_MM = 210 - 2 * 12;
export const PAGE_HEIGHT_MM = 297 - 2 * 12;
const PX_PER_MM = 96 / 25.4;

/**
 * The page count, measured before printing: a copy of the sheet is laid out
 * off screen at the printed page's width (186 mm) — the sheet's styles are
 * the same on screen and on paper (Leaflet/style.css) — each block's height
 * read, and the blocks
 * paginated as the print stylesheet does (no block cut, headings kept with
 * what follows). The e2e test checks the figure against Chromium's own PDF.
 */
export function measurePages(sheet: HTMLElement): number {
  const box = document.createElement('div');
  box.className = 'leaflet-measure';
  box.setAttribute('aria-hidden', 'true');
  box.style.width = `${PAGE_WIDTH_MM}mm`;
  const copy = sheet.cloneNode(true) as HTMLElement;
  copy.removeAttribute('id');
  box.append(copy);
  document.body.append(box);
  try {
    const blocks: PrintBlock[] = [...copy.children].map((child) => ({
      height: child.getBoundingClientRect().height,
      keepWithNext: child.classList.contains('leaflet-sheet__group'),
    }));
    return countPages(blocks, PAGE_HEIGHT_MM * PX_PER_MM);
  } finally {
    box.remove();
  }
}
