/**
 * The shapes hubs actually publish, each through the one import path: the
 * legacy v0.1 JSON of an itinerant bus (SIRET, no date, odd/even weeks), a
 * département's export with column names of its own and mediators' names in
 * place names, a spreadsheet described by a config (Lambert-93, yes/no
 * columns), and a file nobody described.
 */
import { describe, expect, it } from 'vitest';
import { renderSummary } from '../../../../scripts/lib/snapshot/render-report';
import { importSources } from './helpers';

describe('a legacy v0.1 JSON file (France Services bus)', () => {
  it('accepts every stop: SIRET read as pivot, a missing one the standard’s placeholder, a missing date the import’s', async () => {
    const { tallies, places, lines } = await importSources('bus-france-services-v0.1.json');
    expect(tallies).toEqual([{ file: 'bus-france-services-v0.1.json', read: 5, accepted: 5, repaired: 5, rejected: 0 }]);
    expect(places.get('bus-fs-avoine')).toMatchObject({ pivot: '24370011200010', date_maj: '2024-06-01' });
    expect(places.get('bus-fs-chinon')?.pivot).toBe('00000000000000');
    expect(lines('bus-fs-chinon')).toContain('repaired pivot: absent : 00000000000000, la valeur du standard pour une immatriculation inconnue');
    expect(lines('bus-fs-avoine')).toContain('repaired date_maj: absente : 2024-06-01, la date de l’import');
    expect(lines('fichier')).toContain('repaired SIRET: colonne lue comme « pivot »');
  });

  it('keeps the odd and even weeks as OSM week rules, and never ships "1 semaine sur 2" as every week', async () => {
    const { places, lines } = await importSources('bus-france-services-v0.1.json');
    expect(places.get('bus-fs-avoine')?.horaires).toBe('week 02-52/2 Mo 09:00-12:00');
    expect(places.get('bus-fs-bourgueil')?.horaires).toBe('week 01-53/2 Mo 14:00-17:00');
    expect(places.get('bus-fs-langeais')?.horaires).toBeUndefined();
    expect(places.get('bus-fs-langeais')?.complements.horaires_texte).toBe('Tu 09:00-12:00 — 1 semaine sur 2');
    expect(lines('bus-fs-langeais').join('\n')).toMatch(/une semaine sur deux sans dire lesquelles/);
    expect(places.get('bus-fs-voves')?.horaires).toBe('We 09:00-12:00');
  });

  it('moves a stop 500 km away to its commune and flags it; renames a merged commune from its INSEE code', async () => {
    const { places, lines } = await importSources('bus-france-services-v0.1.json');
    expect(places.get('bus-fs-chinon')).toMatchObject({ latitude: 47.17208, longitude: 0.24509, complements: { position_approximative: true } });
    expect(lines('bus-fs-chinon').join('\n')).toMatch(/\(43\.2965, 5\.3698\) à 59\d\.\d km de la commune « Chinon ».*position approximative/);
    expect(places.get('bus-fs-voves')).toMatchObject({ commune: 'Les Villages Vovéens', code_insee: '28422', complement_adresse: 'Voves' });
    expect(places.get('bus-fs-avoine')?.complements.position_approximative).toBeUndefined();
  });

  it('translates v0.1 labels and columns', async () => {
    const { places } = await importSources('bus-france-services-v0.1.json');
    expect(places.get('bus-fs-avoine')).toMatchObject({
      services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
      dispositif_programmes_nationaux: ['France Services'],
      courriels: ['bus.franceservices@cc-chinon-vienne-loire.fr'],
    });
  });
});

describe('a département’s export with its own column names', () => {
  it('reads "Téléphone", "Description", "Code postal", "Date MAJ" whatever their case and accents; rejects only the row with no commune', async () => {
    const { tallies, places, lines } = await importSources('departement-37.csv');
    expect(tallies).toEqual([{ file: 'departement-37.csv', read: 5, accepted: 4, repaired: 4, rejected: 1 }]);
    expect(places.get('departement-37-4')).toMatchObject({ telephone: '+33247930000', presentation_detail: expect.stringMatching(/^Accès libre aux ordinateurs/), code_insee: '37072' });
    expect(lines('ligne 6')).toContain('rejected commune: champ obligatoire absent');
  });

  it('takes mediators’ names out of place names, never reads the contact column, and drops personal e-mails', async () => {
    const { places, reportText, text } = await importSources('departement-37.csv');
    expect(places.get('departement-37-2')?.nom).toBe('Bourgueil');
    expect(places.get('departement-37-3')?.nom).toBe('Langeais – permanence');
    for (const name of ['Marie Dupont', 'Dupont', 'Jean-Pierre', 'Martin', 'jp.martin', 'marie.leroy']) {
      expect(text, name).not.toContain(name);
      expect(reportText, name).not.toContain(name);
    }
    expect(reportText).toContain('| departement-37.csv | ligne 1 | `Contact` | colonne nominative (personnes) : jamais reprise |');
  });

  it('converts French free-text hours and v0.x service labels, phones to E.164 (a lost leading zero restored)', async () => {
    const { places } = await importSources('departement-37.csv');
    expect(places.get('departement-37-2')).toMatchObject({ horaires: 'Tu 09:00-12:00', telephone: '+33247972500', services: ['Maîtrise des outils numériques du quotidien', 'Aide aux démarches administratives'] });
    expect(places.get('departement-37-3')).toMatchObject({ horaires: 'Mo-Fr 09:00-12:00,14:00-17:00', telephone: '+33247968300' });
    expect(places.get('departement-37-5')).toMatchObject({ complements: { horaires_texte: 'sur rendez-vous' } });
    expect(places.get('departement-37-5')?.horaires).toBeUndefined();
  });
});

describe('a spreadsheet described by a config (Lambert-93, yes/no columns, DD/MM/YYYY)', () => {
  it('maps columns, values and yes/no columns, converts Lambert-93 with proj4, reads its dates', async () => {
    const { tallies, places } = await importSources('hub-tableur.csv');
    expect(tallies).toEqual([{ file: 'hub-tableur.csv', read: 4, accepted: 3, repaired: 3, rejected: 1 }]);
    const tours = places.get('1');
    expect(tours).toMatchObject({
      nom: 'Espace numérique de Tours-Centre',
      commune: 'Tours',
      code_insee: '37261',
      typologie: ['BIB'],
      telephone: '+33247212121',
      date_maj: '2020-02-19',
      source: 'Hub exemple — cartographie 2020 (tableur)',
      services: ['Aide aux démarches administratives', 'Maîtrise des outils numériques du quotidien'],
      publics_specifiquement_adresses: ['Seniors'],
    });
    expect(tours?.latitude).toBeCloseTo(47.3945, 4);
    expect(tours?.longitude).toBeCloseTo(0.6836, 4);
    expect(places.get('2')).toMatchObject({ publics_specifiquement_adresses: ['Jeunes'], services: ['Maîtrise des outils numériques du quotidien', 'Accès internet et matériel informatique'] });
  });

  it('rejects the row with an impossible date; puts the row without coordinates at its commune’s centre, flagged', async () => {
    const { places, lines } = await importSources('hub-tableur.csv');
    expect(places.has('3')).toBe(false);
    expect(lines('3')).toContain('rejected date_maj: date illisible « 31/02/2020 » (attendu AAAA-MM-JJ)');
    expect(places.get('4')).toMatchObject({ commune: 'Châteauroux', latitude: 46.80315, longitude: 1.69385, complements: { position_approximative: true } });
  });
});

describe('a file nobody described', () => {
  it('is refused as a whole, naming the columns it could not read', async () => {
    await expect(importSources('tableur-sans-description.csv')).rejects.toThrow(
      'tableur-sans-description.csv: refused as a whole — no column for nom, code_postal; columns it could not read: "NOM_STRUCTURE", "CP", "NUM_TEL", "DAT_MaJ", "TYPE", "DEMARCHES", "BUREAUTIQUE", "WIFI", "SENIORS", "JEUNES", "x", "y"; describe the file in tableur-sans-description.config.json',
    );
  });
});

describe('the console lines of a run', () => {
  it('give, per source, rows read, accepted, repaired and rejected', async () => {
    const built = await importSources('bus-france-services-v0.1.json', 'departement-37.csv', 'hub-tableur.csv');
    const summary = renderSummary(built.report, built.facts, { snapshot: 'snapshot.json', report: 'snapshot.md' }).split('\n');
    expect(summary).toContain('  source bus-france-services-v0.1.json: 5 rows read, 5 accepted (5 repaired), 0 rejected');
    expect(summary).toContain('  source departement-37.csv: 5 rows read, 4 accepted (4 repaired), 1 rejected');
    expect(summary).toContain('  source hub-tableur.csv: 4 rows read, 3 accepted (3 repaired), 1 rejected');
    expect(summary.find((line) => line.startsWith('  report:'))).toMatch(/^ {2}report: 2 rejected rows \(\d+ reasons\)/);
  });
});
