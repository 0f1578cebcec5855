import { readFileSync } from 'node:fs';
import { snapshotVersion } from '../../src/places/snapshot-version';
import type { Place } from '../../src/places/place';
import { expect, expectNoAxeViolations, goOfflineAndReload, test, visitOnline } from './support';
import { announceVersion } from './hostile-data';

const snapshot = JSON.parse(readFileSync(new URL('../../public/data/snapshot.json', import.meta.url), 'utf8')) as {
  places: { id: string; nom: string }[];
};

test('after one visit, the places list and a place page work with the network cut', async ({ context, page }) => {
  // The snapshot is checked, then read back, in workers: a slow phone's screen stays free while it happens.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await visitOnline(page, '/lieux');
  expect(workers.filter((path) => path.includes('check-worker')).length).toBeGreaterThan(0);
  await goOfflineAndReload(context, page);
  await expect.poll(() => workers.filter((path) => path.includes('read-worker')).length).toBeGreaterThan(0);

  const links = page.locator('.place-list a');
  await expect(links).toHaveCount(snapshot.places.length);
  await expectNoAxeViolations(page);

  const place = snapshot.places[0]!;
  await page.locator(`a[href="/lieu/${encodeURIComponent(place.id)}"]`).click();
  await expect(page.locator('h1')).toHaveText(place.nom);
  await expect(page).toHaveURL(new RegExp(`/lieu/${encodeURIComponent(place.id)}$`));

  // A place page is a deep link: opened directly, offline.
  const other = snapshot.places[snapshot.places.length - 1]!;
  await goOfflineAndReload(context, page, `/lieu/${encodeURIComponent(other.id)}`);
  await expect(page.locator('h1')).toHaveText(other.nom);
  await expectNoAxeViolations(page);
});

test('a truncated snapshot offered as an update is refused and the old data stays', async ({ context, page }) => {
  await visitOnline(page, '/lieux');
  const full = readFileSync(new URL('../../public/data/snapshot.json', import.meta.url), 'utf8');
  await announceVersion(context, 'ffffffffffffffff');
  await context.route('**/data/snapshot.json?*', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: full.slice(0, Math.floor(full.length / 2)) }),
  );
  await page.reload();
  await expect(page.locator('.data-status__refusal')).toBeVisible();
  await expect(page.locator('.place-list a')).toHaveCount(snapshot.places.length);

  await goOfflineAndReload(context, page);
  await expect(page.locator('.place-list a')).toHaveCount(snapshot.places.length);
});

test('a newer valid snapshot replaces the old data, and stays offline', async ({ context, page }) => {
  await visitOnline(page, '/lieux');
  const full = JSON.parse(readFileSync(new URL('../../public/data/snapshot.json', import.meta.url), 'utf8')) as {
    counts: Record<string, number>;
    places: Place[];
  };
  const places = full.places.slice(1);
  const newer = { ...full, version: await snapshotVersion(places), generated_at: '2030-01-31', counts: { ...full.counts, places: places.length }, places };
  await announceVersion(context, newer.version);
  await context.route('**/data/snapshot.json?*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(newer) }));
  await page.reload();
  await expect(page.locator('.place-list a')).toHaveCount(places.length);
  await expect(page.locator('.data-status')).toContainText('31 janvier 2030'); // dates by Intl in the page's language

  await goOfflineAndReload(context, page);
  await expect(page.locator('.place-list a')).toHaveCount(places.length);
});
