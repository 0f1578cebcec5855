import { useT } from '../../i18n';
import { isReviewed, useLanguage } from '../use-guide-text';

/** A discreet word that a translation has not yet been checked by a native speaker. */
export default function ReviewNotice() {
  const t = useT('guides');
  const { code } = useLanguage();
  if (isReviewed(code)) return null;
  return <p class="review-notice">{t('review.notice')}</p>;
}
