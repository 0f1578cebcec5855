/**
 * The personal-data rule of the import: places, not persons.
 *
 * An e-mail address is kept only when it is clearly the structure's own
 * mailbox: every word of its local part is a generic role (contact, accueil,
 * epn, mediatheque…) or a word of the structure's own name, commune or domain.
 * Anything else is dropped: a first name, an initial followed by a name, or a
 * word we cannot place ("in doubt, drop it"). The same goes for people's names
 * in free text and for mobile numbers that may be a person's.
 */
import { isValidCourriel } from '@gouvfr-anct/lieux-de-mediation-numerique';
import { foldName } from '../../../src/places/normalize-name';
import { replaceEmails } from '../text/emails-in-text';
import { COMMON_FIRST_NAMES } from './first-names';

/** Words that name a role or a service, never a person. */
const ROLE_WORDS = `
  accueil accueils activites ado ados adolescents admin administration administratif agglo animation animations animateur ass
  antenne asso association assos atelier ateliers bib bibli biblio biblios bibliotheque bibliotheques bm bonjour bureau
  catalogue cc ccas cdc centre centres cias club clubinfo commune communaute contact contacts coordination coordinateur
  coworking cowork culture culturel cyber cyberbase cyberespace departement direction directeur emploi entreprises epn
  equipe espace esp evs fablab fablabs famille familles fol formation formations france franceservices hello info infos
  informatique information informations insertion intercommunal intercommunale itinerant jeunes jeunesse job lab lecture
  ligue loisirs mairie maison conseiller conseillers parentalite parentalites val
  mdj mediatheque mediatheques mediation mfs mjc msap msp multimedia municipale numerique office paej pij bij crij rij prij
  rbij point pole prevention public publics regie relais reseau rsp secretariat secteur service services social sociale
  socioculturel solidarite tierslieu tiers lieu ville village
`
  .split(/\s+/)
  .filter(Boolean);

const LINK_WORDS = 'de du des la le les en sur sous et au aux lez saint sainte st ste'.split(' ');

/** Mailbox providers: their domain says nothing about the structure. */
const WEBMAIL_DOMAINS = new Set([
  'gmail', 'orange', 'wanadoo', 'free', 'sfr', 'neuf', 'hotmail', 'live', 'yahoo', 'outlook', 'laposte', 'numericable',
  'aol', 'icloud', 'club-internet', 'bbox', 'msn',
]);

const CIVILITIES = /^(?:m|mme|mlle|mr|monsieur|madame|mademoiselle)\.?$/;
const STRUCTURE_WORDS_IN_TEXT = new Set([
  ...ROLE_WORDS,
  'mairie', 'association', 'commune', 'ville', 'centre', 'service', 'maison', 'secretariat', 'accueil', 'equipe',
]);

export interface StructureContext {
  /** The place's name, legal name, commune, intercommunality: their words may appear in its mailbox. */
  ownNames: readonly string[];
  /** Folded names of all communes of the region, spaces removed ("saintgermaindupuy"). */
  communeKeys?: ReadonlySet<string>;
}

export type EmailVerdict =
  | { kind: 'structure'; email: string }
  | { kind: 'personal'; reason: string }
  | { kind: 'uncertain'; reason: string }
  | { kind: 'invalid'; reason: string };

function wordsOf(text: string): string[] {
  return foldName(text.replace(/@/g, 'a'))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** "Maison des Jeunes" → "mdj", "mj"; "S.L.A.C" → "slac". */
function acronymsOf(words: string[]): string[] {
  const acronyms: string[] = [];
  const singleLetters = words.filter((word) => word.length === 1).join('');
  if (singleLetters.length >= 2) acronyms.push(singleLetters);
  for (const source of [words, words.filter((word) => !LINK_WORDS.includes(word))]) {
    for (let start = 0; start < source.length; start++) {
      let initials = '';
      for (let end = start; end < Math.min(source.length, start + 6); end++) {
        initials += source[end]?.[0] ?? '';
        if (initials.length >= 2) acronyms.push(initials);
      }
    }
  }
  return acronyms;
}

function ownWordsOf(context: StructureContext): Set<string> {
  const own = new Set<string>();
  for (const name of context.ownNames) {
    const words = wordsOf(name);
    for (const word of words) {
      const letters = word.replace(/\d+/g, '');
      if (letters.length >= 2) own.add(letters);
    }
    const letterWords = words.map((word) => word.replace(/\d+/g, '')).filter(Boolean);
    for (const acronym of acronymsOf(letterWords)) own.add(acronym);
    // Neighbouring words run together ("Val d'Auron" → "valdauron", "L'Espace" → "lespace").
    for (let start = 0; start < letterWords.length; start++) {
      for (let end = start + 2; end <= Math.min(letterWords.length, start + 4); end++) own.add(letterWords.slice(start, end).join(''));
    }
  }
  return own;
}

function canSegment(text: string, vocabulary: ReadonlySet<string>): boolean {
  const reachable = new Array<boolean>(text.length + 1).fill(false);
  reachable[0] = true;
  for (let end = 1; end <= text.length; end++) {
    for (let start = Math.max(0, end - 30); start <= end - 2 && !reachable[end]; start++) {
      if (reachable[start] && vocabulary.has(text.slice(start, end))) reachable[end] = true;
    }
  }
  return reachable[text.length] === true;
}

/** The verdict on one e-mail address for one place. */
export function classifyEmail(rawEmail: string, context: StructureContext): EmailVerdict {
  const email = rawEmail.trim().replace(/[\s/;,]+$/, '').toLowerCase();
  if (!isValidCourriel(email)) return { kind: 'invalid', reason: 'adresse invalide' };
  const [localPart = '', domain = ''] = email.split('@');
  const own = ownWordsOf(context);
  const domainLabels = domain.split('.').slice(0, -1);
  const domainWords = WEBMAIL_DOMAINS.has(domainLabels[0] ?? '') ? [] : domainLabels.flatMap((label) => [label, ...label.split('-')]);
  const vocabulary = new Set<string>([...ROLE_WORDS, ...LINK_WORDS, ...own, ...domainWords, ...(context.communeKeys ?? [])]);

  const parts = localPart.split(/[._+-]+/).filter(Boolean);
  const letterRuns = parts.flatMap((part) => part.split(/\d+/)).filter(Boolean);
  const firstName = letterRuns.find((run) => COMMON_FIRST_NAMES.has(run) && !own.has(run));
  if (firstName) return { kind: 'personal', reason: 'contient un prénom' };
  const [firstPart, ...otherParts] = parts;
  if (firstPart && otherParts.length > 0 && firstPart.length <= 2 && !vocabulary.has(firstPart)) {
    return { kind: 'personal', reason: 'initiale suivie d’un nom' };
  }
  if (letterRuns.length > 0 && letterRuns.every((run) => canSegment(run, vocabulary))) return { kind: 'structure', email };
  return { kind: 'uncertain', reason: 'pas reconnue comme adresse de la structure (dans le doute, retirée)' };
}

export function isStructureEmail(email: string, context: StructureContext): boolean {
  return classifyEmail(email, context).kind === 'structure';
}

/**
 * Whether a short text names a person ("Thierry Maury", "Mme KURT", "Marjorie")
 * rather than a structure ("Mairie de Saint Martin d'Abbat").
 */
export function looksLikePersonName(text: string): boolean {
  const words = foldName(text).split(/[^a-z.]+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return false;
  if (words.some((word) => STRUCTURE_WORDS_IN_TEXT.has(word))) return false;
  if (words.some((word) => CIVILITIES.test(word) || COMMON_FIRST_NAMES.has(word))) return true;
  // Two or three capitalised words with no structure word: in doubt, a person.
  return words.length >= 2 && words.length <= 3 && /^[A-ZÀ-Ý]/.test(text.trim());
}

/**
 * Whether a place's name is a person's ("Pierre Trouvé", the record of a
 * Promeneur du Net): two or three words, the first a common first name, no
 * acronym, no digit, no word of a structure. Stricter than looksLikePersonName,
 * since place names in capitals ("BANDITS MAGES") are not people.
 */
export function placeNameIsAPerson(name: string, acronyms: ReadonlySet<string>): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3 || /\d/.test(name)) return false;
  if (words.some((word) => acronyms.has(word.replace(/[^\p{L}]/gu, '').toUpperCase()) && word === word.toUpperCase())) return false;
  const folded = words.map((word) => foldName(word));
  if (folded.some((word) => STRUCTURE_WORDS_IN_TEXT.has(word))) return false;
  return COMMON_FIRST_NAMES.has(folded[0] ?? '');
}

/** The pieces of a c_contacts value: e-mail addresses and names. */
export function contactPieces(contacts: string): string[] {
  return contacts
    .split(/[,;/\n]|\bet\b|\s-\s/)
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 1 && !/^#N\/D$/i.test(piece));
}

/** True when anything in c_contacts points at a person (a name or a personal address). */
export function contactsNameAPerson(contacts: string, context: StructureContext): boolean {
  return contactPieces(contacts).some((piece) =>
    piece.includes('@') ? classifyEmail(piece, context).kind !== 'structure' : looksLikePersonName(piece),
  );
}

/**
 * A legal name of a sole trader as INSEE writes it, "SURNAME*USED NAME/FIRST NAMES/":
 * the structure is a person.
 */
export function isSoleTraderLegalName(legalName: string): boolean {
  return /\*|\/\s*$|\/[A-ZÀ-Ý' -]+\//.test(legalName.trim());
}

const MOBILE_IN_TEXT = /(?:\+33\s?|0)[67](?:[\s.-]?\d{2}){4}/g;

/**
 * Free text copied to a place, with personal e-mail addresses and mobile
 * numbers taken out. Returns what was removed, for the report.
 */
export function redactFreeText(text: string, context: StructureContext): { text: string; removed: string[] } {
  const removed: string[] = [];
  let redacted = replaceEmails(text, (email) => {
    if (isStructureEmail(email, context)) return email;
    removed.push('courriel');
    return '[courriel retiré]';
  });
  redacted = redacted.replace(MOBILE_IN_TEXT, () => {
    removed.push('mobile');
    return '[numéro retiré]';
  });
  return { text: redacted, removed };
}
