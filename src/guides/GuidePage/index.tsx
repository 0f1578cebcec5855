import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { orientationHref } from '../../orientation/links';
import { useVisit } from '../../visit';
import ReadAloud from '../../read-aloud';
import ReviewNotice from '../ReviewNotice';
import { useGuide, useLanguage } from '../use-guide-text';
import './style.css';

/**
 * One guide: why (one screen), then one step per screen — a pictogram and one
 * sentence, read aloud on demand — then where to get help.
 */
export default function GuidePage({ id }: { id: string }) {
  const t = useT('guides');
  const guide = useGuide(id);
  const { code, tag } = useLanguage();
  const { where } = useVisit();
  const [screen, setScreen] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => setScreen(0), [id]);
  useEffect(() => heading.current?.focus(), [screen]);

  if (guide === undefined) return <p role="status">…</p>;
  if (guide === null) {
    return (
      <section>
        <h1 id="main-heading">{t('guide.notFound')}</h1>
        <a href="/guides">{t('guide.back')}</a>
      </section>
    );
  }
  const text = (value: Record<string, string>) => value[code] ?? value.fr ?? '';
  const steps = guide.steps;
  const last = steps.length + 1;
  const title = text(guide.title);

  let body;
  if (screen === 0) {
    body = (
      <>
        <h2 ref={heading} tabIndex={-1}>{t('guide.why')}</h2>
        <img class="guide__picture" src={`/pictograms/${guide.pictogram}.svg`} alt="" width={160} height={160} />
        <p class="guide__sentence">{text(guide.why)}</p>
        {guide.bring && guide.bring.length > 0 && (
          <>
            <h3>{t('guide.bring')}</h3>
            <ul>{guide.bring.map((item) => <li key={text(item)}>{text(item)}</li>)}</ul>
          </>
        )}
        <ReadAloud sentences={[title, text(guide.why), ...(guide.bring ?? []).map(text)]} tag={tag} />
      </>
    );
  } else if (screen <= steps.length) {
    const step = steps[screen - 1]!;
    body = (
      <>
        <h2 ref={heading} tabIndex={-1}>{t('guide.step', { current: screen, total: steps.length })}</h2>
        <img class="guide__picture" src={`/pictograms/${step.pictogram}.svg`} alt="" width={160} height={160} />
        <p class="guide__sentence">{text(step.text)}</p>
        <ReadAloud sentences={[text(step.text)]} tag={tag} />
      </>
    );
  } else {
    body = (
      <>
        <h2 ref={heading} tabIndex={-1}>{t('guide.help')}</h2>
        <img class="guide__picture" src={`/pictograms/need-${guide.need}.svg`} alt="" width={160} height={160} />
        <p class="guide__sentence">{t('guide.helpText')}</p>
        <ReadAloud sentences={[t('guide.helpText')]} tag={tag} />
        <p>
          <a class="button button--primary" href={orientationHref(guide.need, where)}>{t('guide.findHelp')}</a>
        </p>
      </>
    );
  }

  return (
    <article class="guide" aria-labelledby="main-heading">
      <p><a href="/guides">{t('guide.back')}</a></p>
      <h1 id="main-heading">{title}</h1>
      <ReviewNotice />
      <progress class="guide__progress" max={last} value={screen} aria-label={t('guide.progress')} />
      <div class="guide__screen">{body}</div>
      <nav class="guide__nav" aria-label={t('guide.progress')}>
        {screen > 0 && (
          <button type="button" onClick={() => setScreen(screen - 1)}>
            <span aria-hidden="true" class="guide__arrow">←</span> {t('guide.previous')}
          </button>
        )}
        {screen < last && (
          <button type="button" class="button--primary" onClick={() => setScreen(screen + 1)}>
            {screen === 0 ? t('guide.start') : t('guide.next')} <span aria-hidden="true" class="guide__arrow">→</span>
          </button>
        )}
      </nav>
    </article>
  );
}
