// The right words for each reason an update is not taken: never "incomplete" for a wrong hash, a web page or a 500.
import { expect, expectNoAxeViolations, goOfflineAndReload, test, visitOnline } from './support';
import { SNAPSHOT, SNAPSHOT_TEXT, announceVersion, hashedSnapshot } from './hostile-data';

test('each refused update says why, in French and in Arabic, and the stored places stay, offline too', async ({ context, page }) => {
  await visitOnline(page, '/lieux');
  await announceVersion(context, 'ffffffffffffffff');
  const tampered = (await hashedSnapshot(SNAPSHOT.places.slice(1))).replace(SNAPSHOT.places[1]!.nom, 'Lieu piégé');
  const cases: { label: string; status?: number; body: string; words: RegExp }[] = [
    { label: 'truncated', body: SNAPSHOT_TEXT.slice(0, 5000), words: /arrivé incomplet/ },
    { label: 'wrong hash', body: tampered, words: /ne correspond pas à sa signature/ },
    { label: 'HTML page', body: '<!doctype html><title>Portail Wi-Fi</title>', words: /page web au lieu des données/ },
    { label: 'no places', body: JSON.stringify({ ...SNAPSHOT, counts: { places: 0 }, places: [] }), words: /aucun lieu utilisable/ },
    { label: 'server error', status: 500, body: 'Internal Server Error', words: /serveur a répondu par une erreur/ },
  ];
  const shown: string[] = [];
  for (const { label, status, body, words } of cases) {
    await context.unroute(/\/data\/snapshot\.json\?/);
    await context.route(/\/data\/snapshot\.json\?/, (route) => route.fulfill({ status: status ?? 200, contentType: 'application/json', body }));
    await page.reload();
    const refusal = page.locator('.data-status__refusal');
    await expect(refusal, label).toContainText(words);
    await expect(refusal, label).not.toContainText(label === 'truncated' ? /^$/ : /incomplet/);
    shown.push(await refusal.innerText());
    await expect(page.locator('.place-list a')).toHaveCount(SNAPSHOT.places.length);
  }
  expect(new Set(shown).size).toBe(cases.length);
  await expectNoAxeViolations(page);

  await page.goto('/lieux?lang=ar');
  await expect(page.locator('.data-status__refusal')).toContainText('ردّ الخادم بخطأ');
  await expectNoAxeViolations(page);

  await goOfflineAndReload(context, page, '/lieux');
  await expect(page.locator('.place-list a')).toHaveCount(SNAPSHOT.places.length);
  await expect(page.locator('.data-status__refusal')).toHaveCount(0);
});
