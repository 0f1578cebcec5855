/**
 * The real data/places/monographies.json: every record points at lines of its
 * monograph that exist and name the place, carries no e-mail address or phone
 * number, matches a hub place that exists, has its own key, and reached the
 * committed snapshot (merged into its hub place, or added as `mono-<cle>`).
 * Each check also runs on a broken copy, so a check that stopped checking
 * would be noticed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { MonographRecord } from '../../../../scripts/lib/snapshot/monograph-record';
import { foldName } from '../../../../src/places/normalize-name';
import type { Place, Snapshot } from '../../../../src/places/place';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SHARED = join(ROOT, 'data/sources');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;

const records = readJson<MonographRecord[]>('data/places/monographies.json');
const hubPlaces = readJson<Place[]>('data/places/hub-lo-centre-val-de-loire.json');
const snapshot = readJson<Snapshot>('public/data/snapshot.json');

/** Lines of each monograph, read once; `fichier` is "seeds/…", relative to data/sources. */
const seedLines = new Map<string, string[]>();
function linesOf(fichier: string): string[] {
  let lines = seedLines.get(fichier);
  if (!lines) {
    lines = readFileSync(join(SHARED, fichier), 'utf8').split(/\r?\n/);
    seedLines.set(fichier, lines);
  }
  return lines;
}

/** Words of a name that say nothing about which place it is. */
const GENERIC_WORDS = new Set([
  'a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'pour', 'sur', 'dans', 'saint', 'sainte',
  'association', 'bibliotheque', 'bij', 'centre', 'culturel', 'epn', 'espace', 'france', 'locale', 'maison', 'mediatheque',
  'mission', 'msap', 'municipale', 'numerique', 'pij', 'services', 'social', 'socio',
]);

function distinctiveWords(name: string): string[] {
  return foldName(name)
    .split(/[^a-z0-9@]+/)
    .filter((word) => word.length >= 3 && !GENERIC_WORDS.has(word));
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** French numbers written the usual ways: 02 47 21 64 55, 02.47.21.64.55, 0247216455, +33 2 47 21 64 55. */
const PHONE = /(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b/;

/** What is wrong with the cited lines of one record. */
function lineProblems(record: MonographRecord): string[] {
  const lines = linesOf(record.fichier);
  const problems: string[] = [];
  const cited = [record.ligne, ...record.lignes];
  for (const number of cited) {
    const text = lines[number - 1];
    if (!Number.isInteger(number) || number < 1 || text === undefined) problems.push(`${record.cle}: ligne ${number} absente de ${record.fichier}`);
    else if (text.trim() === '') problems.push(`${record.cle}: ligne ${number} vide`);
  }
  if (!record.lignes.includes(record.ligne)) problems.push(`${record.cle}: ligne ${record.ligne} absente de lignes`);
  const words = distinctiveWords(record.nom);
  if (words.length === 0) problems.push(`${record.cle}: aucun mot distinctif dans « ${record.nom} »`);
  const named = record.lignes.some((number) => {
    const text = foldName(lines[number - 1] ?? '');
    return words.some((word) => new RegExp(`(?:^|[^a-z0-9])${word}(?:$|[^a-z0-9])`).test(text));
  });
  if (!named) problems.push(`${record.cle}: aucune des lignes ${record.lignes.join(', ')} ne contient ${words.join(' / ')}`);
  return problems;
}

function personalDataProblems(record: MonographRecord): string[] {
  const text = JSON.stringify(record);
  return [...(EMAIL.test(text) ? [`${record.cle}: adresse électronique`] : []), ...(PHONE.test(text) ? [`${record.cle}: numéro de téléphone`] : [])];
}

const hubGids = new Set(hubPlaces.map((place) => place.id.replace(/^hub-/, '')));

function hubProblems(record: MonographRecord): string[] {
  return record.hub_gid === null || hubGids.has(String(record.hub_gid)) ? [] : [`${record.cle}: hub_gid ${record.hub_gid} absent du hub`];
}

function duplicateKeys(items: readonly MonographRecord[]): string[] {
  const seen = new Set<string>();
  return items.filter((record) => (seen.has(record.cle) ? true : (seen.add(record.cle), false))).map((record) => record.cle);
}

const snapshotById = new Map(snapshot.places.map((place) => [place.id, place]));

function snapshotProblems(record: MonographRecord): string[] {
  if (record.hub_gid !== null) {
    const place = snapshotById.get(`hub-${record.hub_gid}`);
    if (!place) return [`${record.cle}: hub-${record.hub_gid} absent du snapshot`];
    const cited = place.complements.provenance.some((entry) => entry.fichier === record.fichier && entry.ligne === record.ligne);
    return cited ? [] : [`${record.cle}: hub-${record.hub_gid} ne cite pas ${record.fichier} ligne ${record.ligne}`];
  }
  const place = snapshotById.get(`mono-${record.cle}`);
  if (!place) return [`${record.cle}: mono-${record.cle} absent du snapshot`];
  return place.complements.provenance.some((entry) => entry.fichier === record.fichier) ? [] : [`${record.cle}: provenance sans ${record.fichier}`];
}

function broken(record: MonographRecord, change: Partial<MonographRecord>): MonographRecord {
  return { ...structuredClone(record), ...change };
}

describe('data/places/monographies.json', () => {
  // Chartres, Chinon and Bourges give their date in the file; Tours gives none (its last event is December 2020, its plans are for 2021).
  it('holds records from the four monographs, each with its monograph’s date', () => {
    expect(records.length).toBeGreaterThan(40);
    const dates: Record<string, string> = {
      'seeds/000_dc8ebaae5d53be9f.txt': '2021-01',
      'seeds/001_015942a3627c8a74.txt': '2021-01',
      'seeds/002_76673df63d24a798.txt': '2020-12',
      'seeds/004_b43770cd18bf4e91.txt': '2021-03',
    };
    for (const record of records) expect(record.date, record.cle).toBe(dates[record.fichier]);
  });

  it('cites lines that exist in the seed, at least one naming the place', () => {
    expect(records.flatMap(lineProblems)).toEqual([]);
  });

  it('finds a cited line that does not exist, is blank, or does not name the place', () => {
    const [first] = records;
    if (!first) throw new Error('no record');
    const length = linesOf(first.fichier).length;
    expect(lineProblems(broken(first, { ligne: length + 5, lignes: [length + 5] })).join()).toMatch(/absente/);
    expect(lineProblems(broken(first, { ligne: 1, lignes: [1] })).join()).toMatch(/vide/);
    expect(lineProblems(broken(first, { nom: 'Médiathèque de Quimper' })).join()).toMatch(/ne contient/);
  });

  it('names the place with its distinctive words, accents and case aside', () => {
    expect(distinctiveWords('Médiathèque de NÉRONDES')).toEqual(['nerondes']);
    expect(distinctiveWords('EPN de l’APEB')).toEqual(['apeb']);
  });

  it('holds no e-mail address and no phone number', () => {
    expect(records.flatMap(personalDataProblems)).toEqual([]);
    const [first] = records;
    if (!first) throw new Error('no record');
    expect(personalDataProblems(broken(first, { complements: { notes: ['Écrire à jean.dupont@example.org.'] } }))).toHaveLength(1);
    expect(personalDataProblems(broken(first, { complements: { notes: ['Appeler le 02 47 21 64 55.'] } }))).toHaveLength(1);
    expect(personalDataProblems(broken(first, { complements: { notes: ['Environ 1 800 jeunes de 16 à 25 ans par an.'] } }))).toEqual([]);
  });

  it('matches only hub places that exist', () => {
    expect(records.flatMap(hubProblems)).toEqual([]);
    const [first] = records;
    if (!first) throw new Error('no record');
    expect(hubProblems(broken(first, { hub_gid: 999_999 }))).toHaveLength(1);
  });

  it('gives every record its own key', () => {
    expect(duplicateKeys(records)).toEqual([]);
    const [first] = records;
    if (!first) throw new Error('no record');
    expect(duplicateKeys([...records, structuredClone(first)])).toEqual([first.cle]);
  });

  it('is in the committed snapshot: merged into its hub place, or added as mono-<cle>', () => {
    expect(records.flatMap(snapshotProblems)).toEqual([]);
    const added = records.filter((record) => record.hub_gid === null).length;
    expect(snapshot.counts.monographies_ajoutees).toBe(added);
    expect(snapshot.counts.monographies_fusionnees).toBe(records.length - added);
    expect(snapshot.counts.monographies_rejetees).toBe(0);
    const [first] = records;
    if (!first) throw new Error('no record');
    expect(snapshotProblems(broken(first, { hub_gid: null, cle: 'absent' }))).toHaveLength(1);
  });
});
