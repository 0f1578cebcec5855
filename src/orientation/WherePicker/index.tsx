import { useState } from 'preact/hooks';
import { useT } from '../../i18n';
import type { Where } from '../../visit';
import type { CommuneMatch } from '../where/commune-finder';
import { useCommuneFinder } from '../where-loader';
import './style.css';

const SUGGESTIONS = 8;
/** A whole postal code lists every commune that has it (up to 30 share one in the region): none may be left out. */
const ALL_OF_A_POSTAL_CODE = 60;
const WHOLE_POSTAL_CODE = /^\s*\d{2}\s?\d{3}\s*$/;

const optionId = (commune: CommuneMatch) => `commune-option-${commune.code}`;

/**
 * "Where am I", with no network: a commune or postal code typed (typos,
 * accents and "St" forgiven), or the phone's position after saying why.
 * The field is an ARIA combobox: its suggestions are a listbox that arrow
 * keys walk through, Enter chooses and Escape closes.
 */
export default function WherePicker({ onChosen }: { onChosen: (where: Where) => void }) {
  const t = useT('orientation');
  const finder = useCommuneFinder();
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const [closed, setClosed] = useState(false);
  const [gpsState, setGpsState] = useState<'idle' | 'asking' | 'failed'>('idle');
  const typed = text.trim().length >= 2;
  const matches = finder && typed ? finder.find(text, WHOLE_POSTAL_CODE.test(text) ? ALL_OF_A_POSTAL_CODE : SUGGESTIONS) : [];
  const expanded = matches.length > 0 && !closed;

  const choose = (commune: CommuneMatch) =>
    onChosen({ label: commune.nom, latitude: commune.lat, longitude: commune.lon, source: 'commune', code: commune.code });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (matches.length === 0) return;
      event.preventDefault();
      setClosed(false);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current < 0 ? (step > 0 ? 0 : matches.length - 1) : (current + step + matches.length) % matches.length));
    } else if (event.key === 'Enter') {
      const commune = expanded ? matches[active] ?? (matches.length === 1 ? matches[0] : undefined) : undefined;
      if (commune) {
        event.preventDefault();
        choose(commune);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (expanded) setClosed(true);
      else setText('');
      setActive(-1);
    }
  };

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

  const activeMatch = expanded ? matches[active] : undefined;
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
      <label for="commune-input" id="commune-label">{t('where.communeLabel')}</label>
      <p id="commune-hint" class="where-picker__hint">{t('where.communeHint')}</p>
      <input
        id="commune-input"
        type="text"
        role="combobox"
        inputMode="search"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="commune-listbox"
        aria-activedescendant={activeMatch ? optionId(activeMatch) : undefined}
        aria-describedby="commune-hint"
        value={text}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setActive(-1);
          setClosed(false);
        }}
        onKeyDown={onKeyDown}
      />
      <p role="status" class="visually-hidden">
        {typed ? (matches.length ? t('where.found', { count: matches.length }) : t('where.noCommune')) : ''}
      </p>
      {typed && matches.length === 0 && finder && <p>{t('where.noCommune')}</p>}
      <ul
        id="commune-listbox"
        role="listbox"
        class="where-picker__suggestions"
        aria-label={t('where.suggestions')}
        hidden={!expanded}
      >
        {expanded &&
          matches.map((commune, index) => (
            <li
              key={commune.code}
              id={optionId(commune)}
              role="option"
              aria-selected={index === active}
              class={index === active ? 'where-picker__option where-picker__option--active' : 'where-picker__option'}
              onClick={() => choose(commune)}
            >
              {commune.nom} <span class="where-picker__postal">({commune.codesPostaux.join(', ')})</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
