/**
 * The safeguards every source row goes through before the standard's checks
 * (validate-place.ts), whatever file it came from — the same ones the hub
 * import applies to its own records:
 * - clean, bounded text (clean-cells.ts);
 * - what the standard requires but the file could not know, filled in the
 *   standard's way and said: an unknown pivot is 00000000000000, a missing
 *   date_maj the file's own date or the import's, a missing id one made from
 *   the file and row;
 * - hours: French text converted to OSM, the frequency of a stop ("Semaine
 *   paire") kept as OSM week numbers, never dropped;
 * - the telephone in international form;
 * - the commune as it is today, found by its INSEE code (a merged commune
 *   takes its new name; the old one goes to complement_adresse).
 */
import { foldName } from '../../../src/places/normalize-name';
import { frenchHoursToOsm } from '../hours/french-hours-to-osm';
import { osmHoursProblem } from '../hours/validate-osm-hours';
import { restrictToWeeks, weekParityOf, withoutParityWords, WEEK_SELECTORS } from '../hours/week-parity';
import { parseFrenchPhone } from '../hub/contact';
import { departementsOfPostalCode } from '../snapshot/commune-lookup';
import { UNKNOWN_PIVOT } from '../snapshot/monographs';
import { isRecord, textOf, type Raw } from '../snapshot/raw-values';
import { quote, type RowRef, type SnapshotReport } from '../snapshot/report';
import { internationalTelephone } from '../snapshot/telephone';
import { cleanCells } from './clean-cells';
import { FREQUENCY_COLUMN } from './column-names';
import { communeHistory } from './commune-history';
import type { CommuneRecord } from '../communes/commune-record';

export interface RowSafeguardContext {
  report: SnapshotReport;
  /** The file's name without extension: ids made up for rows without one start with it. */
  fileStem: string;
  /** The date for rows without date_maj, and where it comes from (said in the report). */
  fallbackDate: { date: string; origin: string };
}

const PIVOT = /^[a-zA-Z0-9]{9,14}$/;

function fillRequired(row: Raw, ref: RowRef, context: RowSafeguardContext): void {
  const { report } = context;
  if (textOf(row.id) === undefined) {
    const id = `${context.fileStem}-${ref.line ?? (ref.index ?? 0) + 1}`;
    row.id = id;
    report.repaired(ref, 'id', `absent : ${quote(id)} (nom du fichier et rang de la ligne)`);
  }
  const pivot = textOf(row.pivot)?.replace(/[\s.]/g, '');
  if (pivot === undefined) {
    row.pivot = UNKNOWN_PIVOT;
    report.repaired(ref, 'pivot', `absent : ${UNKNOWN_PIVOT}, la valeur du standard pour une immatriculation inconnue`);
  } else if (!PIVOT.test(pivot)) {
    row.pivot = UNKNOWN_PIVOT;
    report.repaired(ref, 'pivot', `${quote(pivot)} n’est ni un SIRET, ni un SIREN, ni un RNA : ${UNKNOWN_PIVOT}`);
  }
  if (textOf(row.date_maj) === undefined) {
    row.date_maj = context.fallbackDate.date;
    report.repaired(ref, 'date_maj', `absente : ${context.fallbackDate.date}, ${context.fallbackDate.origin}`);
  }
}

function complementsOf(row: Raw): Raw {
  if (!isRecord(row.complements)) row.complements = {};
  return row.complements as Raw;
}

/** OSM hours from a text that may be OSM already or French. */
function osmFrom(text: string): { osm: string; converted: boolean } | undefined {
  if (osmHoursProblem(text) === undefined) return { osm: text, converted: false };
  const conversion = frenchHoursToOsm(text);
  return conversion.ok ? { osm: conversion.osm, converted: true } : undefined;
}

function readHours(row: Raw, ref: RowRef, report: SnapshotReport): void {
  const frequency = textOf(row[FREQUENCY_COLUMN]);
  delete row[FREQUENCY_COLUMN];
  const hours = textOf(row.horaires);
  const parity = weekParityOf(`${frequency ?? ''} ${hours ?? ''}`);
  if (parity === undefined) {
    if (frequency !== undefined) complementsOf(row).notes = [`Fréquence : ${frequency}`];
    if (hours === undefined || osmHoursProblem(hours) === undefined) return;
    const conversion = frenchHoursToOsm(hours);
    if (!conversion.ok) return; // the standard's check keeps it as text and says why
    row.horaires = conversion.osm;
    complementsOf(row).horaires_texte = hours;
    report.repaired(ref, 'horaires', `texte ${quote(hours)} converti au format OSM ${quote(conversion.osm)}`);
    return;
  }
  const text = [hours, frequency].filter(Boolean).join(' — ');
  complementsOf(row).horaires_texte = text;
  const base = hours === undefined ? undefined : osmFrom(withoutParityWords(hours));
  if (!base) {
    delete row.horaires;
    report.repaired(ref, 'horaires', `${quote(text)} : une semaine sur deux, heures illisibles : gardées en texte seulement`);
    return;
  }
  if (parity === 'inconnue') {
    delete row.horaires;
    report.repaired(ref, 'horaires', `${quote(text)} : une semaine sur deux sans dire lesquelles (paires ou impaires) : gardées en texte seulement, jamais comme chaque semaine`);
    return;
  }
  const osm = restrictToWeeks(base.osm, parity);
  if (osmHoursProblem(osm) !== undefined) {
    delete row.horaires;
    report.repaired(ref, 'horaires', `${quote(text)} : semaines ${parity}s non exprimables : gardées en texte seulement`);
    return;
  }
  row.horaires = osm;
  report.repaired(ref, 'horaires', `semaine ${parity} (${quote(frequency ?? hours ?? '')}) : ${WEEK_SELECTORS[parity]} ajouté → ${quote(osm)}`);
}

function readTelephone(row: Raw, ref: RowRef, report: SnapshotReport): void {
  const telephone = textOf(row.telephone);
  if (telephone === undefined || internationalTelephone(telephone) !== undefined || /^\+\d+$/.test(telephone)) return;
  const parsed = parseFrenchPhone(telephone);
  if (!parsed) return; // the standard's check drops it and says why
  row.telephone = parsed.phone;
  report.repaired(ref, 'telephone', `${quote(telephone)} réécrit au format international ${quote(parsed.phone)}${parsed.repair ? ` (${parsed.repair})` : ''}`);
}

/** A row with no coordinates but a known commune: at the commune's centre, flagged approximate, as the monographs' places. */
function placeWithoutCoordinates(row: Raw, ref: RowRef, report: SnapshotReport, commune: CommuneRecord): void {
  const absent = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  if (!absent(row.latitude) || !absent(row.longitude) || commune.lat === null || commune.lon === null) return;
  row.latitude = commune.lat;
  row.longitude = commune.lon;
  complementsOf(row).position_approximative = true;
  report.repaired(ref, 'latitude', `coordonnées absentes : centre de la commune ${quote(commune.nom)} (${commune.lat}, ${commune.lon}), position approximative`);
}

function currentCommune(row: Raw, ref: RowRef, report: SnapshotReport): void {
  const history = communeHistory();
  const given = textOf(row.commune);
  const code = textOf(row.code_insee);
  const postalCode = textOf(row.code_postal);
  let found: { commune: CommuneRecord; formerName?: string } | undefined;
  if (code !== undefined) {
    found = history.byCode(code.padStart(5, '0'));
    if (!found) return; // the standard's pattern check says what is wrong with it
  } else if (given !== undefined && postalCode !== undefined) {
    for (const departement of departementsOfPostalCode(postalCode.padStart(5, '0'))) {
      const match = history.index.findCommune(given, departement);
      if (match) {
        found = match.formerName === undefined ? { commune: match.commune } : { commune: match.commune, formerName: match.formerName };
        break;
      }
    }
    if (!found) return;
    row.code_insee = found.commune.code;
    report.repaired(ref, 'code_insee', `absent : ${quote(found.commune.code)} d’après la commune ${quote(given)} et le code postal`);
  } else {
    return;
  }
  const { commune } = found;
  placeWithoutCoordinates(row, ref, report, commune);
  if (code !== undefined && code !== commune.code) {
    row.code_insee = commune.code;
    report.repaired(ref, 'code_insee', `${quote(code)} est le code d’une ancienne commune${found.formerName ? ` (${found.formerName})` : ''} : ${quote(commune.code)}, ${commune.nom}`);
  }
  if (given === commune.nom) return;
  if (given !== undefined && foldName(given) === foldName(commune.nom)) {
    row.commune = commune.nom;
    report.repaired(ref, 'commune', `${quote(given)} écrit comme le nom officiel ${quote(commune.nom)}`);
    return;
  }
  // The name given is kept beside the address only when it is the former name of this very commune (Voves).
  const asFormer = given === undefined ? undefined : history.index.findCommune(given, commune.departement);
  const formerName = found.formerName ?? (asFormer?.commune.code === commune.code ? asFormer.formerName : undefined);
  row.commune = commune.nom;
  if (formerName !== undefined && textOf(row.complement_adresse) === undefined) row.complement_adresse = formerName;
  report.repaired(
    ref,
    'commune',
    formerName !== undefined
      ? `${quote(given ?? formerName)} : aujourd’hui ${quote(commune.nom)} (${commune.code}), l’ancien nom passe en complément d’adresse`
      : `${quote(given ?? '')} : ${quote(commune.nom)}, la commune du code INSEE ${commune.code}`,
  );
}

export function safeguardRow(raw: Raw, ref: RowRef, context: RowSafeguardContext): Raw {
  const { row, changes } = cleanCells(raw);
  for (const change of changes) context.report.repaired(ref, change.field, change.reason);
  fillRequired(row, ref, context);
  readHours(row, ref, context.report);
  readTelephone(row, ref, context.report);
  currentCommune(row, ref, context.report);
  return row;
}
