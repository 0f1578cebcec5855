import { useT } from '../../i18n';
import { forgetVisitor } from '..';
import './style.css';

/** On a kiosk: say that nothing is kept, and let a visitor wipe everything before leaving. */
export default function KioskBar() {
  const t = useT('kiosk');
  return (
    <div class="kiosk-bar">
      <span class="kiosk-bar__notice">{t('notice')}</span>
      <button type="button" onClick={() => void forgetVisitor()}>{t('newVisitor')}</button>
    </div>
  );
}
