// A part of the app that cannot be fetched, and a new version waiting: neither may leave a screen on "loading".
import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, goOfflineAndReload, test, visitOnline } from './support';

const MAP_CHUNK = /\/assets\/MapScreen-[\w-]+\.js$/;

test('offline with the map chunk evicted from the cache, /carte says so and offers a reload that works once online', async ({ context, page }) => {
  await visitOnline(page, '/');
  const evicted = await page.evaluate(async () => {
    let count = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        if (/\/assets\/MapScreen-/.test(request.url)) count += Number(await cache.delete(request));
      }
    }
    return count;
  });
  expect(evicted).toBe(1);

  await goOfflineAndReload(context, page, '/carte?besoin=demarches&commune=37031');
  const alert = page.locator('.load-failed');
  await expect(alert).toContainText("n'a pas pu être chargée", { timeout: 15_000 });
  await expectNoAxeViolations(page);

  await context.setOffline(false);
  await alert.getByRole('button', { name: 'Recharger la page' }).click();
  await expect(page.locator('ol.results > li').first()).toBeVisible({ timeout: 30_000 });
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('an aborted map chunk is retried, then a message with a reload button replaces "loading"', async ({ page }) => {
    let attempts = 0;
    await page.route(MAP_CHUNK, (route) => {
      attempts += 1;
      return route.abort('connectionreset');
    });
    await page.goto('/carte?besoin=demarches&commune=37031');
    await expect(page.locator('.load-failed')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Chargement…', { exact: true })).toHaveCount(0);
    expect(attempts, "the chunk was asked again before giving up").toBeGreaterThanOrEqual(3);

    await page.unroute(MAP_CHUNK);
    await page.getByRole('button', { name: 'Recharger la page' }).click();
    await expect(page.locator('ol.results > li').first()).toBeVisible({ timeout: 30_000 });
  });
});

/**
 * Publishes "a new version" and lets the browser find it. Playwright cannot route a service worker's own
 * script, so the new version is the same script under a new URL: for the browser an update like any other
 * (installed, then waiting while the old one controls the page); workbox-window reports it as it would a
 * version found long after the page started, which is the kiosk's case.
 */
async function deployNewVersion(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.register('/sw.js?version=2', { scope: '/' });
  });
}

const waitingWorker = (page: Page) => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
const controllingScript = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');

test('a waiting new version is offered, applied at once on a tap, and the app still works offline after it', async ({ context, page }) => {
  await visitOnline(page, '/lieux');
  await deployNewVersion(page);
  const prompt = page.locator('.update-prompt');
  await expect(prompt).toContainText('Une nouvelle version est prête', { timeout: 20_000 });
  await expectNoAxeViolations(page);
  expect(await waitingWorker(page)).toBe(true);
  expect(await controllingScript(page)).not.toContain('version=2');

  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Mettre à jour maintenant' }).click()]);
  await expect(page.locator('.place-list a').first()).toBeVisible();
  expect(await controllingScript(page)).toContain('version=2');

  await goOfflineAndReload(context, page);
  await expect(page.locator('.place-list a').first()).toBeVisible();
});
