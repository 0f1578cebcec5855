import { useState } from 'preact/hooks';
import { currentLanguage, useT } from '../../i18n';
import { languageOf } from '../../i18n/languages';
import ExternalLink from '../../handoff/ExternalLink';
import ReadAloud from '../../read-aloud';
import type { Place } from '../../places/place';
import { formatPhone } from '../../places/PlacePage';
import DataAge from '../answer/DataAge';
import { cannotBeChecked } from '../answer/trust';
import { useHours } from '../hours-loader';
import type { Need } from '../needs';
import './style.css';
import { confirmedOn } from '../../places/confirmed';

interface Props {
  place: Place;
  need: Need | undefined;
}

/**
 * The top of a place page, what a person needs before anything else: is it
 * open, a button to call, how old the information is, and all of it read
 * aloud for who reads little.
 */
export default function PlaceTop({ place, need }: Props) {
  const t = useT('answer');
  const to = useT('orientation');
  const hours = useHours();
  const [now] = useState(() => new Date());
  const phone = place.telephone ? formatPhone(place.telephone) : undefined;
  const bring = need?.bring?.flatMap((key) => to(`bring.${key}`, { returnObjects: true }) as unknown as string[]) ?? [];
  const status = hours ? hours.describe(place.horaires, now) : undefined;
  const sentences = [
    place.nom,
    ...(status ? [status] : []),
    t('read.address', { address: [place.adresse, place.complement_adresse, `${place.code_postal} ${place.commune}`].filter(Boolean).join(', ') }),
    ...(phone ? [t('read.phone', { phone })] : []),
    ...(bring.length ? [t('read.bring', { list: listFormat(bring) })] : []),
  ];
  return (
    <div class="place-top">
      {hours ? (
        <hours.module.OpenStatus horaires={place.horaires} horairesTexte={place.complements.horaires_texte} now={now} />
      ) : (
        // The status's place, kept while the evaluator loads: the call button below must not move under a finger.
        <p class="place-top__status-pending" aria-hidden="true" />
      )}
      {phone && (
        <p class="place-top__call">
          <ExternalLink class="button button--primary" href={`tel:${place.telephone}`} text={`${t('call')} ${phone}`}>
            <img src="/icons/phone.svg" alt="" width={24} height={24} />
            {t('call')} <bdi dir="ltr">{phone}</bdi>
          </ExternalLink>
        </p>
      )}
      {cannotBeChecked(place) && <p class="place-top__verify">{t('verify')}</p>}
      <DataAge dateMaj={confirmedOn(place)} now={now} />
      <ReadAloud sentences={sentences} tag={languageOf(currentLanguage()).tag} quietWhenMissing />
    </div>
  );
}

function listFormat(items: string[]): string {
  try {
    return new Intl.ListFormat(languageOf(currentLanguage()).intl, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
