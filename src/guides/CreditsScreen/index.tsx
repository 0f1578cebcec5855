import ExternalLink from '../../handoff/ExternalLink';
import { useT } from '../../i18n';
import { PICTOGRAM_SETS } from '../credits';

/** Every source of what the app shows, with its licence: data, map outlines, pictograms. */
export default function CreditsScreen() {
  const t = useT('guides');
  return (
    <section aria-labelledby="main-heading">
      <h1 id="main-heading">{t('credits.title')}</h1>
      <h2>{t('credits.data')}</h2>
      <ul lang="fr">
        <li>Hub Lo — cartographie régionale des lieux de médiation numérique Centre-Val de Loire (2020), republiée par anct-cartographie-nationale/mednum-cli — MIT</li>
        <li>Monographies « Médiation numérique pour tous » — Région Centre-Val de Loire (2020–2021)</li>
        <li>Standard des lieux de médiation numérique v1.0.2 — LaMednum — Licence Ouverte / Etalab</li>
        <li>Communes : @etalab/decoupage-administratif — MIT</li>
      </ul>
      <h2>{t('credits.map')}</h2>
      <ul lang="fr">
        <li>IGN — Admin Express COG 2018 — Licence Ouverte / Etalab</li>
        <li>© les contributeurs d'OpenStreetMap — ODbL</li>
      </ul>
      <h2>{t('credits.pictograms')}</h2>
      <ul>
        {PICTOGRAM_SETS.map((set) => (
          <li key={set.name}>
            {set.name} — {set.author} — {t('credits.licence', { licence: set.licence })} (
            <ExternalLink href={set.licenceUrl} newTab text={`${set.name} — ${set.licence}`}>{set.licenceUrl}</ExternalLink>) — {t('credits.files', { count: set.files.length })}
          </li>
        ))}
      </ul>
    </section>
  );
}
