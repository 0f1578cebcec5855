import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { isKiosk } from '../../kiosk/device';
import QrImage from '../QrImage';
import { showForPrint } from '../print-root';
import './style.css';

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

function KioskLink({ href, text, children }: { href: string; text: string; children: ComponentChildren }) {
  const t = useT('handoff');
  const [open, setOpen] = useState(false);
  const id = useId();
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing) return;
    const hide = showForPrint(<ExternalPrintout href={href} text={text} alt={t('external.qrOf', { text })} />, { only: true });
    // The image must be in before the print dialog takes its picture of the page.
    const timer = window.setTimeout(() => window.print(), 300);
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', done);
      hide();
    };
  }, [printing]);
  return (
    <span class="external-text">
      <span class="external-text__value">{children}</span>{' '}
      <button type="button" class="external-text__toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? t('external.hide') : t('external.qr')}
      </button>
      {open && (
        <span class="external-text__qr" id={id}>
          <QrImage text={href} alt={t('external.qrOf', { text })} size={160} />
          <button type="button" onClick={() => setPrinting(true)}>{t('external.print')}</button>
        </span>
      )}
    </span>
  );
}

function ExternalPrintout({ href, text, alt }: { href: string; text: string; alt: string }) {
  return (
    <figure class="external-printout">
      <QrImage text={href} alt={alt} size={200} />
      <figcaption>{text}</figcaption>
    </figure>
  );
}
