import { expect, expectNoAxeViolations, goOfflineAndReload, speechStub, test, visitOnline } from './support';

test('offline, a guide in Arabic is right-to-left, switches to Ukrainian, and reads aloud in the right language', async ({ context, page }) => {
  await context.addInitScript(speechStub);
  await visitOnline(page, '/guides');
  await goOfflineAndReload(context, page, '/guides/arnaques?lang=ar');

  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const title = page.locator('h1');
  await expect(title).toHaveText(/[\u0600-\u06FF]/);
  await expect(page.locator('.guide__sentence')).toHaveText(/[\u0600-\u06FF]/);
  await expect(page.locator('.guide__picture')).toBeVisible();
  await expect.poll(() => page.locator('.guide__picture').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  await page.locator('.read-aloud button').first().click();
  const spokenArabic = await page.evaluate(() => (window as unknown as { spoken: { lang: string }[] }).spoken);
  expect(spokenArabic.length).toBeGreaterThan(0);
  expect(spokenArabic.every((utterance) => utterance.lang.startsWith('ar'))).toBe(true);

  await page.getByRole('combobox').selectOption('uk');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(title).toHaveText(/[\u0400-\u04FF]/);
  await page.locator('.guide__nav .button--primary').click();
  await expect(page.locator('.guide__sentence')).toHaveText(/[\u0400-\u04FF]/);
  await page.locator('.read-aloud button').first().click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { lang: string }[] }).spoken);
  expect(spoken.at(-1)?.lang).toBe('uk-UA');
});

test('the guides list and a guide in French have no axe violations, offline', async ({ context, page }) => {
  await visitOnline(page, '/guides');
  await goOfflineAndReload(context, page, '/guides');
  await expect(page.locator('.guide-list a')).toHaveCount(12);
  await expectNoAxeViolations(page);
  await page.locator('.guide-list a').first().click();
  await expect(page.locator('.guide__sentence')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('without a voice for the language, the app says so instead of failing silently', async ({ context, page }) => {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', {
      value: { getVoices: () => [], speak() {}, cancel() {}, pause() {}, resume() {}, addEventListener() {}, removeEventListener() {} },
    });
  });
  await visitOnline(page, '/guides');
  await page.goto('/guides/arnaques?lang=fa');
  await expect(page.locator('.read-aloud__missing')).toBeVisible();
});
