/**
 * The benchmark's in-page harness, built into <dist>/bench/ by bench/run.ts
 * (never part of the app or its precache). It runs the app's own search,
 * commune finder and ranking modules on the snapshot the site serves, in the
 * same throttled Chromium a phone is emulated with, and hands the timings back.
 */
import { evaluateHours, isOpenOn } from '../../src/orientation/hours/evaluate';
import { NEEDS } from '../../src/orientation/needs';
import { rankPlaces, type Opening } from '../../src/orientation/rank';
import { measureSearch, SEARCH_QUERIES } from '../measure/search';
import { summarize, time, type TimingSummary } from '../measure/timing';
import type { CommuneRecord, CommuneColumns, CommuneList } from '../../src/orientation/where/communes';
import { communesFromColumns } from '../../src/orientation/where/communes';
import { createCommuneFinder } from '../../src/orientation/where/commune-finder';
import { distanceKm } from '../../src/orientation/where/geo';
import { measureCommuneFinder } from '../measure/communes';
import type { Place, Snapshot } from '../../src/places/place';

export interface HarnessResult {
  places: number;
  communes: number;
  searchBuildMs: number;
  /** Whole words typed letter by letter (prefixes, word order, kinds and services). */
  searchTyped: TimingSummary;
  /** Typos and sound spellings. */
  searchTypos: TimingSummary;
  searchAll: TimingSummary;
  communeBuildMs: number;
  communeKeystrokes: TimingSummary;
  communeNearest: TimingSummary;
  /** need + commune → ranked list, opening hours evaluated for every candidate. */
  orientation: TimingSummary;
  /** What a fixed busy loop costs here: compared with the unthrottled figure, it shows the throttle is on. */
  calibrationMs: number;
}

/** A fixed amount of work, to check the CPU throttle took effect. */
export function calibrate(): number {
  return time(() => {
    let x = 0;
    for (let i = 0; i < 5_000_000; i++) x = (x + i * 7) % 1_000_003;
    return x;
  });
}

async function loadCommunes(scope: 'region' | 'france'): Promise<CommuneRecord[]> {
  if (scope === 'france') return communesFromColumns((await import('../../data/communes/france.json')).default as CommuneColumns);
  return ((await import('../../data/communes/centre-val-de-loire.json')).default as CommuneList).communes;
}

const ORIENTATION_COMMUNES = ['Chinon', 'Bourges', 'Saint-Amand-Montrond', 'Châteaudun', 'Vierzon', 'Tours', 'Orléans', 'Montargis'];
const NOW = new Date('2026-11-24T10:00:00+01:00');

function openingAt(horaires: string | undefined): Opening {
  const status = evaluateHours(horaires, NOW);
  if (status.kind === 'open') return 'open';
  if (status.kind === 'closed') return status.opensToday ? 'opens-today' : 'closed-today';
  return 'unknown';
}

function measureOrientation(places: readonly Place[], communes: readonly CommuneRecord[], rounds: number): TimingSummary {
  const finder = createCommuneFinder(communes);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const name of ORIENTATION_COMMUNES) {
      for (const need of NEEDS.slice(0, 6)) {
        samples.push(
          time(() => {
            const commune = finder.find(name, 1)[0];
            const origin = commune ? { latitude: commune.lat, longitude: commune.lon } : undefined;
            return rankPlaces(places, need, {}, {
              origin,
              openingOf: (place) => openingAt(place.horaires),
              opensOnSaturday: (place) => isOpenOn(place.horaires, 6) === true,
              distanceKm,
            });
          }),
        );
      }
    }
  }
  return summarize(samples);
}

async function run(options: { scope: 'region' | 'france'; rounds?: number }): Promise<HarnessResult> {
  const rounds = options.rounds ?? 3;
  const calibrationMs = calibrate();
  const snapshot = (await (await fetch('/data/snapshot.json')).json()) as Snapshot;
  const places = snapshot.places;
  const { prefixes, typos, wordOrder, kindsAndServices } = SEARCH_QUERIES;
  const search = measureSearch(places, { typed: [...prefixes!, ...wordOrder!, ...kindsAndServices!], typos: typos! }, { rounds });
  const communes = await loadCommunes(options.scope);
  const communeMeasure = measureCommuneFinder(communes, undefined, { rounds });
  return {
    places: places.length,
    communes: communes.length,
    searchBuildMs: search.buildMs,
    searchTyped: search.groups.typed!,
    searchTypos: search.groups.typos!,
    searchAll: search.keystrokes,
    communeBuildMs: communeMeasure.buildMs,
    communeKeystrokes: communeMeasure.keystrokes,
    communeNearest: communeMeasure.nearest,
    orientation: measureOrientation(places, communes, Math.max(1, Math.round(rounds / 3))),
    calibrationMs,
  };
}

declare global {
  interface Window {
    boussoleBench: { run: typeof run; calibrate: typeof calibrate };
  }
}

window.boussoleBench = { run, calibrate };
document.body.dataset.ready = 'true';
