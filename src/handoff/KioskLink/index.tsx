import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import QrImage from '../QrImage';
import { showForPrint } from '../print-root';
import './style.css';

/**
 * A link that may not leave a kiosk, as text: a QR code the person scans with
 * their own phone, and a print of it. Loaded only on a kiosk.
 */
export default function KioskLink({ href, text, children }: { href: string; text: string; children: ComponentChildren }) {
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
