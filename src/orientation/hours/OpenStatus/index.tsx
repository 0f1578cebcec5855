import { evaluateHours } from '../evaluate';
import { useHoursText } from '../i18n';
import { describeNextOpening, describeStatus, statusTone, type StatusTone } from '../wording';
import { StatusIcon } from './icons';
import './style.css';

interface Props {
  /** OSM opening_hours value (`place.horaires`). */
  horaires?: string | undefined;
  /** The source's French free text (`place.complements.horaires_texte`). */
  horairesTexte?: string | undefined;
  /** The moment to describe; the caller refreshes it (e.g. every minute). */
  now?: Date;
}

/**
 * A one-line badge: "Ouvert jusqu'à 12 h", "Ouvre demain à 9 h"… An icon and
 * words, never colour alone. Hours that exist only as free text are shown as
 * that text, marked as not read automatically.
 */
export function OpenStatus({ horaires, horairesTexte, now = new Date() }: Props) {
  const { t, languageTag, ready } = useHoursText();
  if (!ready) return null;
  const status = evaluateHours(horaires, now);
  const text = horairesTexte?.trim();

  if (status.kind === 'unknown' && text) {
    return (
      <p class="open-status open-status--unknown">
        <StatusIcon tone="unknown" />
        <span class="open-status__words">
          <strong>{t('status.textOnly')}</strong>
          <span class="open-status__detail" lang="fr">{text}</span>
        </span>
      </p>
    );
  }

  const tone: StatusTone = statusTone(status);
  const next = status.kind === 'closed' && status.holiday !== undefined ? describeNextOpening(status, now, t, languageTag) : undefined;
  const comment = status.kind !== 'unknown' ? status.comment : undefined;
  return (
    <p class={`open-status open-status--${tone}`}>
      <StatusIcon tone={tone} />
      <span class="open-status__words">
        <strong>{describeStatus(status, now, t, languageTag)}</strong>
        {next && <span class="open-status__detail">{next}</span>}
        {comment && <span class="open-status__detail" lang="fr">{comment}</span>}
      </span>
    </p>
  );
}

export default OpenStatus;
