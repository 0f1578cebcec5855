import { useT } from '../../i18n';
import { setWhere, useVisit } from '../../visit';
import { orientationHref } from '../links';
import { NEEDS } from '../needs';
import SearchForm from '../SearchForm';
import './style.css';

/** The needs people arrive with come first; the standard's broader services follow. */
const FIRST_NEEDS = 14;

/** Forgets the chosen position on this device at once (the visitor's right), and leaves focus somewhere sensible. */
function forgetPosition(): void {
  setWhere(undefined);
  document.getElementById('main')?.focus();
}

export default function Home() {
  const t = useT('orientation');
  const { where } = useVisit();
  const needLink = (id: string) => (
    <li key={id}>
      <a class="need" href={orientationHref(id, where)}>
        <img src={`/pictograms/need-${id}.svg`} alt="" width={64} height={64} />
        <span>{t(`need.${id}`)}</span>
      </a>
    </li>
  );
  return (
    <>
      <h1 id="main-heading">{t('home.title')}</h1>
      <p>{t('home.intro')}</p>
      {where && (
        <p class="home__where">
          {t('where.current', { label: where.label })}{' '}
          <button type="button" class="home__forget" onClick={() => forgetPosition()}>
            {t('where.forget')}
          </button>
        </p>
      )}
      <ul class="needs" aria-label={t('home.needsLabel')}>
        {NEEDS.slice(0, FIRST_NEEDS).map((need) => needLink(need.id))}
      </ul>
      <ul class="needs needs--secondary" aria-label={t('home.needsLabel')}>
        {NEEDS.slice(FIRST_NEEDS).map((need) => needLink(need.id))}
      </ul>
      <h2>{t('home.searchTitle')}</h2>
      <SearchForm />
      <p>
        <a class="button" href="/lieux">{t('home.allPlaces')}</a>
      </p>
    </>
  );
}
