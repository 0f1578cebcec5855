/**
 * What kind of place a Hub Lo record is, read from its three category columns
 * (c_categories_espace, c_etiquettes, the c_<category> flags) and its name.
 */
import { Typologie } from '@gouvfr-anct/lieux-de-mediation-numerique';
import { foldName } from '../../../src/places/normalize-name';
import { cleanText, type HubRecord } from './hub-record';

export type HubCategory =
  | 'epn'
  | 'mediatheque'
  | 'coworking'
  | 'fablab'
  | 'msap'
  | 'promeneur'
  | 'club_info'
  | 'mairie'
  | 'autres';

const LABELS: ReadonlyArray<readonly [RegExp, HubCategory]> = [
  [/^epn$/, 'epn'],
  [/^mediatheque$/, 'mediatheque'],
  [/^co ?working$/, 'coworking'],
  [/^fablab$/, 'fablab'],
  [/^msap$/, 'msap'],
  [/promeneur du net|^pdn$|referent pdn/, 'promeneur'],
  [/^club (?:info|informatique)$/, 'club_info'],
  [/^mairie$/, 'mairie'],
  [/^autres?$/, 'autres'],
];

const FLAG_COLUMNS: ReadonlyArray<readonly [keyof HubRecord, HubCategory]> = [
  ['c_epn', 'epn'],
  ['c_mediatheque', 'mediatheque'],
  ['c_coworking', 'coworking'],
  ['c_fablab', 'fablab'],
  ['c_msap', 'msap'],
  ['c_promeneur', 'promeneur'],
  ['c_club_info', 'club_info'],
  ['c_mairie', 'mairie'],
];

function categoryOfLabel(label: string): HubCategory | undefined {
  const folded = foldName(label.replace(/"/g, ''));
  return LABELS.find(([pattern]) => pattern.test(folded))?.[1];
}

/** The union of the record's categories, in a stable order. */
export function categoriesOf(record: HubRecord): Set<HubCategory> {
  const labels = [
    ...cleanText(record.c_categories_espace).replace(/[{}]/g, '').split(','),
    ...cleanText(record.c_etiquettes).split(/[,/]/),
  ];
  const found = new Set<HubCategory>();
  for (const label of labels) {
    const category = label.trim() && categoryOfLabel(label.trim());
    if (category) found.add(category);
  }
  for (const [column, category] of FLAG_COLUMNS) if (record[column] === 'True') found.add(category);
  if (record.c_autres === 'Mairie') found.add('mairie');
  return found;
}

const TYPOLOGIE_OF_CATEGORY: Partial<Record<HubCategory, Typologie>> = {
  epn: Typologie.EPN,
  mediatheque: Typologie.BIB,
  coworking: Typologie.TIERS_LIEUX,
  fablab: Typologie.FABLAB,
  msap: Typologie.MSAP,
  mairie: Typologie.MUNI,
};

/** Structure types written in the name (or legal name) of the place. */
const TYPOLOGIE_OF_NAME: ReadonlyArray<readonly [RegExp, Typologie]> = [
  [/\bccas\b|centre communal d action sociale/, Typologie.CCAS],
  [/\b(?:pij|bij|crij|rij|prij)\b|information jeunesse/, Typologie.PIJ_BIJ],
  [/mission locale|\baijam\b/, Typologie.ML],
  [/centre social|centre socio|socioculturel|\bcs\b(?= :)|\bcsc\b/, Typologie.CSC],
  [/\bmjcs?\b|maison des jeunes/, Typologie.MJC],
  [/\bmsap\b|france services?|maison de services? au public|maison des services|\besp\b|espace services publics/, Typologie.MSAP],
  [/\bpimms\b/, Typologie.PIMMS],
  [/pole emploi/, Typologie.FT],
  [/\bepide\b/, Typologie.EPIDE],
  [/\bcidff\b/, Typologie.CIDFF],
  [/\bla poste\b/, Typologie.LA_POSTE],
  [/espace de vie sociale/, Typologie.EVS],
  [/\bmediatheque|\bbibliotheque/, Typologie.BIB],
  [/\bepn\b|espace public numerique|cyber ?base/, Typologie.EPN],
  [/\bfab ?lab\b/, Typologie.FABLAB],
  [/co ?working|tiers lieu/, Typologie.TIERS_LIEUX],
  [/^mairie\b/, Typologie.MUNI],
];

export function typologiesOf(record: HubRecord, categories: ReadonlySet<HubCategory>): Typologie[] {
  const found = new Set<Typologie>();
  for (const category of categories) {
    const typologie = TYPOLOGIE_OF_CATEGORY[category];
    if (typologie) found.add(typologie);
  }
  const name = foldName(cleanText(record.c_nom));
  const legalName = foldName(cleanText(record.c_raison_sociale));
  for (const [pattern, typologie] of TYPOLOGIE_OF_NAME) {
    if (pattern.test(name) || (typologie === Typologie.LA_POSTE && pattern.test(legalName))) found.add(typologie);
  }
  const status = `${cleanText(record.c_statut_juridique)} ${cleanText(record.c_arr_statut_juridique)}`;
  // A computer club is an association in this file whatever its host; so is every "Associatif" structure.
  if (/Associatif/.test(status) || categories.has('club_info')) found.add(Typologie.ASSO);
  return [...found].sort();
}
