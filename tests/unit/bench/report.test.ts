import { describe, expect, it } from 'vitest';
import { firstPaintFiles, precacheUrls } from '../../../bench/lib/bytes';
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
    const verdicts = judge({ cold_start_offline_ms_p50_regional: 501, search_keystroke_ms_p95_regional: 16 });
    expect(verdicts.find((v) => v.metric === 'cold_start_offline_ms_p50_regional')?.met).toBe(false);
    expect(verdicts.find((v) => v.metric === 'search_keystroke_ms_p95_regional')?.met).toBe(true);
    expect(verdicts.find((v) => v.metric === 'snapshot_import_ms_p50_national')?.met).toBe(false);
  });

  it('writes the budgets table with the measured values', () => {
    const report = renderReport(
      { cold_start_offline_ms_p50_regional: 1234.5, snapshot_bytes_gz_regional: 64_386 },
      { date: 'd', machine: 'm', node: '20', chromium: 'c', runs: 5, rounds: 3, scales: { regional: { places: 426, communes: 1754 } }, durationS: 1, smoke: false },
    );
    // fr-FR groups thousands with a narrow no-break space; compare with plain spaces.
    const plain = report.replace(/[\u202f\u00a0]/g, ' ');
    expect(plain).toContain('| Démarrage à froid hors ligne → premiers résultats, régional | ≤ 500 ms | 1 234,5 ms | **non** |');
    expect(plain).toContain('| Snapshot régional (gzip) | ≤ 80 KB | 64,4 KB | oui |');
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
});
