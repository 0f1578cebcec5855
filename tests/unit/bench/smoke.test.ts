import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../../bench/lib/report';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUT = 'bench/tmp/smoke-test';

// npm run bench itself is not part of npm test (minutes of CPU); this runs it small, end to end, in real Chromium.
// npm test runs this file alone (test:bench-smoke), so other test workers do not skew or starve it.
function runSmoke(): { ok: boolean; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'bench/run.ts', '--smoke', '--out', OUT], {
    cwd: ROOT,
    encoding: 'utf8',
    // spawnSync blocks the worker, so vitest's own timeout could not stop a stuck run. About a minute on a quiet
    // machine; the deep links' pass (issue 17) adds a few navigations, and a shared machine can double the rest.
    timeout: 300_000,
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').filter((line) => !line.startsWith('npm warn')).slice(-15).join('\n');
  return { ok: result.status === 0, output: result.error ? `${result.error.message}\n${output}` : output };
}

describe('npm run bench -- --smoke', () => {
  it('builds both sites, measures them in Chromium and writes results.json and REPORT.md', { timeout: 330_000 }, () => {
    // Every phase of the bench is bounded; a failure shows the run's last lines, which name the phase.
    const attempt = runSmoke();
    expect(attempt.ok, attempt.output).toBe(true);
    const results = JSON.parse(readFileSync(join(ROOT, OUT, 'results.json'), 'utf8')) as Record<string, number>;
    for (const scale of ['regional', 'national']) {
      for (const metric of ['cold_start_offline_ms_p50', 'snapshot_import_ms_p50', 'search_keystroke_ms_p95', 'commune_lookup_keystroke_ms_p95', 'orientation_query_ms_p95', 'map_load_offline_ms_p50', 'js_heap_after_load_bytes_p50', 'precache_bytes_gz', 'snapshot_bytes_gz', 'shard_bytes_gz_max']) {
        const value = results[`${metric}_${scale}`];
        expect(value, `${metric}_${scale}`).toBeGreaterThan(0);
        expect(Number.isFinite(value), `${metric}_${scale}`).toBe(true);
      }
    }
    // Issue 17: each cold start is split into phases, and each deep link's JavaScript is counted.
    for (const scale of ['regional', 'national']) {
      for (const phase of ['navigation', 'dom_interactive', 'js', 'strings', 'storage', 'render', 'main_start', 'storage_end']) {
        const value = results[`cold_start_breakdown_${phase}_ms_p50_${scale}`];
        expect(Number.isFinite(value), `cold_start_breakdown_${phase}_ms_p50_${scale} = ${value}`).toBe(true);
        expect(value, `cold_start_breakdown_${phase}_ms_p50_${scale}`).toBeGreaterThan(0);
      }
      // The bench's link names a commune: the commune index is built before its first results.
      for (const phase of ['index', 'index_end', 'strings_end']) expect(Number.isFinite(results[`cold_start_breakdown_${phase}_ms_p50_${scale}`]), `${phase} ${scale}`).toBe(true);
      // The phases happen before the first result they lead to.
      expect(results[`cold_start_breakdown_storage_end_ms_p50_${scale}`]).toBeLessThanOrEqual(results[`cold_start_offline_ms_p50_${scale}`]!);
      for (const link of ['search', 'orientation', 'place']) {
        expect(results[`deep_link_js_files_${link}_${scale}`], `${link} ${scale}`).toBeGreaterThan(1);
        expect(results[`deep_link_js_bytes_gz_${link}_${scale}`], `${link} ${scale}`).toBeGreaterThan(results[`first_paint_js_bytes_gz_${scale}`]! / 2);
      }
    }
    // Every budget has its figure, and the report judges each one.
    for (const budget of BUDGETS) expect(results[budget.metric], budget.metric).toBeGreaterThan(0);
    expect(results.geometry_bytes_gz).toBeGreaterThan(0);
    const report = readFileSync(join(ROOT, OUT, 'REPORT.md'), 'utf8');
    for (const budget of BUDGETS) expect(report).toContain(budget.label);
    expect(report).toMatch(/\| (oui|\*\*non\*\*) \|/);
    expect(report).toContain('## Démarrage à froid hors ligne : où va le temps');
    // A smoke run says nothing aloud about budgets.
    expect(attempt.output).not.toMatch(/\b(met|MISS) /);
  });
});
