/**
 * npm run bench:lighthouse — Lighthouse's mobile performance audit (its default: a mid-range phone, slow 4G and a
 * 4× slower processor, simulated) of a first online visit, on the built app served from dist/. Lighthouse is not a
 * dependency of the project (about 120 packages, error reporting included): npx fetches the pinned version on
 * demand (12.2.3: later ones want Node 22). Writes bench/LIGHTHOUSE.md.
 *
 *   npm run build && npm run bench:lighthouse [-- --runs N]
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium';
import { percentile } from './lib/report';
import { serveStatic } from './lib/serve';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The goal of the start-up issue: a first online visit of the home screen and of a shared orientation link. */
const PAGES = ['/', '/orientation?commune=37258&besoin=ameli', '/recherche?q=mediatheque'];
const GOAL = 95;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);

interface Audit {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  si: number;
}

/** Asynchronous: the site is served by this very process, which must stay free to answer. */
const run = promisify(execFile);

async function audit(url: string, work: string): Promise<Audit> {
  const output = join(work, 'report.json');
  await run('npx', ['-y', LIGHTHOUSE, url, '--only-categories=performance', '--output=json', `--output-path=${output}`, '--quiet', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`], {
    env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
  });
  const report = JSON.parse(readFileSync(output, 'utf8')) as { categories: { performance: { score: number } }; audits: Record<string, { numericValue: number }> };
  const value = (id: string) => report.audits[id]!.numericValue;
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    si: value('speed-index'),
  };
}

const ms = (value: number) => `${Math.round(value).toLocaleString('fr-FR')} ms`;

async function main(): Promise<void> {
  const server = await serveStatic(join(ROOT, 'dist'));
  const work = mkdtempSync(join(tmpdir(), 'boussole-lighthouse-'));
  const rows: string[] = [];
  try {
    for (const page of PAGES) {
      const audits: Audit[] = [];
      for (let run = 1; run <= runs; run++) {
        process.stderr.write(`[lighthouse] ${page}: run ${run}/${runs}\n`);
        audits.push(await audit(server.origin + page, work));
      }
      const median = (key: keyof Audit) => percentile(audits.map((entry) => entry[key]), 0.5);
      rows.push(
        `| \`${page}\` | ${median('score')} ${median('score') >= GOAL ? '' : '(**< ' + GOAL + '**)'} | ${ms(median('fcp'))} | ${ms(median('lcp'))} | ${ms(median('tbt'))} | ${median('cls').toLocaleString('fr-FR', { minimumFractionDigits: 3, maximumFractionDigits: 3 })} | ${ms(median('si'))} | ${audits.map((entry) => entry.score).join(', ')} |`,
      );
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  const text = [
    '# Boussole — Lighthouse, première visite en ligne',
    '',
    `Produit par \`npm run bench:lighthouse\` le ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC avec ${LIGHTHOUSE} (profil mobile par défaut : réseau 4G lente et processeur 4× plus lent, simulés), ${runs} exécutions par page, médianes ; objectif : score ≥ ${GOAL}. Le processeur de la machine compte : ces chiffres ne se comparent qu’à ceux de la même machine.`,
    '',
    '| Page | Score | FCP | LCP | TBT | CLS | Speed Index | Scores |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench/LIGHTHOUSE.md'), text);
  process.stdout.write(text);
}

await main();
