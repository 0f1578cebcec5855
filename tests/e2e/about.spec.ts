import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, goOfflineAndReload, PINNED_NOW, test, visitOnline } from './support';

const snapshot = JSON.parse(readFileSync(new URL('../../public/data/snapshot.json', import.meta.url), 'utf8')) as {
  places: { date_maj: string }[];
};
const aYearBefore = `${Number(PINNED_NOW.slice(0, 4)) - 1}${PINNED_NOW.slice(4, 10)}`;
const oldPlaces = snapshot.places.filter((place) => place.date_maj.slice(0, 10) < aYearBefore).length;

test('offline, "À propos" says what Boussole is, how many places and how old their data is, and who to tell', async ({ context, page }) => {
  await visitOnline(page, '/');
  await goOfflineAndReload(context, page);
  await page.getByRole('link', { name: 'À propos' }).click();
  await expect(page).toHaveURL(/\/a-propos$/);
  await expect(page.locator('h1')).toHaveText('À propos de Boussole');
  await expect(page.locator('.about')).toContainText(`${snapshot.places.length} lieux`);
  expect(oldPlaces).toBeGreaterThan(0);
  await expect(page.locator('.about__caution')).toContainText(`plus d'un an : ${oldPlaces}`);
  await expect(page.locator('.about')).toContainText('cartographie.societenumerique.gouv.fr');
  await expectNoAxeViolations(page);

  await page.goto('/a-propos?lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText('حول بوصلة');
  await expectNoAxeViolations(page);
});
