import { expect, expectNoAxeViolations, goOfflineAndReload, test, visitOnline } from './support';

const TILE_HOST = 'tile.openstreetmap.org';

// Which places are open, hence the ranking and where result markers fall, depends on the hour: the map must
// pass its checks (axe target-size included) whatever the instant.
const INSTANTS = {
  'a Monday at 10:00': '2026-11-23T10:00:00+01:00',
  'a Sunday at 22:00': '2026-11-29T22:00:00+01:00',
  'Christmas Day (a public holiday)': '2026-12-25T10:00:00+01:00',
};

for (const [when, now] of Object.entries(INSTANTS)) {
  test.describe(when, () => {
    test.use({ now });

    test('offline, /carte draws the commune outlines and the places, asks no tile host, and a marker leads to its place', async ({ context, page }) => {
      const tileRequests: string[] = [];
      context.on('request', (request) => {
        if (new URL(request.url()).hostname !== '127.0.0.1') tileRequests.push(request.url());
      });
      await visitOnline(page, '/');
      await goOfflineAndReload(context, page, '/carte?besoin=demarches&commune=37031');

      await expect(page.locator('.map-communes').first()).toBeAttached({ timeout: 30_000 });
      // Commune outlines are drawn as one SVG path: one "M" per ring, about 1,800 communes.
      const outline = (await page.locator('path.map-communes').first().getAttribute('d')) ?? '';
      expect(outline.split('M').length).toBeGreaterThan(1500);
      await expect(page.locator('.places-map__notice')).toContainText('simplifiée');
      const results = page.locator('.map-marker--result');
      await expect(results.first()).toBeVisible();
      // The list alternative: the same ranked places as links.
      await expect(page.locator('ol.results > li').first()).toBeVisible();
      await expectNoAxeViolations(page);

      // Keyboard: the first result marker is focusable and Enter opens its card with a link to the place.
      await results.first().focus();
      await page.keyboard.press('Enter');
      const link = page.locator('.map-popup a[href^="/lieu/"]');
      await expect(link).toBeVisible();
      const href = await link.getAttribute('href');
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?]/g, '\\?')}$`));
      await expect(page.locator('h1')).not.toBeEmpty();

      expect(tileRequests.filter((url) => url.includes(TILE_HOST))).toEqual([]);
      expect(tileRequests).toEqual([]);
    });
  });
}
