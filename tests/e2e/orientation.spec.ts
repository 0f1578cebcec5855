import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, goOfflineAndReload, test, visitOnline } from './support';

const snapshot = JSON.parse(readFileSync(new URL('../../public/data/snapshot.json', import.meta.url), 'utf8')) as {
  places: { id: string; nom: string; commune: string }[];
};
const byId = (id: string) => snapshot.places.find((place) => place.id === id)!;
// France Services in Bourgueil: "Mo,Tu 09:00-12:30,13:30-17:00; We 09:00-12:00,13:30-16:30; Th 09:30-12:30,13:30-17:00; Fr 09:00-12:30".
const franceServicesBourgueil = byId('hub-285');

test('offline: choose a need and a commune (with a typo), get ranked results, open a place and read its hours', async ({ context, page }) => {
  await visitOnline(page, '/');
  await goOfflineAndReload(context, page);

  await page.getByRole('link', { name: 'Faire une démarche en ligne' }).click();
  await page.getByLabel('Ma commune ou mon code postal').fill('bourgeuil');
  await page.getByRole('option', { name: /^Bourgueil/ }).click();

  await expect(page).toHaveURL(/\/orientation\?besoin=demarches&commune=37031$/);
  await expect(page.locator('h1')).toContainText('Bourgueil');
  const results = page.locator('ol.results > li');
  await expect(results.first()).toContainText(franceServicesBourgueil.nom);
  await expect(results.first()).toContainText('Une personne vous aide');
  expect(await results.count()).toBeGreaterThan(3);
  // Every result says how far, in km, and in which direction.
  const distances = await results.locator('.result__where').allInnerTexts();
  const kms = distances.map((text) => Number.parseFloat(/à ([\d,]+) km/.exec(text)![1]!.replace(',', '.')));
  expect(kms[0]).toBeLessThan(5); // from the centre of Bourgueil
  await expectNoAxeViolations(page);

  await results.first().getByRole('link').click();
  await expect(page.locator('h1')).toHaveText(franceServicesBourgueil.nom);
  await expect(page.locator('table')).toContainText('Lundi');
  await expect(page.getByText(/^À apporter|Ouvert|Ouvre|Fermé/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a shared orientation link works offline and lists places as links in ranked order', async ({ context, page }) => {
  await visitOnline(page, '/');
  await goOfflineAndReload(context, page, '/orientation?service=Aide%20aux%20d%C3%A9marches%20administratives&commune=37031');
  const links = page.locator('ol.results > li a.result__name');
  await expect(links.first()).toHaveAttribute('href', /^\/lieu\/hub-285/);

  await goOfflineAndReload(context, page, '/orientation?besoin=imprimer-scanner&lat=47.3941&lon=0.6848');
  await expect(page.locator('h1')).toContainText('Tours');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
});

/** Adds up the page's layout shifts (CLS's own entries: shifts within half a second of a tap do not count). */
async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; where: string }[] = [];
    (window as unknown as { layoutShifts: typeof shifts }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        const where = entry.sources.map((source) => (source.node instanceof Element ? `${source.node.tagName.toLowerCase()}.${source.node.className}` : '?')).join(' ');
        shifts.push({ value: entry.value, where });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded so far add up to less than CLS's "good" threshold (0.1); the message lists them. */
async function expectLittleShifting(page: Page): Promise<void> {
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: { value: number; where: string }[] }).layoutShifts);
  expect(shifts.reduce((sum, shift) => sum + shift.value, 0), JSON.stringify(shifts)).toBeLessThan(0.1);
}

/** What shows depends on the hour (open or not, a holiday): a Tuesday morning, France Services open. */
const TUESDAY_MORNING = new Date('2026-11-24T10:00:00+01:00');

test('the results of a shared link arrive without pushing the page about, online and offline', async ({ context, page }) => {
  await page.clock.setFixedTime(TUESDAY_MORNING);
  await recordLayoutShifts(page);
  const link = '/orientation?commune=37258&besoin=ameli';
  const settled = async () => {
    await expect(page.locator('ol.results > li').first()).toBeVisible();
    await expect(page.locator('.orientation__count')).toContainText(/\d+ lieux/);
    // Late parts (hours, the take-away bar) have time to come in.
    await page.waitForTimeout(1500);
  };

  await visitOnline(page, link);
  await settled();
  await expectLittleShifting(page);

  await goOfflineAndReload(context, page);
  await settled();
  await expectLittleShifting(page);
  await expect(page.locator('.orientation__why')).toBeVisible();
});

test('a shared place page fills in without moving its call button, online and offline', async ({ context, page }) => {
  await page.clock.setFixedTime(TUESDAY_MORNING);
  await recordLayoutShifts(page);
  const link = `/lieu/${franceServicesBourgueil.id}`;
  const settled = async () => {
    await expect(page.locator('.place-top .open-status')).toContainText('Ouvert');
    await expect(page.locator('.handoff button', { hasText: 'Imprimer' })).toBeVisible();
    await page.waitForTimeout(1000);
  };

  await visitOnline(page, link);
  await settled();
  await expectLittleShifting(page);
  // The take-away bar comes after the address and the contact, which a person reads first.
  const [address, print] = await Promise.all([
    page.getByRole('heading', { name: 'Adresse' }).boundingBox(),
    page.locator('.handoff button', { hasText: 'Imprimer' }).boundingBox(),
  ]);
  expect(print!.y).toBeGreaterThan(address!.y);

  await goOfflineAndReload(context, page);
  await settled();
  await expectLittleShifting(page);
  await expectNoAxeViolations(page);
});

async function statusAt(page: Page, isoTime: string): Promise<string> {
  await page.clock.setFixedTime(new Date(isoTime));
  await page.goto(`/lieu/${franceServicesBourgueil.id}`);
  const status = page.locator('.open-status').first();
  await expect(status).toBeVisible();
  return status.innerText();
}

test('open now and next opening are right on a weekday, a Sunday and a public holiday, offline', async ({ context, page }) => {
  await visitOnline(page, '/');
  await context.setOffline(true);
  expect(await statusAt(page, '2026-11-24T10:00:00+01:00')).toMatch(/Ouvert jusqu.à 12\sh\s30/); // Tuesday morning
  expect(await statusAt(page, '2026-11-24T12:45:00+01:00')).toMatch(/Ouvre (bientôt|à 13\sh\s30)/); // Tuesday lunch break
  expect(await statusAt(page, '2026-11-29T10:00:00+01:00')).toMatch(/Ouvre demain à 9\sh/); // Sunday
  expect(await statusAt(page, '2026-11-11T10:00:00+01:00')).toMatch(/jour férié/); // Armistice, a Wednesday
  expect(await statusAt(page, '2026-11-11T10:00:00+01:00')).toMatch(/demain à 9\sh\s30/); // opens Thursday 9:30
});

test('search with typos and word order finds the intended place, offline', async ({ context, page }) => {
  // The index is built, and each query answered, in a worker: typing never waits for it.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await visitOnline(page, '/');
  await goOfflineAndReload(context, page, '/recherche');
  await expect.poll(() => workers.filter((path) => path.includes('search-worker')).length).toBeGreaterThan(0);
  const field = page.getByLabel("Nom d'un lieu, d'une commune ou d'un service");
  await field.pressSequentially('mediateque luce');
  await expect(page.locator('.place-list a').first()).toContainText(byId('hub-255').nom);
  await expect(page).toHaveURL(/\/recherche\?q=mediateque%20luce$/);

  await field.fill('');
  await field.pressSequentially('chatoroux bibliotheque');
  await expect(page.locator('.place-list a').first()).toContainText('Châteauroux');
  await expectNoAxeViolations(page);

  await goOfflineAndReload(context, page, '/recherche?q=luce%20mediatheque');
  await expect(page.locator('.place-list a').first()).toContainText(byId('hub-255').nom);
});
