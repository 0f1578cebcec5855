/**
 * How a place's kind is drawn. The 20-odd typologie codes fall into eight groups;
 * each group has a colour, a shape and a letter, so colour is never the only cue
 * (RGAA 3.1). The letter is translatable (locales: `group.<id>.letter`).
 */
export const KIND_GROUPS = [
  'france-services',
  'epn',
  'mediatheque',
  'tiers-lieu',
  'collectivite',
  'social',
  'jeunesse-emploi',
  'autre',
] as const;

export type KindGroup = (typeof KIND_GROUPS)[number];

export type Shape = 'circle' | 'square' | 'diamond' | 'hexagon' | 'pentagon' | 'triangle' | 'octagon' | 'shield';

/** The shape of each group's symbol (colours live in symbols.css, keyed by group). */
export const GROUP_SHAPES: Record<KindGroup, Shape> = {
  'france-services': 'diamond',
  epn: 'circle',
  mediatheque: 'square',
  'tiers-lieu': 'hexagon',
  collectivite: 'pentagon',
  social: 'triangle',
  'jeunesse-emploi': 'octagon',
  autre: 'shield',
};

const GROUP_OF_KIND: Record<string, KindGroup> = {
  MSAP: 'france-services',
  EPN: 'epn',
  BIB: 'mediatheque',
  TIERS_LIEUX: 'tiers-lieu',
  FABLAB: 'tiers-lieu',
  MUNI: 'collectivite',
  EPCI: 'collectivite',
  DEPT: 'collectivite',
  CCAS: 'social',
  CIAS: 'social',
  CSC: 'social',
  CS: 'social',
  MDS: 'social',
  CAF: 'social',
  PIJ_BIJ: 'jeunesse-emploi',
  ML: 'jeunesse-emploi',
  MJC: 'jeunesse-emploi',
  FT: 'jeunesse-emploi',
  OF: 'jeunesse-emploi',
};

/** The group a typologie code is drawn as; unknown codes are 'autre'. */
export function kindGroup(kind: string): KindGroup {
  return Object.hasOwn(GROUP_OF_KIND, kind) ? (GROUP_OF_KIND[kind] as KindGroup) : 'autre';
}
