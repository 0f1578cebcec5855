import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, goOfflineAndReload, speechStub, visitOnline } from './support';

// Everything here depends on the date (opening status, age of the data): the clock is pinned.
const NOW = new Date('2026-11-24T10:00:00+01:00'); // a Tuesday morning

const THIZAY = '37258'; // Thizay (Indre-et-Loire), postal code 37500
const RESULTS = `/orientation?besoin=demarches&commune=${THIZAY}`;
const PLACE = '/lieu/hub-285'; // MSAP Bourgueil: hours and a phone

/** The nine screens the issue names and the screens built since, each with what shows it is there. */
const ROUTES: { name: string; path: string; ready: string }[] = [
  { name: 'home', path: '/', ready: '.needs' },
  { name: 'orientation results', path: RESULTS, ready: 'ol.results > li' },
  { name: 'place', path: PLACE, ready: '.place-top' },
  { name: 'search', path: '/recherche?q=mediatheque', ready: '.place-list li' },
  { name: 'places', path: '/lieux', ready: '.place-list li' },
  { name: 'map screen', path: `/carte?besoin=demarches&commune=${THIZAY}`, ready: '.places-map__map' },
  { name: 'guides', path: '/guides', ready: '.guide-list' },
  { name: 'guide', path: '/guides/franceconnect', ready: '.guide__screen' },
  { name: 'credits', path: '/credits', ready: 'h1' },
  { name: 'about', path: '/a-propos', ready: '.about' },
  { name: 'mediator', path: '/mediateur', ready: '.mediator' },
  { name: 'leaflet', path: '/depliant?commune=28168&rayon=15', ready: '.leaflet__pages' },
];

const withLanguage = (path: string, language: string) => `${path}${path.includes('?') ? '&' : '?'}lang=${language}`;

async function startOffline(page: Page, context: import('@playwright/test').BrowserContext, path = '/'): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await visitOnline(page, '/');
  await goOfflineAndReload(context, page, path);
}

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

for (const language of ['fr', 'ar']) {
  test(`offline in ${language}: every screen reflows at 320 and at 180 CSS px, has its own title and no axe violation`, async ({ context, page }) => {
    test.setTimeout(180_000);
    await startOffline(page, context);
    const titles = new Map<string, string>();
    for (const width of [320, 180]) {
      await page.setViewportSize({ width, height: 760 });
      for (const route of ROUTES) {
        await page.goto(withLanguage(route.path, language));
        await expect(page.locator(route.ready).first(), `${route.name} at ${width}px`).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('dir', language === 'ar' ? 'rtl' : 'ltr');
        const { scrollWidth, innerWidth } = await horizontalOverflow(page);
        expect(scrollWidth, `${route.name} at ${width} CSS px scrolls sideways`).toBeLessThanOrEqual(innerWidth);
        if (width === 320) {
          await expect(page).toHaveTitle(/Boussole$/);
          await expect.poll(() => page.title()).not.toBe('Boussole');
          titles.set(route.name, await page.title());
          await expectNoAxeViolations(page);
        }
      }
    }
    expect(new Set(titles.values()).size, [...titles.values()].join(' | ')).toBe(ROUTES.length);
    await page.goto(withLanguage(PLACE, language));
    await expect(page).toHaveTitle(/^MSAP Bourgueil — Boussole$/);
  });

  test(`offline in ${language}: on a 360×760 phone the first result's name and opening status are on the first screen`, async ({ context, page }) => {
    await page.setViewportSize({ width: 360, height: 760 });
    await startOffline(page, context, withLanguage(RESULTS, language));
    const first = page.locator('ol.results > li').first();
    await expect(first.locator('.result__hours')).not.toHaveText('…');
    for (const part of [first.locator('.result__name'), first.locator('.result__hours')]) {
      const box = await part.boundingBox();
      expect(box, 'visible').not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(760);
    }
    // The count is announced politely, and the order explained in one line.
    await expect(page.locator('.orientation__count')).toHaveAttribute('aria-live', 'polite');
    await expect(page.locator('.orientation__why')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('offline: the language survives a reload and a shared link, and every link carries it', async ({ context, page }) => {
  await startOffline(page, context);
  await page.locator('.language-picker select').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page).toHaveURL(/[?&]lang=ar/);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('h1')).toHaveText(/[\u0600-\u06FF]/);

  // Into the app by its own links: the address keeps the language.
  await page.getByRole('link', { name: /[\u0600-\u06FF]/ }).and(page.locator('.need')).first().click();
  await expect(page).toHaveURL(/\/orientation\?.*lang=ar/);

  // A link a person shares opens in their language on a device that never chose one.
  await page.goto(`${PLACE}?lang=ar`);
  const shared = page.url();
  await page.evaluate(() => localStorage.clear());
  await page.goto(shared);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('.place-page__help')).toHaveText(/[\u0600-\u06FF]/);
  // Standard data labels are translated (not "Accompagnement individuel").
  await expect(page.locator('.place-page')).not.toContainText('Accompagnement individuel');
  await expectNoAxeViolations(page);
  // A link pressed in the page carries the language too (a new tab, a copied address).
  const credits = page.locator('a[href^="/credits"]');
  await credits.focus();
  await expect(credits).toHaveAttribute('href', '/credits?lang=ar');
});

test('offline: "37500" offers all its communes, Thizay among them, in an ARIA combobox; focus goes to the results heading', async ({ context, page }) => {
  await startOffline(page, context, '/');
  // Choosing a need moves focus to the new screen's heading, not to <body>.
  await page.getByRole('link', { name: 'Faire une démarche en ligne' }).click();
  await expect(page.locator('h1')).toHaveText('Faire une démarche en ligne');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page).toHaveTitle('Faire une démarche en ligne — Boussole');
  const field = page.getByRole('combobox', { name: 'Ma commune ou mon code postal' });
  await field.fill('37500');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options).toHaveCount(15);
  await expect(page.getByRole('option', { name: /^Thizay/ })).toBeVisible();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await expect(field).toHaveAttribute('aria-controls', 'commune-listbox');
  await expectNoAxeViolations(page);

  // Arrow keys walk the options, Escape closes the list, Enter chooses.
  await field.press('ArrowDown');
  const firstId = await options.first().getAttribute('id');
  await expect(field).toHaveAttribute('aria-activedescendant', firstId!);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await field.press('Escape');
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await field.fill('thizay 37500');
  await field.press('ArrowDown');
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`commune=${THIZAY}`));
  await expect(page.locator('h1')).toContainText('Thizay');
  await expect(page.locator('h1')).toBeFocused();
  await expect(page).toHaveTitle(/Thizay — Boussole$/);
});

test('offline: "carte vitale" offers the Ameli need first, then places, in French and in Arabic', async ({ context, page }) => {
  await startOffline(page, context, '/recherche');
  const field = page.getByLabel("Nom d'un lieu, d'une commune ou d'un service");
  await field.pressSequentially('carte vitale');
  const needs = page.locator('.search-needs a');
  await expect(needs.first()).toHaveText('Santé, Ameli');
  await expect(needs.first()).toHaveAttribute('href', /besoin=ameli/);
  // The need comes before the places in the page.
  const order = await page.locator('.search-needs, .place-list, #search-results').evaluateAll((nodes) => nodes.map((node) => node.className || node.id));
  expect(order[0]).toBe('search-needs');
  await expectNoAxeViolations(page);

  await page.goto('/recherche?lang=ar');
  await page.getByRole('searchbox').pressSequentially('carte vitale');
  await expect(page.locator('.search-needs a').first()).toHaveAttribute('href', /besoin=ameli.*lang=ar|lang=ar.*besoin=ameli|besoin=ameli/);
  await expect(page.locator('.search-needs a').first()).toHaveText(/[\u0600-\u06FF]/);
  await expectNoAxeViolations(page);

  // Typos too.
  await page.goto('/recherche?q=imprimmer');
  await expect(page.locator('.search-needs a').first()).toHaveAttribute('href', /besoin=imprimer-scanner/);
});

test('offline: the place page starts with the opening status and a call button, says how old its data is, and reads itself aloud', async ({ context, page }) => {
  await context.addInitScript(speechStub);
  await startOffline(page, context, `${PLACE}?besoin=ameli`);
  const top = page.locator('.place-top');
  await expect(top.locator('.open-status')).toContainText(/Ouvert jusqu.à 12\sh\s30/);
  await expect(top.getByRole('link', { name: /Appeler le 02 47 98 23 23/ })).toHaveAttribute('href', 'tel:+33247982323');
  await expect(top.locator('.data-age')).toContainText("Informations du 21 octobre 2020, il y a plus d'un an : appelez avant de vous déplacer.");
  // Status and call come before everything else the page says.
  const callBox = await top.getByRole('link', { name: /Appeler/ }).boundingBox();
  const helpBox = await page.locator('.place-page__help').boundingBox();
  expect(callBox!.y).toBeLessThan(helpBox!.y);

  await top.locator('.read-aloud button').click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken.map((s) => s.text));
  expect(spoken[0]).toBe('MSAP Bourgueil');
  expect(spoken[1]).toMatch(/Ouvert jusqu.à 12\sh\s30/);
  expect(spoken.some((text) => text.startsWith('Adresse :') && text.includes('Bourgueil'))).toBe(true);
  expect(spoken.some((text) => text.startsWith('À apporter :') && text.includes('carte Vitale'))).toBe(true);
  await expectNoAxeViolations(page);

  // In Arabic: Arabic words, the Arabic comma between time ranges, holidays and dates by Intl.
  await page.goto(`${PLACE}?lang=ar`);
  await expect(page.locator('.hours-table tbody tr').first()).toContainText('، ');
  await expect(page.locator('.place-top .data-age')).toHaveText(/[\u0600-\u06FF]/);
  await expectNoAxeViolations(page);
});

test('offline: results say how old their data is and mark the places nobody can check; each result reads aloud', async ({ context, page }) => {
  await context.addInitScript(speechStub);
  await startOffline(page, context, RESULTS);
  const results = page.locator('ol.results > li');
  await expect(results.first().locator('.data-age')).toContainText("il y a plus d'un an");
  await page.getByRole('button', { name: 'Voir plus de lieux' }).click();
  await expect(page.locator('.result__verify').first()).toHaveText('À vérifier — appelez la mairie');
  const name = await results.first().locator('.result__name').innerText();
  await results.first().getByRole('button', { name: `Écouter : ${name}` }).click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string }[] }).spoken.map((s) => s.text));
  expect(spoken[0]).toBe(name);
});

test('offline: the yearly calendar shows the procedures whose date depends on the person', async ({ context, page }) => {
  await startOffline(page, context, '/guides');
  const personal = page.locator('section[aria-labelledby="month-personal"]');
  await expect(personal.locator('h3')).toHaveText("Toute l'année, à une date qui dépend de vous");
  await expect(personal).toContainText('Actualisation mensuelle à France Travail');
  await expect(personal).toContainText('Complémentaire santé solidaire');
  await expectNoAxeViolations(page);
});

test('offline on a 360 px phone and at 320 px: a map card is no wider than the map, and no commune name covers "you are here"', async ({ context, page }) => {
  await page.setViewportSize({ width: 360, height: 760 });
  await startOffline(page, context, withLanguage(`/carte?commune=${THIZAY}`, 'ar'));
  const here = page.locator('.map-symbol__here-label');
  await expect(here).toHaveText('Thizay');
  await expect(page.locator('.map-commune-label').first()).toBeAttached();
  const overlaps = await page.evaluate(() => {
    const boxes = (selector: string) => [...document.querySelectorAll(selector)].map((node) => node.getBoundingClientRect());
    const mine = [...boxes('.map-symbol__here-label'), ...boxes('.map-symbol--here')];
    return boxes('.map-commune-label__text').filter((label) =>
      mine.some((box) => label.left < box.right && box.left < label.right && label.top < box.bottom && box.top < label.bottom),
    ).length;
  });
  expect(overlaps).toBe(0);

  // Narrower still (320 px, WCAG's reflow width): the card must shrink with the map.
  await page.setViewportSize({ width: 320, height: 760 });
  await page.goto(withLanguage(`/carte?besoin=demarches&commune=${THIZAY}`, 'ar'));
  const marker = page.locator('.map-marker--result').first();
  await expect(marker).toBeVisible();
  await marker.focus();
  await page.keyboard.press('Enter');
  const popup = page.locator('.map-popup');
  await expect(popup).toBeVisible();
  const mapBox = (await page.locator('.places-map__map').boundingBox())!;
  const popupBox = (await popup.boundingBox())!;
  expect(popupBox.width).toBeLessThanOrEqual(mapBox.width);
  await expect(popup.locator('.map-card__title')).toHaveText(/\S/);
  const titleFits = await popup.locator('.map-card__title').evaluate((node) => node.scrollWidth <= node.clientWidth);
  expect(titleFits).toBe(true);
});

test('on a kiosk the visitor\'s language is not remembered: a reload returns to the kiosk\'s language', async ({ context, page }) => {
  await page.clock.setFixedTime(NOW);
  await visitOnline(page, '/?borne=1');
  await goOfflineAndReload(context, page, '/');
  await page.locator('.language-picker select').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page).not.toHaveURL(/lang=/);
  expect(await page.evaluate(() => localStorage.getItem('boussole:langue'))).toBeNull();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr-FR');
});
