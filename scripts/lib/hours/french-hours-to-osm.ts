/**
 * Turns French free-text opening hours ("Du lundi au vendredi de 8h30 à 12h30
 * et de 13h30 à 17h30") into OSM opening_hours ("Mo-Fr 08:30-12:30,13:30-17:30").
 *
 * It converts only what it understands completely: any word it does not know,
 * any condition (appointments, school holidays, alternate weeks, "sauf", half
 * days without times) makes it refuse, with a reason. A refused text is kept as
 * text by the caller; a wrong timetable would send someone to a closed door.
 * Every output is checked by the `opening_hours` library.
 */
import { formatWeekdays, OSM_WEEKDAYS, weekdayIndex, weekdayOfFrenchWord, type Weekday } from './weekdays';
import { osmHoursProblem } from './validate-osm-hours';

export type HoursConversion = { ok: true; osm: string } | { ok: false; reason: string };

export interface HoursConversionOptions {
  /** Days to use when the text gives times but names no day (the hub's c_jours_semaine). */
  defaultDays?: readonly Weekday[];
}

type Token =
  | { kind: 'day'; day: Weekday }
  | { kind: 'time'; minutes: number }
  | { kind: 'ordinal'; value: number }
  | { kind: 'range' } // "au", "à" between two days
  | { kind: 'and' }
  | { kind: 'dash' }
  | { kind: 'separator' }
  | { kind: 'month' } // "du mois", after an ordinal weekday
  | { kind: 'closed' };

interface Group {
  days: Weekday[];
  /** Nth weekdays of the month ("2e et 4e jeudi du mois"): OSM Th[2,4]. */
  nth: number[];
  times: number[];
  closed: boolean;
}

class Refusal extends Error {}

function refuse(reason: string): never {
  throw new Refusal(reason);
}

/** Conditions a weekly timetable cannot express: the text is kept as text. */
const CONDITIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:rdv|rendez[- ]?vous)\b/, 'sur rendez-vous'],
  [/planification|planning|calendrier/, 'renvoie à un planning'],
  [/vacances|scolaire/, 'dépend du calendrier scolaire'],
  [/semaine (?:paire|impaire)|\bsur deux\b|alternance/, 'en alternance'],
  [/\bsauf\b|\bexcepte/, 'avec une exception'],
  [/\bmatin\b|apres[- ]?midi|\bsoir\b/, 'demi-journée sans heures'],
  [/24 ?h ?\/ ?24|7 ?j ?\/ ?7/, 'ouverture permanente pour une partie du public'],
  [/\b(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|ete|hiver)\b/, 'dépend de la période de l’année'],
];

/** Words that carry no timetable information here. */
const FILLER_PHRASES: readonly RegExp[] = [
  /\bjours et heures d'ouvertures?\b/g,
  /\bhoraires? d'ouvertures?\b/g,
  /\baccueil du public\b/g,
  /\(?\s*journee continue\s*\)?/g,
  /\bhoraires?\b/g,
];
/** "sans RDV" says no appointment is needed: it must not read as "sur rendez-vous". */
const WITHOUT_APPOINTMENT = /\bsans (?:rdv|rendez[- ]?vous)\b/g;
const PUBLIC_HOLIDAYS_CLOSED = /\bfermee?s? (?:les |le )?(?:jours )?feries?\b/g;
const FILLER_WORDS = new Set(['de', 'du', 'd', 'des', 'le', 'les', 'l', 'la', 'puis', 'tous', 'toutes', 'chaque', 'ouvert', 'ouverte']);
const CLOSED_WORDS = new Set(['ferme', 'fermee', 'fermes', 'fermees']);
const RANGE_WORDS = new Set(['au', 'a']);

function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‐‑‒–—−]/g, '-')
    .replace(/[’‘`]/g, "'")
    .replace(/[«»"“”]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function saysSomethingAboutTime(sentence: string): boolean {
  if (/\d/.test(sentence)) return true;
  return (sentence.match(/[a-z]+/g) ?? []).some(
    (word) => weekdayOfFrenchWord(word) !== undefined || word.startsWith('ferm') || word === 'mois',
  );
}

/** Drops sentences that say nothing about time ("De nombreux services offerts dont borne-visio."). */
function timetableSentences(text: string): string {
  return text.split(/\.(?=\s|$)/).filter(saysSomethingAboutTime).join(' . ');
}

const ORDINAL = /(\d{1,2}) ?(?:er|ere|eme|e|nd|nde)\b/y;
const HOUR = /(\d{1,2}) ?(?:heures?\b|h|:)/y;
const MINUTES = /\s*(\d{2})(?!\d)/y;
const FOLLOWED_BY_HOUR_MARK = /\s*h(?:eures?)?(?![a-z])/y;
const WORD = /[a-z]+/y;

function matchAt(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const character = text[position] ?? '';
    if (/\s/.test(character)) {
      position++;
      continue;
    }
    if (/\d/.test(character)) {
      const ordinal = matchAt(ORDINAL, text, position);
      if (ordinal) {
        tokens.push({ kind: 'ordinal', value: Number(ordinal[1]) });
        position = ORDINAL.lastIndex;
        continue;
      }
      const hour = matchAt(HOUR, text, position);
      if (!hour) refuse(`nombre sans unité « ${text.slice(position).split(/\s/)[0]} »`);
      position = HOUR.lastIndex;
      let minutes = 0;
      const minuteMatch = matchAt(MINUTES, text, position);
      if (minuteMatch) {
        const value = Number(minuteMatch[1]);
        const followedByHourMark = matchAt(FOLLOWED_BY_HOUR_MARK, text, MINUTES.lastIndex) !== null;
        // "15h18h" is two times; "09h30h" is a stray h after minutes (no hour is 30 or more).
        if (!followedByHourMark) {
          minutes = value;
          position = MINUTES.lastIndex;
        } else if (value >= 24) {
          minutes = value;
          position = FOLLOWED_BY_HOUR_MARK.lastIndex;
        }
      }
      const hours = Number(hour[1]);
      if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) refuse(`heure impossible « ${hour[0]} »`);
      tokens.push({ kind: 'time', minutes: hours * 60 + minutes });
      continue;
    }
    if (/[a-z]/.test(character)) {
      const word = matchAt(WORD, text, position)?.[0] ?? character;
      position += word.length;
      const day = weekdayOfFrenchWord(word);
      if (day) tokens.push({ kind: 'day', day });
      else if (word === 'mois') tokens.push({ kind: 'month' });
      else if (word === 'et') tokens.push({ kind: 'and' });
      else if (RANGE_WORDS.has(word)) tokens.push({ kind: 'range' });
      else if (CLOSED_WORDS.has(word)) tokens.push({ kind: 'closed' });
      else if (!FILLER_WORDS.has(word)) refuse(`mot non reconnu « ${word} »`);
      continue;
    }
    if (character === '-') tokens.push({ kind: 'dash' });
    else if ("/,;:.()+'".includes(character)) tokens.push({ kind: 'separator' });
    else refuse(`caractère non reconnu « ${character} »`);
    position++;
  }
  return tokens;
}

function daysBetween(first: Weekday, last: Weekday): Weekday[] {
  const from = weekdayIndex(first);
  const to = weekdayIndex(last);
  if (to <= from) refuse(`plage de jours à l'envers (${first}-${last})`);
  return OSM_WEEKDAYS.slice(from, to + 1);
}

function emptyGroup(): Group {
  return { days: [], nth: [], times: [], closed: false };
}

function isEmpty(group: Group): boolean {
  return group.days.length === 0 && group.times.length === 0 && !group.closed;
}

function parseGroups(tokens: Token[]): { groups: Group[]; mentionsMonth: boolean } {
  const groups: Group[] = [];
  let current = emptyGroup();
  let pendingNth: number[] = [];
  let mentionsMonth = false;

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!token) continue;
    switch (token.kind) {
      case 'day': {
        if (current.times.length > 0 || current.closed) {
          groups.push(current);
          current = emptyGroup();
        }
        if (pendingNth.length > 0) {
          if (current.days.length > 0) refuse('rang du mois pour une partie des jours seulement');
          current.nth = pendingNth;
          pendingNth = [];
        }
        const next = tokens[index + 1];
        const afterNext = tokens[index + 2];
        if (next?.kind === 'range' && afterNext?.kind === 'day') {
          current.days.push(...daysBetween(token.day, afterNext.day));
          index += 2;
        } else if (next?.kind === 'dash' && afterNext?.kind === 'day') {
          // "lundi-mardi-jeudi" lists days; "mercredi - vendredi" could mean either.
          const chain = [token.day];
          while (tokens[index + 1]?.kind === 'dash' && tokens[index + 2]?.kind === 'day') {
            const chained = tokens[index + 2];
            if (chained?.kind === 'day') chain.push(chained.day);
            index += 2;
          }
          const [first, second] = chain;
          if (chain.length === 2 && first && second && weekdayIndex(second) - weekdayIndex(first) !== 1) {
            refuse('tiret ambigu entre deux jours (liste ou plage ?)');
          }
          current.days.push(...chain);
        } else {
          current.days.push(token.day);
        }
        break;
      }
      case 'ordinal': {
        const ranks = [token.value];
        while (tokens[index + 1]?.kind === 'and' && tokens[index + 2]?.kind === 'ordinal') {
          const rank = tokens[index + 2];
          if (rank?.kind === 'ordinal') ranks.push(rank.value);
          index += 2;
        }
        if (ranks.some((rank) => rank < 1 || rank > 5)) refuse('rang du mois impossible');
        // "Samedi 10h-12h (2e et 4e du mois)": the ranks follow the group they qualify.
        if (current.times.length > 0 && current.nth.length === 0) current.nth = ranks;
        else pendingNth = ranks;
        break;
      }
      case 'time':
        if (current.days.length === 0 && groups.length > 0) refuse('heures sans jour au milieu du texte');
        current.times.push(token.minutes);
        break;
      case 'closed':
        if (current.days.length === 0 || current.times.length > 0) refuse('fermeture partielle');
        current.closed = true;
        break;
      case 'month':
        mentionsMonth = true;
        break;
      default:
        break;
    }
  }
  if (pendingNth.length > 0) refuse('rang du mois sans jour');
  if (!isEmpty(current)) groups.push(current);
  return { groups, mentionsMonth };
}

function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function formatTimes(times: number[]): string {
  if (times.length === 0 || times.length % 2 !== 0) refuse('nombre impair d’heures (début sans fin)');
  const ranges: string[] = [];
  for (let index = 0; index < times.length; index += 2) {
    const start = times[index] ?? 0;
    const end = times[index + 1] ?? 0;
    if (end <= start) refuse(`plage horaire vide ou inversée (${formatTime(start)}-${formatTime(end)})`);
    const previousEnd = times[index - 1];
    if (previousEnd !== undefined && start < previousEnd) refuse('plages horaires qui se chevauchent');
    ranges.push(`${formatTime(start)}-${formatTime(end)}`);
  }
  return ranges.join(',');
}

interface Rule {
  firstDay: number;
  selector: string;
  times: string;
}

function toRules(groups: Group[]): Rule[] {
  const weeklyTimes = new Map<Weekday, string>();
  const seen = new Set<Weekday>();
  const rules: Rule[] = [];
  for (const group of groups) {
    for (const day of group.days) {
      if (seen.has(day)) refuse(`jour donné deux fois (${day})`);
      seen.add(day);
    }
    if (group.closed) continue;
    const times = formatTimes(group.times);
    if (group.nth.length > 0) {
      const ranks = [...group.nth].sort((a, b) => a - b).join(',');
      const days = [...group.days].sort((a, b) => weekdayIndex(a) - weekdayIndex(b));
      rules.push({
        firstDay: weekdayIndex(days[0] ?? 'Mo'),
        selector: days.map((day) => `${day}[${ranks}]`).join(','),
        times,
      });
    } else {
      for (const day of group.days) weeklyTimes.set(day, times);
    }
  }
  const daysByTimes = new Map<string, Weekday[]>();
  for (const [day, times] of weeklyTimes) daysByTimes.set(times, [...(daysByTimes.get(times) ?? []), day]);
  for (const [times, days] of daysByTimes) {
    rules.push({ firstDay: Math.min(...days.map(weekdayIndex)), selector: formatWeekdays(days), times });
  }
  return rules.sort((a, b) => a.firstDay - b.firstDay);
}

function convert(text: string, options: HoursConversionOptions): string {
  const normalized = normalize(text).replace(WITHOUT_APPOINTMENT, ' ');
  for (const [pattern, reason] of CONDITIONS) if (pattern.test(normalized)) refuse(reason);
  // Sentences are chosen before the holiday phrase is taken out, so that whatever
  // follows it in the same sentence ("… et les trois premières semaines") is still read.
  let timetable = timetableSentences(normalized);
  let publicHolidaysClosed = false;
  timetable = timetable.replace(PUBLIC_HOLIDAYS_CLOSED, () => {
    publicHolidaysClosed = true;
    return ' ';
  });
  for (const filler of FILLER_PHRASES) timetable = timetable.replace(filler, ' ');

  const tokens = tokenize(timetable);
  if (!tokens.some((token) => token.kind === 'time')) refuse('aucune heure');
  const { groups, mentionsMonth } = parseGroups(tokens);
  if (groups.some((group) => group.nth.length > 0) !== mentionsMonth) refuse('rang sans « du mois » ou l’inverse');

  const [onlyGroup] = groups;
  if (groups.length === 1 && onlyGroup && onlyGroup.days.length === 0) {
    if (!options.defaultDays || options.defaultDays.length === 0) refuse('heures sans jours');
    onlyGroup.days = [...options.defaultDays];
  }
  if (groups.some((group) => group.days.length === 0)) refuse('heures sans jour');
  if (groups.every((group) => group.closed)) refuse('aucun jour ouvert');

  const rules = toRules(groups).map((rule) => `${rule.selector} ${rule.times}`);
  if (publicHolidaysClosed) rules.push('PH off');
  const osm = rules.join('; ');
  const problem = osmHoursProblem(osm);
  if (problem) refuse(`refusé par opening_hours : ${problem}`);
  return osm;
}

export function frenchHoursToOsm(text: string, options: HoursConversionOptions = {}): HoursConversion {
  try {
    return { ok: true, osm: convert(text, options) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    throw error;
  }
}
