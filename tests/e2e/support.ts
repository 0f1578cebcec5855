import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect };

/** A Tuesday morning in term time, Paris: results, opening status and calendar depend on the hour. */
export const PINNED_NOW = '2026-11-24T10:00:00+01:00';

/**
 * Playwright's test with the page's clock pinned (Date only; timers still run),
 * so every spec gives the same result on any date, at any hour. A spec chooses
 * another instant with `test.use({ now: '…' })`.
 */
export const test = base.extend<{ now: string }>({
  now: [PINNED_NOW, { option: true }],
  page: async ({ page, now }, use) => {
    await page.clock.setFixedTime(new Date(now));
    await use(page);
  },
});

/** Loads `path` online, waits until the service worker controls the page and the places are stored. */
export async function visitOnline(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
  await expect(page.locator('.data-status')).toContainText(/\d+ lieux/);
}

/** The product's promise: after one visit, everything works with the network cut. */
export async function goOfflineAndReload(context: BrowserContext, page: Page, path?: string): Promise<void> {
  await context.setOffline(true);
  const response = path ? await page.goto(path) : await page.reload();
  expect(response?.fromServiceWorker(), 'the document comes from the service worker').toBe(true);
}

/**
 * Where a map is on screen, waits until its markers stand still: a map zooming to new results moves them for a
 * moment (Leaflet's zoom animation, longer on a busy machine), and axe would measure them mid-flight.
 */
async function mapAtRest(page: Page): Promise<void> {
  const positions = () =>
    page.evaluate(() =>
      document.querySelector('.leaflet-zoom-anim')
        ? 'zooming'
        : [...document.querySelectorAll('.map-marker')].map((marker) => marker.getBoundingClientRect()).map((box) => `${Math.round(box.x)},${Math.round(box.y)}`).join(' '),
    );
  let previous = '';
  await expect
    .poll(async () => {
      const now = await positions();
      const still = now !== 'zooming' && now === previous;
      previous = now;
      return still;
    }, { intervals: [250], timeout: 15_000 })
    .toBe(true);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  if (await page.locator('.leaflet-container').count()) await mapAtRest(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

// A stand-in for the device's speech synthesis: it has voices for every language and records what it is asked to say.
/** Install with `context.addInitScript(speechStub)`; read what was said from `window.spoken`. */
export const speechStub = () => {
  const spoken: { text: string; lang: string }[] = [];
  const voices = ['fr-FR', 'ar-SA', 'uk-UA', 'en-GB'].map((lang) => ({ lang, name: lang, default: false, localService: true, voiceURI: lang }));
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () => voices,
      speak: (utterance: SpeechSynthesisUtterance) => spoken.push({ text: utterance.text, lang: utterance.lang }),
      cancel() {},
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    },
  });
  (window as unknown as { spoken: typeof spoken }).spoken = spoken;
  // The real utterance refuses a voice object that is not the browser's own.
  (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
    lang = '';
    voice: unknown = null;
    rate = 1;
    onend: unknown = null;
    constructor(public text: string) {}
  };
};
