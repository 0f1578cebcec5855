import { useEffect, useState } from 'preact/hooks';
import { i18n, currentLanguage } from '../i18n';
import { languageOf } from '../i18n/languages';
import type { Opening } from './rank';
import { withRetries } from '../pwa/retry';
import { afterPaint } from '../scheduling';

/**
 * The opening-hours evaluator (with France's public holidays) weighs about
 * 110 KB gzipped: it is loaded when a screen first needs hours, never in the
 * first paint, then shared.
 */
export interface HoursApi {
  openingAt(horaires: string | undefined, now: Date): Opening;
  isOpenOn(horaires: string | undefined, weekday: number): boolean;
  describe(horaires: string | undefined, now: Date): string;
  /** The next three openings of a service that comes and goes (see hours/evaluate.ts nextPassages). */
  passages(horaires: string | undefined, now: Date): { start: Date; end: Date }[];
  module: typeof import('./hours');
}

let loading: Promise<HoursApi> | undefined;

/** Loads the evaluator once; a failed load is forgotten, so the next screen that needs hours tries again. */
export function loadHours(): Promise<HoursApi> {
  if (!loading) {
    const attempt = withRetries(loadHoursOnce);
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
    loading = attempt;
  }
  return loading;
}

function loadHoursOnce(): Promise<HoursApi> {
  return Promise.all([import('./hours'), i18n.loadNamespaces('hours')]).then(([module]) => ({
    module,
    openingAt(horaires, now) {
      const status = module.evaluateHours(horaires, now);
      if (status.kind === 'open') return 'open';
      if (status.kind === 'closed') return status.opensToday ? 'opens-today' : 'closed-today';
      return 'unknown';
    },
    isOpenOn: (horaires, weekday) => module.isOpenOn(horaires, weekday) === true,
    passages: (horaires, now) => module.nextPassages(horaires, now, 3),
    describe: (horaires, now) =>
      module.describeStatus(module.evaluateHours(horaires, now), now, i18n.getFixedT(null, 'hours'), languageOf(currentLanguage()).intl),
  }));
}

/**
 * The evaluator, loaded once `ready` is true and the screen has painted: its
 * 350 kB of JavaScript would otherwise compete with reading the places, and
 * results show first, their opening status a moment later. The hours of a
 * whole list about to be ranked (`prepare`) are evaluated in slices first.
 */
export function useHours(ready = true, prepare?: { places: readonly { horaires?: string }[]; now: Date }): HoursApi | undefined {
  const [hours, setHours] = useState<HoursApi | undefined>(undefined);
  useEffect(() => {
    if (!ready) return;
    let alive = true;
    // Without the evaluator the screens still show their places, with hours unknown ("…"): never a blank screen.
    const cancel = afterPaint(
      () =>
        void loadHours()
          .then(async (api) => {
            if (prepare) await api.module.prepareHours(prepare.places.map((place) => place.horaires), prepare.now);
            if (alive) setHours(api);
          })
          .catch(() => undefined),
    );
    return () => {
      alive = false;
      cancel();
    };
  }, [ready]);
  return hours;
}
