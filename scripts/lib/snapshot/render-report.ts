/**
 * data/reports/snapshot.md, the full account of a run, and the few lines the
 * run prints on stderr. Deterministic like the snapshot: no clock, no paths
 * of the machine, entries in the order the files and rows were read.
 */
import type { Snapshot } from '../../../src/places/place';
import type { ReportAction, ReportEntry, SnapshotReport } from './report';
import { describeTally, type SourceTally } from './source-tally';

/** The budget of the regional snapshot on the wire. */
export const GZIP_BUDGET_BYTES = 80 * 1024;

export interface RunFacts {
  snapshot: Snapshot;
  rawBytes: number;
  gzipBytes: number;
  standardVersion: string;
  /** Each file read and what became of its rows. */
  inputs: SourceTally[];
}

const SECTIONS: ReadonlyArray<readonly [ReportAction, string, string]> = [
  ['rejected', 'Lignes rejetées', 'Valeur obligatoire absente ou inutilisable, ou coordonnées hors de France : la ligne n’entre pas dans le snapshot.'],
  ['repaired', 'Réparations', 'Valeur facultative invalide retirée, ou réécrite quand son sens est certain : la ligne entre dans le snapshot.'],
  ['merged', 'Fusions', 'Monographies fusionnées dans un lieu du hub, et doublons entre sources fusionnés dans la fiche la plus riche.'],
];

/** Rows rejected, however many reasons each has. */
export function rejectedRows(report: SnapshotReport): number {
  return new Set(report.entries.filter((entry) => entry.action === 'rejected').map((entry) => `${entry.file}|${entry.line}`)).size;
}

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} Ko`;
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(entries: readonly ReportEntry[]): string[] {
  return [
    '| fichier | ligne | champ | motif |',
    '|---|---|---|---|',
    ...entries.map((entry) => `| ${cell(entry.file)} | ${cell(entry.line)} | \`${cell(entry.field)}\` | ${cell(entry.reason)} |`),
  ];
}

export function renderReport(report: SnapshotReport, facts: RunFacts): string {
  const { snapshot } = facts;
  const counts = snapshot.counts;
  const sources = Object.entries(counts).filter(([key]) => key.startsWith('source:'));
  const withinBudget = facts.gzipBytes <= GZIP_BUDGET_BYTES;
  const lines = [
    '# Snapshot des lieux (public/data/snapshot.json)',
    '',
    `Généré par \`npm run snapshot\`, vérifié contre le standard LaMednum ${facts.standardVersion} (schema.json et le paquet @gouvfr-anct/lieux-de-mediation-numerique).`,
    'Chaque ligne rejetée, réparée ou fusionnée est listée ci-dessous avec son fichier et sa ligne (numéro de ligne CSV, ou #index et id dans un tableau JSON).',
    'Les courriels retirés ne sont jamais recopiés ici : seul le motif est donné.',
    '',
    '## Résumé',
    '',
    '| | |',
    '|---|---|',
    `| version | \`${snapshot.version}\` |`,
    `| generated_at | ${snapshot.generated_at} |`,
    `| lieux | ${counts.places} |`,
    `| communes (codes INSEE distincts) | ${counts.communes ?? 0} |`,
    ...sources.map(([key, count]) => `| source « ${key.slice('source:'.length)} » | ${count} |`),
    `| horaires convertis au format OSM | ${counts.horaires_osm ?? 0} |`,
    `| horaires en texte seulement | ${counts.horaires_texte_seul ?? 0} |`,
    `| positions approximatives (centre de la commune) | ${counts.positions_approximatives ?? 0} |`,
    `| lieux sans aucun service du standard | ${snapshot.places.filter((place) => place.services.length === 0).length} |`,
    `| lieux des monographies fusionnés dans un lieu existant | ${counts.monographies_fusionnees ?? 0} |`,
    `| lieux des monographies ajoutés | ${counts.monographies_ajoutees ?? 0} |`,
    `| lieux des monographies rejetés | ${counts.monographies_rejetees ?? 0} |`,
    ...(counts.hors_region === undefined ? [] : [`| lieux hors de la région Centre-Val de Loire | ${counts.hors_region} |`]),
    `| lignes rejetées | ${rejectedRows(report)} |`,
    `| réparations | ${report.count('repaired')} |`,
    `| fusions | ${report.count('merged')} |`,
    `| taille | ${kilobytes(facts.rawBytes)}, ${kilobytes(facts.gzipBytes)} en gzip (budget ${kilobytes(GZIP_BUDGET_BYTES)} : ${withinBudget ? 'respecté' : 'DÉPASSÉ'}) |`,
    '',
    '## Fichiers lus',
    '',
    ...facts.inputs.map((input) => `- \`${input.file}\` : ${input.read} lignes lues, ${input.accepted} acceptées (dont ${input.repaired} réparées), ${input.rejected} rejetées`),
    '',
    '## À savoir',
    '',
    '- Les monographies ne donnent pas d’adresse. Le standard exige `adresse` : pour un lieu ajouté depuis une monographie,',
    '  c’est le nom de la commune, le code postal est celui de la commune, la position son centre',
    '  (`complements.position_approximative: true`). Ces lieux portent le pivot `00000000000000` (immatriculation inconnue).',
    '- `services` n’est pas obligatoire dans le schéma v1.0.2 : un lieu sans aucun service du standard est gardé, avec une liste vide.',
    '- Les coordonnées sont obligatoires pour Boussole et doivent être en France ; une latitude et une longitude inversées sont remises dans l’ordre.',
    '',
  ];
  for (const [action, title, meaning] of SECTIONS) {
    const entries = report.entries.filter((entry) => entry.action === action);
    lines.push(`## ${title} (${entries.length})`, '', meaning, '');
    if (entries.length > 0) lines.push(...table(entries), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderSummary(report: SnapshotReport, facts: RunFacts, paths: { snapshot: string; report: string }): string {
  const { counts, version } = facts.snapshot;
  const budget = facts.gzipBytes <= GZIP_BUDGET_BYTES ? `≤ ${kilobytes(GZIP_BUDGET_BYTES)}` : `OVER the ${kilobytes(GZIP_BUDGET_BYTES)} budget`;
  return [
    `snapshot ${version}: ${counts.places} places in ${counts.communes ?? 0} communes; monographs ${counts.monographies_fusionnees ?? 0} merged, ${counts.monographies_ajoutees ?? 0} added, ${counts.monographies_rejetees ?? 0} rejected`,
    `  hours: ${counts.horaires_osm ?? 0} OSM, ${counts.horaires_texte_seul ?? 0} text only; approximate positions: ${counts.positions_approximatives ?? 0}`,
    ...facts.inputs.map((tally) => `  source ${describeTally(tally)}`),
    `  report: ${rejectedRows(report)} rejected rows (${report.count('rejected')} reasons), ${report.count('repaired')} repairs, ${report.count('merged')} merges → ${paths.report}`,
    `  size: ${kilobytes(facts.rawBytes)} raw, ${kilobytes(facts.gzipBytes)} gzip (${budget}) → ${paths.snapshot}`,
  ].join('\n');
}
