// Privacy: a remembered position can be forgotten, a kiosk never keeps one, the referrer policy suits tile servers.
import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, goOfflineAndReload, test, visitOnline } from './support';

const REMEMBERED = 'boussole:ou-je-suis';
const remembered = (page: Page) => page.evaluate((key) => localStorage.getItem(key), REMEMBERED);

async function chooseBourgueil(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Faire une démarche en ligne' }).click();
  await page.getByLabel('Ma commune ou mon code postal').fill('bourgueil');
  await page.getByRole('option', { name: /^Bourgueil/ }).click();
  await expect(page).toHaveURL(/commune=37031/);
}

test('"forget my position" beside the remembered commune forgets it on the device, offline', async ({ context, page }) => {
  await visitOnline(page, '/');
  await goOfflineAndReload(context, page);
  await chooseBourgueil(page);
  expect(await remembered(page)).toContain('Bourgueil');

  await goOfflineAndReload(context, page, '/');
  const where = page.locator('.home__where');
  await expect(where).toContainText('Bourgueil');
  await expectNoAxeViolations(page);
  await where.getByRole('button', { name: 'Oublier ma position' }).click();
  await expect(where).toHaveCount(0);
  expect(await remembered(page)).toBeNull();
  await page.reload();
  await expect(page.locator('.home__where')).toHaveCount(0);
});

test('a kiosk never stores the position a visitor chose', async ({ context, page }) => {
  await visitOnline(page, '/?borne=1');
  await goOfflineAndReload(context, page, '/');
  await chooseBourgueil(page);
  await expect(page.locator('h1')).toContainText('Bourgueil');
  expect(await remembered(page)).toBeNull();
});

test('the page asks for strict-origin-when-cross-origin, and its CSP has no invalid source', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'strict-origin-when-cross-origin');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/img-src 'self' data: https:\/\/[\w.*-]+;/);
  expect(csp).not.toMatch(/[{}]/);
});
