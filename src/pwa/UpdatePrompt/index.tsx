import { useT } from '../../i18n';
import { isKiosk } from '../../kiosk/device';
import { applyWaitingUpdate, useWaitingUpdate } from '../update';
import './style.css';

/**
 * "A new version is ready", with the button that applies it at once. A kiosk
 * shows nothing: it updates by itself when it forgets its visitor.
 */
export default function UpdatePrompt() {
  const t = useT();
  const waiting = useWaitingUpdate();
  if (!waiting || isKiosk()) return null;
  return (
    <div role="status" class="update-prompt">
      <p>{t('update.ready')}</p>
      <button type="button" class="button--primary" onClick={() => applyWaitingUpdate()}>
        {t('update.apply')}
      </button>
    </div>
  );
}
