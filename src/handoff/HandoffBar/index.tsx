import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { isKiosk } from '../../kiosk/device';
import QrImage from '../QrImage';
import { setReceiptLayout, showForPrint } from '../print-root';
import { shareText, type ShareOutcome } from '../share';
import { smsHref } from '../text';
import './style.css';

interface Props {
  /** The title of what is shared. */
  title: string;
  /** The QR code's text and the shared text. */
  qr: string;
  qrAlt: string;
  /** The SMS body. */
  sms: string;
  /** What the printer gets, and a key that changes whenever it does (its facts, its language). */
  printout: ComponentChildren;
  printKey: string;
  /** Shown with the QR code. */
  qrCaption: string;
}

/**
 * Take the answer away: print (A4 or an 80 mm receipt), a QR code to scan,
 * an SMS, the phone's share sheet or the clipboard. On a kiosk only print
 * and QR code: nothing may leave the kiosk, and no visitor's text is kept.
 */
export default function HandoffBar({ title, qr, qrAlt, sms, printout, printKey, qrCaption }: Props) {
  const t = useT('handoff');
  const kiosk = isKiosk();
  const [receipt, setReceipt] = useState(false);
  const [qrShown, setQrShown] = useState(false);
  const [outcome, setOutcome] = useState<ShareOutcome>();

  useEffect(() => showForPrint(<>{printout}</>), [printKey]);
  useEffect(() => {
    setReceiptLayout(receipt);
    return () => setReceiptLayout(false);
  }, [receipt]);

  const share = async () => setOutcome(await shareText(title, qr));
  return (
    <section class="handoff" aria-labelledby="handoff-title">
      <h2 id="handoff-title">{t('bar.title')}</h2>
      <fieldset class="handoff__layout">
        <legend>{t('bar.layout')}</legend>
        <label>
          <input type="radio" name="handoff-layout" checked={!receipt} onChange={() => setReceipt(false)} />
          {t('bar.a4')}
        </label>
        <label>
          <input type="radio" name="handoff-layout" checked={receipt} onChange={() => setReceipt(true)} />
          {t('bar.receipt')}
        </label>
      </fieldset>
      <div class="handoff__actions">
        <button type="button" class="button--primary" onClick={() => window.print()}>{t('bar.print')}</button>
        <button type="button" aria-expanded={qrShown} onClick={() => setQrShown(!qrShown)}>
          {qrShown ? t('bar.qrHide') : t('bar.qr')}
        </button>
        {!kiosk && <a class="button" href={smsHref(sms)}>{t('bar.sms')}</a>}
        {!kiosk && <button type="button" onClick={() => void share()}>{t('bar.share')}</button>}
      </div>
      {qrShown && (
        <figure class="handoff__qr">
          <QrImage text={qr} alt={qrAlt} size={240} />
          <figcaption>{qrCaption}</figcaption>
        </figure>
      )}
      <p role="status" class="handoff__status">
        {outcome === 'copied' ? t('bar.copied') : outcome === 'shared' ? t('bar.shared') : outcome === 'failed' ? t('bar.copyFailed') : ''}
      </p>
      {outcome === 'failed' && <pre class="handoff__text">{qr}</pre>}
    </section>
  );
}
