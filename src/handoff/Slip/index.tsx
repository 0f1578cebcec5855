import { languageOf } from '../../i18n/languages';
import QrImage from '../QrImage';
import type { PreparedSlip } from '../prepare';
import type { Slip as SlipText, Words } from '../text';
import './style.css';

/**
 * The orientation slip as printed: everything the person needs at the door,
 * then, for a person who reads another language, the name, address and what
 * to bring in French to show at the counter; a QR code that holds it all.
 */
export default function Slip({ prepared, compact = false }: { prepared: PreparedSlip; compact?: boolean }) {
  const { slip, words, french, frenchWords } = prepared;
  const t = words.handoff;
  return (
    <article class={`slip ${compact ? 'slip--compact' : ''}`} lang={words.languageTag} dir={languageOf(prepared.language).dir}>
      <p class="slip__kicker">{t('slip.title')}</p>
      <h2 class="slip__name">{slip.name}</h2>
      <div class="slip__body">
        <div class="slip__facts">
          <Facts slip={slip} t={t} compact={compact} />
        </div>
        <figure class="slip__qr">
          <QrImage text={prepared.qr} alt={t('slip.qrAlt', { name: slip.name })} size={compact ? 120 : 160} />
          {!compact && <figcaption>{t('slip.scan')}</figcaption>}
        </figure>
      </div>
      {french && frenchWords && <FrenchCopy slip={french} words={frenchWords} compact={compact} />}
      <p class="slip__date">{slip.dataDate}</p>
    </article>
  );
}

function Facts({ slip, t, compact }: { slip: SlipText; t: Words['handoff']; compact: boolean }) {
  return (
    <>
      <p class="slip__address">
        <span class="slip__label">{t('slip.address')} : </span>
        <bdi lang="fr">{slip.addressLines.join(', ')}</bdi>
      </p>
      <p class="slip__phone">
        <span class="slip__label">{t('slip.phone')} : </span>
        {slip.phone ? <bdi dir="ltr">{slip.phone}</bdi> : t('slip.noPhone')}
      </p>
      {slip.distance && <p class="slip__distance">{slip.distance}</p>}
      <p class="slip__next">
        <span class="slip__label">{t('slip.nextOpening')} : </span>
        {slip.nextOpening}
      </p>
      {!compact && slip.days.length > 0 && (
        <>
          <h3 class="slip__heading">{t('slip.days')}</h3>
          <ul class="slip__days">{slip.days.map((day) => <li key={day}>{day}</li>)}</ul>
        </>
      )}
      {slip.callFirst && slip.callFirst !== slip.nextOpening && <p class="slip__call">{slip.callFirst}</p>}
      {!compact && slip.sourceHours && (
        <p class="slip__source">
          <span class="slip__label">{t('slip.sourceHours')} : </span>
          <span lang="fr">{slip.sourceHours}</span>
        </p>
      )}
      {!compact && slip.bring.length > 0 && (
        <>
          <h3 class="slip__heading">{t('slip.bring')}</h3>
          <ul class="slip__bring">{slip.bring.map((item) => <li key={item}>{item}</li>)}</ul>
        </>
      )}
    </>
  );
}

/** Name, address and what to bring in French, for the receptionist (a list says what to bring once, above its places). */
function FrenchCopy({ slip, words, compact }: { slip: SlipText; words: Words; compact: boolean }) {
  const t = words.handoff;
  if (compact) {
    return (
      <p class="slip__french slip__french--compact" lang="fr" dir="ltr">
        <span class="slip__label">{t('slip.inFrench')} : </span>
        {[slip.name, ...slip.addressLines].join(', ')}
      </p>
    );
  }
  return (
    <section class="slip__french" lang="fr" dir="ltr">
      <h3 class="slip__heading">{t('slip.inFrench')}</h3>
      <p class="slip__name-fr">{slip.name}</p>
      <p>{slip.addressLines.join(', ')}</p>
      {slip.phone && <p>{t('slip.phone')} : {slip.phone}</p>}
      {!compact && slip.bring.length > 0 && (
        <>
          <p class="slip__label">{t('slip.bring')} :</p>
          <ul class="slip__bring">{slip.bring.map((item) => <li key={item}>{item}</li>)}</ul>
        </>
      )}
    </section>
  );
}
