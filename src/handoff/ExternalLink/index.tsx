import type { ComponentChildren } from 'preact';
import { lazyComponent } from '../../app/lazy';
import { isKiosk } from '../../kiosk/device';

// The kiosk's text-and-QR form (QR image, print container) loads on a kiosk only: phones keep a plain link.
const KioskLink = lazyComponent(() => import('../KioskLink'));

interface Props {
  /** A link that leaves the app: tel:, mailto:, sms:, geo:, or another site. */
  href: string;
  /** What the link says (the number, the address, the site). */
  children: ComponentChildren;
  /** Said with the QR code and printed with it ("Téléphone : 02 47 …"). */
  text: string;
  class?: string;
  /** Opens a website in a new tab (not on a kiosk, where it is not a link at all). */
  newTab?: boolean;
}

/**
 * Every link that would leave the app goes through here. On a kiosk nothing
 * may leave (a town-hall tablet cannot call, mail or browse for a stranger):
 * the link is shown as text, with a QR code the person scans with their own
 * phone, and a print of it.
 */
export default function ExternalLink({ href, children, text, class: className, newTab = false }: Props) {
  if (!isKiosk()) {
    return (
      <a class={className} href={href} {...(newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    );
  }
  return <KioskLink href={href} text={text}>{children}</KioskLink>;
}
