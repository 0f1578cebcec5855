/**
 * The checks of the guides' and the calendar's content (every language present
 * and in its script, short sentences, known pictograms, needs and sources):
 * run by the tests, never shipped with the app.
 */
import { LANGUAGES } from '../../../src/i18n/languages';
import { GUIDE_IDS, NEED_IDS, isGuideId, type Guide } from '../../../src/guides/guide';
import { CALENDAR, type CalendarEntry } from '../../../src/guides/calendar';

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

/** Every problem of the calendar, one line each; an empty list means it is complete. */
export function validateCalendar(entries: readonly CalendarEntry[] = CALENDAR): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    const where = `calendar.${entry.id}`;
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.id)) problems.push(`${where}: id is not kebab-case`);
    if (ids.has(entry.id)) problems.push(`${where}: duplicate id`);
    ids.add(entry.id);
    if (entry.months.length === 0) problems.push(`${where}.months: empty`);
    entry.months.forEach((month, index) => {
      if (!Number.isInteger(month) || month < 1 || month > 12) problems.push(`${where}.months: ${month} is not a month (1 to 12)`);
      const previous = entry.months[index - 1];
      if (previous !== undefined && previous >= month) problems.push(`${where}.months: not in increasing order`);
    });
    if (entry.guide !== undefined && !(GUIDE_IDS as readonly string[]).includes(entry.guide)) problems.push(`${where}.guide: no guide "${entry.guide}"`);
    if (!(NEED_IDS as readonly string[]).includes(entry.need)) problems.push(`${where}.need: "${entry.need}" is not a need id`);
    problems.push(
      ...textProblems(`${where}.title`, entry.title, { limit: 'falc' }),
      ...textProblems(`${where}.detail`, entry.detail, { limit: 'falc' }),
    );
    for (const { code } of LANGUAGES) {
      if (code !== 'fr' && code !== 'falc' && entry.title[code] === entry.title.fr) problems.push(`${where}.title.${code}: French left untranslated`);
    }
  }
  return problems;
}
