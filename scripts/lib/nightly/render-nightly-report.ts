/**
 * data/reports/nightly.md: the account of the last published night — what was
 * downloaded, what the région kept, every decision of the merge with the
 * national file, the guard rails, and the changes people will see.
 */
import type { GuardCheck } from './guard-rails';
import type { PlaceDecision } from './merge-national';
import type { RegionExtract } from './region-extract';
import type { Region } from './settings';
import type { SnapshotChanges } from './snapshot-diff';
import type { Withdrawal } from './withdrawn';

export interface NightFacts {
  date: string;
  source: string;
  sha256: string;
  etag?: string;
  lastModified?: string;
  region: Region;
  extractFile: string;
  extract: RegionExtract;
  nationalRejected: number;
  decisions: readonly PlaceDecision[];
  withdrawnTonight: readonly Withdrawal[];
  comeBack: readonly Withdrawal[];
  checks: readonly GuardCheck[];
  changes: SnapshotChanges;
  deltaGzipBytes?: number;
}

const cell = (value: unknown): string => {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat;
};

export function renderNightlyReport(facts: NightFacts): string {
  const matched = facts.decisions.filter((decision) => decision.outcome === 'apparié');
  const added = facts.decisions.filter((decision) => decision.outcome === 'ajouté');
  const withdrawn = facts.decisions.filter((decision) => decision.outcome === 'retiré');
  const byRule = (rule: string): number => matched.filter((decision) => decision.rule === rule).length;
  const fieldRows = matched.flatMap((decision) =>
    decision.fields.map((field) => `| ${decision.id} | ${cell(decision.nom)} | \`${field.field}\` | ${field.kept} | ${cell(field.why)} | ${cell(field.local)} | ${cell(field.national)} |`),
  );
  const { changes } = facts;
  const lines = [
    `# Nuit du ${facts.date} : fichier national → snapshot`,
    '',
    'Écrit par `npm run nightly` quand une nuit publie ; une nuit refusée ne publie rien et le dit sur la console.',
    '',
    '## Téléchargement',
    '',
    `- source : ${facts.source}`,
    `- sha256 : \`${facts.sha256}\`${facts.etag ? `, ETag \`${facts.etag}\`` : ''}${facts.lastModified ? `, Last-Modified ${facts.lastModified}` : ''}`,
    `- lignes du fichier national : ${facts.extract.nationalRows} (${facts.extract.malformed} mal formées, ${facts.extract.unplaced} sans code INSEE ni code postal)`,
    `- région ${facts.region.nom} (${facts.region.code}) : ${facts.extract.ids.length} lignes gardées dans \`data/nightly/${facts.extractFile}\` — ${facts.region.departements.map((code) => `${code} : ${facts.extract.byDepartement[code] ?? 0}`).join(', ')}`,
    `- lignes de la région rejetées par la validation : ${facts.nationalRejected} (détail dans data/reports/snapshot.md)`,
    '',
    '## Garde-fous',
    '',
    '| contrôle | résultat | détail |',
    '|---|---|---|',
    ...facts.checks.map((check) => `| ${check.name} | ${check.passed ? 'ok' : 'REFUSÉ'} | ${cell(check.detail)} |`),
    '',
    '## Changements publiés',
    '',
    `${changes.counts.added} ajoutés, ${changes.counts.removed} retirés, ${changes.counts.changed} modifiés (détail machine : data/reports/nightly-changes.json${facts.deltaGzipBytes === undefined ? '' : `, delta ${(facts.deltaGzipBytes / 1024).toFixed(1)} Ko en gzip`}).`,
    '',
    ...(changes.added.length > 0 ? ['### Ajoutés', '', ...changes.added.map((place) => `- ${place.id} ${place.nom} (${place.commune})`), ''] : []),
    ...(changes.removed.length > 0 ? ['### Retirés', '', ...changes.removed.map((place) => `- ${place.id} ${place.nom} (${place.commune})`), ''] : []),
    ...(changes.changed.length > 0
      ? ['### Modifiés', '', '| lieu | nom | champ | avant | après |', '|---|---|---|---|---|', ...changes.changed.flatMap((place) => place.fields.map((field) => `| ${place.id} | ${cell(place.nom)} | \`${field.field}\` | ${cell(field.before)} | ${cell(field.after)} |`)), '']
      : []),
    '## Fusion avec les données locales',
    '',
    `Appariés : ${matched.length} (par identifiant ${byRule('identifiant')}, par pivot dans la commune ${byRule('pivot')}, par nom et adresse dans la commune ${byRule('nom et adresse')}, par nom seul unique dans la commune ${byRule('nom dans la commune')}) ; nouveaux lieux du fichier national : ${added.length} ; lieux locaux retirés par le national : ${withdrawn.length}.`,
    '',
    'Règles : la `date_maj` la plus récente l’emporte champ par champ ; une valeur qu’un seul des deux donne est gardée ; une position nationale approximative ou loin de sa commune ne remplace jamais la position locale (réparée) ; des horaires convertis en OSM restent tant que le national donne le même texte ; les ajouts des monographies (services, publics, matériel, notes, citations) sont appliqués après la fusion et restent donc sur le lieu.',
    '',
    ...(fieldRows.length > 0 ? ['| lieu | nom | champ | gardé | pourquoi | local | national |', '|---|---|---|---|---|---|---|', ...fieldRows, ''] : ['Aucun champ ne diffère entre les lieux appariés.', '']),
    ...(facts.withdrawnTonight.length > 0 ? ['### Retirés du fichier national cette nuit', '', ...facts.withdrawnTonight.map((entry) => `- ${entry.id} ${entry.nom} (enregistrement national ${entry.national_id})`), ''] : []),
    ...(facts.comeBack.length > 0 ? ['### Revenus dans le fichier national', '', ...facts.comeBack.map((entry) => `- ${entry.id} ${entry.nom}`), ''] : []),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
