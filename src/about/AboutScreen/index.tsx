import { useT } from '../../i18n';
import { formatDate } from '../../places/PlacePage';
import { usePlaces } from '../../places/store';
import { freshnessOf } from '../freshness';
import './style.css';

/** The national cartography, where every place can be corrected by the people who run it; Boussole's nightly reads it. */
const NATIONAL_CARTOGRAPHY = 'https://cartographie.societenumerique.gouv.fr';

/** What Boussole is, where its places come from, how fresh they are, and who to tell when one is wrong. */
export default function AboutScreen() {
  const t = useT('about');
  const places = usePlaces();
  const today = new Date().toISOString().slice(0, 10);
  const freshness = places.status === 'ready' ? freshnessOf(places.places, today) : undefined;
  return (
    <section class="about" aria-labelledby="main-heading">
      <h1 id="main-heading">{t('title')}</h1>
      <p>{t('what')}</p>
      <p>{t('offline')}</p>
      <h2>{t('data.title')}</h2>
      <p>{t('data.sources')}</p>
      {places.status === 'ready' && places.snapshot && (
        <p>{t('data.snapshot', { places: places.places.length, date: formatDate(places.snapshot.generated_at.slice(0, 10)) })}</p>
      )}
      {freshness?.oldest && freshness.newest && (
        <p>{t('data.range', { oldest: formatDate(freshness.oldest), newest: formatDate(freshness.newest) })}</p>
      )}
      {freshness && freshness.olderThanAYear > 0 && <p class="about__caution">{t('data.old', { places: freshness.olderThanAYear })}</p>}
      <p>
        <a href="/credits">{t('data.credits')}</a>
      </p>
      <h2>{t('report.title')}</h2>
      <p>{t('report.body')}</p>
      <p>
        {t('report.national')} <bdi lang="fr">{NATIONAL_CARTOGRAPHY.replace('https://', '')}</bdi>
      </p>
    </section>
  );
}
