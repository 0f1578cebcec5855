import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { currentLanguage, useT } from '../../i18n';
import type { Place } from '../place';
import { dataLabelKey } from '../data-labels';
import { offersAccompaniment, primaryKind, serviceId } from '../services';
import ExternalLink from '../../handoff/ExternalLink';
import { formatDate, formatPhone } from '../format';
import { safeWebAddress } from '../web-address';
import './style.css';
import { confirmedOn } from '../confirmed';

interface Props {
  place: Place | undefined;
  /** What comes first, under the name: opening status, call button, age of the data, read-aloud. */
  top?: ComponentChildren;
  /** Extra sections the orientation screens add (hours, distance, what to bring). */
  children?: ComponentChildren;
  /**
   * How to take the answer away (print, QR code, SMS), after the address and the contact: it loads last and is
   * tall, and anywhere higher it would push what a person is reading down the screen as it arrives.
   */
  handoff?: ComponentChildren;
}

export default function PlacePage({ place, top, children, handoff }: Props) {
  const t = useT('places');
  useEffect(() => {
    document.getElementById('main-heading')?.focus();
  }, [place?.id]);

  if (!place) {
    return (
      <section>
        <h1 id="main-heading" tabIndex={-1}>{t('place.notFound')}</h1>
        <a href="/lieux">{t('place.back')}</a>
      </section>
    );
  }
  const c = place.complements;
  const enumLabel = (value: string) => t(`enum.${dataLabelKey(value)}`, { defaultValue: value });
  const accompanied = offersAccompaniment(place);
  const helpKnown = (place.modalites_accompagnement ?? []).length > 0;
  const geoLink = `geo:${place.latitude},${place.longitude}?q=${place.latitude},${place.longitude}(${encodeURIComponent(place.nom)})`;

  return (
    <article class="place-page" aria-labelledby="main-heading">
      <h1 id="main-heading" tabIndex={-1}><bdi>{place.nom}</bdi></h1>
      <p class="place-page__kind">
        {(place.typologie ?? [primaryKind(place)]).map((kind) => t(`typologie.${kind}`, { defaultValue: kind })).join(' · ')}
      </p>

      {top}

      <p class={`place-page__help ${accompanied ? 'place-page__help--yes' : ''}`}>
        {helpKnown ? (accompanied ? t('place.helpYes') : t('place.helpNo')) : t('place.helpUnknown')}
      </p>

      {children}

      {place.services.length > 0 && (
        <Section title={t('place.services')}>
          <ul class="place-page__services">
            {place.services.map((service) => {
              const id = serviceId(service);
              return (
                <li key={service}>
                  {id && <img src={`/pictograms/need-${id}.svg`} alt="" width={40} height={40} />}
                  <span>{id ? t(`service.${id}`) : service}</span>
                </li>
              );
            })}
          </ul>
        </Section>
      )}

      {helpKnown && <Facts title={t('place.modalities')} values={(place.modalites_accompagnement ?? []).map(enumLabel)} />}

      <Section title={t('place.hours')}>
        {c.horaires_texte ? (
          <p class="place-page__hours-text">
            <span class="visually-hidden">{t('place.hoursText')} : </span>
            <bdi>{c.horaires_texte}</bdi>
          </p>
        ) : !place.horaires ? (
          <p>{t('place.hoursUnknown')}</p>
        ) : null}
      </Section>

      <Section title={t('place.address')}>
        <p>
          <bdi>{place.adresse}</bdi>
          {place.complement_adresse && <><br /><bdi>{place.complement_adresse}</bdi></>}
          <br />
          <bdi>{place.code_postal}</bdi> <bdi>{place.commune}</bdi>
        </p>
        {c.position_approximative && <p class="place-page__note">{t('place.approximate')}</p>}
        <p>
          <ExternalLink class="button" href={geoLink} text={`${t('place.openInMaps')} : ${place.nom}`}>{t('place.openInMaps')}</ExternalLink>
        </p>
      </Section>

      {(place.telephone || place.site_web?.length || place.courriels?.length) && (
        <Section title={t('place.contact')}>
          <ul class="place-page__contact">
            {place.telephone && (
              <li>
                {t('place.phone')} : <ExternalLink href={`tel:${place.telephone}`} text={`${t('place.phone')} : ${formatPhone(place.telephone)}`}>{formatPhone(place.telephone)}</ExternalLink>
              </li>
            )}
            {place.site_web?.filter(safeWebAddress).map((site) => (
              <li key={site}>
                {t('place.website')} : <ExternalLink href={site} newTab text={site}><bdi>{site.replace(/^https?:\/\//, '')}</bdi></ExternalLink>
              </li>
            ))}
            {place.courriels?.map((mail) => (
              <li key={mail}>
                {t('place.email')} : <ExternalLink href={`mailto:${mail}`} text={mail}><bdi>{mail}</bdi></ExternalLink>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {handoff}

      <Section title={t('place.access')}>
        <ul>
          <li>{c.acces_pmr === true ? t('place.wheelchairYes') : c.acces_pmr === false ? t('place.wheelchairNo') : t('place.wheelchairUnknown')}</li>
          {place.frais_a_charge?.map((fee) => <li key={fee}>{t('place.cost')} : {enumLabel(fee)}</li>)}
          {place.modalites_acces?.map((mode) => <li key={mode}>{enumLabel(mode)}</li>)}
          {c.rendez_vous && <li>{t('place.appointment')} : <bdi>{c.rendez_vous}</bdi></li>}
        </ul>
      </Section>

      <Facts title={t('place.publics')} values={(place.publics_specifiquement_adresses ?? []).map(enumLabel)} />
      <Facts title={t('place.specificSupport')} values={(place.prise_en_charge_specifique ?? []).map(enumLabel)} />

      {(c.materiel || c.ordinateurs || c.tablettes || c.wifi_gratuit || c.impression) && (
        <Section title={t('place.equipment')}>
          <ul>
            {c.ordinateurs ? <li>{t('place.computers', { count: c.ordinateurs })}</li> : null}
            {c.tablettes ? <li>{t('place.tablets', { count: c.tablettes })}</li> : null}
            {c.wifi_gratuit && <li>{t('place.wifi')}</li>}
            {c.impression && <li>{t('place.printing')} : <bdi>{c.impression}</bdi></li>}
            {c.materiel && <li><bdi>{c.materiel}</bdi></li>}
          </ul>
        </Section>
      )}

      {c.formation_detail && <Section title={t('place.training')}><p><bdi>{c.formation_detail}</bdi></p></Section>}
      {c.accompagnement_detail && <Section title={t('place.support')}><p><bdi>{c.accompagnement_detail}</bdi></p></Section>}
      {(place.itinerance?.includes('Itinérant') || c.itinerance_detail) && (
        <Section title={t('place.itinerant')}>{c.itinerance_detail && <p><bdi>{c.itinerance_detail}</bdi></p>}</Section>
      )}
      <Facts title={t('place.programmes')} values={[...(place.dispositif_programmes_nationaux ?? []), ...(place.formations_labels ?? []), ...(place.autres_formations_labels ?? [])].map(enumLabel)} />
      {(place.presentation_resume || place.presentation_detail) && (
        <Section title={t('place.presentation')}>
          {place.presentation_resume && <p><bdi>{place.presentation_resume}</bdi></p>}
          {place.presentation_detail && <p><bdi>{place.presentation_detail}</bdi></p>}
        </Section>
      )}
      <Facts title={t('place.notes')} values={c.notes ?? []} />

      <Section title={t('place.source')}>
        <p><bdi>{place.source}</bdi></p>
        <p>{t('place.updated', { date: formatDate(place.date_maj) })}</p>
        <ul class="place-page__provenance">
          {c.provenance.map((origin) => (
            <li key={`${origin.fichier}:${origin.ligne ?? origin.id ?? ''}`}>
              {origin.ligne !== undefined
                ? t('place.provenanceLine', { file: origin.fichier, line: origin.ligne, date: origin.date })
                : t('place.provenanceId', { file: origin.fichier, id: origin.id ?? '', date: origin.date })}
            </li>
          ))}
        </ul>
      </Section>
    </article>
  );
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="place-page__section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Facts({ title, values }: { title: string; values: string[] }) {
  if (values.length === 0) return null;
  return (
    <Section title={title}>
      <ul>{values.map((value) => <li key={value}><bdi>{value}</bdi></li>)}</ul>
    </Section>
  );
}

export { formatDate, formatPhone } from '../format';
