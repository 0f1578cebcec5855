import { currentLanguage, useT } from '../../../i18n';
import { languageOf } from '../../../i18n/languages';
import { describePassage, type PassageTimes } from '../wording';
import './style.css';

interface Props {
  passages: PassageTimes[];
  /** Stops named in the place's description, when known. */
  stops?: string[];
  /** A heading on a place page; a compact line in a result list. */
  variant: 'section' | 'line';
}

/** The next three times an itinerant service is there: the answer to "when can I catch it?". */
export default function NextPassages({ passages, stops = [], variant }: Props) {
  const t = useT('passages');
  const tag = languageOf(currentLanguage()).tag;
  const items = passages.map((passage) => describePassage(passage, tag));
  if (variant === 'line') {
    return (
      <div class="next-passages next-passages--line">
        {stops.length > 0 && <p>{t('stops', { communes: stops.join(', ') })}</p>}
        {items.length > 0 && (
          <>
            <p>
              <strong>{t('lineTitle')}</strong>
            </p>
            <ul>{items.map((item) => <li key={item}>{item}</li>)}</ul>
          </>
        )}
      </div>
    );
  }
  return (
    <section class="next-passages place-page__section" aria-labelledby="next-passages-title">
      <h2 id="next-passages-title">{t('title')}</h2>
      {items.length > 0 ? (
        <ul>{items.map((item) => <li key={item}>{item}</li>)}</ul>
      ) : (
        <p>{t('none')}</p>
      )}
      {stops.length > 0 && <p>{t('stops', { communes: stops.join(', ') })}</p>}
    </section>
  );
}
