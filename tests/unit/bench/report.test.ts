import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstPaintFiles, gzipBytes, precacheUrls, scriptBytes } from '../../../bench/lib/bytes';
import { coldStartBreakdown } from '../../../bench/lib/browser';
import { judge, percentile, renderReport, summarizeRuns } from '../../../bench/lib/report';

describe('bench figures', () => {
  it('takes nearest-rank percentiles: with five runs, the median is the third and p95 the slowest', () => {
    expect(percentile([50, 10, 40, 20, 30], 0.5)).toBe(30);
    expect(percentile([50, 10, 40, 20, 30], 0.95)).toBe(50);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('names every metric with its unit, statistic and scale', () => {
    const results = summarizeRuns([{ cold_start_offline_ms: 400 }, { cold_start_offline_ms: 600 }, { cold_start_offline_ms: 500 }], 'regional');
    expect(results).toEqual({ cold_start_offline_ms_p50_regional: 500, cold_start_offline_ms_p95_regional: 600 });
  });

  it('marks a budget met only with a figure within its limit', () => {
    const verdicts = judge({ cold_start_offline_ms_p50_regional: 401, cold_start_offline_ms_p50_national: 600, search_keystroke_ms_p95_regional: 16, deep_link_js_bytes_gz_search_regional: 60_001 });
    expect(verdicts.find((v) => v.metric === 'cold_start_offline_ms_p50_regional')?.met).toBe(false);
    expect(verdicts.find((v) => v.metric === 'cold_start_offline_ms_p50_national')?.met).toBe(true);
    expect(verdicts.find((v) => v.metric === 'search_keystroke_ms_p95_regional')?.met).toBe(true);
    expect(verdicts.find((v) => v.metric === 'deep_link_js_bytes_gz_search_regional')?.met).toBe(false);
    // Issue 17: every deep link, not only the home screen, is held to 60 KB of first-paint JavaScript.
    for (const link of ['search', 'orientation', 'place']) expect(verdicts.find((v) => v.metric === `deep_link_js_bytes_gz_${link}_regional`)?.limit).toBe(60_000);
    expect(verdicts.find((v) => v.metric === 'snapshot_import_ms_p50_national')?.met).toBe(false);
  });

  it('writes the budgets table with the measured values', () => {
    const report = renderReport(
      {
        cold_start_offline_ms_p50_regional: 1234.5,
        snapshot_bytes_gz_regional: 64_386,
        cold_start_breakdown_storage_ms_p50_regional: 512.3,
        cold_start_breakdown_render_ms_p50_regional: 150,
        deep_link_js_files_search_regional: 21,
        deep_link_js_bytes_gz_search_regional: 93_012,
      },
      { date: 'd', machine: 'm', node: '20', chromium: 'c', runs: 5, rounds: 3, scales: { regional: { places: 426, communes: 1754 } }, durationS: 1, smoke: false },
    );
    // fr-FR groups thousands with a narrow no-break space; compare with plain spaces.
    const plain = report.replace(/[\u202f\u00a0]/g, ' ');
    expect(plain).toContain('| Démarrage à froid hors ligne → premiers résultats, régional | ≤ 400 ms | 1 234,5 ms | **non** |');
    expect(plain).toContain('| Snapshot régional (gzip) | ≤ 80 KB | 64,4 KB | oui |');
    expect(plain).toContain('| Stockage : lecture des lieux dans IndexedDB (`boussole:places-read`, lancée dès `boot.ts`) | 512,3 ms |');
    expect(plain).toContain('| Rendu : lieux, textes et index prêts → premier résultat affiché | 150 ms |');
    expect(plain).toContain('| `/recherche?q=mediatheque` | 21 | 93 KB |');
    expect(plain).toContain('| JavaScript avant le premier résultat, `/recherche?q=mediatheque` (gzip) | ≤ 60 KB | 93 KB | **non** |');
  });

  it('splits a cold start into phases from navigation timing and the app’s marks, counting only what came before the first result', () => {
    const breakdown = coldStartBreakdown(
      {
        responseEnd: 40,
        domInteractive: 60,
        main: 300,
        strings: [[300, 380]],
        placesRead: [[70, 700]],
        // The commune index was built before the first result; a search index built later (a keystroke) is not the start's.
        indexes: [
          [500, 620],
          [900, 950],
        ],
      },
      850,
    );
    expect(breakdown).toEqual({
      cold_start_breakdown_navigation_ms: 40,
      cold_start_breakdown_dom_interactive_ms: 60,
      cold_start_breakdown_js_ms: 260,
      cold_start_breakdown_strings_ms: 80,
      cold_start_breakdown_storage_ms: 630,
      cold_start_breakdown_index_ms: 120,
      // The places came last (700 ms): rendering is what follows them.
      cold_start_breakdown_render_ms: 150,
      cold_start_breakdown_main_start_ms: 300,
      cold_start_breakdown_strings_end_ms: 380,
      cold_start_breakdown_storage_end_ms: 700,
      cold_start_breakdown_index_end_ms: 620,
    });
    // No index on the way: index time is 0 and rendering follows the later of places and strings.
    const noIndex = coldStartBreakdown({ responseEnd: 40, domInteractive: 60, main: 300, strings: [[300, 900]], placesRead: [[70, 700]], indexes: [] }, 1000);
    expect(noIndex.cold_start_breakdown_index_ms).toBe(0);
    expect(noIndex.cold_start_breakdown_render_ms).toBe(100);
  });

  it('finds the first-paint files (index.html and what its entry imports at once) and the precached URLs in sw.js', () => {
    const html = '<script type="module" crossorigin src="/assets/index-A.js"></script><link rel="modulepreload" crossorigin href="/assets/b.js"><link rel="stylesheet" href="/assets/c.css">';
    const entry = 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/main-D.js","assets/b.js","assets/main-E.css"])))=>i.map(i=>d[i]);';
    expect(firstPaintFiles(html, (url) => (url === '/assets/index-A.js' ? entry : ''))).toEqual({
      scripts: ['/assets/index-A.js', '/assets/b.js', '/assets/main-D.js'],
      styles: ['/assets/c.css', '/assets/main-E.css'],
    });
    expect(firstPaintFiles(html).scripts).toEqual(['/assets/index-A.js', '/assets/b.js']);
    expect(precacheUrls('e.precacheAndRoute([{url:"index.html",revision:"1"},{url:"assets/a.js",revision:null}])')).toEqual(['index.html', 'assets/a.js']);
  });

  it('weighs the scripts a deep link fetched: each file once, gzipped as built, the heaviest named first', () => {
    const site = mkdtempSync(join(tmpdir(), 'bench-bytes-'));
    try {
      mkdirSync(join(site, 'assets'));
      const small = 'export const a = 1;\n';
      const large = `export const b = ${JSON.stringify(Array.from({ length: 500 }, (_, i) => `mot-${i * 7919}`))};\n`;
      writeFileSync(join(site, 'assets/a.js'), small);
      writeFileSync(join(site, 'assets/b.js'), large);
      const fetched = scriptBytes(site, ['/assets/a.js', '/assets/b.js', '/assets/a.js'], 1);
      expect(fetched.files).toBe(2);
      expect(fetched.gz).toBe(gzipBytes(small) + gzipBytes(large));
      expect(fetched.heaviest).toEqual([['/assets/b.js', gzipBytes(large)]]);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
