/**
 * Communes as they are today, found from a code or a name that may be older:
 * a merged commune's former INSEE code (Voves, 28422 → Les Villages Vovéens,
 * 28422's commune nouvelle) or its former name. Backed by the official list
 * (@etalab/decoupage-administratif) and the committed national commune file.
 */
import { nationalCommuneIndex, type CommuneIndex } from '../communes/commune-index';
import type { CommuneRecord } from '../communes/commune-record';
import { loadDecoupageCommunes } from '../communes/decoupage';

export interface CommuneHistory {
  index: CommuneIndex;
  /** The current commune a code designates, and the former commune's name when the code is no longer a commune's. */
  byCode(code: string): { commune: CommuneRecord; formerName?: string } | undefined;
}

let history: CommuneHistory | undefined;

export function communeHistory(): CommuneHistory {
  if (history) return history;
  const index = nationalCommuneIndex();
  const formerCodes = new Map<string, { current: string; name?: string }>();
  for (const commune of loadDecoupageCommunes()) {
    if ((commune.type === 'commune-deleguee' || commune.type === 'commune-associee') && commune.chefLieu) {
      if (!index.byInseeCode(commune.code)) formerCodes.set(commune.code, { current: commune.chefLieu, name: commune.nom });
    }
    if (commune.type === 'commune-actuelle') {
      for (const code of commune.anciensCodes ?? []) if (!formerCodes.has(code) && code !== commune.code) formerCodes.set(code, { current: commune.code });
    }
  }
  history = {
    index,
    byCode: (code) => {
      const current = index.byInseeCode(code);
      if (current) return { commune: current };
      const former = formerCodes.get(code);
      const commune = former && index.byInseeCode(former.current);
      if (!commune || !former) return undefined;
      return former.name === undefined ? { commune } : { commune, formerName: former.name };
    },
  };
  return history;
}
