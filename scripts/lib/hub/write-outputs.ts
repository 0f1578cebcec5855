/** The committed outputs of the hub import, with stable bytes. */
import type { Place } from '../../../src/places/place';
import type { ImportReport } from './import-report';
import type { HubImportStats } from './import-hub-records';
import { HUB_FILE_NAME } from './hub-record';

/** One place per line block: pretty enough to review in a diff, and deterministic. */
export function serializePlaces(places: readonly Place[]): string {
  return `[\n${places.map((place) => `  ${JSON.stringify(place)}`).join(',\n')}\n]\n`;
}

export function renderReport(report: ImportReport, stats: HubImportStats): string {
  const lines = [
    '# Import du Hub Lo (cartographie régionale Centre-Val de Loire, 2020)',
    '',
    `Généré par \`npm run data:hub\` depuis \`data/sources/hub-lo/${HUB_FILE_NAME}\` vers \`data/places/hub-lo-centre-val-de-loire.json\`.`,
    'Chaque réparation et chaque donnée écartée est listée ci-dessous avec le gid du lieu et le champ source.',
    'Les valeurs personnelles (noms, courriels, numéros de mobile) ne sont jamais recopiées ici : seul le motif est donné.',
    '',
    'Colonnes jamais reprises, pour tous les lieux : `c_contacts` (noms et adresses de personnes), `c_gid` (doublon de `gid`),',
    '`c__userid_modification` (identifiant interne d’éditeur), `c_validation` (toujours 0), `c_sans_etiquette` et les drapeaux `c_b_*`',
    '(sans information : toujours 0 ou vides), `c_autres_horaires`, `c_arr_public_cible` et `c_heure_*` (toujours vides).',
    'Les colonnes `c_statut_juridique` et `c_arr_statut_juridique` servent à la typologie (ASSO) sans être recopiées.',
    '',
    '## Résumé',
    '',
    `| | |`,
    `|---|---|`,
    `| lieux importés | ${stats.places} |`,
    `| horaires convertis au format OSM | ${stats.hours.converti} |`,
    `| horaires gardés en texte seulement | ${stats.hours['texte seulement']} |`,
    `| sans horaires | ${stats.hours.aucun} |`,
    `| positions réparées (centre de la commune, position approximative) | ${stats.positionsRepaired} |`,
    `| codes postaux CEDEX remplacés | ${stats.cedexRepaired} |`,
    `| codes postaux d’une autre commune remplacés | ${stats.otherPostalCodesRepaired} |`,
    `| courriels de structure gardés | ${stats.emailsKept} |`,
    `| courriels retirés : personnels (prénom, initiale + nom) | ${stats.emailsDroppedPersonal} |`,
    `| courriels retirés : non reconnus comme adresse de la structure (dans le doute) | ${stats.emailsDroppedUnrecognised} |`,
    `| courriels retirés (invalides) | ${stats.emailsDroppedInvalid} |`,
    '',
  ];
  for (const [topic, entries] of report.byTopic()) {
    lines.push(`## ${topic.charAt(0).toUpperCase()}${topic.slice(1)} (${entries.length})`, '');
    // Identical repairs of several records share one line, listing their gids.
    const grouped = new Map<string, { gids: number[]; first: (typeof entries)[number] }>();
    for (const entry of entries) {
      const key = `${entry.field}|${entry.action}|${entry.detail}`;
      const group = grouped.get(key);
      if (group) group.gids.push(entry.gid);
      else grouped.set(key, { gids: [entry.gid], first: entry });
    }
    for (const { gids, first } of grouped.values()) {
      const who = gids.length === 1 ? `gid ${gids[0]}` : `gids ${gids.join(', ')} (${gids.length})`;
      lines.push(`- ${who} · \`${first.field}\` · ${first.action} — ${first.detail.replace(/\n/g, ' / ')}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
