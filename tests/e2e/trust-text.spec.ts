// Text is text: hostile names neither widen the page nor reorder their neighbours, and no data becomes a script link.
import { type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, goOfflineAndReload, test, visitOnline } from './support';
import { SNAPSHOT, hashedSnapshot, serveSnapshot } from './hostile-data';

test.use({ viewport: { width: 360, height: 740 } });

const LONG = 'hub-285'; // France Services, Bourgueil: the first result for "démarches" at Bourgueil
const REVERSED = SNAPSHOT.places.find((place) => place.id !== LONG)!.id;
const LINKS = SNAPSHOT.places.filter((place) => place.id !== LONG && place.id !== REVERSED)[0]!.id;

function hostilePlaces(): unknown[] {
  return SNAPSHOT.places.map((place) => {
    if (place.id === LONG) return { ...place, nom: 'B'.repeat(10_000) };
    if (place.id === REVERSED) return { ...place, nom: 'Médiathèque مكتبة', commune: 'Tours\u202E exe.fdp' };
    if (place.id === LINKS) {
      return { ...place, site_web: ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://exemple.fr/aide'], telephone: 'javascript:alert(1)', courriels: ['x@y.fr"><img src=x>'] };
    }
    return place;
  });
}

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, 'the page is no wider than the screen').toBeLessThanOrEqual(width);
}

test('a 10,000-character name, an unclosed right-to-left override and script links leave the layout and the links sound, offline too', async ({ context, page }) => {
  await serveSnapshot(context, await hashedSnapshot(hostilePlaces()));
  await visitOnline(page, '/lieux');
  await goOfflineAndReload(context, page);

  const long = page.locator(`a[href="/lieu/${LONG}"]`);
  await expect(long).toBeVisible();
  expect((await long.boundingBox())!.width).toBeLessThanOrEqual(360);
  await expectNoHorizontalOverflow(page);

  // The override is gone and the commune is isolated: " · Médiathèque" after it reads in order.
  const reversed = page.locator(`a[href="/lieu/${REVERSED}"] .place-list__meta`);
  await expect(reversed).not.toContainText('\u202E');
  await expect(reversed).toContainText('Tours exe.fdp ·');
  expect(await reversed.locator('bdi').evaluate((node) => getComputedStyle(node).unicodeBidi)).toBe('isolate');
  await expectNoAxeViolations(page);

  await goOfflineAndReload(context, page, `/lieu/${LONG}`);
  await expect(page.locator('h1')).toContainText('BBBB');
  await expectNoHorizontalOverflow(page);

  await goOfflineAndReload(context, page, `/lieu/${LINKS}`);
  await expect(page.locator('a[href="https://exemple.fr/aide"]')).toBeVisible();
  await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i], a[href^="tel:javascript" i]')).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await goOfflineAndReload(context, page, '/orientation?besoin=demarches&commune=37031');
  await expect(page.locator('ol.results > li').first()).toContainText('BBBB');
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
});
