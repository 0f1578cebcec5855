import { useT } from '../../i18n';
import type { PlacesState } from '../../places/store';
import { formatDate } from '../../places/PlacePage';

/** How fresh the data on this device is, and whether an update was refused. */
export default function DataStatus({ state }: { state: PlacesState }) {
  const t = useT('places');
  if (state.status === 'loading') return <p role="status">{t('status.loading')}</p>;
  if (state.status === 'failed') return <p role="alert">{t('status.failed')}</p>;
  return (
    <div role="status" class="data-status">
      {state.snapshot && (
        <p>{t('status.freshness', { date: formatDate(state.snapshot.generated_at.slice(0, 10)), count: state.places.length })}</p>
      )}
      {state.refusal && <p class="data-status__refusal">{t('status.refused')}</p>}
    </div>
  );
}
