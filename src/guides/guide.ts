/**
 * Step-by-step guides: the type, the list, the lazy loader and the checks.
 *
 * A guide answers « pourquoi ? » before « comment ? » (seeds, Chartres C:L571-572:
 * « Tant que les gens ne savent pas pourquoi il faut faire une démarche, ils
 * auront du mal à savoir comment la faire »): `why` first, then one pictogram
 * and one short sentence per step, then where to get help (the guide's `need`
 * leads to the places that help with it).
 *
 * Each guide is one JSON file in `content/<id>.json` holding every language,
 * loaded on demand: one small chunk per guide, precached for offline use.
 */
import { LANGUAGES, type LanguageCode } from '../i18n/languages';

/** One text in every language of the app. */
export type Text = Record<LanguageCode, string>;

/** The orientation needs (same ids as `orientation/needs.ts` and the `need-<id>.svg` pictograms). */
export const NEED_IDS = [
  'demarches',
  'outils-quotidien',
  'insertion-pro',
  'securite',
  'parentalite',
  'loisirs-creation',
  'comprendre-numerique',
  'acces-internet-materiel',
  'materiel-solidaire',
  'imprimer-scanner',
  'wifi-gratuit',
  'ordinateur-libre',
  'caf',
  'impots',
  'ants',
  'france-travail',
  'ameli',
  'smartphone',
  'cv-emploi',
  'ordinateur-pas-cher',
  'fabriquer-reparer',
  'email',
] as const;
export type NeedId = (typeof NEED_IDS)[number];

/** Every guide, in the order the guide list shows them. */
export const GUIDE_IDS = [
  'preparer-rendez-vous',
  'franceconnect',
  'rendez-vous-en-ligne',
  'adresse-email',
  'mots-de-passe',
  'arnaques',
  'scanner-document',
  'envoyer-cv',
  'installer-application',
  'appel-video',
  'wifi-public',
  'ordinateur-public',
] as const;
export type GuideId = (typeof GUIDE_IDS)[number];

export interface GuideStep {
  /** File name in `public/pictograms/` without `.svg`: what the hand does or what the eye looks for. */
  pictogram: string;
  text: Text;
}

export interface Guide {
  id: GuideId;
  /** The guide's own pictogram (list of guides, « pourquoi » screen). */
  pictogram: string;
  /** The orientation need whose places can help with this guide. */
  need: NeedId;
  title: Text;
  why: Text;
  steps: GuideStep[];
  /** What to bring, when it matters (appointments). */
  bring?: Text[];
  /** The seed passages that motivate the guide: `<seed file>:<line>` or `<seed file>:<first>-<last>`. */
  sources?: string[];
}

const loaders = import.meta.glob<{ default: unknown }>('./content/*.json');

export function isGuideId(value: unknown): value is GuideId {
  return typeof value === 'string' && (GUIDE_IDS as readonly string[]).includes(value);
}

/** The guide with this id, loaded from its own chunk; undefined for an unknown id. */
export async function loadGuide(id: string): Promise<Guide | undefined> {
  if (!isGuideId(id)) return undefined;
  const load = loaders[`./content/${id}.json`];
  if (!load) return undefined;
  const module = await load();
  return module.default as Guide;
}
