// Updates that fit a 2G plan: an unchanged snapshot costs a few dozen bytes, a first visit downloads it once.
import { type BrowserContext, type Page, type Response } from '@playwright/test';
import { expect, expectNoAxeViolations, goOfflineAndReload, test, visitOnline } from './support';
import { SNAPSHOT, announceVersion } from './hostile-data';

/** Bytes of /data/ files that came over the network (not from the service worker), headers included. */
function countDataBytes(target: Page | BrowserContext): { total: () => number; urls: string[]; done: Promise<void>[] } {
  const sizes: number[] = [];
  const urls: string[] = [];
  const done: Promise<void>[] = [];
  target.on('response', (response: Response) => {
    if (!new URL(response.url()).pathname.startsWith('/data/') || response.fromServiceWorker()) return;
    urls.push(`${response.status()} ${response.url()}`);
    done.push(
      response
        .request()
        .sizes()
        .then((size) => void sizes.push(size.responseBodySize + size.responseHeadersSize)),
    );
  });
  return { total: () => sizes.reduce((a, b) => a + b, 0), urls, done };
}

test('a second online start with an unchanged snapshot transfers under 1 KB of data, and the app works offline after', async ({ context, page }) => {
  await visitOnline(page, '/lieux');
  const counted = countDataBytes(page);
  const versionAsked = page.waitForResponse(/\/data\/version\.json/);
  await page.reload();
  await versionAsked;
  await expect(page.locator('.place-list a')).toHaveCount(SNAPSHOT.places.length);
  await page.waitForLoadState('networkidle');
  await Promise.all(counted.done);
  expect(counted.urls.some((url) => url.includes('/data/version.json')), counted.urls.join('\n')).toBe(true);
  expect(counted.urls.filter((url) => url.includes('snapshot.json')), 'no snapshot download').toEqual([]);
  expect(counted.total()).toBeLessThan(1024);
  // The footer says how much this device keeps for the app.
  await expect(page.locator('.data-status__space')).toContainText(/Espace utilisé sur cet appareil : [\d,]+ Mo/);

  await goOfflineAndReload(context, page);
  await expect(page.locator('.place-list a')).toHaveCount(SNAPSHOT.places.length);
});

test('a first visit downloads the snapshot once, though the service worker precaches it too', async ({ context, page }) => {
  const downloads: string[] = [];
  context.on('requestfinished', async (request) => {
    if (!/\/data\/snapshot\.json/.test(request.url())) return;
    const response = await request.response();
    if (response && response.status() === 200 && !response.fromServiceWorker()) {
      const { responseBodySize } = await request.sizes();
      if (responseBodySize > 10_000) downloads.push(request.url());
    }
  });
  await visitOnline(page, '/lieux');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  expect(downloads).toHaveLength(1);
  await goOfflineAndReload(context, page);
  await expect(page.locator('.place-list a')).toHaveCount(SNAPSHOT.places.length);
});

test('an update announced above the size cap is refused before download, with words that say why', async ({ context, page }) => {
  await visitOnline(page, '/lieux');
  await announceVersion(context, 'ffffffffffffffff', 48 * 1024 * 1024);
  const asked: string[] = [];
  page.on('request', (request) => void (/snapshot\.json\?/.test(request.url()) && asked.push(request.url())));
  await page.reload();
  await expect(page.locator('.data-status__refusal')).toContainText('trop gros');
  expect(asked).toEqual([]);
  await expect(page.locator('.place-list a')).toHaveCount(SNAPSHOT.places.length);
  await expectNoAxeViolations(page);
  await goOfflineAndReload(context, page);
  await expect(page.locator('.place-list a')).toHaveCount(SNAPSHOT.places.length);
});
