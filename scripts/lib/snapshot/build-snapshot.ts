/**
 * The snapshot pipeline, from input files to the bytes of the snapshot and of
 * its report: read every source, validate every row, merge the monographs,
 * deduplicate, order, hash. Nothing is written here (see run-snapshot.ts), so
 * a failure anywhere leaves the previous files as they were.
 */
import { basename, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { safeguardPlace } from '../sources/place-safeguards';
import { safeguardRow } from '../sources/row-safeguards';
import { cleanCells } from '../sources/clean-cells';
import { readStandardDate } from './dates';
import type { Place, Snapshot } from '../../../src/places/place';
import { snapshotVersion } from '../../../src/places/snapshot-version';
import type { CommuneLookup } from './commune-lookup';
import { countSnapshot } from './counts';
import { deduplicate, type Candidate } from './dedupe';
import { resolveGeneratedAt } from './generated-at';
import type { RowFile } from './input-rows';
import { upgradeLegacyRow } from './legacy-columns';
import { applyMonographs, type MonographOutcome } from './monographs';
import { mergeNational, nationalOnly, type NationalMergeOptions, type PlaceDecision } from '../nightly/merge-national';
import { withConfirmationDate } from './confirmed-on';
import { readPlacesDirectory } from './read-places-dir';
import { readStandardSource } from './read-source';
import { renderReport, type RunFacts } from './render-report';
import { SnapshotReport } from './report';
import { tallySource, type SourceTally } from './source-tally';
import { canonicalPlace, serializeSnapshot, sortPlaces } from './serialize';
import type { StandardSchema } from './standard-schema';
import { validatePlace, type ValidationContext } from './validate-place';
import { withStops, type StopFinder } from './itinerant-stops';

export interface SnapshotInputs {
  /** data/places/: Place[] files and monographies.json. */
  placesDirectory: string;
  /** Extra sources of the standard (--source), CSV or JSON. */
  sources: readonly string[];
  /** --generated-at */
  generatedAt?: string;
  /** env SOURCE_DATE_EPOCH */
  sourceDateEpoch?: string;
  /**
   * The région's records of the national file (data/nightly/, written by
   * `npm run nightly`): merged with the place files before the monographs.
   */
  national?: { file: string; withdrawn: readonly string[] };
}

export interface SnapshotEnvironment {
  schema: StandardSchema;
  /** Communes of the region: where monograph places are put. */
  regionalCommunes: CommuneLookup;
  /** Communes of France: INSEE codes completed for extra sources. */
  nationalCommunes: CommuneLookup;
  isInRegion?: (place: Place) => boolean;
  /** The communes each itinerant service stops in (itinerant-stops.ts). */
  stopsOf: StopFinder;
}

export interface BuiltSnapshot {
  snapshot: Snapshot;
  text: string;
  reportText: string;
  report: SnapshotReport;
  facts: RunFacts;
  /** What the national merge decided, place by place, when there was a national file. */
  nationalDecisions?: PlaceDecision[];
  /** Per input file: rows read, accepted, repaired, rejected. */
  tallies: SourceTally[];
}

/** The date for a source's rows without date_maj: the file's own, else the import's. */
function fallbackDate(rowFile: RowFile, importDate: string): { date: string; origin: string } {
  const own = rowFile.fileDate === undefined ? undefined : readStandardDate(rowFile.fileDate)?.date;
  return own ? { date: own, origin: 'la date du fichier' } : { date: importDate, origin: 'la date de l’import' };
}

function validateRowFile(rowFile: RowFile, context: ValidationContext, importDate: string): Candidate[] {
  const { report } = context;
  const safeguards = { report, fileStem: basename(rowFile.file, extname(rowFile.file)), fallbackDate: fallbackDate(rowFile, importDate) };
  const fileRef = { file: rowFile.file, ...(rowFile.headerLine === undefined ? {} : { line: rowFile.headerLine }) };
  for (const note of rowFile.notes) report.repaired(fileRef, note.field, note.reason);
  for (const bad of rowFile.malformed) report.rejected({ file: rowFile.file, line: bad.line }, '*', bad.reason);
  const candidates: Candidate[] = [];
  for (const { ref, row } of rowFile.rows) {
    let cells = row;
    if (rowFile.kind === 'places') {
      // Boussole's own files were cleaned when written; bounded again, so that no file can hang the run.
      const cleaned = cleanCells(row);
      for (const change of cleaned.changes) report.repaired(ref, change.field, change.reason);
      cells = cleaned.row;
    } else {
      const upgrade = upgradeLegacyRow(safeguardRow(row, ref, safeguards), rowFile.legacy);
      for (const change of upgrade.changes) report.repaired(ref, change.field, change.reason);
      cells = upgrade.row;
    }
    const place = validatePlace(cells, ref, context, {
      provenance: { fichier: rowFile.file, ...(ref.line === undefined ? {} : { ligne: ref.line }), ...(ref.id === undefined ? {} : { id: ref.id }) },
      source: rowFile.file,
      reportMissingSource: rowFile.hasSourceColumn,
      provenanceExpected: rowFile.kind === 'places',
    });
    if (place) candidates.push({ place: rowFile.kind === 'standard' ? safeguardPlace(place, ref, report) : place, ref, origin: rowFile.file });
  }
  return candidates;
}

export async function buildSnapshot(inputs: SnapshotInputs, environment: SnapshotEnvironment): Promise<BuiltSnapshot> {
  const directory = readPlacesDirectory(inputs.placesDirectory);
  const extraFiles = inputs.sources.map(readStandardSource);
  const report = new SnapshotReport();
  const context: ValidationContext = { schema: environment.schema, report, communes: environment.nationalCommunes };

  const importDate = resolveGeneratedAt(inputs.generatedAt, inputs.sourceDateEpoch, []).slice(0, 10) || new Date().toISOString().slice(0, 10);
  const tallies: SourceTally[] = [];
  const validateAndTally = (rowFile: RowFile): Candidate[] => {
    const accepted = validateRowFile(rowFile, context, importDate);
    const rowRefs = [...rowFile.rows.map(({ ref }) => ref), ...rowFile.malformed.map(({ line }) => ({ file: rowFile.file, line }))];
    tallies.push(tallySource(rowFile.file, rowRefs, accepted.map(({ ref }) => ref), report));
    return accepted;
  };
  const candidates = directory.placeFiles.flatMap(validateAndTally);
  // The national file meets the place files first, so that the monographs enrich the merged places.
  const nationalFile = inputs.national ? readStandardSource(inputs.national.file) : undefined;
  const nationalOptions: NationalMergeOptions | undefined =
    inputs.national && nationalFile
      ? { nationalFile: nationalFile.file, withdrawn: new Set(inputs.national.withdrawn), communes: environment.nationalCommunes, report }
      : undefined;
  const nationalDecisions: PlaceDecision[] = [];
  let nationalLeft: Candidate[] = [];
  if (nationalFile && nationalOptions) {
    const merge = mergeNational(candidates, validateAndTally(nationalFile), nationalOptions);
    candidates.splice(0, candidates.length, ...merge.candidates);
    nationalLeft = merge.unmatched;
    nationalDecisions.push(...merge.decisions);
  }

  // Monographs enrich the hub places in place, before anything is deduplicated.
  const byId = new Map<string, Candidate>();
  for (const candidate of candidates) if (!byId.has(candidate.place.id)) byId.set(candidate.place.id, candidate);
  const monographOutcomes = new Map<string, MonographOutcome>();
  for (const { file, items } of directory.monographFiles) {
    const places = new Map([...byId].map(([id, candidate]) => [id, candidate.place]));
    const result = applyMonographs(file, items, places, { ...context, communes: environment.regionalCommunes }, environment.regionalCommunes);
    for (const [id, candidate] of byId) candidate.place = places.get(id) ?? candidate.place;
    for (const [cle, outcome] of result.outcomes) monographOutcomes.set(cle, outcome);
    let added: Candidate[] = result.added.map(({ place, ref }) => ({ place, ref, origin: file }));
    if (nationalOptions) {
      // The monographs' own places, met by the national records still unmatched (our export coming back, or a place the hub never had).
      const merge = mergeNational(added, nationalLeft, nationalOptions);
      added = merge.candidates;
      nationalLeft = merge.unmatched;
      nationalDecisions.push(...merge.decisions);
    }
    candidates.push(...added);
  }
  if (nationalFile) {
    const rest = nationalOnly(nationalLeft, nationalFile.file);
    candidates.push(...rest.candidates);
    nationalDecisions.push(...rest.decisions);
  }

  for (const { file, items } of directory.monographFiles) {
    const outcomes = items.map((_, index) => report.entries.some((entry) => entry.file === file && entry.action === 'rejected' && (entry.line === `#${index}` || entry.line.startsWith(`#${index} `))));
    const rejected = outcomes.filter(Boolean).length;
    const repaired = new Set(report.entries.filter((entry) => entry.file === file && entry.action === 'repaired').map((entry) => entry.line.split(' ')[0])).size - rejected;
    tallies.push({ file, read: items.length, accepted: items.length - rejected, repaired, rejected });
  }
  candidates.push(...extraFiles.flatMap(validateAndTally));

  const { places: merged, absorbedInto } = deduplicate(candidates, report);
  for (const [cle, outcome] of monographOutcomes) {
    if (outcome === 'added' && absorbedInto.has(`mono-${cle}`)) monographOutcomes.set(cle, 'merged');
  }

  const places = sortPlaces(merged.map((place) => canonicalPlace(withStops(withConfirmationDate(place), environment.stopsOf))));
  const snapshot: Snapshot = {
    version: await snapshotVersion(places),
    generated_at: resolveGeneratedAt(inputs.generatedAt, inputs.sourceDateEpoch, places),
    counts: countSnapshot({ places, monographOutcomes, ...(environment.isInRegion ? { isInRegion: environment.isInRegion } : {}) }),
    places,
  };
  const text = serializeSnapshot(snapshot);
  const facts: RunFacts = {
    snapshot,
    rawBytes: Buffer.byteLength(text),
    gzipBytes: gzipSync(text, { level: 9 }).length,
    standardVersion: environment.schema.version,
    inputs: tallies,
  };
  return { snapshot, text, reportText: renderReport(report, facts), report, facts, tallies, ...(nationalFile ? { nationalDecisions } : {}) };
}
