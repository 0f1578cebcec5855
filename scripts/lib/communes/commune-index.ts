/**
 * Finds a current commune by its name and département, the way people write
 * it ("ST AMAND MONTROND", "Chateauroux", or the name of a commune that has
 * since merged into another, like "Ouzouer-le-Marché").
 * Build-time only: it reads the committed commune files, and the official list
 * of former communes from @etalab/decoupage-administratif.
 */
import { foldName } from '../../../src/places/normalize-name';
import type { CommuneRecord } from './commune-record';
import { readNationalCommunes, readRegionalCommunes } from './communes-file';
import { loadFormerCommuneNames } from './decoupage';

export interface CommuneMatch {
  commune: CommuneRecord;
  /** Set when the name was that of a former commune (déléguée or associée) now part of `commune`. */
  formerName?: string;
}

function keyOf(name: string, departement: string): string {
  return `${departement}|${foldName(name)}`;
}

export class CommuneIndex {
  private readonly byCode = new Map<string, CommuneRecord>();
  private readonly byName = new Map<string, CommuneRecord[]>();
  private readonly byFormerName = new Map<string, { name: string; code: string }>();

  constructor(communes: CommuneRecord[]) {
    for (const commune of communes) {
      this.byCode.set(commune.code, commune);
      const key = keyOf(commune.nom, commune.departement);
      this.byName.set(key, [...(this.byName.get(key) ?? []), commune]);
    }
    for (const former of loadFormerCommuneNames()) {
      const key = keyOf(former.nom, former.departement);
      // A delegated commune often bears the name of its current commune: the current one wins.
      if (!this.byName.has(key) && former.chefLieu && this.byCode.has(former.chefLieu)) {
        this.byFormerName.set(key, { name: former.nom, code: former.chefLieu });
      }
    }
  }

  get communes(): CommuneRecord[] {
    return [...this.byCode.values()];
  }

  byInseeCode(code: string): CommuneRecord | undefined {
    return this.byCode.get(code);
  }

  /** Undefined when no commune of that département bears the name, or when two do (ambiguous). */
  findCommune(name: string, departementCode: string): CommuneMatch | undefined {
    const key = keyOf(name, departementCode);
    const current = this.byName.get(key);
    if (current) return current.length === 1 && current[0] ? { commune: current[0] } : undefined;
    const former = this.byFormerName.get(key);
    const commune = former && this.byCode.get(former.code);
    return commune && former ? { commune, formerName: former.name } : undefined;
  }

  communesWithPostalCode(postalCode: string): CommuneRecord[] {
    return this.communes.filter((commune) => commune.codesPostaux.includes(postalCode));
  }
}

let regionalIndex: CommuneIndex | undefined;
let nationalIndex: CommuneIndex | undefined;

export function regionalCommuneIndex(): CommuneIndex {
  regionalIndex ??= new CommuneIndex(readRegionalCommunes());
  return regionalIndex;
}

export function nationalCommuneIndex(): CommuneIndex {
  nationalIndex ??= new CommuneIndex(readNationalCommunes());
  return nationalIndex;
}

/** Looks the name up among all current French communes. */
export function findCommune(name: string, departementCode: string): CommuneMatch | undefined {
  return nationalCommuneIndex().findCommune(name, departementCode);
}
