/**
 * The guides' content: every guide complete in every language, short sentences,
 * pictograms that exist, ids that match files, seed references that point at
 * real lines. Each check also runs on a broken copy, so that a check that
 * stopped checking would be noticed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GUIDE_IDS, NEED_IDS, loadGuide, type Guide } from '../../../src/guides/guide';
import { LIMITS, sentences, validateGuide, words } from '../../../scripts/lib/guides/validate-content';
import { LANGUAGES } from '../../../src/i18n/languages';
import { NEEDS } from '../../../src/orientation/needs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CONTENT = join(ROOT, 'src/guides/content');
const PICTOGRAMS = join(ROOT, 'public/pictograms');
const SEEDS = join(ROOT, 'data/sources/seeds');
const CODES = LANGUAGES.map((language) => language.code);

const files = readdirSync(CONTENT).filter((name) => name.endsWith('.json')).sort();
const guides: Guide[] = files.map((name) => JSON.parse(readFileSync(join(CONTENT, name), 'utf8')) as Guide);
const pictogramExists = (name: string) => existsSync(join(PICTOGRAMS, `${name}.svg`));

/** Every text of a guide with where it is, for the per-language checks. */
function texts(guide: Guide): { where: string; text: Record<string, string> }[] {
  return [
    { where: `${guide.id}.title`, text: guide.title },
    { where: `${guide.id}.why`, text: guide.why },
    ...guide.steps.map((step, index) => ({ where: `${guide.id}.steps[${index}]`, text: step.text })),
    ...(guide.bring ?? []).map((item, index) => ({ where: `${guide.id}.bring[${index}]`, text: item })),
  ];
}

function clone(guide: Guide): Guide {
  return structuredClone(guide);
}

describe('guides', () => {
  it('has at least 12 guides, one file per id of GUIDE_IDS', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(files.map((name) => name.replace(/\.json$/, '')).sort()).toEqual([...GUIDE_IDS].sort());
  });

  it('names each file after its guide id', () => {
    for (const [index, guide] of guides.entries()) expect(`${guide.id}.json`).toBe(files[index]);
  });

  it.each(guides.map((guide) => [guide.id, guide] as const))('%s is complete in every language, with existing pictograms', (_id, guide) => {
    expect(validateGuide(guide, { pictogramExists })).toEqual([]);
  });

  it('gives every title, why, step and bring item a non-empty text in each of the nine languages', () => {
    const missing: string[] = [];
    for (const guide of guides) {
      for (const { where, text } of texts(guide)) {
        for (const code of CODES) if (typeof text[code] !== 'string' || text[code].trim() === '') missing.push(`${where}.${code}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has 4 to 8 steps per guide', () => {
    for (const guide of guides) {
      expect(guide.steps.length, guide.id).toBeGreaterThanOrEqual(4);
      expect(guide.steps.length, guide.id).toBeLessThanOrEqual(8);
    }
  });

  it('keeps FALC step sentences to 12 words or fewer, and French ones to 15', () => {
    const long: string[] = [];
    for (const guide of guides) {
      for (const [index, step] of guide.steps.entries()) {
        for (const sentence of sentences(step.text.falc)) if (words(sentence).length > 12) long.push(`${guide.id}[${index}] falc: ${sentence}`);
        for (const sentence of sentences(step.text.fr)) if (words(sentence).length > 15) long.push(`${guide.id}[${index}] fr: ${sentence}`);
      }
    }
    expect(long).toEqual([]);
    expect(LIMITS.falcWords).toBeLessThanOrEqual(12);
  });

  it('writes Arabic and Dari/Persian in Arabic script and Ukrainian in Cyrillic', () => {
    const wrong: string[] = [];
    for (const guide of guides) {
      for (const { where, text } of texts(guide)) {
        if (!/[\u0600-\u06FF]/u.test(text.ar ?? '')) wrong.push(`${where}.ar`);
        if (!/[\u0600-\u06FF]/u.test(text.fa ?? '')) wrong.push(`${where}.fa`);
        if (!/[\u0400-\u04FF]/u.test(text.uk ?? '')) wrong.push(`${where}.uk`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never has the same step text in two languages', () => {
    const twins: string[] = [];
    for (const guide of guides) {
      for (const [index, step] of guide.steps.entries()) {
        const seen = new Map<string, string>();
        for (const code of CODES) {
          const text = step.text[code];
          const other = seen.get(text);
          if (other) twins.push(`${guide.id}[${index}]: ${other} = ${code}`);
          seen.set(text, code);
        }
      }
    }
    expect(twins).toEqual([]);
  });

  it('gives every step a pictogram file', () => {
    const missing = guides.flatMap((guide) => [guide.pictogram, ...guide.steps.map((step) => step.pictogram)].filter((name) => !pictogramExists(name)));
    expect(missing).toEqual([]);
  });

  it('points each guide at an orientation need, the same ids as orientation/needs', () => {
    expect([...NEED_IDS].sort()).toEqual(NEEDS.map((need) => need.id).sort());
    for (const guide of guides) expect(NEED_IDS).toContain(guide.need);
  });

  it('offers a guide for every guide an orientation need names', () => {
    for (const need of NEEDS) if (need.guide) expect(GUIDE_IDS, need.id).toContain(need.guide);
  });

  it('lists what to bring for the CAF, taxes, ANTS, France Travail and Ameli in the appointment guide', () => {
    const guide = guides.find((entry) => entry.id === 'preparer-rendez-vous');
    const bring = (guide?.bring ?? []).map((item) => item.fr).join('\n');
    for (const word of ['CAF', 'Impôts', 'ANTS', 'France Travail', 'Ameli', "numéro d'allocataire", 'RIB', "pièce d'identité"]) expect(bring).toContain(word);
  });

  it('cites seed lines that exist', () => {
    const wrong: string[] = [];
    for (const guide of guides) {
      expect(guide.sources?.length ?? 0, guide.id).toBeGreaterThan(0);
      for (const source of guide.sources ?? []) {
        const match = /^(.+):(\d+)(?:-(\d+))?$/.exec(source);
        const file = match?.[1] ?? '';
        const first = Number(match?.[2]);
        const last = Number(match?.[3] ?? match?.[2]);
        const path = join(SEEDS, file);
        if (!match || !existsSync(path)) {
          wrong.push(`${guide.id}: ${source} (no such seed)`);
          continue;
        }
        const lines = readFileSync(path, 'utf8').split('\n').length;
        if (first < 1 || last < first || last > lines) wrong.push(`${guide.id}: ${source} (the seed has ${lines} lines)`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('loadGuide', () => {
  it('loads every guide from its own module', async () => {
    for (const id of GUIDE_IDS) {
      const guide = await loadGuide(id);
      expect(guide?.id).toBe(id);
      expect(guide?.title.fr).toBeTruthy();
    }
  });

  it('returns undefined for an unknown id', async () => {
    expect(await loadGuide('nope')).toBeUndefined();
    expect(await loadGuide('../guide')).toBeUndefined();
  });
});

describe('validateGuide', () => {
  const sample = guides.find((guide) => guide.id === 'arnaques') ?? guides[0]!;

  it('reports a missing or empty language', () => {
    const broken = clone(sample);
    delete (broken.steps[0]!.text as Partial<Record<string, string>>).uk;
    broken.why.ar = ' ';
    const problems = validateGuide(broken);
    expect(problems.some((problem) => problem.includes('steps[0].text.uk'))).toBe(true);
    expect(problems.some((problem) => problem.includes('why.ar'))).toBe(true);
  });

  it('reports an untranslated copy and the wrong script', () => {
    const broken = clone(sample);
    broken.steps[1]!.text.es = broken.steps[1]!.text.fr;
    broken.steps[2]!.text.fa = 'Ne cliquez pas';
    broken.steps[3]!.text.uk = 'Do not click';
    const problems = validateGuide(broken).join('\n');
    expect(problems).toContain('steps[1].text.es: same text as fr');
    expect(problems).toContain('steps[2].text.fa: not in Arabic script');
    expect(problems).toContain('steps[3].text.uk: not in Cyrillic');
  });

  it('reports long sentences in French and FALC', () => {
    const broken = clone(sample);
    broken.steps[0]!.text.falc = 'Un code reçu par SMS est secret et vous ne devez le donner à personne jamais.';
    broken.steps[1]!.text.fr = 'Votre banque ne vous demande jamais ce code, ni par téléphone, ni par e-mail, ni par courrier, ni au guichet.';
    const problems = validateGuide(broken).join('\n');
    expect(problems).toContain('steps[0].text.falc: 16 words');
    expect(problems).toContain('steps[1].text.fr: 20 words');
  });

  it('reports a missing pictogram, a wrong need, too few steps and an unknown field', () => {
    const broken = clone(sample) as Guide & { extra?: boolean };
    broken.steps = broken.steps.slice(0, 3);
    broken.steps[0]!.pictogram = 'does-not-exist';
    broken.need = 'nope' as Guide['need'];
    broken.extra = true;
    const problems = validateGuide(broken, { pictogramExists }).join('\n');
    expect(problems).toContain('public/pictograms/does-not-exist.svg does not exist');
    expect(problems).toContain('is not a need id');
    expect(problems).toContain('3 steps');
    expect(problems).toContain('unknown field "extra"');
  });

  it('accepts proper nouns that stay the same in every language', () => {
    const guide = clone(sample);
    for (const code of CODES) guide.title[code] = 'FranceConnect';
    expect(validateGuide(guide).filter((problem) => problem.includes('same text'))).toEqual([]);
  });
});
