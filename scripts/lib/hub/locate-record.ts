/**
 * Phase one of the import: the current commune of every record and a position
 * inside it (repaired to the commune's centre when the source is far off).
 */
import { foldName } from '../../../src/places/normalize-name';
import type { CommuneRecord } from '../communes/commune-record';
import { distanceKm } from '../communes/geometry';
import { cleanText, type HubRecord } from './hub-record';
import type { HubImportContext } from './import-context';
import type { ImportReport } from './import-report';
import { checkPosition, REGION_DEPARTEMENTS, resolveCommune } from './location';

/** Where a record sits, decided before the places are built (postal codes look at the neighbours). */
export interface LocatedRecord {
  record: HubRecord;
  commune?: CommuneRecord;
  formerName?: string;
  position: { lat: number; lon: number };
  approximate: boolean;
}

function roundPosition(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Phase one: commune and position of every record. */
export function locateRecord(record: HubRecord, context: HubImportContext, report: ImportReport): LocatedRecord {
  const gid = record.gid;
  const city = cleanText(record.c_city);
  const postalCode = String(record.c_postcode).padStart(5, '0');
  const bassin = cleanText(record.c_bassin_de_vie).split(/-(?=[A-Z])/)[0] ?? '';
  const bassinDepartement = bassin
    ? REGION_DEPARTEMENTS.find((departement) => context.communes.findCommune(bassin, departement))
    : undefined;
  const resolution = resolveCommune({ city, postalCode, placeName: cleanText(record.c_nom), ...(bassinDepartement ? { bassinDepartement } : {}) }, context.communes);
  const source = { lat: record.c_lat_coor1, lon: record.c_long_coor1 };

  if (!resolution) {
    report.add({ gid, field: 'c_city', topic: 'commune', action: 'conservé tel quel', detail: `« ${city} » introuvable dans le département ${postalCode.slice(0, 2)} : pas de code INSEE` });
    return { record, position: source, approximate: false };
  }
  const { commune, formerName } = resolution.match;
  if (resolution.how === 'ancienne commune') {
    report.add({ gid, field: 'c_city', topic: 'commune', action: 'réparé', detail: `« ${city} » est une ancienne commune, aujourd'hui ${commune.nom} (${commune.code}) ; son nom passe en complément d'adresse` });
  } else if (resolution.how === 'nom du lieu') {
    report.add({ gid, field: 'c_city', topic: 'commune', action: 'réparé', detail: `« ${city} » n'est pas une commune du ${postalCode.slice(0, 2)} ; le nom du lieu désigne ${commune.nom} (${commune.code}), de même code postal` });
  } else if (resolution.how === 'code postal') {
    report.add({ gid, field: 'c_city', topic: 'commune', action: 'réparé', detail: `« ${city} » ne figure plus dans la liste officielle ; seule commune du code postal ${postalCode} : ${commune.nom} (${commune.code})` });
  }
  // A name citing another commune of the département, with a position off the stated commune too, may mean
  // the city column is wrong: flagged for a human, not changed.
  const nameWords = ` ${foldName(cleanText(record.c_nom))} `;
  const ownCommune = ` ${foldName(commune.nom)} ${foldName(city)} `;
  const otherCommune = context.communes.communes.find((other) => {
    const key = ` ${foldName(other.nom)} `;
    return other.code !== commune.code && other.departement === commune.departement && key.length > 8 && nameWords.includes(key) && !ownCommune.includes(key);
  });
  const check = checkPosition(source, context.outlineOf(commune), context.regionOutline);
  if (otherCommune && check.verdict === 'à réparer') {
    report.add({ gid, field: 'c_city', topic: 'commune', action: 'conservé tel quel', detail: `à vérifier : le nom du lieu cite ${otherCommune.nom}, la commune indiquée est ${commune.nom}` });
  }

  if (check.verdict === 'à réparer') {
    const repaired = { lat: commune.lat ?? source.lat, lon: commune.lon ?? source.lon };
    const away = Number.isFinite(source.lat) ? `${Math.round(distanceKm(source, repaired))} km du centre de ${commune.nom}` : 'absentes';
    report.add({
      gid,
      field: 'c_lat_coor1/c_long_coor1',
      topic: 'position',
      action: 'réparé',
      detail: `(${source.lat}, ${source.lon}) ${check.why}, à ${away} → centre de la commune (${repaired.lat}, ${repaired.lon}), position approximative`,
    });
    return { record, commune, ...(formerName ? { formerName } : {}), position: repaired, approximate: true };
  }
  if (check.verdict === 'près de la commune') {
    report.add({ gid, field: 'c_lat_coor1/c_long_coor1', topic: 'position', action: 'conservé tel quel', detail: `à ${Math.round(check.kmOutside * 1000)} m hors du contour simplifié de ${commune.nom} : gardée` });
  }
  return { record, commune, ...(formerName ? { formerName } : {}), position: { lat: roundPosition(source.lat), lon: roundPosition(source.lon) }, approximate: false };
}

/** The postal code the nearest other place of the same commune uses (for communes with several). */
export function peerPostalCode(located: LocatedRecord, all: readonly LocatedRecord[]): string | undefined {
  const commune = located.commune;
  if (!commune || commune.codesPostaux.length < 2) return undefined;
  let best: { code: string; km: number } | undefined;
  for (const other of all) {
    const code = String(other.record.c_postcode);
    if (other === located || other.commune?.code !== commune.code || !commune.codesPostaux.includes(code) || other.approximate) continue;
    const km = distanceKm(located.position, other.position);
    if (!best || km < best.km) best = { code, km };
  }
  return best?.code;
}
