import { expect, goOfflineAndReload, test, visitOnline } from './support';

test('a kiosk forgets the visitor after idle time: home, French, no remembered place, no history', async ({ context, page }) => {
  await page.clock.install({ time: new Date('2026-12-03T10:00:00+01:00') });
  await visitOnline(page, '/?borne=1&veille=5');
  await goOfflineAndReload(context, page, '/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');

  await page.goto('/orientation?besoin=caf&commune=37031');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  const entries = await page.evaluate(() => history.length);
  await page.locator('ol.results a.result__name').first().click();
  await expect(page).toHaveURL(/\/lieu\//);
  expect(await page.evaluate(() => localStorage.getItem('boussole:ou-je-suis'))).toBeNull();

  // No touch for the idle delay: a warning first (src/kiosk/IdleWarning), then, still no touch, everything about this visitor is gone.
  await page.clock.runFor(6_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(31_000);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.locator('.home__where')).toHaveCount(0);
  // In-app navigation replaced entries instead of adding them: "back" cannot reveal this visit.
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('"new person" wipes the visit at once', async ({ page }) => {
  await visitOnline(page, '/?borne=1');
  await page.goto('/orientation?besoin=impots&commune=37031');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  await page.getByRole('link', { name: 'Accueil' }).click();
  await expect(page.locator('.home__where')).toBeVisible();
  await page.getByRole('button', { name: /Nouvelle personne/ }).click();
  await expect(page.locator('.home__where')).toHaveCount(0);
});

test('outside kiosk mode the last place is remembered on the device', async ({ page }) => {
  await visitOnline(page, '/');
  await page.goto('/orientation?besoin=impots&commune=37031');
  await expect(page.locator('ol.results > li').first()).toBeVisible();
  // The link's commune is remembered once the results have rendered (an effect): it may land a moment after them.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('boussole:ou-je-suis'))).toContain('Bourgueil');
});
