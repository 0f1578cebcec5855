/**
 * Drives Debian Chromium as a low-end phone: CPU slowed 4× through the
 * DevTools protocol (Emulation.setCPUThrottlingRate) and, for the first
 * visit, Lighthouse's "slow 4G" network. Each run uses a fresh profile:
 * first visit online, browser closed, then reopened with the network cut —
 * a cold start as a person in a zone blanche lives it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type LaunchOptions, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import type { HarnessResult } from '../harness/main';

export const CPU_SLOWDOWN = 4;
/** Lighthouse's mobile "slow 4G" as DevTools applies it: 562.5 ms RTT, 1.47 Mbit/s down, 675 kbit/s up. */
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
/** A small phone's screen. */
const VIEWPORT = { width: 360, height: 760 };

/** What the deep links open: Chinon (in the region and in France), the most asked need. */
export const ORIENTATION_PATH = '/orientation?commune=37072&besoin=demarches';
export const MAP_PATH = '/carte?commune=37072&besoin=demarches';

const launchOptions: LaunchOptions = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true };

/** Moments the page reaches, recorded at the animation frame after they enter the DOM (≈ painted). */
const WATCH: ReadonlyArray<readonly [name: string, selector: string, text?: string]> = [
  ['placesShown', '.data-status', '\\d\\s+lieux'],
  ['firstResult', 'ol.results > li'],
  ['searchResult', 'a.place-list__link'],
  ['placeShown', 'article.place-page h1'],
  ['mapOutlines', 'path.map-departements'],
  ['mapMarkers', '.map-marker'],
];

/**
 * Written as source text: tsx would wrap named functions in a `__name` helper
 * that does not exist inside the page. `__benchSeenAll(names)` resolves once
 * all are seen; waiting on it costs the page nothing, where Playwright's
 * waitForFunction or waitForSelector would first inject its selector engine
 * (some 90 ms of main thread at 4×, in the middle of the start being measured).
 */
const WATCH_SCRIPT = `(() => {
  const watch = ${JSON.stringify(WATCH)};
  const seen = {};
  const pending = new Set();
  const waiters = [];
  const settle = () => {
    for (const waiter of waiters.splice(0)) {
      if (waiter.names.every((name) => seen[name] !== undefined)) waiter.resolve(waiter.names.map((name) => seen[name]));
      else waiters.push(waiter);
    }
  };
  window.__benchSeenAll = (names, timeout) => new Promise((resolve, reject) => {
    waiters.push({ names, resolve });
    settle();
    setTimeout(() => reject(new Error('not seen within ' + timeout + ' ms: ' + names.filter((name) => seen[name] === undefined).join(', '))), timeout);
  });
  const check = () => {
    for (const [name, selector, text] of watch) {
      if (seen[name] !== undefined || pending.has(name)) continue;
      const element = document.querySelector(selector);
      if (!element || (text && !new RegExp(text).test(element.textContent || ''))) continue;
      pending.add(name);
      requestAnimationFrame(() => {
        seen[name] = performance.now();
        settle();
      });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

function seenAt(page: Page, names: readonly string[], timeout = 120_000): Promise<number[]> {
  return page.evaluate(`window.__benchSeenAll(${JSON.stringify(names)}, ${timeout})`) as Promise<number[]>;
}

/** Fails with `what` named if `work` takes longer than `ms`: a stuck phase must not hang the whole run. */
export function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`bench: ${what} took more than ${ms / 1000} s`)), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

async function throttle(page: Page, context: BrowserContext, network?: typeof SLOW_4G): Promise<CDPSession> {
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (network) {
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', network);
  }
  return session;
}

const measureOf = (page: Page, name: string) =>
  page.evaluate((wanted) => performance.getEntriesByName(wanted, 'measure').reduce((sum, entry) => sum + entry.duration, 0), name);

async function heapUsed(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize;
}

/** The same busy loop as the harness's, to check the throttle is on in the app's page. */
const busyLoop = () => {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 5_000_000; i++) x = (x + i * 7) % 1_000_003;
  return x >= 0 ? performance.now() - start : 0;
};

/**
 * Where the time of an offline cold start goes, in ms, read from the page's
 * navigation timing and the app's User Timing marks and measures. The phases
 * overlap (the places are read from IndexedDB while the modules load), so they
 * do not add up to the total: the `*_end` figures (from the navigation's start)
 * show which one the first results waited for.
 */
export interface ColdStartBreakdown {
  /** Navigation start → the HTML received (responseEnd), from the service worker. */
  cold_start_breakdown_navigation_ms: number;
  /** Navigation start → the HTML parsed (domInteractive). */
  cold_start_breakdown_dom_interactive_ms: number;
  /** responseEnd → the app's code starts ('boussole:main'): fetching and evaluating boot.ts, main.tsx and their static imports. */
  cold_start_breakdown_js_ms: number;
  /** Loading the interface strings ('boussole:strings'), from main.tsx's start. */
  cold_start_breakdown_strings_ms: number;
  /** Reading the stored places from IndexedDB ('boussole:places-read', begun in boot.ts). */
  cold_start_breakdown_storage_ms: number;
  /** Indexes built on the page before the first results ('boussole:commune-index'; the place search builds its own in a worker); 0 if none. */
  cold_start_breakdown_index_ms: number;
  /** Everything the results need is in (places, strings, indexes) → the first result painted. */
  cold_start_breakdown_render_ms: number;
  cold_start_breakdown_main_start_ms: number;
  cold_start_breakdown_strings_end_ms: number;
  cold_start_breakdown_storage_end_ms: number;
  cold_start_breakdown_index_end_ms: number;
}

/** Written as source text, like WATCH_SCRIPT: the raw entries, turned into phases in Node (coldStartBreakdown). */
const TIMING_SCRIPT = `(() => {
  const navigation = performance.getEntriesByType('navigation')[0];
  const main = performance.getEntriesByName('boussole:main', 'mark')[0];
  const spans = (name) => performance.getEntriesByName(name, 'measure').map((entry) => [entry.startTime, entry.startTime + entry.duration]);
  return {
    responseEnd: navigation ? navigation.responseEnd : NaN,
    domInteractive: navigation ? navigation.domInteractive : NaN,
    main: main ? main.startTime : NaN,
    strings: spans('boussole:strings'),
    placesRead: spans('boussole:places-read'),
    indexes: spans('boussole:commune-index'),
  };
})()`;

type Span = [start: number, end: number];
export interface PageTimings {
  responseEnd: number;
  domInteractive: number;
  main: number;
  strings: Span[];
  placesRead: Span[];
  indexes: Span[];
}

/** The phases of one cold start whose first result was painted at `firstResult` (ms from the navigation's start). */
export function coldStartBreakdown(timings: PageTimings, firstResult: number): ColdStartBreakdown {
  // Only what happened before the first result belongs to the cold start (a later search rebuilds nothing, but be sure).
  const before = (spans: Span[]) => spans.filter(([start]) => start <= firstResult);
  const strings = before(timings.strings)[0];
  const placesRead = before(timings.placesRead)[0];
  const indexes = before(timings.indexes);
  const stringsEnd = strings?.[1] ?? Number.NaN;
  const storageEnd = placesRead?.[1] ?? Number.NaN;
  const indexEnd = indexes.length > 0 ? Math.max(...indexes.map(([, end]) => end)) : 0;
  return {
    cold_start_breakdown_navigation_ms: timings.responseEnd,
    cold_start_breakdown_dom_interactive_ms: timings.domInteractive,
    cold_start_breakdown_js_ms: timings.main - timings.responseEnd,
    cold_start_breakdown_strings_ms: strings ? strings[1] - strings[0] : Number.NaN,
    cold_start_breakdown_storage_ms: placesRead ? placesRead[1] - placesRead[0] : Number.NaN,
    cold_start_breakdown_index_ms: indexes.reduce((sum, [start, end]) => sum + (end - start), 0),
    cold_start_breakdown_render_ms: firstResult - Math.max(stringsEnd, storageEnd, indexEnd),
    cold_start_breakdown_main_start_ms: timings.main,
    cold_start_breakdown_strings_end_ms: stringsEnd,
    cold_start_breakdown_storage_end_ms: storageEnd,
    cold_start_breakdown_index_end_ms: indexEnd,
  };
}

/** A shared link the issue names, and what shows its first result. */
export interface DeepLink {
  name: 'search' | 'orientation' | 'place';
  path: string;
  watch: 'searchResult' | 'firstResult' | 'placeShown';
}

/** The three deep links of issue 17, the place page opening `placeId` (a place of the site's snapshot). */
export function deepLinks(placeId: string): DeepLink[] {
  return [
    { name: 'search', path: '/recherche?q=mediatheque', watch: 'searchResult' },
    { name: 'orientation', path: '/orientation?commune=37258&besoin=ameli', watch: 'firstResult' },
    { name: 'place', path: `/lieu/${encodeURIComponent(placeId)}`, watch: 'placeShown' },
  ];
}

/** The JavaScript files (URL paths) a deep link fetched before its first result was painted. */
export type DeepLinkScripts = Record<DeepLink['name'], string[]>;

export interface RunSample extends ColdStartBreakdown {
  first_visit_places_shown_ms: number;
  snapshot_check_ms: number;
  snapshot_store_ms: number;
  snapshot_import_ms: number;
  cold_start_offline_ms: number;
  places_read_ms: number;
  js_heap_after_load_bytes: number;
  map_load_offline_ms: number;
  busy_loop_ms: number;
}

async function persistent(profile: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions,
    serviceWorkers: 'allow',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: VIEWPORT,
  });
  await context.addInitScript({ content: WATCH_SCRIPT });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/**
 * Opens each deep link in the offline page and lists the JavaScript it fetched
 * (from the service worker) before its first result was painted. Counts only:
 * these starts follow the cold one, with warm caches, so their times are not kept.
 */
async function scriptsOfDeepLinks(page: Page, origin: string, links: readonly DeepLink[]): Promise<DeepLinkScripts> {
  const scripts = {} as DeepLinkScripts;
  for (const link of links) {
    await page.goto(`${origin}${link.path}`, { waitUntil: 'commit' });
    const [shown] = await within(60_000, `deep link ${link.path}: its first result`, seenAt(page, [link.watch], 60_000));
    scripts[link.name] = await page.evaluate(
      (before) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime <= before)
          .map((entry) => new URL(entry.name).pathname)
          .filter((path) => path.endsWith('.js')),
      shown!,
    );
  }
  return scripts;
}

/** Waits until the page's service worker controls it: from then on, the site works offline. */
function serviceWorkerInControl(page: Page, visit: string): Promise<void> {
  return within(
    60_000,
    `${visit}: the service worker taking control`,
    page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
      }
    }),
  );
}

/**
 * One run on a fresh profile: first visit online, then a cold start offline, then the map offline;
 * with `links`, then each deep link offline, for the JavaScript it fetches.
 */
export async function measureRun(origin: string, workFolder: string, links?: readonly DeepLink[]): Promise<{ sample: RunSample; scripts: DeepLinkScripts | undefined }> {
  const profile = mkdtempSync(join(workFolder, 'profile-'));
  try {
    const first = await persistent(profile);
    await throttle(first.page, first.context, SLOW_4G);
    await first.page.goto(`${origin}/`, { waitUntil: 'commit' });
    const [placesShown] = await seenAt(first.page, ['placesShown']);
    await serviceWorkerInControl(first.page, 'first visit');
    const snapshotCheck = await measureOf(first.page, 'boussole:snapshot-check');
    const snapshotStore = await measureOf(first.page, 'boussole:snapshot-store');
    // Let the background freshness check settle before the browser closes, as a person would leave the page.
    await first.page.waitForTimeout(500);
    await first.context.close();

    const cold = await persistent(profile);
    await cold.context.setOffline(true);
    const session = await throttle(cold.page, cold.context);
    const response = await cold.page.goto(`${origin}${ORIENTATION_PATH}`, { waitUntil: 'commit' });
    if (!response?.fromServiceWorker()) throw new Error('offline cold start: the page did not come from the service worker');
    const [firstResult] = await seenAt(cold.page, ['firstResult']);
    const placesRead = await measureOf(cold.page, 'boussole:places-read');
    const breakdown = coldStartBreakdown((await cold.page.evaluate(TIMING_SCRIPT)) as PageTimings, firstResult!);
    await cold.page.waitForLoadState('load');
    const heap = await within(60_000, 'cold start: heap after GC', heapUsed(session));
    const busyLoopMs = await within(60_000, 'cold start: busy loop', cold.page.evaluate(busyLoop));

    await cold.page.goto(`${origin}${MAP_PATH}`, { waitUntil: 'commit' });
    const [outlines, markers] = await seenAt(cold.page, ['mapOutlines', 'mapMarkers']);
    const scripts = links ? await scriptsOfDeepLinks(cold.page, origin, links) : undefined;
    await cold.context.close();

    return {
      scripts,
      sample: {
        ...breakdown,
        first_visit_places_shown_ms: placesShown!,
        snapshot_check_ms: snapshotCheck,
        snapshot_store_ms: snapshotStore,
        snapshot_import_ms: snapshotCheck + snapshotStore,
        cold_start_offline_ms: firstResult!,
        places_read_ms: placesRead,
        js_heap_after_load_bytes: heap,
        map_load_offline_ms: Math.max(outlines!, markers!),
        busy_loop_ms: busyLoopMs,
      },
    };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The floor site's cold start (bench/lib/floor-site.ts), the same way as the app's: a fresh profile, a first visit
 * until the service worker controls the page, the browser closed, then reopened offline at 4× on the same link.
 */
export interface FloorSample {
  cold_start_floor_ms: number;
  /** The fixed busy loop on the throttled page's main thread, then in a worker of the same page. */
  busy_loop_page_ms: number;
  busy_loop_worker_ms: number;
}

/** The busy loop in a worker of the page (the floor page has no Content-Security-Policy to refuse a blob: worker). */
const BUSY_LOOP_IN_WORKER = `new Promise((resolve) => {
  const source = 'const s = performance.now(); let x = 0; for (let i = 0; i < 5000000; i++) x = (x + i * 7) % 1000003; postMessage(x >= 0 ? performance.now() - s : 0);';
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  worker.onmessage = (event) => { worker.terminate(); resolve(event.data); };
})`;

export async function measureFloorRun(origin: string, workFolder: string): Promise<FloorSample> {
  const profile = mkdtempSync(join(workFolder, 'floor-'));
  try {
    const first = await persistent(profile);
    await first.page.goto(`${origin}/`, { waitUntil: 'commit' });
    await serviceWorkerInControl(first.page, 'floor');
    await first.context.close();

    const cold = await persistent(profile);
    await cold.context.setOffline(true);
    await throttle(cold.page, cold.context);
    const response = await cold.page.goto(`${origin}${ORIENTATION_PATH}`, { waitUntil: 'commit' });
    if (!response?.fromServiceWorker()) throw new Error('floor: the page did not come from the service worker');
    const [firstResult] = await seenAt(cold.page, ['firstResult']);
    const pageLoop = await within(60_000, 'floor: busy loop', cold.page.evaluate(busyLoop));
    // Run twice: the first one also starts the worker and compiles the loop.
    await within(60_000, 'floor: busy loop in a worker', cold.page.evaluate(BUSY_LOOP_IN_WORKER));
    const workerLoop = (await within(60_000, 'floor: busy loop in a worker', cold.page.evaluate(BUSY_LOOP_IN_WORKER))) as number;
    await cold.context.close();
    return { cold_start_floor_ms: firstResult!, busy_loop_page_ms: pageLoop, busy_loop_worker_ms: workerLoop };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The in-page harness (search, commune look-up, orientation) at 4×, plus the busy loop unthrottled for reference. */
export async function measureEngines(origin: string, scope: 'region' | 'france', rounds: number): Promise<HarnessResult & { busyLoopUnthrottledMs: number }> {
  const browser = await chromium.launch(launchOptions);
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const reference = await context.newPage();
    await reference.goto(`${origin}/bench/index.html`);
    const busyLoopUnthrottledMs = Math.min(...(await Promise.all([0, 1, 2].map(() => reference.evaluate(busyLoop)))));
    await reference.close();

    const page = await context.newPage();
    await throttle(page, context);
    await page.goto(`${origin}/bench/index.html`);
    await page.waitForSelector('body[data-ready="true"]');
    page.setDefaultTimeout(600_000);
    const result = await within(
      300_000,
      `${scope}: the in-page harness`,
      page.evaluate(
        (options) => (window as unknown as { boussoleBench: { run: (o: typeof options) => Promise<HarnessResult> } }).boussoleBench.run(options),
        { scope, rounds },
      ),
    );
    return { ...result, busyLoopUnthrottledMs };
  } finally {
    await browser.close();
  }
}
