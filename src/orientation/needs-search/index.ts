/**
 * Free text → the needs and guides it stands for, in any of the nine
 * languages and with typos ("carte vitale", "cafe", "impot", "imprimer",
 * "паспорт"). A vocabulary of a few hundred short entries: fuse.js fits it
 * (fuzzy, ordered by closeness) and stays out of the first paint — this
 * module is loaded on the search screen with `import()`.
 */
import Fuse from 'fuse.js';
import { NEEDS } from '../needs';
import { NEED_WORDS } from './need-words';

export interface NeedHit {
  kind: 'need' | 'guide';
  id: string;
  /** 0 is a perfect match, 1 none (Fuse's score). */
  score: number;
}

interface Entry {
  kind: NeedHit['kind'];
  id: string;
  text: string;
}

type Strings = { need?: Record<string, string> };
type Titles = Record<string, string>;

// Every language's need labels and guide titles come with this chunk, whatever the current language:
// a mediator may type in the visitor's language while the screen is in French.
const needLabels = import.meta.glob<Strings>('../locales/*.json', { eager: true, import: 'default' });
const guideTitles = import.meta.glob<Titles>('../../guides/content/*.json', { eager: true, import: 'title' });

/** Lower case, no accents, apostrophes and hyphens as spaces: "Impôts" and "impots" are one word. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'‐-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function entries(): Entry[] {
  const list: Entry[] = [];
  const add = (kind: Entry['kind'], id: string, text: string | undefined) => {
    if (text?.trim()) list.push({ kind, id, text: foldText(text) });
  };
  for (const need of NEEDS) {
    for (const strings of Object.values(needLabels)) add('need', need.id, strings.need?.[need.id]);
    for (const word of NEED_WORDS[need.id] ?? []) add('need', need.id, word);
  }
  for (const [path, title] of Object.entries(guideTitles)) {
    const id = /([^/]+)\.json$/.exec(path)?.[1];
    if (id) for (const text of Object.values(title)) add('guide', id, text);
  }
  return list;
}

export interface NeedSearch {
  search(text: string, limit?: number): NeedHit[];
}

/** Closer than this (Fuse's 0…1 score) counts as a match: typos pass, unrelated words do not. */
const THRESHOLD = 0.34;

export function createNeedSearch(): NeedSearch {
  const fuse = new Fuse(entries(), {
    keys: ['text'],
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    threshold: THRESHOLD,
    minMatchCharLength: 2,
  });
  return {
    search(text, limit = 5) {
      const query = foldText(text);
      if (query.length < 2) return [];
      const best = new Map<string, NeedHit>();
      for (const { item, score = 1, matches } of fuse.search(query)) {
        // Typos are forgiven, a match inside a word is not: "tours" is a town, not the end of "remboursement".
        const start = matches?.[0]?.indices.reduce((longest, range) => (range[1] - range[0] > longest[1] - longest[0] ? range : longest))[0] ?? 0;
        if (start > 0 && item.text[start - 1] !== ' ') continue;
        if (score > THRESHOLD) continue;
        // A query that is the entry itself, or the entry a word of it, beats a fuzzy match of the same score.
        const exact = item.text === query ? -0.2 : query.split(' ').length > 1 && item.text.includes(query) ? -0.05 : 0;
        const key = `${item.kind}:${item.id}`;
        const value = score + exact;
        const previous = best.get(key);
        if (!previous || value < previous.score) best.set(key, { kind: item.kind, id: item.id, score: value });
      }
      return [...best.values()].sort((a, b) => a.score - b.score || (a.kind === b.kind ? 0 : a.kind === 'need' ? -1 : 1)).slice(0, limit);
    },
  };
}

/** A guide's title in a language (French when missing), for the search screen's links. */
export function guideTitle(id: string, language: string): string {
  const titles = Object.entries(guideTitles).find(([path]) => path.endsWith(`/${id}.json`))?.[1];
  return titles?.[language] ?? titles?.fr ?? id;
}

let shared: NeedSearch | undefined;
/** The one index of the app, built on first use. */
export function createNeedSearchOnce(): NeedSearch {
  return (shared ??= createNeedSearch());
}
