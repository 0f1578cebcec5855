import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import jsQRModule from 'jsqr';
import { expectNoAxeViolations, goOfflineAndReload, visitOnline } from './support';

const jsQR = ((jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule) as typeof jsQRModule;

interface SnapshotPlace {
  id: string;
  nom: string;
  telephone?: string;
  latitude: number;
  longitude: number;
}
const snapshot = JSON.parse(readFileSync(new URL('../../public/data/snapshot.json', import.meta.url), 'utf8')) as { places: SnapshotPlace[] };
// France Services in Bourgueil: "Mo,Tu 09:00-12:30,13:30-17:00; We 09:00-12:00,13:30-16:30; Th 09:30-12:30,13:30-17:00; Fr 09:00-12:30".
const bourgueil = snapshot.places.find((place) => place.id === 'hub-285')!;
const bourgueilPhone = bourgueil.telephone!.replace(/^\+33/, '0').replace(/(\d{2})(?=\d)/g, '$1 ');

// A Tuesday morning: the slip's week starts on Tuesday 24 November.
const NOW = new Date('2026-11-24T10:00:00+01:00');

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object per page (`/Pages` is the tree). */
function pdfPages(pdf: Buffer): { count: number; sizes: number[][] } {
  const text = pdf.toString('latin1');
  const count = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  const sizes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[3]), Number(m[4])]);
  return { count, sizes };
}

/**
 * The text of a PDF as Chromium (Skia) writes it, with no PDF library: each
 * object read between `obj` and `endobj`, streams inflated, each font's
 * ToUnicode map read, and the pages' `Tj`/`TJ` glyph strings decoded with the
 * map of the font `Tf` chose. One line per text object (`ET`).
 */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { head: string; stream?: string }>();
  for (const match of raw.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const start = /stream\r?\n/.exec(body);
    if (!start) {
      objects.set(Number(match[1]), { head: body });
      continue;
    }
    const head = body.slice(0, start.index);
    const length = Number(/\/Length (\d+)/.exec(head)![1]);
    const bytes = Buffer.from(body.slice(start.index + start[0].length, start.index + start[0].length + length), 'latin1');
    objects.set(Number(match[1]), { head, stream: (head.includes('FlateDecode') ? inflateSync(bytes) : bytes).toString('latin1') });
  }
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  const toUnicode = (cmap: string) => {
    const map = new Map<number, string>();
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code!, 16), utf16(text!));
    }
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, from, to, text] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        const base = utf16(text!);
        for (let code = parseInt(from!, 16), i = 0; code <= parseInt(to!, 16); code++, i++) {
          map.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + i));
        }
      }
    }
    return map;
  };
  const lines: string[] = [];
  for (const { head } of objects.values()) {
    if (!/\/Type \/Page\b(?!s)/.test(head)) continue;
    const fonts = new Map<string, Map<number, string>>();
    for (const [, name, ref] of /\/Font\s*<<([^>]*)>>/.exec(head)![1]!.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const unicodeRef = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(ref))!.head)![1];
      fonts.set(name!, toUnicode(objects.get(Number(unicodeRef))!.stream!));
    }
    const content = objects.get(Number(/\/Contents (\d+) 0 R/.exec(head)![1]))!.stream!;
    let font = new Map<number, string>();
    let line = '';
    for (const token of content.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>|\bET\b/g)) {
      if (token[1]) font = fonts.get(token[1]) ?? new Map();
      else if (token[2] !== undefined) {
        for (let i = 0; i < token[2].length; i += 4) line += font.get(parseInt(token[2].slice(i, i + 4), 16)) ?? '';
      } else {
        lines.push(line);
        line = '';
      }
    }
  }
  return lines.join('\n').replace(/[\u00a0\u202f]/g, ' ');
}

const MM = 72 / 25.4;
/** Chromium rounds the page to whole CSS pixels: within a point of the paper's size. */
function expectPaper(size: number[] | undefined, widthMm: number, heightMm?: number): void {
  expect(Math.abs(size![0]! - widthMm * MM)).toBeLessThan(1.5);
  if (heightMm !== undefined) expect(Math.abs(size![1]! - heightMm * MM)).toBeLessThan(1.5);
}

/** The QR image drawn on a canvas in the page (grey levels sent back as base64, a few kB), decoded here with jsQR. */
async function decodeQr(page: Page, selector: string): Promise<string | undefined> {
  const side = 300;
  const grey = await page.locator(selector).first().evaluate(async (img: HTMLImageElement, size: number) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.imageSmoothingEnabled = false;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(img, 0, 0, size, size);
    const { data } = context.getImageData(0, 0, size, size);
    let binary = '';
    for (let i = 0; i < data.length; i += 4) binary += String.fromCharCode(data[i]!);
    return btoa(binary);
  }, side);
  const levels = Buffer.from(grey, 'base64');
  const rgba = new Uint8ClampedArray(side * side * 4);
  levels.forEach((level, i) => rgba.set([level, level, level, 255], i * 4));
  return jsQR(rgba, side, side)?.data;
}

test.describe('a place to take away', () => {
  test('French, offline: the slip prints on one A4 page with the name, phone and the week; 80 mm receipt; QR code; SMS; share', async ({ context, page }) => {
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.setFixedTime(NOW);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await visitOnline(page, '/');
    await goOfflineAndReload(context, page, `/lieu/${bourgueil.id}?besoin=caf`);
    const bar = page.locator('section.handoff');
    await expect(bar.getByRole('button', { name: 'Imprimer' })).toBeVisible();
    await expectNoAxeViolations(page);

    // The SMS link: a short summary that fits one SMS.
    const sms = await bar.getByRole('link', { name: 'Envoyer par SMS' }).getAttribute('href');
    expect(sms).toMatch(/^sms:\?&body=/);
    const body = decodeURIComponent(sms!.replace('sms:?&body=', ''));
    expect([...body].length).toBeLessThanOrEqual(160);
    expect(body).toContain(bourgueilPhone);
    expect(body).toContain("Ouvert jusqu'à 12 h 30");

    // The printout, in print media: the slip alone, with what the person needs at the door.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#app')).toBeHidden();
    const slip = page.locator('.handoff-print-root .slip');
    await expect(slip).toBeVisible();
    await expect(slip.locator('.slip__name')).toHaveText(bourgueil.nom);
    await expect(slip.locator('.slip__phone')).toContainText(bourgueilPhone);
    await expect(slip.locator('.slip__days li')).toHaveCount(7);
    await expect(slip.locator('.slip__days li').first()).toHaveText(/^Mardi 24 novembre : 9\sh à 12\sh\s30, 13\sh\s30 à 17\sh$/);
    await expect(slip.locator('.slip__days li').nth(4)).toHaveText(/^Samedi 28 novembre : Fermé$/);
    await expect(slip.locator('.slip__bring')).toContainText("Votre numéro d'allocataire CAF");
    await expect(slip.locator('.slip__french')).toHaveCount(0); // French: no second half
    await expect(slip.locator('.slip__qr img')).toBeVisible();
    const a4Pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const a4 = pdfPages(a4Pdf);
    expect(a4.count).toBe(1);
    // The PDF itself holds the name, the phone and the opening lines.
    const printed = pdfText(a4Pdf).split('\n');
    expect(printed).toContain(bourgueil.nom);
    expect(printed).toContain(bourgueilPhone);
    expect(printed).toContain('Mardi 24 novembre : 9 h à 12 h 30, 13 h 30 à 17 h');
    expect(printed).toContain('Samedi 28 novembre : Fermé');
    expect(printed).toContain("Ouvert jusqu'à 12 h 30");
    expectPaper(a4.sizes[0], 210, 297);

    // The 80 mm receipt: chosen on screen, it lays the slip out 74 mm wide (80 mm paper, 3 mm margins).
    await page.emulateMedia({ media: 'screen' });
    await bar.getByLabel('Ticket de caisse (80 mm)').check();
    await expect(page.locator('html')).toHaveClass(/print-receipt/);
    await page.emulateMedia({ media: 'print' });
    const width = await page.locator('.handoff-print-root').evaluate((root) => root.getBoundingClientRect().width);
    expect(width).toBeCloseTo((74 * 96) / 25.4, 0);
    const receipt = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expectPaper(receipt.sizes[0], 80);
    expect(receipt.count).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // The QR code, made on the device: its text has the name and the phone.
    await bar.getByRole('button', { name: 'Afficher le code QR' }).click();
    const qr = await decodeQr(page, '.handoff__qr img');
    expect(qr).toBeDefined();
    expect(qr).toContain(bourgueil.nom);
    expect(qr).toContain(bourgueilPhone);
    expect(qr).toContain(`/lieu/${bourgueil.id}`);
    // Drawn in a worker, offline too: the page's main thread stays free for the person.
    expect(workers.filter((path) => path.includes('qr-worker')).length).toBeGreaterThan(0);
    await expectNoAxeViolations(page);

    // Share: with no Web Share API (a desktop), the text goes to the clipboard, and the page says so.
    await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined, configurable: true }));
    await bar.getByRole('button', { name: 'Partager' }).click();
    await expect(bar.getByRole('status')).toHaveText('Texte copié : vous pouvez le coller dans un message.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(bourgueil.nom);
    expect(copied).toContain(bourgueilPhone);
    // With it (a phone), the phone's own share sheet gets the same text.
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => void ((window as unknown as { shared: ShareData }).shared = data),
      });
    });
    await bar.getByRole('button', { name: 'Partager' }).click();
    await expect(bar.getByRole('status')).toHaveText('Partagé.');
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(shared.title).toBe(bourgueil.nom);
    expect(shared.text).toBe(copied);
    expect(cspViolations).toEqual([]);
  });

  test('Arabic, offline: the slip is bilingual (French name, address and what to bring for the counter) and still one A4 page', async ({ context, page }) => {
    await page.clock.setFixedTime(NOW);
    await visitOnline(page, '/');
    await goOfflineAndReload(context, page, `/lieu/${bourgueil.id}?besoin=caf&lang=ar`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const bar = page.locator('section.handoff');
    await expect(bar.getByRole('button', { name: 'طباعة' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.emulateMedia({ media: 'print' });
    const slip = page.locator('.handoff-print-root .slip');
    await expect(slip).toHaveAttribute('dir', 'rtl');
    await expect(slip.locator('.slip__days li').first()).toContainText('الثلاثاء');
    await expect(slip.locator('.slip__phone')).toContainText(bourgueilPhone);
    const french = slip.locator('.slip__french');
    await expect(french).toHaveAttribute('lang', 'fr');
    await expect(french).toContainText(bourgueil.nom);
    await expect(french).toContainText("Votre numéro d'allocataire CAF");
    await expect(slip.locator('.slip__bring').first()).toContainText(/[\u0600-\u06ff]/);
    const arabicPdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pdf = pdfPages(arabicPdf);
    expect(pdf.count).toBe(1);
    expectPaper(pdf.sizes[0], 210, 297);
    // The French half, as printed: what the receptionist reads.
    const printed = pdfText(arabicPdf);
    expect(printed).toContain(bourgueil.nom);
    expect(printed).toContain(bourgueilPhone);
    expect(printed).toContain("Votre numéro d'allocataire CAF");
    await page.emulateMedia({ media: 'screen' });

    // The 80 mm receipt in Arabic too: 74 mm wide, one page of 80 mm paper.
    await bar.getByLabel('إيصال (80 مم)').check();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.handoff-print-root').evaluate((root) => root.getBoundingClientRect().width)).toBeCloseTo((74 * 96) / 25.4, 0);
    const receipt = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expectPaper(receipt.sizes[0], 80);
    expect(receipt.count).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // The SMS: Arabic needs UCS-2, but the body still stays within 160 characters.
    const sms = decodeURIComponent((await bar.locator('a[href^="sms:"]').getAttribute('href'))!.replace('sms:?&body=', ''));
    expect([...sms].length).toBeLessThanOrEqual(160);
    expect(sms).toContain(bourgueilPhone);

    await bar.getByRole('button', { name: 'إظهار رمز QR' }).click();
    const qr = await decodeQr(page, '.handoff__qr img');
    expect(qr).toContain(bourgueil.nom);
    expect(qr).toContain(bourgueilPhone);
    await expectNoAxeViolations(page);
  });
});

const communes = JSON.parse(readFileSync(new URL('../../data/communes/centre-val-de-loire.json', import.meta.url), 'utf8')) as {
  communes: { code: string; nom: string; lat: number; lon: number }[];
};

/** Haversine, as the app measures (mean Earth radius, IUGG). */
function km(a: { lat: number; lon: number }, b: { latitude: number; longitude: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.latitude - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.lon) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function expectedWithin(code: string, radius: number): string[] {
  const centre = communes.communes.find((commune) => commune.code === code)!;
  return snapshot.places.filter((place) => km(centre, place) <= radius).map((place) => place.id).sort();
}

async function announcedPages(page: Page, label: RegExp): Promise<number> {
  const status = page.locator('.leaflet__pages');
  await expect(status).toHaveText(label);
  return Number(/(\d+)$/.exec(await status.innerText())![1]); // the last number: "A4" has one too
}

test.describe('the territory leaflet', () => {
  test('Gallardon, 15 km, offline in French and Arabic: every snapshot place within 15 km, and it prints on the pages announced', async ({ context, page }) => {
    await page.clock.setFixedTime(NOW);
    await visitOnline(page, '/');
    const expected = expectedWithin('28168', 15);
    expect(expected.length).toBeGreaterThan(0);

    // A mairie asks for its leaflet with the form: commune code and radius.
    await goOfflineAndReload(context, page, '/depliant');
    await expect(page.locator('h1')).toHaveText('Qui fait quoi près de chez vous');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByLabel('Code INSEE de la commune').fill('28168');
    await page.getByLabel('Rayon en km').fill('15');
    await page.getByRole('button', { name: 'Afficher' }).click();
    await expect(page).toHaveURL(/\/depliant\?commune=28168&rayon=15$/);
    await expect(page.locator('.leaflet-sheet h1')).toHaveText('Qui fait quoi près de chez vous');
    const pages = await announcedPages(page, /^Pages A4 à imprimer : \d+$/);
    const listed = await page.locator('.leaflet-sheet [data-place-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-place-id')!));
    expect(listed.sort()).toEqual(expected);
    await expect(page.locator('.leaflet-sheet__legend li')).toHaveCount(9);
    await expect(page.locator('.leaflet-place .qr-image').first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-header')).toBeHidden();
    const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.count).toBe(pages);
    expectPaper(pdf.sizes[0], 210, 297);
    await page.emulateMedia({ media: 'screen' });

    await goOfflineAndReload(context, page, '/depliant?commune=28168&rayon=15&lang=ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1')).toHaveText('من يفعل ماذا قرب منزلك');
    const arabicPages = await announcedPages(page, /^عدد صفحات A4 للطباعة: \d+$/);
    const arabicListed = await page.locator('.leaflet-sheet [data-place-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-place-id')!));
    expect(arabicListed.sort()).toEqual(expected);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })).count).toBe(arabicPages);
  });

  test('a larger leaflet runs over several pages, and the count announced before printing is the count printed', async ({ context, page }) => {
    await page.clock.setFixedTime(NOW);
    await visitOnline(page, '/');
    await goOfflineAndReload(context, page, '/depliant?commune=28085&rayon=20');
    const pages = await announcedPages(page, /^Pages A4 à imprimer : \d+$/);
    expect(pages).toBeGreaterThan(1);
    expect(await page.locator('.leaflet-sheet [data-place-id]').count()).toBe(expectedWithin('28085', 20).length);
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })).count).toBe(pages);
  });
});

test.describe('a result list to take away', () => {
  for (const language of ['fr', 'ar'] as const) {
    test(`${language}, offline: the first places print on one A4 page, the SMS fits, and the leaflet is one link away`, async ({ context, page }) => {
      await page.clock.setFixedTime(NOW);
      await visitOnline(page, '/');
      await goOfflineAndReload(context, page, `/orientation?besoin=caf&commune=37031&lang=${language}`);
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
      await expect(page.locator('ol.results > li').first()).toBeVisible();
      const bar = page.locator('section.handoff');
      await expect(bar).toBeVisible();
      await expectNoAxeViolations(page);

      const sms = decodeURIComponent((await bar.locator('a[href^="sms:"]').getAttribute('href'))!.replace('sms:?&body=', ''));
      expect([...sms].length).toBeLessThanOrEqual(160);
      expect(sms).toContain(bourgueilPhone);

      await page.emulateMedia({ media: 'print' });
      const printout = page.locator('.handoff-print-root .list-printout');
      await expect(printout).toBeVisible();
      await expect(printout.locator('.slip')).toHaveCount(3);
      await expect(printout.locator('.slip').first()).toContainText(bourgueil.nom);
      await expect(printout.locator('.slip__french')).toHaveCount(language === 'fr' ? 0 : 3);
      // One worker draws the printout's three QR codes, its library loaded once.
      await expect(printout.locator('.slip__qr img')).toHaveCount(3);
      expect(workers.filter((path) => path.includes('qr-worker'))).toHaveLength(1);
      expect(pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true })).count).toBe(1);
      await page.emulateMedia({ media: 'screen' });

      const leaflet = page.locator('a[href^="/depliant"]');
      await expect(leaflet).toHaveAttribute('href', '/depliant?commune=37031&rayon=15&besoin=caf');
      await leaflet.click();
      await expect(page.locator('.leaflet-sheet [data-place-id]').first()).toBeVisible();
    });
  }
});

test.describe('a town-hall kiosk', () => {
  const FORBIDDEN = /^(tel|mailto|sms|geo):/i;
  // A place with a phone, a website and an e-mail address.
  const contactful = snapshot.places.find((place) => place.id === 'hub-101')!;

  async function outgoingLinks(page: Page): Promise<string[]> {
    return page.locator('a[href]').evaluateAll((links) =>
      (links as HTMLAnchorElement[]).map((link) => link.getAttribute('href')!).filter((href) => {
        if (/^(tel|mailto|sms|geo):/i.test(href)) return true;
        try {
          return new URL(href, location.href).origin !== location.origin;
        } catch {
          return true;
        }
      }),
    );
  }

  test('no link leaves the kiosk on any screen; contacts are text with a QR code and a print, offline', async ({ context, page }) => {
    await page.clock.setFixedTime(NOW);
    await visitOnline(page, '/?borne=1');
    await goOfflineAndReload(context, page, '/');
    const screens: [string, string][] = [
      ['/', '.need'],
      ['/lieux', '.place-list a'],
      ['/recherche?q=mediatheque', '.place-list a'],
      ['/orientation?besoin=caf&commune=37031', 'section.handoff'],
      [`/lieu/${contactful.id}?besoin=caf`, 'section.handoff'],
      [`/lieu/${bourgueil.id}`, 'section.handoff'],
      ['/carte', '.places-map__map'],
      ['/guides', '.guide-list__link'],
      ['/guides/arnaques', '.guide'],
      ['/credits', 'main li'],
      ['/depliant?commune=28168&rayon=15', '.leaflet-place'],
    ];
    for (const [path, ready] of screens) {
      await page.goto(path);
      await expect(page.locator(ready).first()).toBeVisible();
      expect(await outgoingLinks(page), path).toEqual([]);
      expect(await page.locator('a[href]').evaluateAll((links) => links.length), path).toBeGreaterThan(0);
    }
    expect(FORBIDDEN.test('tel:0')).toBe(true);

    // The place page: phone, website and e-mail shown as text, each with its QR code; no SMS, no share.
    await page.goto(`/lieu/${contactful.id}`);
    const contact = page.locator('.place-page__contact');
    await expect(contact).toContainText(contactful.telephone!.replace(/^\+33/, '0').replace(/(\d{2})(?=\d)/g, '$1 '));
    await expect(page.locator('section.handoff').getByRole('link')).toHaveCount(0);
    await expect(page.locator('section.handoff').getByRole('button', { name: 'Partager' })).toHaveCount(0);
    await contact.getByRole('button', { name: 'Code QR' }).first().click();
    expect(await decodeQr(page, '.external-text__qr img')).toBe(`tel:${contactful.telephone}`);
    await expectNoAxeViolations(page);
    // Its print: the code alone, the slip set aside.
    await contact.locator('.external-text__qr').getByRole('button', { name: 'Imprimer' }).evaluate((button: HTMLButtonElement) => {
      window.print = () => {};
      button.click();
    });
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handoff-print-root--only .external-printout')).toBeVisible();
    await expect(page.locator('.handoff-print-root:not(.handoff-print-root--only)')).toBeHidden();
  });
});
