/**
 * Everything the mapping of one record needs to know about the rest of the
 * world: communes and their outlines, the region's outline, the ordinary
 * postal codes of France, and the other records (for postal-code choices).
 */
import { foldName } from '../../../src/places/normalize-name';
import { nationalCommuneIndex, regionalCommuneIndex, type CommuneIndex } from '../communes/commune-index';
import type { CommuneRecord } from '../communes/commune-record';
import { loadCurrentCommunes, loadFormerCommuneNames, type DecoupageCommune } from '../communes/decoupage';
import type { PolygonRings } from '../communes/geometry';
import { loadRegionalOutlines, loadRegionOutline, outlinesOfCurrentCommune, type OutlinesByCode2018 } from '../communes/outlines';

export interface HubImportContext {
  communes: CommuneIndex;
  /** Every postal code that is some French commune's own (a code outside this set is a CEDEX code). */
  ordinaryPostalCodes: ReadonlySet<string>;
  regionOutline: PolygonRings[];
  outlineOf(commune: CommuneRecord): PolygonRings[];
  /** Folded, space-free names of the region's communes, current and former ("saintgermaindupuy"). */
  communeKeys: ReadonlySet<string>;
  /** Official names of the current communes of a département. */
  communeNamesOf(departement: string): string[];
}

export function buildImportContext(): HubImportContext {
  const communes = regionalCommuneIndex();
  const ordinaryPostalCodes = new Set(nationalCommuneIndex().communes.flatMap((commune) => commune.codesPostaux));
  const outlines: OutlinesByCode2018 = loadRegionalOutlines();
  const current = new Map<string, DecoupageCommune>(loadCurrentCommunes().map((commune) => [commune.code, commune]));
  const regionDepartements = new Set(communes.communes.map((commune) => commune.departement));
  const communeKeys = new Set(
    [...communes.communes.map((commune) => commune.nom), ...loadFormerCommuneNames().filter((former) => regionDepartements.has(former.departement)).map((former) => former.nom)].map(
      (name) => foldName(name).replace(/ /g, ''),
    ),
  );
  const namesByDepartement = new Map<string, string[]>();
  for (const commune of communes.communes) {
    namesByDepartement.set(commune.departement, [...(namesByDepartement.get(commune.departement) ?? []), commune.nom]);
  }
  return {
    communes,
    ordinaryPostalCodes,
    regionOutline: loadRegionOutline(),
    outlineOf: (commune) => {
      const decoupage = current.get(commune.code);
      return decoupage ? outlinesOfCurrentCommune(decoupage, outlines) : [];
    },
    communeKeys,
    communeNamesOf: (departement) => namesByDepartement.get(departement) ?? [],
  };
}
