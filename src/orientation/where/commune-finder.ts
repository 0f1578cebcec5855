import { queryWords, words } from '../search/text';
import { selectTop } from '../search/top';
import { lowerBound, QUALITY, Vocabulary } from '../search/vocabulary';
import { locatedCommunes, type Commune, type CommuneRecord } from './communes';
import { createNearestIndex } from './nearest';

export interface CommuneMatch extends Commune {
  matchedBy: 'postal' | 'name';
}

export interface NearCommune extends Commune {
  /** Distance from the position to the commune's centre, as the crow flies. */
  distanceKm: number;
}

export interface CommuneFinder {
  /**
   * Communes for what a person typed: a name (accents, case, hyphens,
   * "St"/"Saint", word order and typos forgiven; being typed) or a postal
   * code, whole or begun (two digits at least). Best first.
   */
  find(text: string, limit?: number): CommuneMatch[];
  /** A commune by its INSEE code (links carry `commune=<code>`). */
  byCode(code: string): Commune | undefined;
  /** The commune whose centre is nearest to a GPS position; none farther than `maxKm` when given. */
  nearestCommune(latitude: number, longitude: number, maxKm?: number): NearCommune | undefined;
  /** Same as nearestCommune, without the distance (the signature the orientation screens already use). */
  nearest(latitude: number, longitude: number): Commune | undefined;
  readonly stats: { communes: number; words: number; postalCodes: number };
}

/** How a commune's name answers a query, best first. */
const Tier = {
  /** The whole name, as typed (folded): "tours" is Tours. */
  Exact: 0,
  /** The name begins with what was typed: "chateaur" → Châteauroux. */
  Beginning: 1,
  /** Each word typed begins a word of the name, in any order: "amand saint montrond". */
  Words: 2,
  /** By sound or with typos: "chatoroux". */
  Approximate: 3,
  /** Not every word matched (no commune matched them all; at least half did). */
  Partial: 4,
} as const;
type Tier = (typeof Tier)[keyof typeof Tier];

const DEFAULT_LIMIT = 8;

/**
 * "Where am I" with no network. Names go through the same word index as the
 * place search (exact, beginning, sound, typos); ranks come in tiers (exact
 * name, beginning of the name, every word, approximate), the most populated
 * first inside the first two tiers, the best match then the most populated in
 * the others. Postal codes are a sorted list: a begun code is a range in it.
 * Communes without a position (a few overseas) are left out.
 */
export function createCommuneFinder(records: readonly CommuneRecord[]): CommuneFinder {
  const communes = locatedCommunes(records);
  const byCode = new Map(communes.map((commune) => [commune.code, commune]));
  // The word and position indexes cost about a second at national scale on a slow phone, and a shared link
  // (`commune=<code>`) needs neither: they are built the first time someone types or gives a position.
  let search: CommuneSearch | undefined;
  let nearestOf: ReturnType<typeof createNearestIndex<Commune>> | undefined;
  const searchIndex = () => (search ??= createCommuneSearch(communes));
  const nearestIndex = () => (nearestOf ??= createNearestIndex(communes));

  const nearestCommune = (latitude: number, longitude: number, maxKm = Infinity): NearCommune | undefined => {
    const near = nearestIndex()(latitude, longitude);
    return near && near.km <= maxKm ? { ...near.item, distanceKm: near.km } : undefined;
  };

  return {
    get stats() {
      return searchIndex().stats;
    },
    byCode: (code) => byCode.get(code),
    nearestCommune,
    nearest: (latitude, longitude) => nearestIndex()(latitude, longitude)?.item,
    find: (text, limit = DEFAULT_LIMIT) => searchIndex().find(text, limit),
  };
}

interface CommuneSearch {
  find(text: string, limit: number): CommuneMatch[];
  stats: CommuneFinder['stats'];
}

function createCommuneSearch(communes: readonly Commune[]): CommuneSearch {
  const count = communes.length;
  const vocabulary = new Vocabulary();
  const postings: number[][] = [];
  const folded: string[] = [];
  const nameWords: string[][] = [];
  const byName = new Map<string, number[]>();
  const byPostalCode = new Map<string, number[]>();
  const push = <K>(map: Map<K, number[]>, key: K, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };

  communes.forEach((commune, i) => {
    const own = words(commune.nom);
    nameWords.push(own);
    folded.push(own.join(' '));
    push(byName, folded[i]!, i);
    for (const id of new Set(own.map((word) => vocabulary.add(word)))) (postings[id] ??= []).push(i);
    for (const code of new Set(commune.codesPostaux)) push(byPostalCode, code, i);
  });
  vocabulary.prepare();
  const postalCodes = [...byPostalCode.keys()].sort();

  const byPopulation = (a: number, b: number) =>
    communes[b]!.population - communes[a]!.population || compare(folded[a]!, folded[b]!) || compare(communes[a]!.code, communes[b]!.code);

  // For each first letter (or digit), the communes with a name word beginning with it, most populated first:
  // a one-letter query word ("c", "la c", "saint a") begins thousands of words; these lists are cheaper to read.
  const byInitial = new Map<string, number[]>();
  for (const i of communes.map((_, i) => i).sort(byPopulation)) {
    for (const initial of new Set(nameWords[i]!.map((word) => word[0]!))) push(byInitial, initial, i);
  }

  const findPostal = (digits: string, limit: number): number[] => {
    if (digits.length < 2 || digits.length > 5) return [];
    if (digits.length === 5) return selectTop(byPostalCode.get(digits) ?? [], limit, byPopulation);
    const found = new Set<number>();
    for (let at = lowerBound(postalCodes, digits); at < postalCodes.length && postalCodes[at]!.startsWith(digits); at++) {
      for (const i of byPostalCode.get(postalCodes[at]!)!) found.add(i);
    }
    return selectTop(found, limit, byPopulation);
  };

  /**
   * One letter as the only word typed ("c", "la c", "le l"): the name that is exactly what was typed, then
   * names beginning with it, then names with a word beginning with the letter, each by population — read in
   * population order from the letter's list, stopping as soon as enough names begin with what was typed.
   */
  const findByInitial = (typed: string, letter: string, limit: number, wordsToo: boolean): number[] => {
    const exact = (byName.get(typed) ?? []).slice().sort(byPopulation);
    const beginning: number[] = [];
    const others: number[] = [];
    for (const i of byInitial.get(letter) ?? []) {
      if (exact.length + beginning.length >= limit) break;
      const name = folded[i]!;
      if (name === typed) continue;
      if (name.startsWith(typed)) beginning.push(i);
      else if (wordsToo && others.length < limit) others.push(i);
    }
    return [...exact, ...beginning, ...others].slice(0, limit);
  };

  const total = new Float64Array(count);
  const matched = new Uint8Array(count);
  const literal = new Uint8Array(count);
  const termBest = new Float64Array(count);
  const termLiteral = new Uint8Array(count);
  const stamp = new Uint32Array(count);
  const tiers = new Uint8Array(count);
  let stampValue = 0;

  const findName = (text: string, limit: number, within?: (i: number) => boolean): number[] => {
    const all = queryWords(text, { keepTypedStopWord: true });
    const terms = all.filter((term) => !term.optional);
    const typed = words(text).join(' ');
    if (!typed) return [];
    if (!within) {
      // Only articles so far ("le l" on the way to "Le Liège"), or one letter: the letter's list.
      if (terms.length === 0) return findByInitial(typed, typed[0]!, limit, false);
      if (all.length === 1 && terms[0]!.word.length === 1) return findByInitial(typed, terms[0]!.word, limit, true);
    } else if (terms.length === 0) {
      return (byInitial.get(typed[0]!) ?? []).filter((i) => folded[i]!.startsWith(typed) && within(i)).slice(0, limit);
    }
    const longer = terms.filter(({ word }) => word.length > 1);
    const letters = terms.filter(({ word }) => word.length === 1).map(({ word }) => word);
    const touched: number[] = [];

    for (const term of longer) {
      const { ids, qualities, literal: literalMatch } = vocabulary.lookup(term);
      stampValue++;
      const termTouched: number[] = [];
      for (let k = 0; k < ids.length; k++) {
        const quality = qualities[k]!;
        const spelt = literalMatch[k]! ? 1 : 0;
        for (const i of postings[ids[k]!] ?? []) {
          if (stamp[i] !== stampValue) {
            stamp[i] = stampValue;
            termBest[i] = quality;
            termLiteral[i] = spelt;
            termTouched.push(i);
          } else {
            if (quality > termBest[i]!) termBest[i] = quality;
            termLiteral[i]! |= spelt;
          }
        }
      }
      for (const i of termTouched) {
        if (matched[i] === 0) touched.push(i);
        matched[i]!++;
        total[i]! += termBest[i]!;
        literal[i]! += termLiteral[i]!;
      }
    }
    if (letters.length > 0) {
      // One-letter words narrow what the other words found (or, alone, start from the first letter's list).
      let most = 0;
      for (const i of touched) most = Math.max(most, matched[i]!);
      const candidates = longer.length > 0 ? touched.filter((i) => matched[i] === most) : (byInitial.get(letters[0]!) ?? []);
      for (const i of candidates) {
        let hits = 0;
        let quality = 0;
        for (const letter of letters) {
          let best = 0;
          for (const own of nameWords[i]!) if (own[0] === letter) best = Math.max(best, own.length === 1 ? QUALITY.exact : QUALITY.prefix + 0.3 / own.length);
          if (best > 0) hits++;
          quality += best;
        }
        if (hits === 0) continue;
        if (matched[i] === 0) touched.push(i);
        matched[i]! += hits;
        literal[i]! += hits;
        total[i]! += quality;
      }
    }
    // A stop word being typed ("saint a", "saint martin de") adds to the communes found, never finds nor drops one.
    for (const { word, optional } of all) {
      if (!optional) continue;
      for (const i of touched) {
        let best = 0;
        for (const own of nameWords[i]!) if (own.startsWith(word)) best = Math.max(best, own === word ? QUALITY.exact : QUALITY.prefix + (0.3 * word.length) / own.length);
        total[i]! += best;
      }
    }

    // Every word should match; failing that, as many words as any commune matches (at least half of them).
    let most = 0;
    for (const i of touched) if (!within || within(i)) most = Math.max(most, matched[i]!);
    const candidates: number[] = [];
    if (most * 2 >= terms.length) {
      for (const i of touched) {
        if (matched[i] !== most || (within && !within(i))) continue;
        const name = folded[i]!;
        tiers[i] =
          most < terms.length
            ? Tier.Partial
            : name === typed
              ? Tier.Exact
              : name.startsWith(typed)
                ? Tier.Beginning
                : literal[i]! >= terms.length
                  ? Tier.Words
                  : Tier.Approximate;
        // Scores in steps of 0.05, and none in the first two tiers: a hair's difference in match quality
        // does not outweigh population.
        total[i] = tiers[i]! <= Tier.Beginning ? 0 : Math.round(total[i]! * 20) / 20;
        candidates.push(i);
      }
    }
    const top = selectTop(candidates, limit, (a, b) => tiers[a]! - tiers[b]! || total[b]! - total[a]! || byPopulation(a, b));
    for (const i of touched) {
      total[i] = 0;
      matched[i] = 0;
      literal[i] = 0;
    }
    return top;
  };

  return {
    stats: { communes: count, words: vocabulary.size, postalCodes: postalCodes.length },
    find(text, limit) {
      const wanted = Math.max(0, Math.floor(limit));
      if (wanted === 0) return [];
      const all = words(text);
      const isNumber = (word: string) => /^\d+$/.test(word);
      const digits = all.filter(isNumber);
      let found: number[];
      let matchedBy: CommuneMatch['matchedBy'] = 'name';
      if (all.length > 0 && digits.length === all.length) {
        // "37500", "37 500" or a begun "375".
        found = findPostal(digits.join(''), wanted);
        matchedBy = 'postal';
      } else if (digits.length > 0) {
        // "chinon 37500": the name, among the communes of that postal code (or begun code: "chinon 37").
        const postal = new Set(digits.flatMap((code) => findPostal(code, Infinity)));
        found = postal.size > 0 ? findName(all.filter((word) => !isNumber(word)).join(' '), wanted, (i) => postal.has(i)) : [];
      } else {
        found = findName(text, wanted);
      }
      return found.map((i) => ({ ...communes[i]!, matchedBy }));
    },
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
