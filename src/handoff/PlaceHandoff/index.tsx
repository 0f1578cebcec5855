import { useT } from '../../i18n';
import type { Need } from '../../orientation/needs';
import type { Place } from '../../places/place';
import HandoffBar from '../HandoffBar';
import type { Origin } from '../prepare';
import Slip from '../Slip';
import { usePreparedSlips } from '../use-prepared';

interface Props {
  place: Place;
  need: Need | undefined;
  where: Origin | undefined;
}

/** The place page's hand-off: its slip printed, as a QR code, an SMS or shared. Loaded lazily with the QR library. */
export default function PlaceHandoff({ place, need, where }: Props) {
  const t = useT('handoff');
  const prepared = usePreparedSlips([place], need, where)?.[0];
  if (!prepared) return <p role="status" class="handoff handoff--pending">{t('bar.preparing')}</p>;
  return (
    <HandoffBar
      title={place.nom}
      qr={prepared.qr}
      qrAlt={t('slip.qrAlt', { name: place.nom })}
      qrCaption={t('slip.scan')}
      sms={prepared.sms}
      printout={<Slip prepared={prepared} />}
      printKey={JSON.stringify([prepared.language, prepared.slip, prepared.french])}
    />
  );
}
