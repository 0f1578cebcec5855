/**
 * The snapshot's `generated_at`. It must not be the clock: the same input
 * has to give the same bytes, so that a nightly run with nothing new commits
 * nothing. In order: `--generated-at`, SOURCE_DATE_EPOCH (the reproducible-
 * builds convention), else the most recent `date_maj` of the places.
 */
import type { Place } from '../../../src/places/place';
import { UnusableInputError } from './errors';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

export function resolveGeneratedAt(option: string | undefined, sourceDateEpoch: string | undefined, places: readonly Place[]): string {
  if (option !== undefined) {
    if (ISO_DATE.test(option) && !Number.isNaN(Date.parse(option))) return option;
    if (ISO_DATE_TIME.test(option) && !Number.isNaN(Date.parse(option))) return new Date(option).toISOString();
    throw new UnusableInputError(`--generated-at ${JSON.stringify(option)}: not an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ)`);
  }
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
    if (!/^\d+$/.test(sourceDateEpoch)) throw new UnusableInputError(`SOURCE_DATE_EPOCH ${JSON.stringify(sourceDateEpoch)}: not a number of seconds`);
    return new Date(Number(sourceDateEpoch) * 1000).toISOString();
  }
  return places.reduce((latest, place) => (place.date_maj > latest ? place.date_maj : latest), '');
}
