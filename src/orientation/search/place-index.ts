import { factWords, SERVICE_KEYWORDS } from './keywords';
import { queryWords, STOP_WORDS, words, type QueryWord } from './text';
import { selectTop } from './top';
import { QUALITY, Vocabulary } from './vocabulary';
import type { Searchable } from './searchable';

export interface PlaceHit {
  id: string;
  score: number;
}

export interface PlaceIndex {
  /** Best places first; every query word must match, or, failing that, as many as possible (at least half). */
  search(query: string, limit?: number): PlaceHit[];
  /** Places indexed and distinct words known: for the benchmark's report. */
  readonly stats: { places: number; words: number; postings: number };
}

/** What a word is worth according to where it is found in a place. */
const FIELDS = {
  name: { id: 0, weight: 1 },
  commune: { id: 1, weight: 0.8 },
  kind: { id: 2, weight: 0.7 },
  facts: { id: 3, weight: 0.6 },
  services: { id: 4, weight: 0.5 },
} as const;
const WEIGHTS: readonly number[] = [FIELDS.name.weight, FIELDS.commune.weight, FIELDS.kind.weight, FIELDS.facts.weight, FIELDS.services.weight];

/** Letters a–z and digits 0–9, for one-letter query words. */
const SYMBOLS = 36;
const LETTER_SCALE = 200;
function symbolOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 48 + 26;
  return -1;
}

/**
 * The place search: an inverted index of folded words over the name, the
 * commune and postal code, the kind (its code and its label: "Médiathèque"
 * finds a BIB named "Bibliothèque", "France Services" finds an MSAP), the
 * equipment and the services (with everyday words: "impression").
 *
 * A query word matches exactly, as a beginning while typing, by sound or with
 * one or two typos (see Vocabulary), in any order. A place's score is, for
 * each query word, its best match quality × the field's weight, summed.
 * Equal scores go to the better name: more of its words matched (then more
 * of the commune's), then the shorter name, then alphabetical order, so the
 * result is deterministic.
 *
 * `kindLabels` maps typologie codes to their French names (locales fr.json,
 * "typologie").
 */
export function createPlaceIndex(places: readonly Searchable[], kindLabels: Readonly<Record<string, string>>): PlaceIndex {
  const count = places.length;
  const vocabulary = new Vocabulary();
  // A "text" is one field value ("Aide aux démarches administratives" as a service, "Tours" as a commune),
  // cut into words once and shared by every place that has it: words point to texts, texts to places,
  // and back (places to texts to words) to check a one-letter word on the places already found.
  const textIds = WEIGHTS.map(() => new Map<string, number>());
  const textField: number[] = [];
  const textWords: number[][] = [];
  const textPlaces: number[][] = [];
  const wordTexts: number[][] = [];
  const placeTexts: number[][] = places.map(() => []);
  const nameWordCount = new Uint8Array(count);
  const communeWordCount = new Uint8Array(count);
  let postingCount = 0;

  /** The id of a field value; `extra` words are searched with it (a kind's label with its code, a service's everyday words). */
  const text = (field: number, value: string | undefined, extra?: string): number | undefined => {
    if (!value) return undefined;
    // Values shared by many places (communes, kinds, services) are cut once: one map per field, keyed by the
    // value itself (a concatenated key would cost more to hash). Names, nearly all different, are not looked up.
    const known = field === FIELDS.name.id ? undefined : textIds[field]!;
    let id = known?.get(value);
    if (id === undefined) {
      id = textField.length;
      known?.set(value, id);
      textField.push(field);
      textPlaces.push([]);
      const own: number[] = [];
      for (const word of words(extra ? `${value} ${extra}` : value)) {
        if (STOP_WORDS.has(word)) continue;
        const wordId = vocabulary.add(word);
        if (!own.includes(wordId)) own.push(wordId);
      }
      textWords.push(own);
      for (const word of own) {
        while (wordTexts.length <= word) wordTexts.push([]);
        wordTexts[word]!.push(id);
      }
    }
    return id;
  };
  const post = (place: number, field: number, value: string | undefined, extra?: string): number | undefined => {
    const id = text(field, value, extra);
    if (id === undefined) return undefined;
    textPlaces[id]!.push(place);
    placeTexts[place]!.push(id);
    postingCount += textWords[id]!.length;
    return id;
  };

  places.forEach((place, i) => {
    const name = post(i, FIELDS.name.id, place.nom);
    nameWordCount[i] = Math.min(255, name === undefined ? 0 : textWords[name]!.length);
    const commune = post(i, FIELDS.commune.id, place.commune);
    communeWordCount[i] = Math.min(255, commune === undefined ? 0 : textWords[commune]!.length);
    post(i, FIELDS.commune.id, place.code_postal);
    for (const kind of new Set(place.typologie ?? [])) post(i, FIELDS.kind.id, kind, kindLabels[kind]);
    for (const programme of new Set(place.dispositif_programmes_nationaux ?? [])) post(i, FIELDS.kind.id, programme);
    for (const fact of factWords(place)) post(i, FIELDS.facts.id, fact);
    for (const service of new Set(place.services)) post(i, FIELDS.services.id, service, SERVICE_KEYWORDS[service]);
  });
  vocabulary.prepare();

  // For each place and each letter or digit, the best score of a word of the place beginning with it
  // (in 1/200ths): a one-letter query word ("tours m") is then one read per place, not a visit of the
  // thousands of words it begins.
  const letterScore = new Uint8Array(count * SYMBOLS);
  const wordSymbol = new Int8Array(vocabulary.size);
  const wordQuality = new Float64Array(vocabulary.size);
  for (let word = 0; word < vocabulary.size; word++) {
    const spelled = vocabulary.word(word);
    wordSymbol[word] = symbolOf(spelled.charCodeAt(0));
    wordQuality[word] = spelled.length === 1 ? QUALITY.exact : QUALITY.prefix + 0.3 / spelled.length;
  }
  placeTexts.forEach((own, place) => {
    for (const id of own) {
      const weight = WEIGHTS[textField[id]!]! * LETTER_SCALE;
      for (const word of textWords[id]!) {
        const symbol = wordSymbol[word]!;
        if (symbol < 0) continue;
        const at = place * SYMBOLS + symbol;
        const score = Math.round(wordQuality[word]! * weight);
        if (score > letterScore[at]!) letterScore[at] = score;
      }
    }
  });
  const everyPlace = places.map((_, i) => i);
  // Only needed while building: let them go (closures would otherwise keep them alive).
  placeTexts.length = 0;
  for (const known of textIds) known.clear();

  const total = new Float64Array(count);
  const matched = new Uint8Array(count);
  const nameHits = new Uint8Array(count);
  const communeHits = new Uint8Array(count);
  const termBest = new Float64Array(count);
  const stamp = new Uint32Array(count);
  let stampValue = 0;

  /** Negative when place a ranks before place b. */
  const compare = (a: number, b: number): number =>
    Math.round(total[b]! * 1e6) - Math.round(total[a]! * 1e6) ||
    // More of the name matched (a fraction, compared without dividing).
    nameHits[b]! * nameWordCount[a]! - nameHits[a]! * nameWordCount[b]! ||
    // Then more of the commune: "tours" is rather in Tours than in Joué-lès-Tours.
    communeHits[b]! * communeWordCount[a]! - communeHits[a]! * communeWordCount[b]! ||
    nameWordCount[a]! - nameWordCount[b]! ||
    compareText(places[a]!.nom, places[b]!.nom) ||
    compareText(places[a]!.id, places[b]!.id);

  /** Scores every place holding a word the term may stand for, through the inverted index. */
  const scoreByIndex = (term: QueryWord, touched: number[], seenWords: Set<number>): void => {
    const { ids, qualities } = vocabulary.lookup(term);
    stampValue++;
    const termTouched: number[] = [];
    for (let k = 0; k < ids.length; k++) {
      const word = ids[k]!;
      const quality = qualities[k]!;
      // A word of the name (or commune) counts once towards how much of it matched, whichever query words matched it.
      const newWord = !seenWords.has(word);
      seenWords.add(word);
      for (const id of wordTexts[word] ?? []) {
        const field = textField[id]!;
        const score = quality * WEIGHTS[field]!;
        const hits = !newWord ? undefined : field === FIELDS.name.id ? nameHits : field === FIELDS.commune.id ? communeHits : undefined;
        for (const place of textPlaces[id]!) {
          if (stamp[place] !== stampValue) {
            stamp[place] = stampValue;
            termBest[place] = score;
            termTouched.push(place);
          } else if (score > termBest[place]!) {
            termBest[place] = score;
          }
          if (hits) hits[place]!++;
        }
      }
    }
    for (const place of termTouched) {
      if (matched[place] === 0) touched.push(place);
      matched[place]!++;
      total[place]! += termBest[place]!;
    }
  };

  /** A one-letter query word, on the places the other words found (it narrows, never widens), or on all of them. */
  const scoreByLetter = (term: QueryWord, candidates: readonly number[], touched: number[]): void => {
    const symbol = symbolOf(term.word.charCodeAt(0));
    if (symbol < 0) return;
    for (const place of candidates) {
      const score = letterScore[place * SYMBOLS + symbol]!;
      if (score === 0) continue;
      if (matched[place] === 0) touched.push(place);
      matched[place]!++;
      total[place]! += score / LETTER_SCALE;
    }
  };

  return {
    stats: { places: count, words: vocabulary.size, postings: postingCount },
    search(query, limit = 50) {
      const terms = queryWords(query);
      if (terms.length === 0 || limit <= 0) return [];
      const touched: number[] = [];
      const seenWords = new Set<number>();
      const longer = terms.filter((term) => term.word.length > 1);
      const letters = terms.filter((term) => term.word.length === 1);

      let candidates: readonly number[] = everyPlace;
      if (longer.length > 0) {
        for (const term of longer) scoreByIndex(term, touched, seenWords);
        let most = 0;
        for (const place of touched) if (matched[place]! > most) most = matched[place]!;
        if (letters.length > 0) candidates = touched.filter((place) => matched[place] === most);
      }
      for (const term of letters) scoreByLetter(term, candidates, touched);

      // Every word should match; failing that, as many as any place matches, if at least half of them.
      let most = 0;
      for (const place of touched) if (matched[place]! > most) most = matched[place]!;
      const top = most * 2 >= terms.length ? selectTop(touched.filter((place) => matched[place] === most), limit, compare) : [];
      const hits = top.map((place) => ({ id: places[place]!.id, score: Math.round(total[place]! * 1000) / 1000 }));

      for (const place of touched) {
        total[place] = 0;
        matched[place] = 0;
        nameHits[place] = 0;
        communeHits[place] = 0;
      }
      return hits;
    },
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
