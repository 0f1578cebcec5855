import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, useT } from '../i18n';
import type { Need } from '../orientation/needs';
import type { Place } from '../places/place';
import { usePlaces } from '../places/store';
import { prepareSlip, type Origin, type PreparedSlip } from './prepare';

/** When the data was published: the snapshot's date, else the newest place's. */
export function useDataDate(): string {
  const places = usePlaces();
  if (places.status !== 'ready') return '';
  return places.snapshot?.generated_at ?? places.places.reduce((latest, place) => (place.date_maj > latest ? place.date_maj : latest), '');
}

/** The slips of some places, rebuilt when the language changes. */
export function usePreparedSlips(places: Place[], need: Need | undefined, origin: Origin | undefined): PreparedSlip[] | undefined {
  useT('handoff'); // re-render on a language change
  const language = currentLanguage();
  const dataDate = useDataDate();
  const [prepared, setPrepared] = useState<PreparedSlip[]>();
  const key = `${places.map((place) => place.id).join(',')}|${need?.id ?? ''}|${origin?.label ?? ''}|${language}|${dataDate}`;
  useEffect(() => {
    let alive = true;
    void Promise.all(places.map((place) => prepareSlip(place, need, origin, dataDate))).then((slips) => alive && setPrepared(slips));
    return () => void (alive = false);
  }, [key]);
  return prepared;
}
