/**
 * npm run bench — what a low-end phone feels, at regional and national scale.
 * Builds both sites, serves each on loopback, drives Debian Chromium at 4×
 * CPU throttle, and writes bench/results.json and bench/REPORT.md.
 *
 *   npm run bench                      5 runs, regional and national (~18,000 places)
 *   npm run bench -- --smoke           1 run, 1,000 national places, into bench/tmp/smoke (the test uses it)
 *   options: --runs N --rounds N --scales regional,national --national-places N --out FOLDER
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM_PATH } from '../scripts/lib/chromium';
import { deepLinks, measureEngines, measureFloorRun, measureRun, type FloorSample, type RunSample } from './lib/browser';
import { gzipBytes, measureSiteBytes, scriptBytes } from './lib/bytes';
import { DEEP_LINKS, formatValue, percentile, renderReport, summarizeRuns, judge, type Results } from './lib/report';
import { writeFloorSite } from './lib/floor-site';
import { serveStatic } from './lib/serve';
import { buildSites, NATIONAL_PLACES, type Scale } from './lib/site';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    runs: { type: 'string' },
    rounds: { type: 'string' },
    scales: { type: 'string', default: 'regional,national' },
    'national-places': { type: 'string' },
    out: { type: 'string' },
  },
});

const smoke = values.smoke ?? false;
const runs = Number(values.runs ?? (smoke ? 1 : 5));
const rounds = Number(values.rounds ?? (smoke ? 1 : 3));
const nationalPlaces = Number(values['national-places'] ?? (smoke ? 1000 : NATIONAL_PLACES));
const scales = (values.scales ?? '').split(',').filter((scale): scale is Scale => scale === 'regional' || scale === 'national');
const out = join(ROOT, values.out ?? (smoke ? 'bench/tmp/smoke' : 'bench'));
const work = join(ROOT, 'bench/tmp', smoke ? 'smoke-sites' : 'sites');

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function shardFigures(folder: string, scale: string): Results {
  const shards = readdirSync(folder).filter((name) => name.endsWith('.json') && name !== 'index.json');
  const sizes = shards.map((name) => gzipBytes(readFileSync(join(folder, name))));
  return {
    [`shard_count_${scale}`]: shards.length,
    [`shard_bytes_gz_max_${scale}`]: Math.max(...sizes),
    [`shard_bytes_gz_median_${scale}`]: percentile(sizes, 0.5),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!Number.isInteger(runs) || runs < 1 || scales.length === 0) throw new Error('usage: npm run bench -- [--smoke] [--runs N] [--scales regional,national]');
  log(`building ${scales.join(' + ')} into ${relative(ROOT, work)}`);
  const sites = await buildSites(ROOT, work, scales, nationalPlaces);
  const results: Results = {};
  const notes: string[] = [];
  const described: Record<string, { places: number; communes: number }> = {};

  log('floor: an empty page from a service worker, opened the same way');
  const floorServer = await serveStatic(writeFloorSite(join(work, 'floor')));
  try {
    const floors: FloorSample[] = [];
    for (let run = 1; run <= runs; run++) floors.push(await measureFloorRun(floorServer.origin, work));
    Object.assign(results, summarizeRuns(floors as unknown as Record<string, number>[], 'floor'));
  } finally {
    await floorServer.close();
  }

  for (const site of sites) {
    const bytes = measureSiteBytes(site.folder);
    for (const [key, value] of Object.entries(bytes)) results[`${key}_${site.scale}`] = value;
    Object.assign(results, shardFigures(join(site.folder, 'bench-shards'), site.scale));
    if (site.scale === 'regional') {
      results.geometry_bytes_raw = bytes.geometry_bytes_raw;
      results.geometry_bytes_gz = bytes.geometry_bytes_gz;
    }

    const server = await serveStatic(site.folder);
    try {
      const samples: RunSample[] = [];
      // The deep links' JavaScript is the same on every run: counted once, after the first run's cold start.
      const firstPlace = (JSON.parse(readFileSync(join(site.folder, 'data/snapshot.json'), 'utf8')) as { places: { id: string }[] }).places[0]!.id;
      for (let run = 1; run <= runs; run++) {
        log(`${site.scale}: run ${run}/${runs}`);
        const { sample, scripts } = await measureRun(server.origin, work, run === 1 ? deepLinks(firstPlace) : undefined);
        samples.push(sample);
        for (const [link, urls] of Object.entries(scripts ?? {})) {
          const fetched = scriptBytes(site.folder, urls);
          results[`deep_link_js_files_${link}_${site.scale}`] = fetched.files;
          results[`deep_link_js_bytes_gz_${link}_${site.scale}`] = fetched.gz;
          const label = DEEP_LINKS.find(([name]) => name === link)?.[1] ?? link;
          const heaviest = fetched.heaviest.map(([url, gz]) => `\`${url.replace(/^\/assets\//, '')}\` ${formatValue(gz, 'bytes')}`).join(', ');
          notes.push(`${label}, ${site.scale} : ${fetched.files} fichiers JavaScript avant le premier résultat ; les plus lourds : ${heaviest}.`);
        }
      }
      Object.assign(results, summarizeRuns(samples as unknown as Record<string, number>[], site.scale));

      log(`${site.scale}: search, communes and orientation in the page`);
      const engines = await measureEngines(server.origin, site.communeScope, rounds);
      const s = site.scale;
      Object.assign(results, {
        [`search_keystroke_ms_p50_${s}`]: engines.searchAll.medianMs,
        [`search_keystroke_ms_p95_${s}`]: engines.searchAll.p95Ms,
        [`search_keystroke_typed_ms_p95_${s}`]: engines.searchTyped.p95Ms,
        [`search_keystroke_typos_ms_p95_${s}`]: engines.searchTypos.p95Ms,
        [`search_index_build_ms_${s}`]: engines.searchBuildMs,
        [`commune_lookup_keystroke_ms_p50_${s}`]: engines.communeKeystrokes.medianMs,
        [`commune_lookup_keystroke_ms_p95_${s}`]: engines.communeKeystrokes.p95Ms,
        [`commune_nearest_ms_p95_${s}`]: engines.communeNearest.p95Ms,
        [`commune_index_build_ms_${s}`]: engines.communeBuildMs,
        [`orientation_query_ms_p50_${s}`]: engines.orientation.medianMs,
        [`orientation_query_ms_p95_${s}`]: engines.orientation.p95Ms,
        [`cpu_slowdown_observed_${s}`]: Math.round((percentile(samples.map((sample) => sample.busy_loop_ms), 0.5) / engines.busyLoopUnthrottledMs) * 10) / 10,
      });
      described[s] = { places: engines.places, communes: engines.communes };
    } finally {
      await server.close();
    }
  }

  const failed = judge(results).filter((verdict) => !verdict.met);
  if (!smoke && failed.length > 0) notes.push(`Budgets non tenus : ${failed.map((verdict) => verdict.metric).join(', ')}. Voir la note de clôture de l’issue du banc.`);
  const durationS = (Date.now() - started) / 1000;
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const chromium = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim();
  const cpu = cpus();
  writeFileSync(
    join(out, 'REPORT.md'),
    renderReport(
      results,
      {
        date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
        machine: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB`,
        node: process.versions.node,
        chromium,
        runs,
        rounds,
        scales: described,
        durationS,
        smoke,
      },
      notes,
    ),
  );
  log(`wrote ${relative(ROOT, join(out, 'results.json'))} and REPORT.md in ${Math.round(durationS)} s`);
  // A smoke run only proves the bench works: its figures (1 run, a small national scale) are not judged aloud.
  if (!smoke) for (const verdict of judge(results)) log(`${verdict.met ? 'met ' : 'MISS'} ${verdict.metric} = ${verdict.value} (≤ ${verdict.limit})`);
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
