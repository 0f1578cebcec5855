// Faults and hostile data: none of them may leave a screen blank or the footer on "loading" forever.
import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, goOfflineAndReload, test, visitOnline } from './support';
import { SNAPSHOT, hashedSnapshot, serveSnapshot } from './hostile-data';

/** Every third place loses its complements, the next its services, the next gets its site as a bare string. */
function malformedPlaces(): unknown[] {
  const places: unknown[] = SNAPSHOT.places.map((place, index) => {
    const copy: Record<string, unknown> = { ...place };
    if (index % 3 === 0) delete copy.complements;
    if (index % 3 === 1) delete copy.services;
    if (index % 3 === 2) copy.site_web = 'https://exemple.fr';
    return copy;
  });
  // And two places no screen can show: skipped, not fatal.
  places.push({ nom: 'Sans identifiant', latitude: 47, longitude: 1 }, 'pas un lieu');
  return places;
}

async function expectResults(page: Page): Promise<void> {
  await expect(page.locator('ol.results > li').first()).toBeVisible({ timeout: 30_000 });
}

test('a correctly hashed snapshot with malformed places leaves /carte, /recherche and /orientation working, offline too', async ({ context, page }) => {
  await serveSnapshot(context, await hashedSnapshot(malformedPlaces()));
  await visitOnline(page, '/lieux');
  await expect(page.locator('.place-list a')).toHaveCount(SNAPSHOT.places.length);

  await page.goto('/orientation?besoin=wifi-gratuit&lat=47.3941&lon=0.6848');
  await expectResults(page);
  await expectNoAxeViolations(page);
  await page.goto('/recherche?q=m%C3%A9diath%C3%A8que');
  await expect(page.locator('.place-list a').first()).toBeVisible();
  await page.goto('/carte?besoin=demarches&commune=37031');
  await expectResults(page);

  await goOfflineAndReload(context, page, '/orientation?besoin=wifi-gratuit&lat=47.3941&lon=0.6848');
  await expectResults(page);
  await goOfflineAndReload(context, page, '/recherche?q=tours');
  await expect(page.locator('.place-list a').first()).toBeVisible();
  await goOfflineAndReload(context, page, '/carte?besoin=wifi-gratuit&commune=37261');
  await expectResults(page);
  await expectNoAxeViolations(page);
});

/** Replaces the stored snapshot text by `json`, as a faulty version or a damaged disk would leave it. */
async function corruptStoredRecord(page: Page, json: unknown): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('boussole');
        open.onsuccess = () => {
          const transaction = open.result.transaction('snapshotText', 'readwrite');
          transaction.objectStore('snapshotText').put({ key: 'snapshot', json: value });
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
        open.onerror = () => reject(open.error);
      }),
    json,
  );
}

for (const [label, damage] of [
  ['garbage text', 'ceci n’est pas du JSON {'],
  ['json: 42', 42],
  ['{"places":null}', '{"places":null}'],
] as const) {
  test(`a stored record holding ${label} recovers from the precached snapshot, offline`, async ({ context, page }) => {
    await visitOnline(page, '/lieux');
    await corruptStoredRecord(page, damage);
    await goOfflineAndReload(context, page);
    await expect(page.locator('.place-list a')).toHaveCount(SNAPSHOT.places.length);
    await expect(page.locator('.data-status')).toContainText('enregistrées sur cet appareil');
    // Recovered for good: the next start reads the repaired record.
    await page.reload();
    await expect(page.locator('.place-list a')).toHaveCount(SNAPSHOT.places.length);
  });
}

test('storage full on the first start still shows the places, and says nothing is kept', async ({ context, page }) => {
  await page.addInitScript(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
  await visitOnline(page, '/lieux');
  await expect(page.locator('.place-list a')).toHaveCount(SNAPSHOT.places.length);
  await expect(page.locator('.data-status')).toContainText('Rien n’est enregistré sur cet appareil'.replace('’', "'"));
  await expectNoAxeViolations(page);

  // Nothing was stored, but the precached snapshot still serves this visit offline.
  await goOfflineAndReload(context, page);
  await expect(page.locator('.place-list a')).toHaveCount(SNAPSHOT.places.length);
});

test('without IndexedDB the places show from memory, with the same plain words', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined });
  });
  await visitOnline(page, '/lieux');
  await expect(page.locator('.place-list a')).toHaveCount(SNAPSHOT.places.length);
  await expect(page.locator('.data-status__not-stored')).toBeVisible();
});
