import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import type { Where } from '../../visit';
import { useCommuneFinder } from '../where-loader';
import './style.css';

const SUGGESTIONS = 8;

/**
 * "Where am I", with no network: a commune or postal code typed (typos,
 * accents and "St" forgiven), or the phone's position after saying why.
 */
export default function WherePicker({ onChosen }: { onChosen: (where: Where) => void }) {
  const t = useT('orientation');
  const finder = useCommuneFinder();
  const [text, setText] = useState('');
  const [gpsState, setGpsState] = useState<'idle' | 'asking' | 'failed'>('idle');
  const matches = finder && text.trim().length >= 2 ? finder.find(text, SUGGESTIONS) : [];

  const useGps = () => {
    if (!('geolocation' in navigator)) return setGpsState('failed');
    setGpsState('asking');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const near = finder?.nearestCommune(coords.latitude, coords.longitude, 20);
        setGpsState('idle');
        onChosen({
          label: near ? t('where.gpsLabel', { commune: near.nom }) : t('where.gpsLabelPlain'),
          latitude: coords.latitude,
          longitude: coords.longitude,
          source: 'gps',
        });
      },
      () => setGpsState('failed'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 10 * 60_000 },
    );
  };

  return (
    <div class="where-picker">
      <h2>{t('where.title')}</h2>
      <div class="where-picker__gps">
        <p id="gps-explain">{t('where.gpsExplain')}</p>
        <button type="button" class="button--primary" aria-describedby="gps-explain" onClick={useGps} disabled={gpsState === 'asking'}>
          <img src="/icons/position.svg" alt="" width={24} height={24} />
          {t('where.gps')}
        </button>
        {gpsState === 'failed' && <p role="alert">{t('where.gpsFailed')}</p>}
      </div>
      <label for="commune-input">{t('where.communeLabel')}</label>
      <p id="commune-hint" class="where-picker__hint">{t('where.communeHint')}</p>
      <input
        id="commune-input"
        type="text"
        inputMode="search"
        autocomplete="off"
        aria-describedby="commune-hint"
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      <p role="status" class="visually-hidden">
        {text.trim().length >= 2 ? (matches.length ? `${matches.length} ${t('where.suggestions')}` : t('where.noCommune')) : ''}
      </p>
      {text.trim().length >= 2 && matches.length === 0 && finder && <p>{t('where.noCommune')}</p>}
      {matches.length > 0 && (
        <ul class="where-picker__suggestions" aria-label={t('where.suggestions')}>
          {matches.map((commune) => (
            <li key={commune.code}>
              <button
                type="button"
                onClick={() => onChosen({ label: commune.nom, latitude: commune.lat, longitude: commune.lon, source: 'commune', code: commune.code })}
              >
                {commune.nom} <span class="where-picker__postal">({commune.codesPostaux.join(', ')})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
