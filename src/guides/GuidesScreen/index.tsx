import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { GUIDE_IDS, loadGuide, type Guide } from '../guide';
import Calendar from '../Calendar';
import ReviewNotice from '../ReviewNotice';
import { useLanguage } from '../use-guide-text';
import './style.css';

/** /guides: every guide as a large pictogram and its title, then the year's procedures month by month. */
export default function GuidesScreen() {
  const t = useT('guides');
  const { code } = useLanguage();
  const [guides, setGuides] = useState<Guide[]>([]);
  useEffect(() => {
    let alive = true;
    void Promise.all(GUIDE_IDS.map((id) => loadGuide(id))).then((loaded) => alive && setGuides(loaded.filter((guide): guide is Guide => Boolean(guide))));
    return () => {
      alive = false;
    };
  }, []);
  return (
    <section aria-labelledby="main-heading">
      <h1 id="main-heading">{t('list.title')}</h1>
      <ReviewNotice />
      <p>{t('list.intro')}</p>
      <ul class="guide-list">
        {guides.map((guide) => (
          <li key={guide.id}>
            <a class="guide-list__link" href={`/guides/${guide.id}`}>
              <img src={`/pictograms/${guide.pictogram}.svg`} alt="" width={64} height={64} />
              <span>{guide.title[code] ?? guide.title.fr}</span>
            </a>
          </li>
        ))}
      </ul>
      <Calendar />
    </section>
  );
}
