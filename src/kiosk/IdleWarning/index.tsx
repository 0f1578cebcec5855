import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../i18n';
import { stillHere, useIdleState } from '..';
import './style.css';

/** Everything behind the dialog, made inert while it shows (no focus, no click, hidden from screen readers). */
const BEHIND = '.skip-link, .app-header, .app-nav, .app-main, .app-footer';

/**
 * "Are you still there?" before a kiosk forgets its visitor (WCAG 2.2.1): a
 * modal alert dialog, announced when it opens (focus moves to its button),
 * with a countdown and one large button to keep the screen.
 */
export default function IdleWarning() {
  const t = useT('kiosk');
  const state = useIdleState();
  const [now, setNow] = useState(() => Date.now());
  const button = useRef<HTMLButtonElement>(null);
  const warning = state.phase === 'warning';

  useEffect(() => {
    if (!warning) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    const behind = [...document.querySelectorAll<HTMLElement>(BEHIND)];
    for (const element of behind) element.inert = true;
    setNow(Date.now());
    button.current?.focus();
    const tick = window.setInterval(() => setNow(Date.now()), 500);
    return () => {
      window.clearInterval(tick);
      for (const element of behind) element.inert = false;
      if (before?.isConnected) before.focus();
    };
  }, [warning]);

  if (state.phase !== 'warning') return null;
  const seconds = Math.max(0, Math.ceil((state.deadline - now) / 1000));
  return (
    <div class="idle-warning">
      <div
        class="idle-warning__dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-warning-title"
        aria-describedby="idle-warning-body"
        onKeyDown={(event) => event.key === 'Escape' && stillHere()}
      >
        <h2 id="idle-warning-title">{t('idle.title')}</h2>
        <p id="idle-warning-body">{t('idle.body')}</p>
        <p class="idle-warning__countdown">{t('idle.countdown', { seconds })}</p>
        <button ref={button} type="button" class="button--primary idle-warning__continue" onClick={stillHere}>
          {t('idle.continue')}
        </button>
      </div>
    </div>
  );
}
