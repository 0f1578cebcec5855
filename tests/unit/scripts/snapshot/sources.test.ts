import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../../../scripts/lib/snapshot/build-snapshot';
import { readCsv } from '../../../../scripts/lib/snapshot/read-csv';
import { readStandardSource } from '../../../../scripts/lib/snapshot/read-source';
import type { Place } from '../../../../src/places/place';
import { STANDARD_EXAMPLE_CSV, fixture, placesFolder, scratchFolder, testEnvironment } from './helpers';

let scratch: ReturnType<typeof scratchFolder>;
beforeEach(() => {
  scratch = scratchFolder();
});
afterEach(() => scratch.cleanup());

async function placesFrom(...sources: string[]): Promise<{ places: Map<string, Place>; report: Awaited<ReturnType<typeof buildSnapshot>>['report'] }> {
  const placesDirectory = placesFolder(scratch.path, []);
  const built = await buildSnapshot({ placesDirectory, sources }, testEnvironment());
  return { places: new Map(built.snapshot.places.map((place) => [place.id, place])), report: built.report };
}

describe('standard CSV source', () => {
  it('reads the standard’s own valid example, lists joined with "|" becoming arrays, repairing only its made-up position', async () => {
    const { places, report } = await placesFrom(STANDARD_EXAMPLE_CSV);
    const place = places.get('structure-1');
    expect(place).toMatchObject({
      nom: 'Anonymal',
      code_postal: '51100',
      // The example puts a Reims (51100) place in Aix-en-Provence: moved to its commune, as every far-off point.
      latitude: 49.25307,
      longitude: 4.03829,
      typologie: ['TIERS_LIEUX', 'ASSO'],
      courriels: ['contact@laquincaillerie.tl', 'responsable@laquincaillerie.tl'],
      site_web: ['https://www.laquincaillerie.tl/', 'https://m.facebook.com/laquincaillerienumerique/'],
      horaires: 'Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00',
      source: 'Hubik',
      services: ['Maîtrise des outils numériques du quotidien', 'Insertion professionnelle via le numérique', 'Loisirs et créations numériques'],
      modalites_accompagnement: ['Dans un atelier collectif', 'À distance', 'En autonomie', 'Accompagnement individuel'],
      formations_labels: ['Formé à « Mon Espace Santé »', 'Arnia/MedNum BFC (Bourgogne-Franche-Comté)'],
      complements: { provenance: [{ fichier: 'exemple-valide.csv', ligne: 2, id: 'structure-1', date: '2024-04-02' }], position_approximative: true },
    });
    expect(report.entries.map((entry) => `${entry.line} ${entry.field}`)).toEqual(['ligne 2 · structure-1 latitude']);
    expect(report.entries[0]?.reason).toMatch(/^\(43\.52609, 5\.41423\) à \d+\.\d km de la commune « Reims »/);
  });

  it('numbers rows by their line in the file, even after a cell spanning two lines', () => {
    const table = readCsv('id,nom,adresse\na,Un,"1 rue\nbâtiment B"\n\nb,Deux,2 rue\n', 'test.csv');
    expect(table.rows.map((row) => [row.ref.line, row.row.id])).toEqual([
      [2, 'a'],
      [5, 'b'],
    ]);
  });

  it('refuses, as unusable, a missing file, a file of another kind, and a CSV without the standard’s columns', () => {
    expect(() => readStandardSource(join(scratch.path, 'absent.csv'))).toThrow(/absent\.csv: unreadable \(ENOENT\)/);
    writeFileSync(join(scratch.path, 'lieux.txt'), 'id,nom\n');
    expect(() => readStandardSource(join(scratch.path, 'lieux.txt'))).toThrow(/neither \.csv nor \.json/);
    writeFileSync(join(scratch.path, 'lieux.json'), '{"id": 1,');
    expect(() => readStandardSource(join(scratch.path, 'lieux.json'))).toThrow(/lieux\.json: not valid JSON/);
    writeFileSync(join(scratch.path, 'autre.csv'), 'a;b\n1;2\n');
    expect(() => readStandardSource(join(scratch.path, 'autre.csv'))).toThrow(/autre\.csv: refused as a whole — no column for nom, commune, code_postal, adresse; columns it could not read: "a", "b"/);
  });
});

describe('legacy v0.1 columns', () => {
  it('maps the old columns and values to v1.0.2 fields, splitting lists on ";"', async () => {
    const { places, report } = await placesFrom(fixture('legacy-v0.1.csv'));
    expect(places.get('v01-1')).toMatchObject({
      courriels: ['cyberbase@ville-vierzon.fr'],
      site_web: ['https://ville-vierzon.fr', 'https://www.facebook.com/vierzon'],
      typologie: ['EPN', 'MUNI'],
      telephone: '+33248530000',
      services: ['Maîtrise des outils numériques du quotidien', 'Accès internet et matériel informatique', 'Acquisition de matériel informatique à prix solidaire'],
      publics_specifiquement_adresses: ['Seniors'],
      prise_en_charge_specifique: ['Langues étrangères (autres)'],
      frais_a_charge: ['Gratuit', 'Payant'],
      dispositif_programmes_nationaux: ['Conseillers numériques'],
      formations_labels: ['Fabriques de Territoire'],
      autres_formations_labels: ['APTIC', 'Label local'],
      modalites_accompagnement: ['En autonomie', 'Accompagnement individuel'],
      fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/app/18-vierzon/a/espace-public-numerique/erp/cyber-base/',
    });
    expect(places.get('v01-1')).not.toHaveProperty('cle_ban');
    const reasons = report.entries.map((entry) => `${entry.line} ${entry.field}: ${entry.reason}`);
    expect(reasons).toContain('ligne 1 cle_ban: colonne v0.1 sans équivalent en v1 : ignorée');
    expect(reasons).toContain('ligne 2 · v01-1 publics_accueillis: valeur v0.1 « Adultes » sans équivalent en v1 : retirée');
  });
});

describe('standard JSON source', () => {
  it('accepts lists as "|" strings or as arrays, and completes the INSEE code from the commune', async () => {
    const { places } = await placesFrom(fixture('duplicate-chinon.json'));
    expect(places.get('cvl-77')).toMatchObject({
      services: ['Aide aux démarches administratives', 'Loisirs et créations numériques'],
      code_insee: '37072',
      complements: { provenance: [{ fichier: 'duplicate-chinon.json', id: 'cvl-77', date: '2023-09-01' }] },
    });
    expect(places.get('cvl-78')).toMatchObject({ services: ['Aide aux démarches administratives'], code_insee: '37261' });
  });
});
