/**
 * Boussole lists places, not people: an e-mail address that names a person
 * (firstname.lastname@…, an initial and a name, a known first name) never
 * reaches the snapshot, whatever the source. The verdict on one address is the
 * hub import's (scripts/lib/hub/personal-data.ts); this module adds the rule
 * for addresses shaped like "word.word@" that it could not place.
 */
import { foldName } from '../../../src/places/normalize-name';
import { regionalCommuneIndex } from '../communes/commune-index';
import { loadFormerCommuneNames } from '../communes/decoupage';
import { classifyEmail } from '../hub/personal-data';
import { replaceEmails } from '../text/emails-in-text';

/** Two words of letters joined by a dot, a dash or an underscore: the shape of "prenom.nom". */
const FIRSTNAME_LASTNAME = /^[a-z]{2,}[._-][a-z]{2,}$/;

const MAX_EMAIL_LENGTH = 254;

let communeKeys: ReadonlySet<string> | undefined;

/** Folded, space-free names of the region's communes, current and former: their words may appear in a town hall's mailbox. */
function regionCommuneKeys(): ReadonlySet<string> {
  if (!communeKeys) {
    const communes = regionalCommuneIndex().communes;
    const departements = new Set(communes.map((commune) => commune.departement));
    const formerNames = loadFormerCommuneNames()
      .filter((former) => departements.has(former.departement))
      .map((former) => former.nom);
    communeKeys = new Set([...communes.map((commune) => commune.nom), ...formerNames].map((name) => foldName(name).replace(/ /g, '')));
  }
  return communeKeys;
}

/**
 * Why `email` is a person's address, or undefined when it may be the
 * structure's. `ownNames` are the place's own words (name, parent structure,
 * commune, intercommunality), which a structure's mailbox often reuses.
 */
export function personalEmailReason(email: string, ownNames: readonly string[]): string | undefined {
  // No mailbox is longer (RFC 5321); a longer run is not an address, and is not worth reading further.
  if (email.length > MAX_EMAIL_LENGTH) return 'courriel personnel (plus de 254 caractères : pas une adresse de structure)';
  const verdict = classifyEmail(email, { ownNames: [...ownNames], communeKeys: regionCommuneKeys() });
  if (verdict.kind === 'personal') return `courriel personnel (${verdict.reason})`;
  const localPart = email.trim().toLowerCase().split('@')[0] ?? '';
  if (verdict.kind === 'uncertain' && FIRSTNAME_LASTNAME.test(localPart)) return 'courriel personnel (forme prénom.nom)';
  return undefined;
}

/** Free text with any personal address replaced; `removed` counts what was taken out. */
export function withoutPersonalEmails(text: string, ownNames: readonly string[]): { text: string; removed: number } {
  let removed = 0;
  const cleaned = replaceEmails(text, (email) => {
    if (personalEmailReason(email, ownNames) === undefined) return email;
    removed++;
    return '[courriel retiré]';
  });
  return { text: cleaned, removed };
}
