import { render, type VNode } from 'preact';
import './print-root.css';

/**
 * What the printer gets, outside the app's tree: a container directly under
 * <body>. While it exists, the print stylesheet (Slip/style.css) prints it
 * alone and hides the app, so a place page prints as one slip, not as the
 * whole screen. Removed when the screen that filled it goes away.
 */
const ROOT_CLASS = 'handoff-print-root';

export function showForPrint(content: VNode, { only = false }: { only?: boolean } = {}): () => void {
  // `only`: a one-off printout (a kiosk's QR code of a link) prints alone, the page's slip set aside meanwhile.
  const className = only ? `${ROOT_CLASS} ${ROOT_CLASS}--only` : ROOT_CLASS;
  let root = only ? null : document.querySelector<HTMLElement>(`body > .${ROOT_CLASS}:not(.${ROOT_CLASS}--only)`);
  if (!root) {
    root = document.createElement('div');
    root.className = className;
    document.body.append(root);
  }
  render(content, root);
  const mine = root;
  return () => {
    render(null, mine);
    mine.remove();
  };
}

/** The 80 mm receipt layout is chosen on <html>, where the print stylesheet's named pages can see it. */
export const RECEIPT_CLASS = 'print-receipt';

export function setReceiptLayout(on: boolean): void {
  document.documentElement.classList.toggle(RECEIPT_CLASS, on);
}
