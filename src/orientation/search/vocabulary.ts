import SearchableMap from 'minisearch/SearchableMap';
import { soundKey, typosAllowed, type QueryWord } from './text';

/**
 * Every distinct word of an index, numbered, and found again from a query
 * word however it was typed: exactly, as a beginning, as it sounds, or with
 * typos. Two radix trees (MiniSearch's SearchableMap) keep each lookup in a
 * fraction of a millisecond with tens of thousands of words: prefixes are a
 * walk down one branch, typos a bounded walk (Levenshtein), never a scan.
 *
 * How well a word matched is a quality in (0, 1], used by the callers' scores:
 * exact 1, same sound 0.85, beginning 0.55–0.85 (the more of the word typed,
 * the better), typo(s) about 0.45–0.65 (fewer typos in longer words, better).
 */
export const QUALITY = {
  exact: 1,
  sound: 0.85,
  /** Least quality of an exact beginning: "l" for "luce"; "luc" for "luce" gets 0.55 + 0.3 × 3/4. */
  prefix: 0.55,
  soundPrefix: 0.5,
  typo: 0.7,
} as const;

/** Matches of one query word: parallel lists of word ids, qualities, and whether the word was typed as spelt. */
export interface WordMatches {
  ids: number[];
  qualities: number[];
  /** The word is the query word or begins with it, letter for letter (not only by sound or with typos). */
  literal: boolean[];
}

export class Vocabulary {
  /** Exact lookups go through a plain Map: faster than walking the tree, and most lookups at build time are repeats. */
  private readonly ids = new Map<string, number>();
  /** The radix tree, for beginnings and typos. */
  private readonly spelled = new SearchableMap<number>();
  private readonly sounds = new Map<string, number[]>();
  /** Sound keys in order, for beginnings (a range found by bisection); sorted again after additions. */
  private soundOrder: string[] | undefined;
  private readonly list: string[] = [];

  /** The id of a folded word, added if new. */
  add(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const id = this.list.length;
    this.list.push(word);
    this.ids.set(word, id);
    this.spelled.set(word, id);
    const key = soundKey(word);
    const same = this.sounds.get(key);
    if (same) same.push(id);
    else {
      this.sounds.set(key, [id]);
      this.soundOrder = undefined;
    }
    return id;
  }

  /** Finishes what lookups need, so that the first keystroke does not pay for it. */
  prepare(): void {
    this.soundOrder ??= [...this.sounds.keys()].sort();
  }

  get size(): number {
    return this.list.length;
  }

  word(id: number): string {
    return this.list[id] ?? '';
  }

  /** Every word the query word may stand for, with how well it matched. */
  lookup({ word, prefix }: QueryWord): WordMatches {
    const best = new Map<number, number>();
    const literal = new Set<number>();
    const offer = (id: number, quality: number) => {
      const previous = best.get(id);
      if (previous === undefined || quality > previous) best.set(id, quality);
    };

    const exact = this.ids.get(word);
    if (exact !== undefined) {
      offer(exact, QUALITY.exact);
      literal.add(exact);
    }
    if (prefix) {
      for (const [other, id] of this.spelled.atPrefix(word)) {
        if (other === word) continue;
        offer(id, QUALITY.prefix + (0.3 * word.length) / other.length);
        literal.add(id);
      }
    }

    const key = soundKey(word);
    if (key.length >= 3) {
      for (const id of this.sounds.get(key) ?? []) offer(id, QUALITY.sound);
      if (prefix) {
        this.prepare();
        const order = this.soundOrder!;
        for (let at = lowerBound(order, key); at < order.length && order[at]!.startsWith(key); at++) {
          const other = order[at]!;
          if (other === key) continue;
          const quality = QUALITY.soundPrefix + (0.25 * key.length) / other.length;
          for (const id of this.sounds.get(other)!) offer(id, quality);
        }
      }
    }

    const typos = typosAllowed(word);
    if (typos > 0) {
      for (const [, [id, distance]] of this.spelled.fuzzyGet(word, typos)) {
        if (distance > 0) offer(id, QUALITY.typo * (1 - distance / (word.length + 1)));
      }
    }

    const ids: number[] = [];
    const qualities: number[] = [];
    const literals: boolean[] = [];
    for (const [id, quality] of best) {
      ids.push(id);
      qualities.push(quality);
      literals.push(literal.has(id));
    }
    return { ids, qualities, literal: literals };
  }
}

/** First position in a sorted list whose value is not below `value`. */
export function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
