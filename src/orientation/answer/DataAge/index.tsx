import { currentLanguage, useT } from '../../../i18n';
import { intlLocale } from '../../../i18n/languages';
import { formatDataDate, isOld } from '../trust';
import './style.css';

/** "Informations du 3 juin 2020": and past a year, a plain suggestion to call before going. */
export default function DataAge({ dateMaj, now }: { dateMaj: string; now: Date }) {
  const t = useT('answer');
  const date = formatDataDate(dateMaj, intlLocale(currentLanguage()));
  const old = isOld(dateMaj, now);
  return <p class={old ? 'data-age data-age--old' : 'data-age'}>{old ? t('age.old', { date }) : t('age.recent', { date })}</p>;
}
