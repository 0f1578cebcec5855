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

export interface RunSample {
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

/** One run on a fresh profile: first visit online, then a cold start offline, then the map offline. */
export async function measureRun(origin: string, workFolder: string): Promise<RunSample> {
  const profile = mkdtempSync(join(workFolder, 'profile-'));
  try {
    const first = await persistent(profile);
    await throttle(first.page, first.context, SLOW_4G);
    await first.page.goto(`${origin}/`, { waitUntil: 'commit' });
    const [placesShown] = await seenAt(first.page, ['placesShown']);
    await within(
      60_000,
      'first visit: the service worker taking control',
      first.page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
        }
      }),
    );
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
    await cold.page.waitForLoadState('load');
    const heap = await within(60_000, 'cold start: heap after GC', heapUsed(session));
    const busyLoopMs = await within(60_000, 'cold start: busy loop', cold.page.evaluate(busyLoop));

    await cold.page.goto(`${origin}${MAP_PATH}`, { waitUntil: 'commit' });
    const [outlines, markers] = await seenAt(cold.page, ['mapOutlines', 'mapMarkers']);
    await cold.context.close();

    return {
      first_visit_places_shown_ms: placesShown!,
      snapshot_check_ms: snapshotCheck,
      snapshot_store_ms: snapshotStore,
      snapshot_import_ms: snapshotCheck + snapshotStore,
      cold_start_offline_ms: firstResult!,
      places_read_ms: placesRead,
      js_heap_after_load_bytes: heap,
      map_load_offline_ms: Math.max(outlines!, markers!),
      busy_loop_ms: busyLoopMs,
    };
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
