import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext, type Download, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { expectNoAxeViolations, goOfflineAndReload, visitOnline } from './support';

/** Thursday 3 December 2026, mid-morning in Paris: the bus is in Gallardon on Thursdays. */
const THURSDAY = new Date('2026-12-03T10:00:00+01:00');

/**
 * A persistent context (a real profile folder) so that closing and reopening
 * the browser keeps IndexedDB, as on the mediator's tablet; storageState
 * would not carry IndexedDB.
 */
async function openBrowser(dir: string, baseURL: string | undefined): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    baseURL,
    serviceWorkers: 'allow',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.clock.install({ time: THURSDAY });
  return { context, page };
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [Download, void];
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

test('mediator: a tour, today\'s stop, a tally that survives a restart, its CSV and the tour file, offline', async ({ baseURL }) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(join(tmpdir(), 'boussole-mediateur-'));
  try {
    let { context, page } = await openBrowser(dir, baseURL);
    await visitOnline(page, '/mediateur');
    await goOfflineAndReload(context, page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mode médiateur : la tournée');
    await expect(page.getByText("La tournée n'a encore aucun arrêt.")).toBeVisible();

    // A stop: Gallardon's library, every Thursday morning.
    await page.getByText('Ajouter un arrêt').click();
    await page.locator('#commune-input').fill('Gallardon');
    await page.getByRole('option', { name: /^Gallardon/ }).click();
    await page.locator('#stop-place').selectOption('hub-47');
    await page.locator('#stop-weekday').selectOption('4');
    await page.getByRole('button', { name: "Enregistrer l'arrêt" }).click();
    await expect(page.getByRole('heading', { name: /Arrêt à Gallardon, 9\sh\s30 – 12\sh\s30/ })).toBeVisible();
    await expect(page.getByText('Accueil : Bibliothèque : Gallardon')).toBeVisible();
    // The nearest places per need, and one tap to orient a person from the stop.
    const wifi = page.locator('.mediator__needs > li').filter({ hasText: 'Wi-Fi gratuit' });
    await expect(wifi.locator('a').first()).toHaveText('Bibliothèque : Gallardon');
    await expectNoAxeViolations(page);

    // Three visits, each a tap.
    const tally = page.locator('.mediator__tally');
    await tally.getByLabel('Besoin de la personne').selectOption('caf');
    await tally.getByRole('button', { name: 'Aidée sur place' }).click();
    await expect(tally.getByRole('status')).toContainText("Passages notés ici aujourd'hui : 1.");
    await tally.getByRole('button', { name: 'Guide montré' }).click();
    await tally.getByLabel('Besoin de la personne').selectOption('imprimer-scanner');
    await tally.getByRole('button', { name: 'Orientée ailleurs' }).click();
    await expect(tally.getByRole('status')).toContainText("Passages notés ici aujourd'hui : 3.");
    // A fourth tap by mistake, taken back: it must not reach the CSV.
    await tally.getByRole('button', { name: 'Aidée sur place' }).click();
    await expect(tally.getByRole('status')).toContainText("Passages notés ici aujourd'hui : 4.");
    await tally.getByRole('button', { name: 'Annuler le dernier passage noté' }).click();
    await expect(tally.getByRole('status')).toContainText("Passages notés ici aujourd'hui : 3. Dernier passage annulé.");

    // The browser closes (a flat battery) and opens again, still with no network.
    await context.close();
    ({ context, page } = await openBrowser(dir, baseURL));
    await context.setOffline(true);
    const response = await page.goto('/mediateur');
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('.mediator__tally').getByRole('status')).toContainText("Passages notés ici aujourd'hui : 3.");

    // The CSV holds exactly the three taps.
    const csv = await downloaded(page, () => page.getByRole('button', { name: 'Télécharger la fréquentation (CSV)' }).click());
    expect(csv.name).toBe('frequentation-2026-12-03.csv');
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = csv.text.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe('Date;Heure;Commune;Code INSEE;Besoin;Issue');
    expect(rows.slice(1).map((row) => row.split(';').slice(2).join(';'))).toEqual([
      expect.stringMatching(/^Gallardon;28168;.*CAF.*;Aidée sur place$/),
      expect.stringMatching(/^Gallardon;28168;.*CAF.*;Guide montré$/),
      expect.stringMatching(/^Gallardon;28168;.*;Orientée vers un autre lieu$/),
    ]);
    for (const row of rows.slice(1)) expect(row.startsWith('2026-12-03;10:')).toBe(true);

    // The tour file round-trips: export, empty the tour, import, export again: the same tour.
    const tour = await downloaded(page, () => page.getByRole('button', { name: 'Exporter la tournée (fichier)' }).click());
    expect(JSON.parse(tour.text)).toMatchObject({ format: 'boussole-tournee', version: 1, stops: [{ commune: { code: '28168' }, weekday: 4 }] });
    const fileInput = page.locator('input[type=file]');
    // A malformed file: a clear message, and nothing changes.
    await fileInput.setInputFiles({ name: 'tournee.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"boussole-tournee","version":1,"stops":[{"id":"x"}]}') });
    await expect(page.getByRole('alert')).toHaveText("L'arrêt n° 1 du fichier est incorrect (commune). La tournée n'a pas changé.");
    await expect(page.locator('.mediator__tour > li')).toHaveCount(1);
    await page.getByRole('button', { name: /Supprimer l'arrêt de Gallardon/ }).click();
    await expect(page.getByText('Aucun arrêt pour l\'instant.')).toBeVisible();
    await fileInput.setInputFiles({ name: tour.name, mimeType: 'application/json', buffer: Buffer.from(tour.text) });
    await expect(page.getByRole('status').filter({ hasText: 'Tournée importée' })).toHaveText('Tournée importée. Arrêts : 1.');
    const again = await downloaded(page, () => page.getByRole('button', { name: 'Exporter la tournée (fichier)' }).click());
    expect(JSON.parse(again.text)).toEqual(JSON.parse(tour.text));
    await expectNoAxeViolations(page);

    // "Orienter une personne": the orientation results from the stop (which carry the hand-off).
    await page.getByRole('link', { name: 'Orienter une personne : Wi-Fi gratuit' }).click();
    await expect(page).toHaveURL(/\/orientation\?besoin=wifi-gratuit&commune=28168/);
    await expect(page.locator('ol.results > li').first()).toContainText('Gallardon');
    await context.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('itinerant services: near Lunery the CARSAT bus that stops there, with « passe près de chez moi », offline', async ({ context, page }) => {
  await page.clock.install({ time: THURSDAY });
  await visitOnline(page, '/');
  await goOfflineAndReload(context, page, '/orientation?besoin=outils-quotidien&commune=18133&filtres=passe-pres');
  const bus = page.locator('ol.results > li').filter({ hasText: 'Bus numérique de la CARSAT' });
  await expect(bus).toContainText('Passe à : Lunery');
  await expect(page.getByRole('checkbox', { name: 'Passe près de chez moi' })).toBeChecked();
  await expectNoAxeViolations(page);
  // On its page: its stops, and where its hours are known, its next passages.
  await bus.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Prochains passages' })).toBeVisible();
  await expect(page.locator('.next-passages')).toContainText('Lunery');

  // A travelling service with known hours: its next three passages from the pinned Thursday morning (one under way).
  await page.goto('/lieu/hub-186');
  const passages = page.locator('.next-passages li');
  await expect(passages).toHaveText([/^jeudi 3 décembre, 9\sh – 12\sh$/, /^jeudi 3 décembre, 14\sh – 17\sh$/, /^vendredi 4 décembre, 9\sh – 12\sh$/]);
  await expectNoAxeViolations(page);
});

test('mediator mode in Arabic, right to left, at 200 % zoom on a small phone (180 CSS px), offline', async ({ context, page }) => {
  await page.clock.install({ time: THURSDAY });
  await page.setViewportSize({ width: 180, height: 640 });
  await visitOnline(page, '/mediateur');
  await goOfflineAndReload(context, page, '/mediateur?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const tour = {
    format: 'boussole-tournee',
    version: 1,
    stops: [{ id: 'jeudi', commune: { code: '28168', name: 'Gallardon', latitude: 48.526, longitude: 1.692 }, weekday: 4, start: '14:00', end: '17:00', recurrence: { kind: 'monthly', nth: 1 } }],
  };
  await page.locator('input[type=file]').setInputFiles({ name: 'tournee.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tour)) });
  await expect(page.getByRole('status').filter({ hasText: 'تم استيراد الجولة' })).toBeVisible();
  // 3 December 2026 is the first Thursday of the month: today's stop.
  await expect(page.locator('.mediator__stop h3')).toContainText('Gallardon');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(181);
  await expectNoAxeViolations(page);
  await page.locator('.mediator__add > summary').click();
  await expect(page.locator('#commune-input')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(181);
});
