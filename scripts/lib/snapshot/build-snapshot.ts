/**
 * The snapshot pipeline, from input files to the bytes of the snapshot and of
 * its report: read every source, validate every row, merge the monographs,
 * deduplicate, order, hash. Nothing is written here (see run-snapshot.ts), so
 * a failure anywhere leaves the previous files as they were.
 */
import { gzipSync } from 'node:zlib';
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
import { canonicalPlace, serializeSnapshot, sortPlaces } from './serialize';
import type { StandardSchema } from './standard-schema';
import { validatePlace, type ValidationContext } from './validate-place';

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
}

export interface BuiltSnapshot {
  snapshot: Snapshot;
  text: string;
  reportText: string;
  report: SnapshotReport;
  facts: RunFacts;
  /** What the national merge decided, place by place, when there was a national file. */
  nationalDecisions?: PlaceDecision[];
}

function validateRowFile(rowFile: RowFile, context: ValidationContext): Candidate[] {
  const { report } = context;
  for (const note of rowFile.notes) report.repaired({ file: rowFile.file, line: 1 }, note.field, note.reason);
  for (const bad of rowFile.malformed) report.rejected({ file: rowFile.file, line: bad.line }, '*', bad.reason);
  const candidates: Candidate[] = [];
  for (const { ref, row } of rowFile.rows) {
    let cells = row;
    if (rowFile.kind === 'standard') {
      const upgrade = upgradeLegacyRow(row, rowFile.legacy);
      for (const change of upgrade.changes) report.repaired(ref, change.field, change.reason);
      cells = upgrade.row;
    }
    const place = validatePlace(cells, ref, context, {
      provenance: { fichier: rowFile.file, ...(ref.line === undefined ? {} : { ligne: ref.line }), ...(ref.id === undefined ? {} : { id: ref.id }) },
      source: rowFile.file,
      reportMissingSource: rowFile.hasSourceColumn,
      provenanceExpected: rowFile.kind === 'places',
    });
    if (place) candidates.push({ place, ref, origin: rowFile.file });
  }
  return candidates;
}

export async function buildSnapshot(inputs: SnapshotInputs, environment: SnapshotEnvironment): Promise<BuiltSnapshot> {
  const directory = readPlacesDirectory(inputs.placesDirectory);
  const extraFiles = inputs.sources.map(readStandardSource);
  const report = new SnapshotReport();
  const context: ValidationContext = { schema: environment.schema, report, communes: environment.nationalCommunes };

  const candidates = directory.placeFiles.flatMap((rowFile) => validateRowFile(rowFile, context));
  // The national file meets the place files first, so that the monographs enrich the merged places.
  const nationalFile = inputs.national ? readStandardSource(inputs.national.file) : undefined;
  const nationalOptions: NationalMergeOptions | undefined =
    inputs.national && nationalFile
      ? { nationalFile: nationalFile.file, withdrawn: new Set(inputs.national.withdrawn), communes: environment.nationalCommunes, report }
      : undefined;
  const nationalDecisions: PlaceDecision[] = [];
  let nationalLeft: Candidate[] = [];
  if (nationalFile && nationalOptions) {
    const merge = mergeNational(candidates, validateRowFile(nationalFile, context), nationalOptions);
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

  candidates.push(...extraFiles.flatMap((rowFile) => validateRowFile(rowFile, context)));

  const { places: merged, absorbedInto } = deduplicate(candidates, report);
  for (const [cle, outcome] of monographOutcomes) {
    if (outcome === 'added' && absorbedInto.has(`mono-${cle}`)) monographOutcomes.set(cle, 'merged');
  }

  const places = sortPlaces(merged.map((place) => canonicalPlace(withConfirmationDate(place))));
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
    inputs: [
      ...directory.placeFiles.map((rowFile) => ({ file: rowFile.file, rows: rowFile.rows.length })),
      ...(nationalFile ? [{ file: nationalFile.file, rows: nationalFile.rows.length + nationalFile.malformed.length }] : []),
      ...directory.monographFiles.map(({ file, items }) => ({ file, rows: items.length })),
      ...extraFiles.map((rowFile) => ({ file: rowFile.file, rows: rowFile.rows.length + rowFile.malformed.length })),
    ],
  };
  return { snapshot, text, reportText: renderReport(report, facts), report, facts, ...(nationalFile ? { nationalDecisions } : {}) };
}
