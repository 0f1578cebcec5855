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

/** Limits the checks enforce: a step is one short sentence or two, FALC shorter still. */
export const LIMITS = {
  minSteps: 4,
  maxSteps: 8,
  /** Words per sentence in a French step. */
  frenchWords: 15,
  /** Words per sentence in a FALC step (one idea per sentence). */
  falcWords: 12,
  /** Words per sentence in a translated step: a loose bound that catches a paragraph pasted into a step. */
  translationWords: 24,
} as const;

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

/** Sentences of a text: split after . ! ? … when followed by a space or the end (so « impots.gouv.fr » stays whole). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…؟])\s+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Words of a sentence: tokens holding a letter or a digit (French « : » and « ? » are not words). */
export function words(sentence: string): string[] {
  return sentence.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

const ARABIC_SCRIPT = /[\u0600-\u06FF]/u;
const CYRILLIC = /[\u0400-\u04FF]/u;

/**
 * Texts that may be the same in two languages: names that are not translated.
 * Anything else identical in two languages is an untranslated copy.
 */
export const SAME_IN_EVERY_LANGUAGE: readonly string[] = ['FranceConnect', 'WhatsApp'];

type Problems = string[];

/** Which sentence-length limits apply: all of them (steps), FALC only (why, calendar), or none (titles, lists). */
export type Limit = 'all' | 'falc' | 'none';

/**
 * Problems of one text: every language present, non-empty, in the right script, not a copy of another language,
 * and no sentence longer than the limits that apply.
 */
export function textProblems(where: string, value: unknown, options: { limit?: Limit } = {}): string[] {
  const problems: Problems = [];
  checkText(where, value, problems, options);
  return problems;
}

function checkText(where: string, value: unknown, problems: Problems, options: { limit?: Limit } = {}): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${where}: expected an object with one text per language`);
    return;
  }
  const text = value as Record<string, unknown>;
  const codes = LANGUAGES.map((language) => language.code) as string[];
  for (const key of Object.keys(text)) {
    if (!codes.includes(key)) problems.push(`${where}: unknown language "${key}"`);
  }
  const seen = new Map<string, string>();
  for (const code of codes) {
    const entry = text[code];
    if (typeof entry !== 'string' || entry.trim() === '') {
      problems.push(`${where}.${code}: missing or empty`);
      continue;
    }
    if (entry !== entry.trim() || /\s{2,}/u.test(entry)) problems.push(`${where}.${code}: stray spaces`);
    if ((code === 'ar' || code === 'fa') && !ARABIC_SCRIPT.test(entry)) problems.push(`${where}.${code}: not in Arabic script`);
    if (code === 'uk' && !CYRILLIC.test(entry)) problems.push(`${where}.${code}: not in Cyrillic`);
    const twin = seen.get(entry);
    if (twin && !SAME_IN_EVERY_LANGUAGE.includes(entry)) problems.push(`${where}.${code}: same text as ${twin}`);
    else seen.set(entry, code);
    const mode = options.limit ?? 'none';
    if (mode === 'all' || (mode === 'falc' && code === 'falc')) {
      const limit = code === 'fr' ? LIMITS.frenchWords : code === 'falc' ? LIMITS.falcWords : LIMITS.translationWords;
      for (const sentence of sentences(entry)) {
        const count = words(sentence).length;
        if (count > limit) problems.push(`${where}.${code}: ${count} words in « ${sentence} » (at most ${limit})`);
      }
    }
  }
}

const PICTOGRAM_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SOURCE = /^\d{3}_[0-9a-f]{16}\.txt:\d+(?:-\d+)?$/;

export interface ValidateOptions {
  /** Whether `public/pictograms/<name>.svg` exists (the tests pass a file-system check). */
  pictogramExists?: (name: string) => boolean;
}

/** Every problem of a guide, one line each; an empty list means the guide is complete. */
export function validateGuide(guide: unknown, options: ValidateOptions = {}): string[] {
  const problems: Problems = [];
  if (typeof guide !== 'object' || guide === null) return ['guide: expected an object'];
  const g = guide as Partial<Record<keyof Guide, unknown>> & Record<string, unknown>;
  const id = typeof g.id === 'string' ? g.id : '(no id)';
  const allowed = ['id', 'pictogram', 'need', 'title', 'why', 'steps', 'bring', 'sources'];
  for (const key of Object.keys(g)) if (!allowed.includes(key)) problems.push(`${id}: unknown field "${key}"`);
  if (!isGuideId(g.id)) problems.push(`${id}: id is not in GUIDE_IDS`);
  if (typeof g.need !== 'string' || !(NEED_IDS as readonly string[]).includes(g.need)) problems.push(`${id}.need: "${String(g.need)}" is not a need id`);
  const pictogram = (where: string, name: unknown) => {
    if (typeof name !== 'string' || !PICTOGRAM_NAME.test(name)) problems.push(`${where}: "${String(name)}" is not a pictogram name`);
    else if (options.pictogramExists && !options.pictogramExists(name)) problems.push(`${where}: public/pictograms/${name}.svg does not exist`);
  };
  pictogram(`${id}.pictogram`, g.pictogram);
  checkText(`${id}.title`, g.title, problems);
  checkText(`${id}.why`, g.why, problems, { limit: 'falc' });
  if (!Array.isArray(g.steps)) problems.push(`${id}.steps: expected a list`);
  else {
    if (g.steps.length < LIMITS.minSteps || g.steps.length > LIMITS.maxSteps) {
      problems.push(`${id}.steps: ${g.steps.length} steps (${LIMITS.minSteps} to ${LIMITS.maxSteps})`);
    }
    g.steps.forEach((step: unknown, index) => {
      const where = `${id}.steps[${index}]`;
      if (typeof step !== 'object' || step === null) {
        problems.push(`${where}: expected an object`);
        return;
      }
      const s = step as Record<string, unknown>;
      for (const key of Object.keys(s)) if (key !== 'pictogram' && key !== 'text') problems.push(`${where}: unknown field "${key}"`);
      pictogram(`${where}.pictogram`, s.pictogram);
      checkText(`${where}.text`, s.text, problems, { limit: 'all' });
    });
  }
  if (g.bring !== undefined) {
    if (!Array.isArray(g.bring) || g.bring.length === 0) problems.push(`${id}.bring: expected a non-empty list`);
    else g.bring.forEach((item: unknown, index) => checkText(`${id}.bring[${index}]`, item, problems));
  }
  if (g.sources !== undefined) {
    if (!Array.isArray(g.sources)) problems.push(`${id}.sources: expected a list`);
    else {
      for (const source of g.sources) {
        if (typeof source !== 'string' || !SOURCE.test(source)) problems.push(`${id}.sources: "${String(source)}" is not <seed file>:<lines>`);
      }
    }
  }
  return problems;
}
