/**
 * One night: get the national file (nothing more when it did not change), keep
 * the région's records, build the snapshot with them through the same pipeline
 * as every source, pass the guard rails, then publish — the snapshot, its
 * reports, the night's changes, and what the next night needs (the région's
 * extract, the withdrawn places, the download state). A refused night throws
 * before writing anything: the previous snapshot stays.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Snapshot } from '../../../src/places/place';
import { writeFileAtomic } from '../snapshot/atomic-write';
import { buildSnapshot, type BuiltSnapshot, type SnapshotEnvironment } from '../snapshot/build-snapshot';
import { fetchSource, type FetchFunction } from './fetch-source';
import { guardRails, type GuardCheck } from './guard-rails';
import { extractFileName, extractFiles, STATE_FILE_NAME, WITHDRAWN_FILE_NAME } from './paths';
import { extractRegion } from './region-extract';
import { renderNightlyReport } from './render-nightly-report';
import type { NightlySettings } from './settings';
import { diffSnapshots, snapshotDelta, type SnapshotChanges } from './snapshot-diff';
import { readState, writeState } from './state';
import { newWithdrawals, readWithdrawn, writeWithdrawn } from './withdrawn';

export interface NightlyPaths {
  placesDirectory: string;
  /** data/nightly/: extract, withdrawn places, download state. */
  nightlyDirectory: string;
  snapshotFile: string;
  snapshotReportFile: string;
  nightlyReportFile: string;
  changesFile: string;
}

export interface NightlyOptions {
  settings: NightlySettings;
  paths: NightlyPaths;
  environment: SnapshotEnvironment;
  /** The night's date, YYYY-MM-DD (withdrawals are dated with it). */
  today: string;
  fetch?: FetchFunction;
}

export type NightlyOutcome =
  | { status: 'unchanged'; why: string }
  | { status: 'published'; built: BuiltSnapshot; changes: SnapshotChanges; checks: GuardCheck[]; deltaGzipBytes?: number };

/** A night that must not publish: the message says which guard rail stopped it. */
export class NightRefused extends Error {
  override readonly name = 'NightRefused';
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Rows of `file` rejected by validation (a row may have several reasons: counted once). */
function rejectedRows(built: BuiltSnapshot, file: string): number {
  return new Set(built.report.entries.filter((entry) => entry.file === file && entry.action === 'rejected').map((entry) => entry.line)).size;
}

export async function runNightly(options: NightlyOptions): Promise<NightlyOutcome> {
  const { settings, paths, environment, today } = options;
  const stateFile = join(paths.nightlyDirectory, STATE_FILE_NAME);
  const withdrawnFile = join(paths.nightlyDirectory, WITHDRAWN_FILE_NAME);
  const extractName = extractFileName(settings.region);
  const extractFile = join(paths.nightlyDirectory, extractName);

  const fetched = await fetchSource(settings.source, readState(stateFile), options.fetch);
  if (fetched.status === 'unchanged') return { status: 'unchanged', why: fetched.why };

  const extract = extractRegion(fetched.text, settings.source.split(/[\\/]/).pop() || 'national.csv', settings.region);
  const previousExtractText = readIfExists(extractFile);
  const previousText = readIfExists(paths.snapshotFile);
  if (previousText !== undefined && previousExtractText === extract.text) {
    return { status: 'unchanged', why: `the national file changed, but not its ${extract.ids.length} records of ${settings.region.nom}` };
  }
  const previous = previousText === undefined ? undefined : (JSON.parse(previousText) as Snapshot);
  const previousExtract = previousExtractText === undefined ? undefined : extractRegion(previousExtractText, extractName, settings.region);

  const known = readWithdrawn(withdrawnFile);
  const knownIds = new Set(known.map((entry) => entry.id));
  const tonight = newWithdrawals(previous, extractName, new Set(extract.ids), today).filter((entry) => !knownIds.has(entry.id));
  const candidates = [...known, ...tonight];

  const scratch = mkdtempSync(join(tmpdir(), 'boussole-nightly-'));
  try {
    const scratchExtract = join(scratch, extractName);
    writeFileSync(scratchExtract, extract.text);
    const built = await buildSnapshot(
      { placesDirectory: paths.placesDirectory, sources: [], national: { file: scratchExtract, withdrawn: candidates.map((entry) => entry.id) } },
      environment,
    );
    const decisions = built.nationalDecisions ?? [];
    const matchedIds = new Set(decisions.filter((decision) => decision.outcome === 'apparié').map((decision) => decision.id));
    const comeBack = candidates.filter((entry) => matchedIds.has(entry.id));
    const stillWithdrawn = candidates.filter((entry) => !matchedIds.has(entry.id));
    const nationalRejected = rejectedRows(built, extractName);

    const checks = await guardRails({
      region: settings.region,
      maxRemovedShare: settings.maxRemovedShare,
      ...(previous ? { previous } : {}),
      next: built.snapshot,
      nextText: built.text,
      extract,
      ...(previousExtract ? { previousExtract: previousExtract.byDepartement } : {}),
      nationalRejected,
      nationalRead: extract.ids.length,
    });
    const failed = checks.filter((check) => !check.passed);
    if (failed.length > 0) {
      throw new NightRefused(
        [`night refused, nothing published (the previous snapshot stays): ${failed.length} guard rail(s) failed`, ...failed.map((check) => `  ${check.name}: ${check.detail}`)].join('\n'),
      );
    }

    const changes = diffSnapshots(previous, built.snapshot);
    const deltaGzipBytes = previous ? gzipSync(JSON.stringify(snapshotDelta(previous, built.snapshot)), { level: 9 }).length : undefined;
    const reportText = renderNightlyReport({
      date: today,
      source: settings.source,
      sha256: fetched.sha256,
      ...(fetched.etag ? { etag: fetched.etag } : {}),
      ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
      region: settings.region,
      extractFile: extractName,
      extract,
      nationalRejected,
      decisions,
      withdrawnTonight: tonight.filter((entry) => !matchedIds.has(entry.id)),
      comeBack,
      checks,
      changes,
      ...(deltaGzipBytes === undefined ? {} : { deltaGzipBytes }),
    });

    // What the next night and `npm run snapshot` read first, the snapshot last.
    writeFileAtomic(extractFile, extract.text);
    // Another région's extract (the setting changed) must not feed `npm run snapshot`.
    for (const other of extractFiles(paths.nightlyDirectory)) if (other !== extractName) rmSync(join(paths.nightlyDirectory, other));
    if (stillWithdrawn.length > 0 || existsSync(withdrawnFile)) writeWithdrawn(withdrawnFile, stillWithdrawn);
    writeState(stateFile, {
      source: settings.source,
      ...(fetched.etag ? { etag: fetched.etag } : {}),
      ...(fetched.lastModified ? { last_modified: fetched.lastModified } : {}),
      sha256: fetched.sha256,
    });
    writeFileAtomic(paths.changesFile, `${JSON.stringify(changes, null, 1)}\n`);
    writeFileAtomic(paths.nightlyReportFile, reportText);
    writeFileAtomic(paths.snapshotReportFile, built.reportText);
    writeFileAtomic(paths.snapshotFile, built.text);
    return { status: 'published', built, changes, checks, ...(deltaGzipBytes === undefined ? {} : { deltaGzipBytes }) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
