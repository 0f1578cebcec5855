/**
 * Every language has every string of the French source, in the same shape.
 *
 * For each feature folder with `locales/fr.json` (the folder name is the
 * i18next namespace) and each language of LANGUAGES:
 * - the file exists and is a JSON object;
 * - every French key exists, with the same nesting, and no key French does
 *   not have (plural keys excepted: see below);
 * - no value is empty; arrays keep their length;
 * - interpolation placeholders (`{{count}}`, `{{date}}`…) are those of French;
 * - Arabic and Persian are written in Arabic script, Ukrainian in Cyrillic
 *   (a heuristic that catches a French or English copy left untranslated).
 *
 * Plurals: i18next (v26) picks `<key>_<category>` with Intl.PluralRules of
 * the language, and `<key>_zero` for a count of 0 in any language when that
 * key exists. So a French plural group `x_one`/`x_other` must be covered in
 * each language by the categories its own rules give to whole numbers (a
 * count of places, files, computers…), plus `_other`; `_zero` is required
 * where French has it. Categories that only exist for fractions or for
 * 1 000 000 (French "many") are allowed, never required.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../../src/i18n/languages';
import { NAMESPACES, NAMESPACE_FOLDERS, type Namespace } from '../../../src/i18n/namespaces';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type Category = (typeof PLURAL_CATEGORIES)[number];

/** Every folder of src/ that holds a locales/ folder, found on disk (to catch one missing from the namespace map). */
function localeFolders(dir = SRC, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'locales')
    .flatMap((entry) => {
      const folder = prefix + entry.name;
      const here = existsSync(join(SRC, folder, 'locales', `${SOURCE_LANGUAGE}.json`)) ? [folder] : [];
      return [...here, ...localeFolders(join(dir, entry.name), `${folder}/`)];
    });
}

const TARGETS = LANGUAGES.map((language) => language.code).filter((code) => code !== SOURCE_LANGUAGE);

type Leaf = string | string[];

function localePath(namespace: Namespace, code: string): string {
  return join(SRC, NAMESPACE_FOLDERS[namespace], 'locales', `${code}.json`);
}

function readLocale(namespace: Namespace, code: string): unknown {
  return JSON.parse(readFileSync(localePath(namespace, code), 'utf8')) as unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Dotted key → string or array of strings; anything else is reported as a problem. */
function flatten(value: unknown, problems: string[], prefix = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (!isObject(value)) {
    problems.push(`${prefix || '(root)'}: expected an object`);
    return out;
  }
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') out.set(path, child);
    else if (Array.isArray(child)) {
      if (child.every((item) => typeof item === 'string')) out.set(path, child as string[]);
      else problems.push(`${path}: an array of strings is expected`);
    } else if (isObject(child)) flatten(child, problems, path, out);
    else problems.push(`${path}: unexpected ${child === null ? 'null' : typeof child}`);
  }
  return out;
}

/** "list.count_one" → { base: "list.count", category: "one" }. */
function pluralParts(key: string): { base: string; category: Category } | undefined {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return match ? { base: match[1] as string, category: match[2] as Category } : undefined;
}

/** The French plural groups: base key → French categories (a group needs an `_other`). */
function pluralGroups(keys: Iterable<string>): Map<string, Set<Category>> {
  const all = new Set(keys);
  const groups = new Map<string, Set<Category>>();
  for (const key of all) {
    const parts = pluralParts(key);
    if (!parts || !all.has(`${parts.base}_other`)) continue;
    const group = groups.get(parts.base) ?? new Set<Category>();
    group.add(parts.category);
    groups.set(parts.base, group);
  }
  return groups;
}

/** Categories a language's rules give to whole numbers a screen may show, and all its categories. */
function pluralRules(code: string): { required: Set<Category>; allowed: Set<Category> } {
  const rules = new Intl.PluralRules(code === 'falc' ? 'fr' : code);
  const required = new Set<Category>(['other']);
  for (let n = 0; n <= 10_000; n++) required.add(rules.select(n) as Category);
  const allowed = new Set<Category>(rules.resolvedOptions().pluralCategories as Category[]);
  return { required, allowed };
}

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((match) => match[1] as string));
}

function texts(leaf: Leaf): string[] {
  return typeof leaf === 'string' ? [leaf] : leaf;
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((item) => b.has(item));
const show = (set: Set<string>) => `{${[...set].sort().join(', ')}}`;

/** Names kept as they are in every language (they are on signs, cards and websites). */
const PROPER_NOUNS = [
  'Boussole',
  'France Services',
  'France Travail',
  'FranceConnect',
  'France',
  'Ameli',
  'ANTS',
  'CAF',
  'Wi-Fi',
  'OpenStreetMap',
  'IGN',
  'Admin Express COG',
  'Fablab',
  'La Poste',
  'Vitale',
  'Tab',
  'Escape',
  'Enter',
  'Esc',
];

/** The letters of a value once placeholders, proper nouns and acronyms are set aside. */
function ownWords(text: string): string {
  let rest = text.replace(/\{\{[^}]*\}\}/g, ' ');
  for (const noun of PROPER_NOUNS) rest = rest.split(noun).join(' ');
  rest = rest.replace(/\b[A-Z]{2,}\b/g, ' '); // CCAS, MJC, USB, CV…
  return rest.replace(/[^\p{L}]/gu, '');
}

const SCRIPTS: Record<string, { name: string; letters: RegExp }> = {
  ar: { name: 'Arabic script', letters: /\p{Script=Arabic}/u },
  fa: { name: 'Arabic script', letters: /\p{Script=Arabic}/u },
  uk: { name: 'Cyrillic', letters: /\p{Script=Cyrillic}/u },
};

/** Share of a file's values (of at least four letters of their own) written in the expected script. */
const MIN_SCRIPT_SHARE = 0.8;

/** Latin-script translations: at most this share of a file's wordy values may be the French text unchanged. */
const MAX_FRENCH_COPY_SHARE = 0.34;
const LATIN_TRANSLATIONS = new Set(['en', 'ro', 'pt', 'es']);

describe('locale files', () => {
  it('maps every locales folder of src/ to a namespace, and every namespace to a folder with French strings', () => {
    expect(localeFolders().sort()).toEqual(Object.values(NAMESPACE_FOLDERS).sort());
  });

  it('Intl knows the plural rules of every language', () => {
    for (const code of TARGETS) expect(pluralRules(code).required.has('other')).toBe(true);
  });
});

describe.each(NAMESPACES)('namespace %s', (namespace) => {
  const frenchProblems: string[] = [];
  const french = flatten(readLocale(namespace, SOURCE_LANGUAGE), frenchProblems);
  const frenchGroups = pluralGroups(french.keys());

  it('French source is well formed', () => {
    expect(frenchProblems.join('\n')).toBe('');
  });

  it.each(TARGETS)('%s has a file', (code) => {
    expect(existsSync(localePath(namespace, code)), `${namespace}/locales/${code}.json`).toBe(true);
  });

  describe.each(TARGETS)('%s', (code) => {
    const file = `${namespace}/locales/${code}.json`;
    const load = () => {
      const problems: string[] = [];
      const strings = flatten(readLocale(namespace, code), problems);
      return { strings, problems };
    };

    it('is valid JSON of strings and arrays of strings', () => {
      if (!existsSync(localePath(namespace, code))) return; // reported by "has a file"
      expect(load().problems.join('\n'), file).toBe('');
    });

    it('has every French key, no other key, and no empty value', () => {
      if (!existsSync(localePath(namespace, code))) return;
      const { strings } = load();
      const { required, allowed } = pluralRules(code);
      const problems: string[] = [];

      for (const [key, value] of french) {
        const parts = pluralParts(key);
        if (parts && frenchGroups.has(parts.base)) continue; // plural groups below
        const own = strings.get(key);
        if (own === undefined) problems.push(`missing ${key}`);
        else if (Array.isArray(value) !== Array.isArray(own)) problems.push(`${key}: ${Array.isArray(value) ? 'an array' : 'a string'} is expected`);
        else if (Array.isArray(value) && own.length !== value.length) problems.push(`${key}: ${own.length} items instead of ${value.length}`);
      }

      for (const [base, frenchCategories] of frenchGroups) {
        const needed = new Set(required);
        if (frenchCategories.has('zero')) needed.add('zero');
        for (const category of needed) if (!strings.has(`${base}_${category}`)) problems.push(`missing ${base}_${category}`);
      }

      for (const [key, value] of strings) {
        const parts = pluralParts(key);
        const group = parts && frenchGroups.get(parts.base);
        if (parts && group) {
          if (!allowed.has(parts.category) && !(parts.category === 'zero' && group.has('zero'))) {
            problems.push(`${key}: "${parts.category}" is not a plural category of ${code}`);
          }
        } else if (!french.has(key)) problems.push(`extra key ${key}`);
        for (const text of texts(value)) if (text.trim() === '') problems.push(`${key} is empty`);
      }

      expect(problems.join('\n'), file).toBe('');
    });

    it('keeps the interpolation placeholders of French', () => {
      if (!existsSync(localePath(namespace, code))) return;
      const { strings } = load();
      const problems: string[] = [];
      for (const [key, value] of strings) {
        const parts = pluralParts(key);
        if (parts && frenchGroups.has(parts.base)) {
          // A plural form may leave the count out ("مكانان", two places); every other placeholder must be there.
          const frenchForms = [...(frenchGroups.get(parts.base) ?? [])].map((category) => french.get(`${parts.base}_${category}`) ?? '');
          const union = new Set(frenchForms.flatMap((text) => texts(text).flatMap((t) => [...placeholders(t)])));
          const own = placeholders(value as string);
          const others = new Set([...union].filter((name) => name !== 'count'));
          const ownOthers = new Set([...own].filter((name) => name !== 'count'));
          const unknown = [...own].filter((name) => !union.has(name));
          if (unknown.length > 0 || !sameSet(ownOthers, others)) problems.push(`${key}: ${show(own)} instead of ${show(union)}`);
          continue;
        }
        const source = french.get(key);
        if (source === undefined) continue; // reported as an extra key
        const sourceTexts = texts(source);
        texts(value).forEach((text, index) => {
          const expected = placeholders(sourceTexts[index] ?? '');
          const own = placeholders(text);
          if (!sameSet(own, expected)) problems.push(`${key}${Array.isArray(value) ? `[${index}]` : ''}: ${show(own)} instead of ${show(expected)}`);
        });
      }
      expect(problems.join('\n'), file).toBe('');
    });

    const script = SCRIPTS[code];
    if (script) {
      it(`is written in ${script.name}`, () => {
        if (!existsSync(localePath(namespace, code))) return;
        const wordy = [...load().strings.entries()].flatMap(([key, value]) =>
          texts(value)
            .filter((text) => ownWords(text).length >= 4)
            .map((text) => ({ key, text })),
        );
        if (wordy.length === 0) return;
        const foreign = wordy.filter(({ text }) => !script.letters.test(ownWords(text)));
        const share = 1 - foreign.length / wordy.length;
        expect(share, `${file}: not in ${script.name}: ${foreign.map(({ key, text }) => `${key} = ${text}`).join(' | ')}`).toBeGreaterThanOrEqual(
          MIN_SCRIPT_SHARE,
        );
      });
    }

    if (LATIN_TRANSLATIONS.has(code)) {
      it('is not a copy of French', () => {
        if (!existsSync(localePath(namespace, code))) return;
        const wordy = [...load().strings.entries()].filter(([key, value]) => {
          const source = french.get(key);
          return source !== undefined && texts(source).some((text) => ownWords(text).length >= 4) && typeof value === typeof source;
        });
        if (wordy.length === 0) return;
        const copies = wordy.filter(([key, value]) => JSON.stringify(value) === JSON.stringify(french.get(key)));
        expect(copies.length / wordy.length, `${file}: same as French: ${copies.map(([key]) => key).join(', ')}`).toBeLessThanOrEqual(
          MAX_FRENCH_COPY_SHARE,
        );
      });
    }
  });
});
