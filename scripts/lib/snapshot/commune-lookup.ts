/**
 * Finding a commune for a place: by INSEE code, or by name within the
 * départements it may be in. Backed by the committed commune files
 * (scripts/lib/communes); an interface so tests can give a small list.
 */
import { nationalCommuneIndex, regionalCommuneIndex, type CommuneIndex } from '../communes/commune-index';
import type { CommuneRecord } from '../communes/commune-record';

export interface CommuneLookup {
  byCode(code: string): CommuneRecord | undefined;
  /** The commune bearing `name` in the first of `departements` that has exactly one. */
  byName(name: string, departements: readonly string[]): CommuneRecord | undefined;
}

export function lookupIn(index: CommuneIndex): CommuneLookup {
  return {
    byCode: (code) => index.byInseeCode(code),
    byName: (name, departements) => {
      for (const departement of departements) {
        const match = index.findCommune(name, departement);
        if (match) return match.commune;
      }
      return undefined;
    },
  };
}

export const regionalCommunes = (): CommuneLookup => lookupIn(regionalCommuneIndex());
export const nationalCommunes = (): CommuneLookup => lookupIn(nationalCommuneIndex());

/** The département(s) a postal code belongs to: two digits, three overseas, 2A or 2B in Corsica. */
export function departementsOfPostalCode(postalCode: string): string[] {
  if (postalCode.startsWith('97') || postalCode.startsWith('98')) return [postalCode.slice(0, 3)];
  if (postalCode.startsWith('20')) return ['2A', '2B'];
  return [postalCode.slice(0, 2)];
}
