/**
 * E-mail addresses inside free text, found in time linear in the text's length.
 *
 * It finds what /[A-Za-z0-9_][A-Za-z0-9.!#$%&'*+=?^_`{|}~-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g
 * finds, but that regex retries its unbounded local part from every start
 * position: on a long run of letters without "@" it is quadratic (100,000
 * characters took 15 s). Here the text is read from each "@" outwards, and no
 * character is read more than twice.
 */

const isFirstCharacter = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

const LOCAL_PUNCTUATION = new Set([...".!#$%&'*+=?^_`{|}~-"].map((character) => character.charCodeAt(0)));
const isLocalCharacter = (code: number): boolean => isFirstCharacter(code) || LOCAL_PUNCTUATION.has(code);
const isDomainCharacter = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45;

export interface FoundEmail {
  start: number;
  end: number;
}

/** Where the domain that starts after "@" at `at` ends, or -1 when there is no "label.label" there. */
function domainEnd(text: string, at: number): number {
  let position = at + 1;
  const labelFrom = position;
  while (position < text.length && isDomainCharacter(text.charCodeAt(position))) position++;
  if (position === labelFrom) return -1;
  let end = -1;
  while (text.charCodeAt(position) === 46 /* . */) {
    let next = position + 1;
    while (next < text.length && isDomainCharacter(text.charCodeAt(next))) next++;
    if (next === position + 1) break;
    end = next;
    position = next;
  }
  return end;
}

/** Every address in `text`, left to right, not overlapping. */
export function findEmails(text: string): FoundEmail[] {
  const found: FoundEmail[] = [];
  let searchFrom = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', Math.max(at + 1, searchFrom))) {
    let left = at;
    while (left > searchFrom && isLocalCharacter(text.charCodeAt(left - 1))) left--;
    while (left < at && !isFirstCharacter(text.charCodeAt(left))) left++;
    if (left === at) continue;
    const end = domainEnd(text, at);
    if (end === -1) continue;
    found.push({ start: left, end });
    searchFrom = end;
  }
  return found;
}

/** `text` with each address replaced by what `replace` returns for it. */
export function replaceEmails(text: string, replace: (email: string) => string): string {
  const found = findEmails(text);
  if (found.length === 0) return text;
  let result = '';
  let copiedTo = 0;
  for (const { start, end } of found) {
    result += text.slice(copiedTo, start) + replace(text.slice(start, end));
    copiedTo = end;
  }
  return result + text.slice(copiedTo);
}
