/**
 * The Hub Lo export as committed: the published file with the people taken out
 * of its contact columns, so the repository never holds a person's name or
 * address. What the importer learns from those columns is kept: a contact that
 * named a person, or a personal mailbox, becomes one stand-in address that the
 * importer reads the same way (a person is there: drop the mobile line), and
 * the initials of whoever typed the record become "XX".
 */
import { cleanText, type HubRecord } from '../hub/hub-record';
import type { HubImportContext } from '../hub/import-context';
import { classifyEmail, contactPieces, contactsNameAPerson } from '../hub/personal-data';
import { structureContextOf } from '../hub/record-contact';

export const PERSON_STAND_IN = 'personne.retiree@example.invalid';

export function scrubHubRecord(record: HubRecord, context: HubImportContext): HubRecord {
  const structure = structureContextOf(record, undefined, context);
  const contacts = cleanText(record.c_contacts);
  const structureMailboxes = contactPieces(contacts).filter((piece) => piece.includes('@') && classifyEmail(piece, structure).kind === 'structure');
  const scrubbedContacts = contactsNameAPerson(contacts, structure) ? [...structureMailboxes, PERSON_STAND_IN] : structureMailboxes;
  const courriel = cleanText(record.c_courriel).replace(/[^\s,;/]+@[^\s,;/]+/g, (piece) => {
    const kind = classifyEmail(piece, structure).kind;
    return kind === 'personal' || kind === 'uncertain' ? PERSON_STAND_IN : piece;
  });
  return {
    ...record,
    c_contacts: scrubbedContacts.join(' ; '),
    c_courriel: courriel,
    c_initial_agent: cleanText(String(record.c_initial_agent)) ? 'XX' : record.c_initial_agent,
  };
}
