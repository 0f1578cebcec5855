/**
 * Turns the benchmark's samples into bench/results.json (one flat object,
 * metric → number, units in the names) and bench/REPORT.md (budgets met or
 * not, then every figure), so a reader sees at once what a phone feels.
 */

export type Results = Record<string, number>;

/** Nearest-rank percentile: with 5 runs, p50 is the 3rd value and p95 the slowest. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** `{ cold_start_offline_ms: [..] }` → `cold_start_offline_ms_p50_regional`, `…_p95_regional`. */
export function summarizeRuns(runs: ReadonlyArray<Record<string, number>>, scale: string): Results {
  const results: Results = {};
  const keys = new Set(runs.flatMap((run) => Object.keys(run)));
  for (const key of keys) {
    const samples = runs.map((run) => run[key]).filter((value): value is number => Number.isFinite(value));
    results[`${key}_p50_${scale}`] = round(percentile(samples, 0.5));
    results[`${key}_p95_${scale}`] = round(percentile(samples, 0.95));
  }
  return results;
}

export interface Budget {
  metric: string;
  label: string;
  limit: number;
  unit: 'ms' | 'bytes';
}

/** The deep links issue 17 names, as the bench opens them (bench/lib/browser.ts, deepLinks). */
export const DEEP_LINKS: ReadonlyArray<readonly [name: string, label: string]> = [
  ['search', '`/recherche?q=mediatheque`'],
  ['orientation', '`/orientation?commune=37258&besoin=ameli`'],
  ['place', '`/lieu/<id>` (premier lieu du snapshot)'],
];

/**
 * The budgets, at 4× CPU throttle. KB = 1,000 bytes. Times are judged on the median of the runs, keystrokes on
 * their p95. The cold start and first-paint JavaScript budgets are issue 17's goal (first results in 400 ms).
 */
export const BUDGETS: readonly Budget[] = [
  { metric: 'cold_start_offline_ms_p50_regional', label: 'Démarrage à froid hors ligne → premiers résultats, régional', limit: 400, unit: 'ms' },
  { metric: 'cold_start_offline_ms_p50_national', label: 'Démarrage à froid hors ligne → premiers résultats, national', limit: 600, unit: 'ms' },
  { metric: 'search_keystroke_ms_p95_regional', label: 'Recherche, p95 par frappe, régional', limit: 16, unit: 'ms' },
  { metric: 'search_keystroke_ms_p95_national', label: 'Recherche, p95 par frappe, national', limit: 30, unit: 'ms' },
  { metric: 'snapshot_import_ms_p50_national', label: 'Import du snapshot dans IndexedDB, national', limit: 1500, unit: 'ms' },
  { metric: 'first_paint_js_bytes_gz_regional', label: 'JavaScript du premier affichage, accueil (gzip)', limit: 60_000, unit: 'bytes' },
  ...DEEP_LINKS.map(([name, label]): Budget => ({ metric: `deep_link_js_bytes_gz_${name}_regional`, label: `JavaScript avant le premier résultat, ${label} (gzip)`, limit: 60_000, unit: 'bytes' })),
  { metric: 'snapshot_bytes_gz_regional', label: 'Snapshot régional (gzip)', limit: 80_000, unit: 'bytes' },
];

export interface BudgetVerdict extends Budget {
  value: number | undefined;
  met: boolean;
}

export function judge(results: Results, budgets: readonly Budget[] = BUDGETS): BudgetVerdict[] {
  return budgets.map((budget) => {
    const value = results[budget.metric];
    return { ...budget, value, met: value !== undefined && Number.isFinite(value) && value <= budget.limit };
  });
}

const number = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
export function formatValue(value: number | undefined, unit: string): string {
  if (value === undefined || !Number.isFinite(value)) return 'non mesuré';
  if (unit === 'bytes') return value >= 10_000 ? `${number(value / 1000)} KB` : `${number(value)} B`;
  return `${number(value)} ${unit}`;
}

export interface ReportContext {
  date: string;
  machine: string;
  node: string;
  chromium: string;
  runs: number;
  rounds: number;
  scales: Record<string, { places: number; communes: number }>;
  durationS: number;
  smoke: boolean;
}

const ROWS: ReadonlyArray<readonly [label: string, metric: string, unit: string]> = [
  ['Première visite en ligne (4G lente) → lieux affichés, médiane', 'first_visit_places_shown_ms_p50', 'ms'],
  ['Démarrage à froid hors ligne → premiers résultats, médiane', 'cold_start_offline_ms_p50', 'ms'],
  ['Démarrage à froid hors ligne → premiers résultats, p95', 'cold_start_offline_ms_p95', 'ms'],
  ['Lecture des lieux depuis IndexedDB, médiane', 'places_read_ms_p50', 'ms'],
  ['Import du snapshot (contrôle + écriture), médiane', 'snapshot_import_ms_p50', 'ms'],
  ['— dont contrôle (JSON, empreinte, comptes), médiane', 'snapshot_check_ms_p50', 'ms'],
  ['— dont écriture IndexedDB (une transaction), médiane', 'snapshot_store_ms_p50', 'ms'],
  ['Carte hors ligne → contours et marqueurs dessinés, médiane', 'map_load_offline_ms_p50', 'ms'],
  ['Carte hors ligne, p95', 'map_load_offline_ms_p95', 'ms'],
  ['Tas JS après chargement (après GC), médiane', 'js_heap_after_load_bytes_p50', 'bytes'],
  ['Recherche : p50 par frappe, toutes requêtes', 'search_keystroke_ms_p50', 'ms'],
  ['Recherche : p95 par frappe, toutes requêtes', 'search_keystroke_ms_p95', 'ms'],
  ['— mots tapés lettre à lettre, p95', 'search_keystroke_typed_ms_p95', 'ms'],
  ['— fautes de frappe et d’orthographe, p95', 'search_keystroke_typos_ms_p95', 'ms'],
  ['Construction de l’index de recherche', 'search_index_build_ms', 'ms'],
  ['Commune (nom ou code postal) : p95 par frappe', 'commune_lookup_keystroke_ms_p95', 'ms'],
  ['Commune la plus proche d’une position GPS, p95', 'commune_nearest_ms_p95', 'ms'],
  ['Construction de l’index des communes', 'commune_index_build_ms', 'ms'],
  ['Orientation (besoin + commune → liste classée, horaires évalués) p50', 'orientation_query_ms_p50', 'ms'],
  ['Orientation, p95', 'orientation_query_ms_p95', 'ms'],
  ['Ralentissement CPU observé (boucle fixe, page de l’app / sans bridage)', 'cpu_slowdown_observed', '×'],
  ['Precache du service worker (fichiers)', 'precache_entries', ''],
  ['Precache du service worker (brut)', 'precache_bytes_raw', 'bytes'],
  ['Precache du service worker (gzip)', 'precache_bytes_gz', 'bytes'],
  ['JavaScript du premier affichage, accueil (gzip, d’après `index.html`)', 'first_paint_js_bytes_gz', 'bytes'],
  ['CSS du premier affichage (gzip)', 'first_paint_css_bytes_gz', 'bytes'],
  ['Snapshot (brut)', 'snapshot_bytes_raw', 'bytes'],
  ['Snapshot (gzip)', 'snapshot_bytes_gz', 'bytes'],
  ['Tranches par département : nombre', 'shard_count', ''],
  ['Tranche la plus lourde (gzip)', 'shard_bytes_gz_max', 'bytes'],
  ['Tranche médiane (gzip)', 'shard_bytes_gz_median', 'bytes'],
  ['Code de la carte, chargé à la demande (gzip)', 'map_chunk_js_bytes_gz', 'bytes'],
  ['Code des horaires, chargé à la demande (gzip)', 'hours_chunk_js_bytes_gz', 'bytes'],
];

/** Where an offline cold start's time goes (bench/lib/browser.ts, coldStartBreakdown): label, metric (without _p50_<scale>). */
const BREAKDOWN_ROWS: ReadonlyArray<readonly [label: string, metric: string]> = [
  ['Navigation : page reçue du service worker (début → `responseEnd`)', 'cold_start_breakdown_navigation_ms'],
  ['— HTML analysé (début → `domInteractive`)', 'cold_start_breakdown_dom_interactive_ms'],
  ['JavaScript : modules chargés et évalués jusqu’au code de l’app (`responseEnd` → `boussole:main`)', 'cold_start_breakdown_js_ms'],
  ['— le code de l’app démarre à', 'cold_start_breakdown_main_start_ms'],
  ['Textes de l’interface (`boussole:strings`, après le démarrage de l’app)', 'cold_start_breakdown_strings_ms'],
  ['— textes prêts à', 'cold_start_breakdown_strings_end_ms'],
  ['Stockage : lecture des lieux dans IndexedDB (`boussole:places-read`, lancée dès `boot.ts`)', 'cold_start_breakdown_storage_ms'],
  ['— lieux prêts à', 'cold_start_breakdown_storage_end_ms'],
  ['Index construits sur la page avant les premiers résultats (`boussole:commune-index` ; celui des lieux se construit dans un worker)', 'cold_start_breakdown_index_ms'],
  ['— index prêts à (0 : aucun)', 'cold_start_breakdown_index_end_ms'],
  ['Rendu : lieux, textes et index prêts → premier résultat affiché', 'cold_start_breakdown_render_ms'],
  ['**Premier résultat affiché à**', 'cold_start_offline_ms'],
];

/** Whether DevTools' throttle reaches workers, from the floor page's busy loops (bench/lib/browser.ts, measureFloorRun). */
function workerThrottling(results: Results): string {
  const page = results.busy_loop_page_ms_p50_floor;
  const worker = results.busy_loop_worker_ms_p50_floor;
  if (page === undefined || worker === undefined) return '';
  const loops = `une boucle fixe prend ${formatValue(page, 'ms')} sur la page bridée et ${formatValue(worker, 'ms')} dans un worker de la même page`;
  if (page < worker * 2) return `Le bridage de DevTools ralentit aussi les workers de la page : ${loops}.`;
  return `Le bridage de DevTools ne ralentit que le fil principal de la page, pas ses workers : ${loops}. Ce qui tourne dans un worker (la lecture des lieux au démarrage, le contrôle d’un snapshot téléchargé) est donc mesuré ici à la vitesse de la machine ; sur un téléphone, il tourne sur un autre cœur à la vitesse du téléphone — plus lentement qu’ici, mais sans bloquer l’écran.`;
}

export function renderReport(results: Results, context: ReportContext, extra: readonly string[] = []): string {
  const verdicts = judge(results);
  const scales = Object.keys(context.scales);
  const lines = [
    '# Boussole — banc de mesure',
    '',
    context.smoke ? '> **Essai rapide (`--smoke`)** : peu de lieux et une seule passe, pour vérifier que le banc tourne. Ces chiffres ne jugent rien.\n' : '',
    `Produit par \`npm run bench\` le ${context.date}, en ${Math.round(context.durationS)} s. Chiffres de cette exécution ; les données brutes sont dans \`bench/results.json\`.`,
    '',
    `- Machine : ${context.machine} ; Node ${context.node} ; ${context.chromium} (Debian, headless).`,
    `- Téléphone simulé : processeur ralenti ${4}× (\`Emulation.setCPUThrottlingRate\`), écran 360 × 760. Première visite en « 4G lente » (Lighthouse : 562,5 ms d’aller-retour, 1,47 Mbit/s).`,
    `- ${context.runs} exécutions par échelle, chacune sur un profil neuf : première visite en ligne, navigateur fermé, puis rouvert **réseau coupé** (service worker + IndexedDB). Médiane = 3ᵉ valeur sur 5, p95 = la plus lente (rang le plus proche).`,
    `- Recherche, communes et orientation : les modules de l’app exécutés dans la même page bridée (\`bench/harness\`), ${context.rounds} passes sur chaque frappe de chaque requête.`,
    ...scales.map((scale) => `- Échelle **${scale}** : ${number(context.scales[scale]!.places)} lieux, ${number(context.scales[scale]!.communes)} communes${scale === 'national' ? ' (lieux synthétiques déterministes répartis sur les vraies communes, jamais publiés)' : ''}.`),
    '',
    '## Budgets (processeur 4×)',
    '',
    '| Budget | Limite | Mesuré | Tenu |',
    '|---|---|---|---|',
    ...verdicts.map((verdict) => `| ${verdict.label} | ≤ ${formatValue(verdict.limit, verdict.unit)} | ${formatValue(verdict.value, verdict.unit)} | ${verdict.met ? 'oui' : '**non**'} |`),
    '',
    '## Démarrage à froid hors ligne : où va le temps (médianes)',
    '',
    'Lien ouvert : `/orientation?commune=37072&besoin=demarches`, réseau coupé, processeur 4×. Les durées se chevauchent (la lecture des lieux tourne pendant le chargement du JavaScript) : elles ne s’additionnent pas ; les lignes « … à » sont comptées depuis le début de la navigation et montrent ce que les premiers résultats ont attendu. Chaque ligne est la médiane de ses propres valeurs : sur plusieurs exécutions, les lignes ne se déduisent pas exactement les unes des autres.',
    '',
    `| Phase | ${scales.join(' | ')} |`,
    `|---|${scales.map(() => '---').join('|')}|`,
    ...BREAKDOWN_ROWS.map(([label, metric]) => `| ${label} | ${scales.map((scale) => formatValue(results[`${metric}_p50_${scale}`], 'ms')).join(' | ')} |`),
    '',
    `**Plancher de cette machine : ${formatValue(results.cold_start_floor_ms_p50_floor, 'ms')}** (médiane ; p95 ${formatValue(results.cold_start_floor_ms_p95_floor, 'ms')}). C’est le même démarrage (profil neuf, première visite, navigateur rouvert hors ligne, processeur 4×, même lien) d’une page qui n’a rien : un fichier HTML, un module d’une ligne qui affiche un seul résultat, un service worker qui sert les deux (\`bench/lib/floor-site.ts\`). Ce temps est celui du navigateur seul (processus de rendu, service worker, analyse de la page) ; au-dessus, c’est le coût de Boussole.`,
    '',
    workerThrottling(results),
    '',
    '## JavaScript chargé avant le premier résultat, par lien partagé',
    '',
    'Chaque lien ouvert hors ligne après le démarrage à froid ; fichiers `.js` demandés (Resource Timing) avant que son premier résultat soit affiché, poids gzip (niveau 9) des fichiers construits. Les données de communes (chunk JSON → JS) y comptent quand le lien nomme une commune.',
    '',
    `| Lien | ${scales.map((scale) => `${scale} : fichiers | ${scale} : gzip`).join(' | ')} |`,
    `|---|${scales.map(() => '---|---').join('|')}|`,
    ...DEEP_LINKS.map(
      ([name, label]) =>
        `| ${label} | ${scales.map((scale) => `${formatValue(results[`deep_link_js_files_${name}_${scale}`], '').trim()} | ${formatValue(results[`deep_link_js_bytes_gz_${name}_${scale}`], 'bytes')}`).join(' | ')} |`,
    ),
    '',
    '## Toutes les mesures',
    '',
    `| Mesure | ${scales.join(' | ')} |`,
    `|---|${scales.map(() => '---').join('|')}|`,
  ];
  for (const [label, metric, unit] of ROWS) {
    const cells = scales.map((scale) => formatValue(results[`${metric}_${scale}`], unit === '×' ? '×' : unit));
    if (cells.every((cell) => cell === 'non mesuré')) continue;
    lines.push(`| ${label} | ${cells.join(' | ')} |`);
  }
  const geometry = ['geometry_bytes_raw', 'geometry_bytes_gz'].map((metric) => formatValue(results[metric], 'bytes'));
  lines.push('', `Fond de carte embarqué (contours région, départements, communes ; TopoJSON simplifié par mapshaper) : ${geometry[0]} brut, ${geometry[1]} gzip.`);
  if (extra.length > 0) lines.push('', '## Notes', '', ...extra.map((note) => `- ${note}`));
  lines.push('');
  return lines.filter((line, index) => !(line === '' && lines[index - 1] === '')).join('\n');
}
