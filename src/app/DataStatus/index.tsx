import { currentLanguage, useT } from '../../i18n';
import { languageOf } from '../../i18n/languages';
import type { PlacesState } from '../../places/store';
import { formatDate } from '../../places/PlacePage';
import { formatMegabytes, useStorageUsed } from '../../pwa/storage';

/** How fresh the data on this device is, whether it is kept here, and why an update was not taken. */
export default function DataStatus({ state }: { state: PlacesState }) {
  const t = useT('places');
  const used = useStorageUsed(state.status === 'ready' && state.stored);
  if (state.status === 'loading') return <p role="status">{t('status.loading')}</p>;
  if (state.status === 'failed') return <p role="alert" class="data-status__failed">{t('status.failed', { why: t(`why.${state.code}`) })}</p>;
  const date = state.snapshot ? formatDate(state.snapshot.generated_at.slice(0, 10)) : '';
  return (
    <div role="status" class="data-status">
      {state.snapshot && (
        <p>{t(state.stored ? 'status.freshness' : 'status.freshnessMemory', { date, count: state.places.length })}</p>
      )}
      {!state.stored && <p class="data-status__not-stored">{t('status.notStored')}</p>}
      {state.stored && used !== undefined && used > 0 && (
        <p class="data-status__space">{t('status.space', { size: formatMegabytes(used, languageOf(currentLanguage()).tag) })}</p>
      )}
      {state.refusal && (
        <p class="data-status__refusal" data-reason={state.refusal.code}>
          {t('status.refused', { why: t(`why.${state.refusal.code}`) })}
        </p>
      )}
    </div>
  );
}
