import { useT } from '../../i18n';
import type { Need } from '../../orientation/needs';
import type { Place } from '../../places/place';
import HandoffBar from '../HandoffBar';
import type { Origin } from '../prepare';
import Slip from '../Slip';
import { listQrText, listSmsBody } from '../text';
import { usePreparedSlips } from '../use-prepared';
import './style.css';

/** How many of the best places a printed or shared list keeps: one A4 page, one SMS. */
export const LIST_TOP = 3;

interface Props {
  /** Ranked, best first. */
  places: Place[];
  need: Need;
  where: Origin & { code?: string };
  /** The need's name, already translated. */
  needLabel: string;
}

/** A result list to take away: the first places as compact slips, what to bring once; and the leaflet for the commune. */
export default function ListHandoff({ places, need, where, needLabel }: Props) {
  const t = useT('handoff');
  const top = places.slice(0, LIST_TOP);
  const prepared = usePreparedSlips(top, need, where);
  const leaflet = where.code ? `/depliant?${new URLSearchParams({ commune: where.code, rayon: '15', besoin: need.id }).toString()}` : undefined;
  if (!prepared) return <p role="status">{t('bar.preparing')}</p>;
  if (prepared.length === 0) return null;
  const first = prepared[0]!;
  const heading = t('list.heading', { need: needLabel, where: where.label });
  const bring = first.slip.bring;
  const frenchBring = first.french?.bring ?? [];
  return (
    <>
      <HandoffBar
        title={heading}
        qr={listQrText(prepared.map((p) => p.slip), location.href, first.words)}
        qrAlt={heading}
        qrCaption={t('slip.scan')}
        sms={listSmsBody(prepared.map((p) => p.slip))}
        printKey={JSON.stringify(prepared.map((p) => [p.language, p.slip, p.french]))}
        printout={
          <div class="list-printout" lang={first.words.languageTag}>
            <p class="list-printout__title">{heading}</p>
            <p>{t('list.note')}</p>
            {bring.length > 0 && (
              <div class="list-printout__bring">
                <h2>{t('slip.bring')}</h2>
                <ul>{bring.map((item) => <li key={item}>{item}</li>)}</ul>
                {frenchBring.length > 0 && (
                  <ul lang="fr" dir="ltr">{frenchBring.map((item) => <li key={item}>{item}</li>)}</ul>
                )}
              </div>
            )}
            {prepared.map((slip) => <Slip key={slip.slip.link} prepared={slip} compact />)}
          </div>
        }
      />
      {leaflet && (
        <p>
          <a class="button" href={leaflet}>{t('list.leaflet')}</a>
        </p>
      )}
    </>
  );
}
