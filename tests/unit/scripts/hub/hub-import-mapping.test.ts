import { beforeAll, describe, expect, it } from 'vitest';
import type { Place } from '../../../../src/places/place';
import { regionalCommuneIndex } from '../../../../scripts/lib/communes/commune-index';
import { parseFrenchPhone } from '../../../../scripts/lib/hub/contact';
import { readHubRecords } from '../../../../scripts/lib/hub/hub-record';
import { buildImportContext, type HubImportContext } from '../../../../scripts/lib/hub/import-context';
import { importHubRecords, type HubImport } from '../../../../scripts/lib/hub/import-hub-records';
import { checkPosition, resolveCommune, resolvePostalCode } from '../../../../scripts/lib/hub/location';
import { frenchTitleCase } from '../../../../scripts/lib/hub/title-case';

let context: HubImportContext;
let result: HubImport;

beforeAll(() => {
  context = buildImportContext();
  result = importHubRecords(readHubRecords(), context);
});

function place(gid: number): Place {
  const found = result.places.find((candidate) => candidate.id === `hub-${gid}`);
  if (!found) throw new Error(`hub-${gid} absent`);
  return found;
}

function reportOf(gid: number): string[] {
  return result.report.entries.filter((entry) => entry.gid === gid).map((entry) => `${entry.field} ${entry.action} ${entry.detail}`);
}

describe('mapping of real records', () => {
  it('gid 1, a coworking of BGE Cher: identity, pivot, contact, offer', () => {
    expect(place(1)).toMatchObject({
      id: 'hub-1',
      pivot: '434806402',
      nom: 'La Fabrique 18',
      commune: 'Bourges',
      code_postal: '18000',
      code_insee: '18033',
      adresse: '70 Avenue de la Libération',
      telephone: '+33248242226',
      site_web: ['https://lafabrique18.com/'],
      typologie: ['ASSO', 'TIERS_LIEUX'],
      structure_parente: 'BGE Cher',
      date_maj: '2020-06-30',
      source: 'Hub Lo — cartographie régionale Centre-Val de Loire (2020)',
      services: ['Accès internet et matériel informatique'],
      modalites_accompagnement: ['En autonomie'],
      complements: {
        provenance: [{ fichier: 'hub-lo-centre-val-de-loire-2020.json', id: '1', date: '2020-06-30' }],
        acces_pmr: true,
        bassin_de_vie: 'Bourges',
        epci: 'CA Bourges Plus',
      },
    });
    // emeline.…@bge-cher.com is a person's address: no courriels at all.
    expect(place(1).courriels).toBeUndefined();
  });

  it('gid 139, an EPN of Tours: equipment misfiled in the formation and accompaniment columns goes to materiel', () => {
    const epn = place(139);
    expect(epn.nom).toBe('EPN Champs Girault');
    expect(epn.horaires).toBe('Tu 10:00-12:00,14:00-17:00; We 10:00-12:00,14:00-16:00; Th 10:00-12:00,17:00-19:00');
    expect(epn.complements.materiel).toContain('1 imprimante');
    expect(epn.complements.materiel).toContain('1 scanner');
    expect(epn.complements.ordinateurs).toBe(2);
    expect(epn.complements.formation_detail).toBeUndefined();
    expect(epn.modalites_accompagnement).toContain('En autonomie');
  });

  it('gid 436, Médiathèque d’Amilly: equipment only, told apart from accompanied places', () => {
    expect(place(436).nom).toBe('Médiathèque d\'Amilly');
    expect(place(436).modalites_accompagnement).toEqual(['En autonomie']);
    expect(place(436).services).toEqual(['Accès internet et matériel informatique']);
  });

  it('gid 517, a Familles Rurales point: individual help, workshops, monthly hours', () => {
    const point = place(517);
    expect(point.modalites_accompagnement).toEqual(['En autonomie', 'Accompagnement individuel', 'Dans un atelier collectif']);
    expect(point.services).toEqual([
      'Aide aux démarches administratives',
      'Maîtrise des outils numériques du quotidien',
      'Accès internet et matériel informatique',
    ]);
    expect(point.horaires).toBe('Th[3] 14:00-17:00');
    expect(point.complements.horaires_texte).toBe('Chaque 3e jeudi du mois de 14h à 17h');
    // Its mobile line goes with a named volunteer: dropped.
    expect(point.telephone).toBeUndefined();
    expect(reportOf(517).some((line) => line.startsWith('c_mobile supprimé'))).toBe(true);
  });

  it('gid 89, Brenne Box: France Services, counts of computers and tablets, hours kept as text', () => {
    const box = place(89);
    expect(box.dispositif_programmes_nationaux).toEqual(['France Services']);
    expect(box.complements.ordinateurs).toBe(10);
    expect(box.complements.tablettes).toBe(6);
    expect(box.horaires).toBeUndefined();
    expect(box.complements.horaires_texte).toContain('fermé le mercredi et vendredi matin');
  });

  it('gid 105, a centre social of Bourges: Promeneurs du Net, remote help, position repaired from Lille', () => {
    const centre = place(105);
    expect(centre.dispositif_programmes_nationaux).toEqual(['Promeneurs du net']);
    expect(centre.modalites_accompagnement).toContain('À distance');
    expect(centre.complements.position_approximative).toBe(true);
  });

  it('gid 245: hours found in the equipment column, a description found in the public column', () => {
    const mediatheque = place(245);
    expect(mediatheque.horaires).toBe('We 14:00-16:30');
    expect(mediatheque.presentation_detail).toMatch(/^La Médiathèque, gérée par la CDC Coeur de Berry/);
    expect(mediatheque.complements.ordinateurs).toBe(10);
  });

  it('gid 259: CEDEX postal code replaced, hours read from c_public_cible, its note kept', () => {
    const mediatheque = place(259);
    expect(mediatheque.code_postal).toBe('18100');
    expect(mediatheque.horaires).toBe('Tu,Th,Fr 14:00-18:00; We 10:00-18:00; Sa 09:30-12:00,14:00-17:30');
    expect(mediatheque.presentation_detail).toBe('après inscription et signature de la charte d’utilisation.');
    expect(reportOf(259).some((line) => /18102 est un code CEDEX → 18100/.test(line))).toBe(true);
  });

  it('gid 488: a place named after a person is renamed, and the person’s social profile dropped', () => {
    const promeneur = place(488);
    expect(promeneur.nom).toBe('Promeneurs du Net — CC Coeur de Brenne');
    expect(promeneur.site_web).toBeUndefined();
    expect(JSON.stringify(promeneur)).not.toMatch(/pierre/i);
  });

  it('gid 380, a sole trader: no pivot, no legal name, no mobile', () => {
    const company = place(380);
    expect(company.pivot).toBe('00000000000000');
    expect(company.structure_parente).toBeUndefined();
    expect(company.telephone).toBeUndefined();
  });

  it('gid 19: a telephone number that lost its leading zero', () => {
    expect(place(19).telephone).toBe('+33237641660');
    expect(parseFrenchPhone('+33 2 37 31 32 33')?.phone).toBe('+33237313233');
    expect(parseFrenchPhone('02.48.64.28.13')).toEqual({ phone: '+33248642813', isMobile: false });
    expect(parseFrenchPhone('--')).toBeUndefined();
  });

  it('gid 193: an e-mail in c_statut_juridique is dropped and reported', () => {
    expect(JSON.stringify(place(193))).not.toMatch(/ismer\.fr/);
    expect(reportOf(193).some((line) => line.startsWith('c_statut_juridique supprimé'))).toBe(true);
  });

  it('gid 230: a former commune becomes its current commune, the old name a complement', () => {
    expect(place(230)).toMatchObject({ commune: 'Beauce la Romaine', code_insee: '41173', complement_adresse: 'Ouzouer-le-Marché', code_postal: '41240' });
  });

  it('gid 75: a website without scheme gets one', () => {
    expect(place(75).site_web).toEqual(['http://bibliotheques.cc-cvl.fr/']);
  });
});

describe('commune resolution by name and département, not by postal code', () => {
  const index = () => regionalCommuneIndex();

  it('resolves accented, hyphenated and "St" names to the official commune', () => {
    expect(place(315)).toMatchObject({ commune: 'Lys-Saint-Georges', code_insee: '36108' }); // "LYS ST GEORGES"
    expect(place(124)).toMatchObject({ commune: 'Saint-Benoît-du-Sault', code_insee: '36182' }); // "SAINT BENOIT DU SAULT"
    expect(place(485)).toMatchObject({ commune: 'Mézières-en-Brenne', code_insee: '36123' }); // "MÉZIÈRES-EN-BRENNE"
    expect(place(155)).toMatchObject({ commune: 'La Chapelle-Saint-Ursin', code_insee: '18050' });
  });

  it('does not trust a CEDEX postal code to find the commune', () => {
    const resolution = resolveCommune({ city: 'TOURS', postalCode: '37926', placeName: 'PIJ TOURS-NORD' }, index());
    expect(resolution?.match.commune.code).toBe('37261');
  });

  it('finds the commune in the place’s name when the city column names a commune elsewhere (gid 307, "CESTAS")', () => {
    expect(place(307)).toMatchObject({ commune: 'Saint-Satur', code_insee: '18233', code_postal: '18300' });
  });

  it('replaces a CEDEX code by the commune’s own and reports it', () => {
    const tours = index().byInseeCode('37261');
    if (!tours) throw new Error('Tours absent');
    expect(resolvePostalCode('37926', tours, context.ordinaryPostalCodes, '37100')).toEqual({ code: '37100', change: 'cedex', from: '37926' });
    expect(resolvePostalCode('37100', tours, context.ordinaryPostalCodes)).toEqual({ code: '37100' });
    expect(place(203)).toMatchObject({ commune: 'Bourges', code_postal: '18000' }); // 18020 CEDEX
    expect(['45000', '45100']).toContain(place(417).code_postal); // 45074 CEDEX
    expect(result.stats.cedexRepaired).toBe(5);
  });
});

describe('positions', () => {
  it('repairs a position geocoded to a namesake street hundreds of km away (gid 147, EPN Gentiana, Tours → Var)', () => {
    const record = readHubRecords().find((candidate) => candidate.gid === 147);
    const tours = regionalCommuneIndex().byInseeCode('37261');
    if (!record || !tours) throw new Error('données absentes');
    const check = checkPosition({ lat: record.c_lat_coor1, lon: record.c_long_coor1 }, context.outlineOf(tours), context.regionOutline);
    expect(check.verdict).toBe('à réparer');
    expect(place(147)).toMatchObject({ latitude: tours.lat, longitude: tours.lon, complements: { position_approximative: true } });
    expect(reportOf(147).some((line) => /hors de la région/.test(line))).toBe(true);
  });

  it('keeps a position inside its commune as it is', () => {
    const record = readHubRecords().find((candidate) => candidate.gid === 1);
    expect(place(1)).toMatchObject({ latitude: record?.c_lat_coor1, longitude: record?.c_long_coor1 });
    expect(place(1).complements.position_approximative).toBeUndefined();
  });

  it('repairs every position more than a few km off its commune, about a dozen hundreds of km away', () => {
    const far = result.report.entries.filter((entry) => entry.topic === 'position' && /hors de la région/.test(entry.detail));
    expect(far.length).toBeGreaterThanOrEqual(11);
    expect(result.stats.positionsRepaired).toBe(result.places.filter((candidate) => candidate.complements.position_approximative).length);
  });
});

describe('title case', () => {
  it('turns capitals into French title case, keeping acronyms and restoring commune names', () => {
    expect(frenchTitleCase('MEDIATHEQUE DE SAINT-JEAN-DE-BRAYE', { communeNames: ['Saint-Jean-de-Braye'] })).toBe('Médiathèque de Saint-Jean-de-Braye');
    expect(frenchTitleCase('CCAS LE BLANC', { communeNames: ['Le Blanc'] })).toBe('CCAS Le Blanc');
    expect(frenchTitleCase("BIBLIOTHEQUE D'HERBAULT", { communeNames: ['Herbault'] })).toBe("Bibliothèque d'Herbault");
    expect(frenchTitleCase('PIJ DE LA VILLE-AUX-DAMES', { communeNames: ['La Ville-aux-Dames'] })).toBe('PIJ de La Ville-aux-Dames');
    expect(frenchTitleCase('Centre social ROBERT DOISNEAU')).toBe('Centre social Robert Doisneau');
    expect(frenchTitleCase('EPN MSAP BIJ CAF')).toBe('EPN MSAP BIJ CAF');
    expect(frenchTitleCase('La Maison du Coworking')).toBe('La Maison du Coworking');
  });

  it('joins SIRENE’s lone articles, reads a lone A as à, keeps dotted and parenthesised acronyms', () => {
    expect(frenchTitleCase('COMMUNE D ISSOUDUN', { communeNames: ['Issoudun'] })).toBe("Commune d'Issoudun");
    expect(frenchTitleCase('MOULE A GAUFRES')).toBe('Moule à Gaufres');
    expect(frenchTitleCase('VAN (VENDOME ATELIER NUMERIQUE)', { communeNames: ['Vendôme'] })).toBe('VAN (Vendôme Atelier Numérique)');
    expect(frenchTitleCase('PIJ DE SULLY-SUR-LOIRE (PASEJ)', { communeNames: ['Sully-sur-Loire'] })).toBe('PIJ de Sully-sur-Loire (PASEJ)');
    expect(frenchTitleCase('S.L.A.C LORRIS', { communeNames: ['Lorris'] })).toBe('S.L.A.C Lorris');
    expect(frenchTitleCase('20 PLACE LOUIS XIII')).toBe('20 Place Louis XIII');
  });
});
